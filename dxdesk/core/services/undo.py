"""Undo and redo, per account (issue 20): several officers share one register.

Each account undoes its own change sets, latest first, whatever others did meanwhile. An
undo never drops another account's later change silently: when a later change set (not
undone) touched the same field of the same record, deleted or re-created it, or added a
record under one the undo would remove (a note under a task), the undo is refused, nothing
written, with one sentence naming who changed what and when. The user then edits by hand, or
the other officer undoes theirs first. Redo is checked the same way.

``anyone`` undoes (redoes) the register's latest change set whoever made it, as before
accounts existed (``dxdesk undo --anyone``; the window asks first), and so does a caller
that names no one (a script). A change set with no name (a script's) counts as everyone's
own, as it did before accounts.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dxdesk.core.errors import ValidationError
from dxdesk.core.services.changes import DEPENDENTS, _decode, _replay, _writing
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.logkeys import log_key
from dxdesk.core.storage.records import SPECS

LIVE = m.ChangeSet.undone == False  # noqa: E712
CHUNK = 500  # keys per IN (…) when looking for later changes of the same records


class NotYourChange(ValidationError):
    """The change undo (or redo) would reverse was made by someone else."""

    def __init__(self, message: str, who: str, action: str, at: datetime | None = None):
        super().__init__(message)
        self.who, self.action, self.at = who, action, at


class ChangedSince(ValidationError):
    """Another account changed the same record after the change to undo: nothing undone."""

    def __init__(self, message: str, who: str, action: str, at: datetime | None = None):
        super().__init__(message)
        self.who, self.action, self.at = who, action, at


def _when(at: datetime | None) -> str:
    return f"{at:%H:%M %d/%m/%Y}" if at else "không rõ lúc nào"


def _not_yours(cs: m.ChangeSet, who: str, verb: str) -> NotYourChange:
    return NotYourChange(
        f"Không còn thay đổi nào của {who} để {verb}; thay đổi gần nhất là của {cs.who} "
        f"(“{cs.action}”, lúc {_when(cs.at)}): chỉ {verb} thay đổi của chính mình, trừ khi "
        "chọn rõ là của người khác.",
        cs.who,
        cs.action,
        cs.at,
    )


def _pick(undone: bool, who: str, anyone: bool) -> m.ChangeSet | None:
    """The change set to undo (latest live) or redo (earliest undone): one's own unless
    ``anyone``; NotYourChange when one has none but someone else has."""
    query = m.ChangeSet.select().where(m.ChangeSet.undone == undone)
    query = query.order_by(m.ChangeSet.id.asc() if undone else m.ChangeSet.id.desc())
    if anyone or not who:
        return query.first()
    own = query.where((m.ChangeSet.who == who) | (m.ChangeSet.who == "")).first()
    if own is None and (other := query.first()) is not None:
        raise _not_yours(other, who, "làm lại" if undone else "hoàn tác")
    return own


def _clash(mine: m.Change, later: m.Change) -> bool:
    """Would reversing (or replaying) ``mine`` overwrite ``later`` (same record)?"""
    fields = {mine.field, later.field}
    return not (mine.op == later.op == "update" and len(fields) == 2 and "code" not in fields)


def _refuse(verb: str, cs: m.ChangeSet, later: m.ChangeSet, what: str) -> ChangedSince:
    return ChangedSince(
        f"Không {verb} được “{cs.action}” (lúc {_when(cs.at)}): sau đó {later.who or 'người khác'}"
        f" đã {what} (“{later.action}”, lúc {_when(later.at)}); {verb} sẽ xóa mất thay đổi ấy. "
        f"Chưa có gì thay đổi: hãy sửa trực tiếp, hoặc để {later.who or 'người đó'} {verb} "
        "thay đổi của mình trước.",
        later.who,
        later.action,
        later.at,
    )


def _what(change: m.Change) -> str:
    label = SPECS[change.entity].label.lower() if change.entity in SPECS else change.entity
    if change.op == "update":
        return f"sửa {change.field} của {label} {change.entity_code}"
    verb = {"insert": "thêm", "delete": "xóa"}.get(change.op, "thay đổi")
    return f"{verb} {label} {change.entity_code}"


def _check_later(cs: m.ChangeSet, verb: str, removing: str) -> None:
    """Refuse (ChangedSince) when a later live change set touched what ``cs`` changed.
    ``removing`` is the op whose records the replay deletes ("insert" for undo)."""
    if not m.ChangeSet.select().where((m.ChangeSet.id > cs.id) & LIVE).exists():
        return  # nothing after it: the common case, one query
    mine = list(cs.changes.order_by(m.Change.id))
    by_key: dict[tuple[str, str], list[m.Change]] = {}
    for change in mine:
        by_key.setdefault((change.entity, change.entity_key), []).append(change)
    keys = sorted({k for _, k in by_key})
    for start in range(0, len(keys), CHUNK):
        later = (
            m.Change.select(m.Change, m.ChangeSet)
            .join(m.ChangeSet)
            .where((m.ChangeSet.id > cs.id) & LIVE)
            .where(m.Change.entity_key.in_(keys[start : start + CHUNK]))
            .order_by(m.Change.id)
        )
        for row in later:
            if any(_clash(c, row) for c in by_key.get((row.entity, row.entity_key), [])):
                raise _refuse(verb, cs, row.changeset, _what(row))
    _check_children(cs, verb, [c for c in mine if c.op == removing], set(by_key))


def _check_children(
    cs: m.ChangeSet, verb: str, removed: list[m.Change], own: set[tuple[str, str]]
) -> None:
    """A record the replay removes must not hold records added after it by someone else
    (a note under a task): removing it would take them along."""
    for change in removed:
        spec = SPECS.get(change.entity)
        if spec is None or change.entity not in DEPENDENTS:
            continue
        record = _decode(change.new if change.op == "insert" else change.old)
        instance = records.find(spec, record)
        if instance is None:
            continue
        for child_entity, fk in DEPENDENTS[change.entity]:
            child_spec = SPECS[child_entity]
            children = child_spec.model.select().where(getattr(child_spec.model, fk) == instance)
            for child in children:
                key = log_key(child_spec, records.to_record(child_spec, child))
                if (child_entity, key) not in own:
                    raise _refuse(verb, cs, _writer(child_entity, key, cs), _child(child_spec, key))


def _child(spec: Any, key: str) -> str:
    return f"thêm {spec.label.lower()} {' | '.join(map(str, _decode(key)))} vào bản ghi này"


def _writer(entity: str, key: str, cs: m.ChangeSet) -> m.ChangeSet:
    """The latest live change set that logged this record (a stand-in when none did)."""
    found = (
        m.ChangeSet.select()
        .join(m.Change)
        .where((m.Change.entity == entity) & (m.Change.entity_key == key) & LIVE)
        .where(m.ChangeSet.id > cs.id)
        .order_by(m.ChangeSet.id.desc())
        .first()
    )
    return found or m.ChangeSet(who="", action="không ghi trong nhật ký", at=None)


def undo_last(who: str = "", *, anyone: bool = False) -> str | None:
    """Undo ``who``'s latest change set; its description, or None when there is nothing.

    ``NotYourChange`` when ``who`` has none left but others have (``anyone`` undoes the
    register's latest); ``ChangedSince`` when someone changed the same record after it. The
    write lock is taken first (BEGIN IMMEDIATE), so another process writing is waited for."""
    with _writing("IMMEDIATE"):
        cs = _pick(False, who, anyone)
        if cs is None:
            return None
        _check_later(cs, "hoàn tác", "insert")
        for change in cs.changes.order_by(m.Change.id.desc()):
            _replay(change, backwards=True)
        cs.undone = True
        cs.save(only=[m.ChangeSet.undone])  # a unit account may write no more
        return cs.action


def redo_last(who: str = "", *, anyone: bool = False) -> str | None:
    """Redo ``who``'s change set undone most recently; None when there is nothing to redo."""
    with _writing("IMMEDIATE"):
        cs = _pick(True, who, anyone)
        if cs is None:
            return None
        _check_later(cs, "làm lại", "delete")
        for change in cs.changes.order_by(m.Change.id.asc()):
            _replay(change, backwards=False)
        cs.undone = False
        cs.save(only=[m.ChangeSet.undone])
        return cs.action


def discard_redo(who: str) -> None:
    """A new change by ``who`` makes ``who``'s undone change sets impossible to redo (others'
    stay: their redo is checked against it). A report merge among them is forgotten with
    them (its receipt and open conflicts): the report may be merged again."""
    from dxdesk.core.storage.exchange_models import ExchangeConflict, ExchangeReceipt

    mine = m.ChangeSet.undone == True  # noqa: E712
    if who:  # a change with no name (a script) drops every redo, as before accounts
        mine &= (m.ChangeSet.who == who) | (m.ChangeSet.who == "")
    if not m.ChangeSet.select().where(mine).exists():
        return  # the common case: one query, not three deletes
    undone = m.ChangeSet.select(m.ChangeSet.id).where(mine)
    voided = ExchangeReceipt.select(ExchangeReceipt.package_id).where(
        ExchangeReceipt.changeset.in_(undone)
    )
    ExchangeConflict.delete().where(
        ExchangeConflict.package_id.in_(voided) & (ExchangeConflict.kept == "")
    ).execute()
    ExchangeReceipt.delete().where(ExchangeReceipt.changeset.in_(undone)).execute()
    m.ChangeSet.delete().where(mine).execute()
