"""The agency-mode rule: an agency changes what belongs to it and nothing else.

In an agency-mode register the lead agency of a task may change its status, start and
completion dates and blocker; the lead or a coordinating agency may add or remove its progress
notes; the lead agency of a target may record, correct or remove its measurements. Everything
else is the secretariat's. The rule lives here, in the core: opening a ``Session`` registers
:func:`guard` with ``services.changes`` (every write, delete and rename passes it), so every
service, the GUI, the CLI and the workbook import obey it. The secretariat
applies the same scope test (:func:`scope_error`) to every change a report brings.
"""

from __future__ import annotations

from typing import Any

from dxdesk.core.errors import DxError
from dxdesk.core.exchange.offline.codec import FIELD_LABELS, norm
from dxdesk.core.exchange.offline.mode import agency_mode
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.records import REFS, SPECS

TASK_FIELDS = {"status", "started_on", "completed_on", "blocker"}
DRAFTS = {"draft", "draft_indicator", "draft_comment"}  # the secretariat's (docs/exchange.md)


class PermissionDenied(DxError):
    """A write the agency mode does not allow: nothing was written."""


def task_role(code: str | None, agency: str) -> str | None:
    """'lead', 'coordinator', 'other' or None (no such task) for this agency."""
    task = records.resolve("task", code)
    if task is None:
        return None
    if task.lead_agency is not None and task.lead_agency.code == agency:
        return "lead"
    linked = (
        m.TaskAgency.select()
        .join(m.Agency)
        .where((m.TaskAgency.task == task) & (m.Agency.code == agency))
        .exists()
    )
    return "coordinator" if linked else "other"


def target_lead(code: str | None) -> str | None:
    """The lead agency code of a target ('' when it has none), None when there is no target."""
    target = records.resolve("target", code)
    if target is None:
        return None
    return target.lead_agency.code if target.lead_agency is not None else ""


def scope_error(entity: str, record: dict[str, Any], agency: str) -> str | None:
    """Why ``agency`` may not change this record (one sentence), or None when it may."""
    if entity == "task":
        role = task_role(record.get("code"), agency)
        if role is None:
            return f"Nhiệm vụ {record.get('code')} không có trong sổ."
        return (
            None
            if role == "lead"
            else (f"Nhiệm vụ {record.get('code')} không do đơn vị {agency} chủ trì.")
        )
    if entity == "note":
        role = task_role(record.get("task"), agency)
        if role is None:
            return f"Nhiệm vụ {record.get('task')} không có trong sổ."
        return (
            None
            if role != "other"
            else (f"Nhiệm vụ {record.get('task')} không giao cho đơn vị {agency}.")
        )
    if entity == "measurement":
        lead = target_lead(record.get("target"))
        if lead is None:
            return f"Mục tiêu {record.get('target')} không có trong sổ."
        return (
            None
            if lead == agency
            else (f"Mục tiêu {record.get('target')} không do đơn vị {agency} chủ trì.")
        )
    return f"{SPECS[entity].label} do Văn phòng BCĐ quản lý."


def _changed_fields(entity: str, record: dict[str, Any]) -> set[str] | None:
    """The fields this write would change (None: the record is new)."""
    spec = SPECS[entity]
    instance = records.find(spec, record)
    if instance is None:
        return None
    current = records.to_record(spec, instance)
    out = set()
    for f in spec.fields:
        if f.name not in record:
            continue
        old, new = current.get(f.name), record[f.name]
        if f.kind == REFS:
            old, new = list(old or []), list(new or [])
        if norm(old) != norm(new):
            out.add(f.name)
    return out


def check_can_write(entity: str, record: dict[str, Any], *, op: str = "write") -> None:
    """Refuse (PermissionDenied) a write, delete or rename the agency mode does not allow."""
    mode = agency_mode()
    if mode is None:
        return
    label = SPECS[entity].label.lower()
    if op == "rename":
        raise PermissionDenied(f"Ở chế độ đơn vị không được đổi mã {label}.")
    changed = _changed_fields(entity, record) if op == "write" else None
    if op == "write" and changed == set():
        return  # writing what is already there changes nothing
    if entity == "task":
        _check_task(record, changed, op, mode.agency_code, mode.agency_name)
    elif entity in ("note", "measurement"):
        if scope_error(entity, record, mode.agency_code):
            raise PermissionDenied(_scope_sentence(entity, record, mode.agency_name))
        reporter = record.get("agency")
        if (
            entity == "measurement"
            and op == "write"
            and reporter not in (None, "", mode.agency_code)
            and (changed is None or "agency" in changed)
        ):
            raise PermissionDenied(
                f"Ở chế độ đơn vị, kết quả do chính {mode.agency_name} báo "
                f"cáo; không được ghi là của đơn vị {reporter}."
            )
    elif entity in DRAFTS:
        raise PermissionDenied(
            "Ở chế độ đơn vị không ghi được dự thảo hay ý kiến góp ý: đơn vị gửi ý kiến góp ý "
            "bằng văn bản cho Văn phòng BCĐ để Văn phòng ghi vào sổ."
        )
    else:
        raise PermissionDenied(
            f"Ở chế độ đơn vị không được sửa {label} vì dữ liệu này do Văn phòng BCĐ quản lý."
        )


def _check_task(
    record: dict[str, Any], changed: set[str] | None, op: str, agency: str, name: str
) -> None:
    if op == "delete" or changed is None:
        raise PermissionDenied(
            "Ở chế độ đơn vị không được thêm hay xóa nhiệm vụ: nhiệm vụ do Văn phòng BCĐ giao."
        )
    extra = sorted(changed - TASK_FIELDS)
    if extra:
        field = FIELD_LABELS.get(extra[0], extra[0])
        raise PermissionDenied(
            f"Ở chế độ đơn vị chỉ được cập nhật trạng thái, ngày hoàn thành, "
            f"vướng mắc và tiến độ của nhiệm vụ, không được sửa “{field}”."
        )
    if task_role(record.get("code"), agency) != "lead":
        raise PermissionDenied(
            f"Nhiệm vụ {record.get('code')} không do {name} chủ trì nên chỉ "
            "được thêm ghi chú tiến độ."
        )


def _scope_sentence(entity: str, record: dict[str, Any], name: str) -> str:
    if entity == "note":
        return f"Nhiệm vụ {record.get('task')} không giao cho {name} nên không được ghi tiến độ."
    return f"Mục tiêu {record.get('target')} không do {name} chủ trì nên không được ghi kết quả."


def guard(entity: str, op: str, record: dict[str, Any]) -> None:
    """The agency-mode rule as a guard of ``services.changes`` (registered by the Session)."""
    check_can_write(entity, record, op=op)
