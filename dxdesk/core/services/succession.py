"""An agency succeeded by another (merger, renaming) or others (split) from a date.

``succeed`` ends the old agencies the day before, records the succession and hands their open
work to the successor: tasks not done nor dropped and targets whose deadline is not past, each
with a handover row (who led it before that date), coordinators replaced too, and the old
unit's own values of the targets (per-unit measurements, docs/units.md) measured from that
date on, which continue as the successor's. One change set:
Ctrl+Z or ``dxdesk undo`` takes the whole succession back. Reads at a date before the
handover show the old agency (``storage/readsql.py``, ``queries.py``); see docs/agencies.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from dxdesk.core.domain.enums import SuccessionKind
from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.errors import ValidationError
from dxdesk.core.services import agency_life
from dxdesk.core.services.changes import ChangeRecorder, recording, require
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.records import SPECS

OPEN_STATUSES = ("not_started", "in_progress")


@dataclass
class SuccessionResult:
    predecessors: list[str]
    successors: list[str]
    on: date
    kind: str
    tasks: dict[str, str] = field(default_factory=dict)  # task code → its new lead
    targets: dict[str, str] = field(default_factory=dict)
    unit_values: list[tuple[str, str, str]] = field(default_factory=list)  # target, period, to
    kept_values: list[tuple[str, str, str]] = field(default_factory=list)  # target, period, old

    names: dict[str, str] = field(default_factory=dict)  # agency code → name

    @property
    def message(self) -> str:
        def named(codes: list[str]) -> str:
            return ", ".join(f"{self.names.get(c, c)} ({c})" for c in codes)

        return (
            f"Từ ngày {fmt_date(self.on)}, {named(self.successors)} kế tục "
            f"{named(self.predecessors)}: chuyển giao {len(self.tasks)} nhiệm vụ và "
            f"{len(self.targets)} mục tiêu đang thực hiện"
            + (
                f", {len(self.unit_values)} kết quả đo của đơn vị từ ngày {fmt_date(self.on)}"
                if self.unit_values
                else ""
            )
            + "."
            + (
                f" Giữ nguyên {len(self.kept_values)} kết quả đo của đơn vị cũ vì đơn vị kế "
                "tục đã có kết quả cùng kỳ (ví dụ mục tiêu "
                f"{self.kept_values[0][0]} kỳ {self.kept_values[0][1]})."
                if self.kept_values
                else ""
            )
        )


def _kind(old: list[str], new: list[str], kind: str | None) -> str:
    if kind:
        return SuccessionKind.from_text(kind).value
    if len(new) > 1:
        return SuccessionKind.SPLIT.value
    return SuccessionKind.MERGER.value


def _check(old: list[str], new: list[str], on: date, shares: dict[str, str]) -> None:
    if not old or not new:
        raise ValidationError("Hãy nêu cơ quan cũ và cơ quan kế tục.")
    if set(old) & set(new):
        raise ValidationError("Một cơ quan không thể tự kế tục chính mình.")
    for code in new:
        require("agency", code)
        agency_life.require_in_force(code, on, "kế tục từ")
    for code in old:
        agency = require("agency", code)
        if agency.valid_to is not None and agency.valid_to < on - timedelta(days=1):
            raise ValidationError(
                f"{agency.name} chỉ hoạt động đến ngày "
                f"{fmt_date(agency.valid_to)}: không thể được kế tục từ ngày "
                f"{fmt_date(on)}."
            )
        if m.AgencySuccession.select().where(m.AgencySuccession.predecessor == agency).exists():
            raise ValidationError(f"{agency.name} đã có cơ quan kế tục.")
    for code, to in shares.items():
        if to not in new:
            raise ValidationError(
                f"Nhiệm vụ, mục tiêu {code} được chia cho {to}, không phải một cơ quan kế tục."
            )


def _open_tasks(agency: m.Agency) -> list[m.Task]:
    led = m.Task.select().where((m.Task.lead_agency == agency) & m.Task.status.in_(OPEN_STATUSES))
    return list(led.order_by(m.Task.sort_order, m.Task.code))


def _coordinated(agency: m.Agency) -> list[m.Task]:
    linked = m.TaskAgency.select(m.TaskAgency.task).where(m.TaskAgency.agency == agency)
    query = m.Task.select().where(m.Task.id.in_(linked) & m.Task.status.in_(OPEN_STATUSES))
    return list(query.order_by(m.Task.code))


def _open_targets(agency: m.Agency, on: date) -> list[m.Target]:
    query = m.Target.select().where(
        (m.Target.lead_agency == agency) & (m.Target.deadline.is_null() | (m.Target.deadline >= on))
    )
    return list(query.order_by(m.Target.sort_order, m.Target.code))


def succeed(
    old: list[str],
    new: list[str],
    on: date,
    *,
    kind: str | None = None,
    shares: dict[str, str] | None = None,
    share_text: dict[str, str] | None = None,
    who: str = "",
) -> SuccessionResult:
    """From ``on``, ``new`` succeed ``old``: their open work passes on, undoable as one."""
    shares, share_text = shares or {}, share_text or {}
    old, new = list(dict.fromkeys(old)), list(dict.fromkeys(new))
    result = SuccessionResult(old, new, on, _kind(old, new, kind))
    action = f"{', '.join(new)} kế tục {', '.join(old)} từ ngày {fmt_date(on)}"
    with recording(action, who) as rec:
        _check(old, new, on, shares)
        result.names = {c: require("agency", c).name for c in [*old, *new]}
        for code in old:
            agency = require("agency", code)
            for successor in new:
                rec.write(
                    "succession",
                    {
                        "predecessor": code,
                        "successor": successor,
                        "on_date": on,
                        "kind": result.kind,
                        "share": share_text.get(successor, ""),
                    },
                )
            _hand_tasks(rec, agency, new, on, shares, result)
            _hand_targets(rec, agency, new, on, shares, result)
            _hand_unit_values(rec, agency, new, on, shares, result)
            rec.write("agency", {"code": code, "valid_to": on - timedelta(days=1)})
    return result


def _hand_tasks(
    rec: ChangeRecorder,
    agency: m.Agency,
    new: list[str],
    on: date,
    shares: dict[str, str],
    result: SuccessionResult,
) -> None:
    for task in _open_tasks(agency):
        to = shares.get(task.code, new[0])
        with agency_life.handing_over({("task", task.code): on}):
            rec.write("task", {"code": task.code, "lead_agency": to})
        rec.write(
            "task_handover",
            {"task": task.code, "on_date": on, "from_agency": agency.code, "to_agency": to},
        )
        result.tasks[task.code] = to
    for task in _coordinated(agency):
        to = shares.get(task.code, new[0])
        current = records.to_record(SPECS["task"], task)["coordinators"]
        lead = result.tasks.get(task.code) or records.code_for("agency", task.lead_agency_id)
        changed = [to if c == agency.code else c for c in current]
        changed = [c for c in dict.fromkeys(changed) if c != lead]
        with agency_life.handing_over({("task", task.code): on}):
            rec.write("task", {"code": task.code, "coordinators": changed})


def _hand_targets(
    rec: ChangeRecorder,
    agency: m.Agency,
    new: list[str],
    on: date,
    shares: dict[str, str],
    result: SuccessionResult,
) -> None:
    for target in _open_targets(agency, on):
        to = shares.get(target.code, new[0])
        with agency_life.handing_over({("target", target.code): on}):
            rec.write("target", {"code": target.code, "lead_agency": to})
        rec.write(
            "target_handover",
            {"target": target.code, "on_date": on, "from_agency": agency.code, "to_agency": to},
        )
        result.targets[target.code] = to


def _hand_unit_values(
    rec: ChangeRecorder,
    agency: m.Agency,
    new: list[str],
    on: date,
    shares: dict[str, str],
    result: SuccessionResult,
) -> None:
    """The old unit's values measured from ``on`` become the successor's (a split: the
    successor the target went to). A value the successor already has for the same target
    and period is not overwritten: the old one stays, and the result says so."""
    spec = SPECS["measurement"]
    rows = (
        m.Measurement.select()
        .where((m.Measurement.unit == agency) & (m.Measurement.measured_on >= on))
        .order_by(m.Measurement.measured_on, m.Measurement.id)
    )
    for row in list(rows):
        record = records.to_record(spec, row)
        to = shares.get(record["target"], new[0])
        taken = records.find(spec, {**record, "unit": to})
        if taken is not None:
            result.kept_values.append((record["target"], record["period"], agency.code))
            continue
        moved = {**record, "unit": to}
        if record.get("agency") == agency.code:
            moved["agency"] = to
        rec.delete("measurement", row)
        rec.write("measurement", moved)
        result.unit_values.append((record["target"], record["period"], to))


def open_work(old: list[str], on: date) -> list[tuple[str, str]]:
    """(code, text) of the tasks and targets that would pass on: what a split shares."""
    out: list[tuple[str, str]] = []
    for code in dict.fromkeys(old):
        agency = m.Agency.get_or_none(m.Agency.code == code)
        if agency is None:
            continue
        out += [(t.code, t.text) for t in _open_tasks(agency)]
        out += [(t.code, t.text) for t in _open_targets(agency, on)]
    return out


def agency_history(code: str) -> dict[str, Any]:
    """An agency's life: validity, predecessors (and theirs) and successors, and the work
    handed to it (an agency's history shows its predecessors' work)."""
    agency = require("agency", code)
    before, queue = [], [agency.id]
    while queue:
        rows = m.AgencySuccession.select().where(m.AgencySuccession.successor.in_(queue))
        queue = []
        for row in rows:
            before.append(
                {
                    "code": row.predecessor.code,
                    "name": row.predecessor.name,
                    "on": row.on_date,
                    "kind": row.kind,
                }
            )
            queue.append(row.predecessor_id)
    after = [
        {
            "code": r.successor.code,
            "name": r.successor.name,
            "on": r.on_date,
            "kind": r.kind,
            "share": r.share,
        }
        for r in m.AgencySuccession.select().where(m.AgencySuccession.predecessor == agency)
    ]
    taken = (
        m.TaskHandover.select(m.Task.code, m.TaskHandover.on_date, m.Agency.code)
        .join(m.Task)
        .switch(m.TaskHandover)
        .join(m.Agency, on=(m.TaskHandover.from_agency == m.Agency.id))
        .where(m.TaskHandover.to_agency == agency)
        .tuples()
    )
    return {
        "code": agency.code,
        "name": agency.name,
        "valid_from": agency.valid_from,
        "valid_to": agency.valid_to,
        "predecessors": before,
        "successors": after,
        "tasks_taken": [{"task": t, "on": d, "from": f} for t, d, f in taken],
    }
