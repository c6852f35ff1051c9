"""How exchange changes read to people: 'trạng thái Đã hoàn thành, ngày hoàn thành 05/01/2024'."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from dxdesk.core.domain.enums import TaskStatus
from dxdesk.core.domain.formats import fmt_date, fmt_number
from dxdesk.core.exchange.offline.codec import FIELD_LABELS


def fmt_value(field: str, value: Any) -> str:
    """One field value as a person reads it."""
    if value in (None, ""):
        return "–"
    if field == "status":
        try:
            return TaskStatus(value).label
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return fmt_number(value)
    return f"“{value}”"


def fmt_values(values: dict[str, Any] | None) -> str:
    """'trạng thái Đã hoàn thành, ngày hoàn thành 05/01/2024' (empty fields left out)."""
    if values is None:
        return "(không có)"
    parts = [
        f"{label} {fmt_value(k, values[k])}"
        for k, label in FIELD_LABELS.items()
        if values.get(k) not in (None, "")
    ]
    return ", ".join(parts) or "(để trống)"


def fmt_change(old: dict[str, Any] | None, new: dict[str, Any] | None) -> str:
    """'trạng thái: Đang triển khai → Đã hoàn thành; ngày hoàn thành: – → 05/01/2024'."""
    if old is None:
        return "thêm mới: " + fmt_values(new)
    if new is None:
        return "xóa: " + fmt_values(old)
    parts = [
        f"{label}: {fmt_value(k, old.get(k))} → {fmt_value(k, new.get(k))}"
        for k, label in FIELD_LABELS.items()
        if k in new and fmt_value(k, old.get(k)) != fmt_value(k, new.get(k))
    ]
    return "; ".join(parts) or "không đổi"


def fmt_when(who: str, at: datetime | None) -> str:
    """'Nguyễn Văn An, 05/01/2024 10:32' (what is known of it)."""
    parts = [p for p in (who, at.strftime("%d/%m/%Y %H:%M") if at else "") if p]
    return ", ".join(parts) or "không rõ"
