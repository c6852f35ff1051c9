"""Saving a record that someone changed since it was opened (a shared register, issue 20):
neither change is lost silently. The save is refused, nothing written, and the refusal holds
both values of each field and who changed it meanwhile, for the user to choose.

The version compared is the record itself as the form read it (``opened``): only the fields
this save changes count, so two officers editing different fields of one task both save.
Inside the write's transaction the row is locked first (``FOR UPDATE`` on a server; a file
is already held by its one writer), so two saves at once are taken one after the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.errors import DxError
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.pg import is_server
from dxdesk.core.storage.records import SPECS


@dataclass(frozen=True)
class Meanwhile:
    field: str
    opened: Any  # the value when the record was opened
    theirs: Any  # the value saved meanwhile
    yours: Any  # the value this save would write
    who: str  # who saved theirs ("" when the log does not say)
    at: str  # when, dd/mm/yyyy hh:mm


class ChangedMeanwhile(DxError):
    """The record changed since it was opened: nothing was written."""

    def __init__(self, entity: str, code: str, fields: list[Meanwhile]):
        self.entity, self.code, self.fields = entity, code, fields
        parts = [
            f"{f.field}: khi mở là “{_shown(f.opened)}”, {f.who or 'người khác'} đã lưu "
            f"“{_shown(f.theirs)}”{' lúc ' + f.at if f.at else ''}, bạn định lưu "
            f"“{_shown(f.yours)}”"
            for f in fields
        ]
        super().__init__(
            f"{SPECS[entity].label} {code} đã được sửa sau khi bạn mở nên chưa lưu gì "
            f"(không mất thay đổi nào): {'; '.join(parts)}. Hãy xem lại rồi lưu lại."
        )


def _shown(value: Any) -> str:
    text = fmt_date(value) if hasattr(value, "isoformat") and not isinstance(value, str) else ""
    return text or ("" if value is None else str(value))


def same(a: Any, b: Any) -> bool:
    """Two values of a field that mean the same (an empty text is no text)."""
    empty = (None, "", [], ())
    return (a in empty and b in empty) if a in empty or b in empty else a == b


def changed_since(entity: str, record: dict[str, Any], opened: dict[str, Any]) -> dict[str, Any]:
    """Of a whole record saved by a form, its key and the fields the form changed, once no
    one else changed them since ``opened`` (else ``ChangedMeanwhile``, nothing written).
    The fields the form left alone are not saved: someone else's change to them stays."""
    spec = SPECS[entity]
    mine = {k: v for k, v in record.items() if k in opened and not same(v, opened.get(k))}
    mine.update({k: v for k, v in record.items() if k not in opened})
    if "code" in opened and spec.model.get_or_none(spec.model.code == opened["code"]):
        check_unchanged(entity, opened["code"], opened, mine)
    return {**{k: record[k] for k in spec.key if k in record}, **mine}


def locked(entity: str, code: str) -> Any:
    """The record's row read for a save (None if there is none): on a server locked until
    the transaction ends, so later saves of this row wait for this one."""
    model = SPECS[entity].model
    query = model.select().where(model.code == code)
    return (query.for_update() if is_server(m.database_proxy) else query).first()


def check_unchanged(
    entity: str,
    code: str,
    opened: dict[str, Any] | None,
    change: dict[str, Any],
    current: dict[str, Any] | None = None,
) -> None:
    """Refuse the save when a field it changes was changed by someone since ``opened``.
    ``current``: the record as read by ``locked`` in this transaction (else read here)."""
    if opened is None:
        return
    if current is None:
        current = records.to_record(SPECS[entity], locked(entity, code))
    clashes = [
        Meanwhile(name, opened.get(name), current.get(name), value, *_last_writer(entity, code))
        for name, value in change.items()
        if name in opened
        and not same(current.get(name), opened.get(name))
        and not same(current.get(name), value)
    ]
    if clashes:
        raise ChangedMeanwhile(entity, code, clashes)


def _last_writer(entity: str, code: str) -> tuple[str, str]:
    row = (
        m.ChangeSet.select(m.ChangeSet.who, m.ChangeSet.at)
        .join(m.Change)
        .where((m.Change.entity == entity) & (m.Change.entity_code == code))
        .where(m.ChangeSet.undone == False)  # noqa: E712
        .order_by(m.ChangeSet.id.desc())
        .first()
    )
    if row is None:
        return "", ""
    return row.who, row.at.strftime("%H:%M %d/%m/%Y") if row.at else ""
