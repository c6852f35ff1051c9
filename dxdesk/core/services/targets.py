"""Recording a target's measurement for a period."""

from __future__ import annotations

from datetime import date
from typing import Any

from dxdesk.core.domain.formats import period_end
from dxdesk.core.domain.values import check_number, check_period
from dxdesk.core.errors import ValidationError
from dxdesk.core.services.changes import recording, require
from dxdesk.core.storage import records
from dxdesk.core.storage.records import SPECS


def normalise_period(period: str) -> str:
    """'2023-q2' → '2023-Q2'; a clear error for anything that is not a period code."""
    try:
        return check_period(period)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None


def measure(
    code: str,
    *,
    period: str,
    value: float,
    agency: str | None = None,
    note: str = "",
    measured_on: date | None = None,
    today: date | None = None,
    who: str = "",
    unit: str | None = None,
) -> dict[str, Any]:
    """Record (or correct) the value a target reached in a period: the committee's own value,
    or one reporting unit's (``unit``: an agency code) that the target's rule rolls up."""
    period = normalise_period(period)
    try:
        value = check_number(value)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    today = today or date.today()
    measured_on = measured_on or min(period_end(period), today)
    of_unit = f" của đơn vị {unit}" if unit else ""
    with recording(f"Cập nhật kết quả mục tiêu {code} kỳ {period}{of_unit}", who) as rec:
        target = require("target", code)
        if agency:
            require("agency", agency)
        if unit:
            require("agency", unit)
        if target.kind == "co_khong" and value not in (0, 1):
            raise ValidationError("Mục tiêu dạng Có/Không chỉ nhận giá trị 1 (đạt) hoặc 0.")
        record = {
            "target": code,
            "period": period,
            "measured_on": measured_on,
            "value": float(value),
            "note": note,
            "unit": unit or None,
        }
        if agency is not None:
            record["agency"] = agency
        instance = rec.write("measurement", record)
        return records.to_record(SPECS["measurement"], instance)


def recorded_value(code: str, period: str, unit: str | None = None) -> dict[str, Any] | None:
    """The value already recorded for this target, period and unit (what a new value would
    replace), with who recorded it and when (``who``, ``at``, from the change log); None
    when there is none."""
    from dxdesk.core.services.changes import history

    key = {"target": code, "period": normalise_period(period), "unit": unit or None}
    instance = records.find(SPECS["measurement"], key)
    if instance is None:
        return None
    record = records.to_record(SPECS["measurement"], instance)
    done = [h for h in history("measurement", key) if not h["undone"]]
    record["who"] = done[-1]["who"] if done else ""
    record["at"] = done[-1]["at"] if done else None
    return record
