"""What an agency may change, in *units* merged (or kept as one conflict) together.

A task's status, start and completion dates move together (a status without its dates makes
no sense); its blocker is a unit of its own. A measurement (target + period) and a progress
note are inserted, changed or deleted whole. Everything else belongs to the secretariat.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from dxdesk.core.storage import models as m
from dxdesk.core.storage.logkeys import log_key
from dxdesk.core.storage.records import DATE, ENUM, FLOAT, INT, REF, REFS, SPECS, TEXT

UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "measurement": {"ket_qua": ("measured_on", "value", "agency", "note")},
    "task": {"trang_thai": ("status", "started_on", "completed_on"), "vuong_mac": ("blocker",)},
    "note": {"ghi_chu": ("author",)},
}
UNIT_LABELS = {
    "ket_qua": "kết quả",
    "trang_thai": "trạng thái",
    "vuong_mac": "vướng mắc",
    "ghi_chu": "ghi chú tiến độ",
}
WHOLE = {"measurement", "note"}  # inserted and deleted whole; tasks are only updated
TRACKED = tuple(UNITS)  # the order changes are reported and merged in
FIELD_LABELS = {  # also the order values are shown in
    "status": "trạng thái",
    "started_on": "ngày bắt đầu",
    "completed_on": "ngày hoàn thành",
    "blocker": "vướng mắc",
    "period": "kỳ",
    "value": "giá trị",
    "measured_on": "ngày có số liệu",
    "agency": "cơ quan báo cáo",
    "note": "ghi chú",
    "text": "nội dung",
    "author": "người ghi",
    "deadline": "thời hạn",
    "lead_agency": "cơ quan chủ trì",
}


def norm(value: Any) -> Any:
    """The comparable form of a field value ('' and None are the same; enums by code)."""
    if isinstance(value, Enum):
        return value.value
    return "" if value is None else value


def same(left: dict[str, Any] | None, right: dict[str, Any] | None) -> bool:
    """Whether two sets of field values are equal (a missing side equals only a missing side)."""
    if left is None or right is None:
        return left is None and right is None
    return all(norm(left.get(k)) == norm(right.get(k)) for k in left.keys() | right.keys())


def unit_values(record: dict[str, Any], entity: str, unit: str) -> dict[str, Any]:
    """The values of one unit's fields in a record."""
    return {f: record.get(f) for f in UNITS[entity][unit]}


def whole_values(entity: str, record: dict[str, Any]) -> dict[str, Any]:
    """A whole record's plain fields (key included): what an insert or delete carries."""
    return {f.name: record.get(f.name) for f in SPECS[entity].plain_fields}


def key_dict(entity: str, record: dict[str, Any]) -> dict[str, Any]:
    """The key fields of a record."""
    return {k: record.get(k) for k in SPECS[entity].key}


def key_text(entity: str, record: dict[str, Any]) -> str:
    """The change-log identity of a record ('NV05', 'MT05|2023-Q4')."""
    return SPECS[entity].key_of(record)


def describe(entity: str, record_key: dict[str, Any]) -> str:
    """'nhiệm vụ NV05', 'kết quả đo MT05 kỳ 2023-Q4', 'tiến độ NV05 ngày 05/01/2024'."""
    label = SPECS[entity].label.lower()
    if entity == "measurement":
        return f"kết quả mục tiêu {record_key.get('target')} kỳ {record_key.get('period')}"
    if entity == "note":
        day = record_key.get("noted_on")
        when = day.strftime("%d/%m/%Y") if isinstance(day, date) else str(day)
        return f"ghi chú tiến độ nhiệm vụ {record_key.get('task')} ngày {when}"
    return f"{label} {record_key.get('code')}"


_TYPES: dict[str, tuple[type, ...]] = {
    TEXT: (str,),
    DATE: (date,),
    FLOAT: (int, float),
    INT: (int,),
    ENUM: (str,),
    REF: (str,),
}


@cache
def _kinds(entity: str) -> dict[str, str]:
    """Each field's kind (asked once per entity: a merge asks it for every change)."""
    return {f.name: f.kind for f in SPECS[entity].fields}


def well_typed(entity: str, values: dict[str, Any]) -> bool:
    """Whether every value has its field's kind (a package is never trusted blindly)."""
    kinds = _kinds(entity)
    for name, value in values.items():
        kind = kinds.get(name)
        if kind is None:
            return False
        if kind == REFS or value is None:
            continue
        if isinstance(value, (bool, datetime)):
            return False
        if not isinstance(value, _TYPES[kind]):
            return False
    return True


def last_change(
    entity: str, record_key: dict[str, Any], fields: tuple[str, ...]
) -> tuple[str, datetime | None]:
    """Who made the latest (not undone) change to these fields of a record, and when."""
    row = (
        m.Change.select(m.Change, m.ChangeSet)
        .join(m.ChangeSet)
        .where(
            (m.Change.entity == entity)
            & (m.Change.entity_key == log_key(SPECS[entity], record_key))
            & (m.ChangeSet.undone == False)  # noqa: E712
            & (m.Change.field.in_(fields) | (m.Change.op != "update"))
        )
        .order_by(m.Change.id.desc())
        .first()
    )
    return (row.changeset.who, row.changeset.at) if row else ("", None)
