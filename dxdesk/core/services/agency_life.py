"""Agency life: an agency is given work only while it exists (hiệu lực từ … đến …).

Since 01/07/2025 districts have ended and departments merged (docs/agencies.md). Wherever an
agency is chosen — a task's lead and coordinators, a target's lead, the unit reporting a
measurement, a member's agency, the agencies of a conclusion — it must be in force on the day
that choice takes effect: the task's or target's assignment date, the measurement's date, the
meeting's date, today for a member (or today when the record has no date). Records kept from
before the end stay as they are: only a choice that changes is checked, so a 2023 task of a
district that ended in 2025 can still be corrected and closed.

The rule is a guard of the change log, registered by the Session
(``services.changes.register_guard``): every service, dialog, import and merge obeys it and
a refusal rolls the whole use case back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any

from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.errors import ValidationError
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.records import SPECS

# (entity, field) → what the agency would be given, with "{key}" for the record's key
ROLES: dict[tuple[str, str], str] = {
    ("task", "lead_agency"): "chủ trì nhiệm vụ {code}",
    ("task", "coordinators"): "phối hợp thực hiện nhiệm vụ {code}",
    ("target", "lead_agency"): "chủ trì mục tiêu {code}",
    ("measurement", "agency"): "báo cáo kết quả mục tiêu {target} kỳ {period}",
    ("member", "agency"): "làm cơ quan của thành viên {code}",
    ("conclusion", "agencies"): "thực hiện kết luận {code}",
}
DATE_FIELD = {"task": "assigned_on", "target": "assigned_on", "measurement": "measured_on"}


# (entity, code) → the day a change of agency takes effect, when that is not the record's own
# date: a task handed over to a commune on 01/07/2025 was assigned in 2023 (``handing_over``).
_HANDOVER_DAYS: ContextVar[dict[tuple[str, str], date] | None] = ContextVar(
    "dxdesk_handover_days", default=None
)


@contextmanager
def handing_over(days: dict[tuple[str, str], date]) -> Iterator[None]:
    """Inside this block, a change of agency of these records takes effect on the given day."""
    token = _HANDOVER_DAYS.set({**(_HANDOVER_DAYS.get() or {}), **days})
    try:
        yield
    finally:
        _HANDOVER_DAYS.reset(token)


class AgencyEnded(ValidationError):
    """An agency chosen on a day it did not exist (ended, or not yet founded)."""


def validity(code: str) -> tuple[str, date | None, date | None] | None:
    """(name, valid_from, valid_to) of the agency with this code, or None if unknown."""
    row = (
        m.Agency.select(m.Agency.name, m.Agency.valid_from, m.Agency.valid_to)
        .where(m.Agency.code == code)
        .tuples()
        .first()
    )
    return row


def in_force_error(code: str, day: date, role: str) -> str | None:
    """The sentence refusing to give ``role`` to agency ``code`` on ``day``, or None."""
    found = validity(code)
    if found is None:
        return None
    name, start, end = found
    if end is not None and day > end:
        return (
            f"Không thể giao {name} {role} ngày {fmt_date(day)}: cơ quan này chỉ hoạt "
            f"động đến ngày {fmt_date(end)}."
        )
    if start is not None and day < start:
        return (
            f"Không thể giao {name} {role} ngày {fmt_date(day)}: cơ quan này hoạt động "
            f"từ ngày {fmt_date(start)}."
        )
    return None


def require_in_force(code: str, day: date, role: str) -> None:
    """Raise AgencyEnded when agency ``code`` is not in force on ``day``."""
    error = in_force_error(code, day, role)
    if error:
        raise AgencyEnded(error)


def _codes(value: Any) -> list[str]:
    if not value:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


_DATED = ("agency", "dated")  # the key of the dated agencies among records' lookups


def _has_dates(codes: list[str]) -> list[str]:
    """The codes among these of agencies that have validity dates at all (most have none).
    Those agencies are read once per use case: an import asked once per row."""
    if not codes:
        return []
    dated = records.remembered(_DATED, _dated_agencies)
    return [c for c in codes if c in dated]


def _dated_agencies() -> frozenset[str]:
    rows = (
        m.Agency.select(m.Agency.code)
        .where(m.Agency.valid_from.is_null(False) | m.Agency.valid_to.is_null(False))
        .tuples()
    )
    return frozenset(c for (c,) in rows)


def _effective_day(entity: str, record: dict[str, Any], stored: dict[str, Any]) -> date:
    handed = (_HANDOVER_DAYS.get() or {}).get((entity, str(record.get("code"))))
    if handed is not None:
        return handed
    if entity == "conclusion":
        meeting = record.get("meeting") or stored.get("meeting")
        held = records.resolve("meeting", meeting) if meeting else None
        if held is not None:
            return held.meeting_date
    field = DATE_FIELD.get(entity)
    day = record.get(field, stored.get(field)) if field else None
    return day if isinstance(day, date) else date.today()


def check_write(entity: str, op: str, record: dict[str, Any]) -> None:
    """The guard: refuse choosing an agency that is not in force on the day it takes effect."""
    if op != "write":
        return
    if entity == "agency":  # its validity dates may change: read the dated ones again
        records.forget(_DATED)
    fields = [f for (e, f) in ROLES if e == entity and f in record]
    if not fields:
        return
    dated = _has_dates([c for f in fields for c in _codes(record[f])])
    if not dated:
        return
    stored = records.find_record(SPECS[entity], record) or {}
    day = _effective_day(entity, record, stored)
    for f in fields:
        before = set(_codes(stored.get(f)))
        for code in _codes(record[f]):
            if code in dated and code not in before:
                role = ROLES[(entity, f)].format(
                    **{k: record.get(k, stored.get(k, "")) for k in ("code", "target", "period")}
                )
                require_in_force(code, day, role)


def ended_error(code: str, on: date, what: str) -> str | None:
    """The sentence refusing ``what`` (issuing a slice, merging a report) dated ``on`` for an
    agency that had ended by then; None while it is in force."""
    found = validity(code)
    if found is None or found[2] is None or on <= found[2]:
        return None
    name, _, end = found
    return (
        f"Không thể {what.format(name=name)} ngày {fmt_date(on)}: {name} chỉ hoạt động "
        f"đến ngày {fmt_date(end)}."
    )
