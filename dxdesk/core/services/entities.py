"""Create, edit and delete any record, one change set each (the GUI's dialogs call these).

Records are plain dicts (see storage/records.py). Validation here is what every caller
needs: required fields, known references, dates in order; messages name the field.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dxdesk.core.domain.docnumber import parse_document_number
from dxdesk.core.domain.task_dates import contradiction, with_completion_date
from dxdesk.core.domain.values import field_problem
from dxdesk.core.errors import NotFound, ValidationError
from dxdesk.core.services.changes import recording
from dxdesk.core.storage import records
from dxdesk.core.storage.records import DATE as DATE
from dxdesk.core.storage.records import ENUM as ENUM
from dxdesk.core.storage.records import FLOAT as FLOAT
from dxdesk.core.storage.records import INT as INT
from dxdesk.core.storage.records import REF as REF
from dxdesk.core.storage.records import REFS as REFS
from dxdesk.core.storage.records import SPECS, EntitySpec
from dxdesk.core.storage.records import TEXT as TEXT

# The field kinds above (TEXT, DATE, …) are re-exported: a dialog builds its editors on them.


class FieldError(ValidationError):
    """A bad field of a record: ``field`` names it so a dialog can show the message beside it."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(message)


# What a new record starts with when the caller leaves these out.
DEFAULTS: dict[str, dict[str, Any]] = {
    "task": {"status": "not_started"},
    "target": {"direction": "tang", "kind": "so_lieu"},
    "member": {"role": "thanh_vien"},
    "agency": {"kind": "so_nganh"},
}


def spec(entity: str) -> EntitySpec:
    """How records of ``entity`` are described: fields, kinds, references, labels."""
    return SPECS[entity]


def get(entity: str, key: dict[str, Any] | str) -> dict[str, Any]:
    """The record of ``entity`` with this code (or key dict); NotFound if absent."""
    spec = SPECS[entity]
    key = {"code": key} if isinstance(key, str) else key
    instance = records.find(spec, key)
    if instance is None:
        raise NotFound(f"Không tìm thấy {spec.label.lower()} {spec.key_of(key)}.")
    return records.to_record(spec, instance)


def validate_record(entity: str, record: dict[str, Any]) -> None:
    """Raise FieldError for the first field at fault."""
    spec = SPECS[entity]
    for f in spec.fields:
        value = record.get(f.name)
        if f.required and value in (None, "", []):
            raise FieldError(f.name, "Trường này là bắt buộc.")
        problem = field_problem(entity, f.name, f.kind, value)
        if problem:
            raise FieldError(f.name, problem)
        if f.kind == ENUM and value not in (None, ""):
            try:
                f.enum(value)
            except ValueError:
                raise FieldError(f.name, f"Giá trị “{value}” không hợp lệ.") from None
        if f.kind in (REF, REFS) and value:
            for code in value if f.kind == REFS else [value]:
                if records.id_for(f.ref, code) is None:  # remembered within a use case
                    label = SPECS[f.ref].label.lower()
                    raise FieldError(f.name, f"Không có {label} mã “{code}”.")
    _check_dates(record)
    if entity == "task" and (fault := contradiction(record)):  # status and dates agree
        raise FieldError(*fault)
    if entity == "document" and record.get("symbol"):
        try:
            parse_document_number(record["symbol"])
        except ValueError:
            raise FieldError(
                "symbol", "Số, ký hiệu không đúng dạng (ví dụ 09-KH/BCĐCĐS hoặc 586/KH-UBND)."
            ) from None
    of = record.get("goal_of") if entity == "target_rank_goal" else None
    if of is not None and of < 2:
        raise FieldError("goal_of", "Số tỉnh được xếp hạng phải từ 2 trở lên (ví dụ 63).")


def _check_dates(record: dict[str, Any]) -> None:
    order = [
        ("assigned_on", "started_on"),
        ("started_on", "completed_on"),
        ("assigned_on", "completed_on"),
        ("valid_from", "valid_to"),
    ]
    for earlier, later in order:
        a, b = record.get(earlier), record.get(later)
        if isinstance(a, date) and isinstance(b, date) and b < a:
            raise FieldError(later, "Ngày này không được trước ngày bắt đầu tương ứng.")


def save(
    entity: str,
    record: dict[str, Any],
    *,
    original_key: dict | None = None,
    who: str = "",
    working_date: date | None = None,
    opened: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Create or update one record; with ``original_key`` an edit may change the code.

    A finished task without a completion date gets ``working_date`` (default today).
    ``opened``: the record as the form read it (a shared register): only the fields the form
    changed are saved, and one someone else changed since is refused with both values
    (``versions.ChangedMeanwhile``), nothing written."""
    spec = SPECS[entity]
    label = spec.label.lower()
    with recording(f"Lưu {label} {spec.key_of(record)}", who) as rec:
        if opened is not None:
            from dxdesk.core.services.versions import changed_since

            record = changed_since(entity, record, opened)
        existing = records.find(spec, original_key or record)
        base = records.to_record(spec, existing) if existing else DEFAULTS.get(entity, {})
        record = {**base, **record}
        if entity == "task":
            record = with_completion_date(record, working_date or date.today())
        validate_record(entity, record)
        old_code = (original_key or {}).get("code")
        if old_code and old_code != record.get("code"):
            if records.find(spec, record) is not None:
                raise FieldError("code", f"Mã “{record['code']}” đã được dùng.")
            rec.rename(entity, old_code, record["code"])
        rec.write(entity, record)
        return records.to_record(spec, records.find(spec, record))


def delete(entity: str, key: dict[str, Any] | str, *, who: str = "") -> dict[str, Any]:
    """Delete one record with what depends on it (all restorable by undo)."""
    spec = SPECS[entity]
    key = {"code": key} if isinstance(key, str) else key
    with recording(f"Xóa {spec.label.lower()} {spec.key_of(key)}", who) as rec:
        instance = records.find(spec, key)
        if instance is None:
            raise NotFound(f"Không tìm thấy {spec.label.lower()} {spec.key_of(key)}.")
        return rec.delete(entity, instance)
