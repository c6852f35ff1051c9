"""Conflicts kept by a merge, shown with both values, who and when, and resolved by a person.

Until a person chooses, the secretariat's value stands. Keeping the agency's value applies it
through the change log (with the report's provenance), so it can be undone like any edit;
keeping the secretariat's changes nothing, and the next slice carries it back to the agency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dxdesk.core.errors import NotFound, ValidationError
from dxdesk.core.exchange.offline.codec import UNIT_LABELS, describe
from dxdesk.core.exchange.offline.mode import require_secretariat
from dxdesk.core.exchange.offline.provenance import apply_with_provenance
from dxdesk.core.exchange.offline.receipts import live_receipt
from dxdesk.core.exchange.offline.wording import fmt_values, fmt_when
from dxdesk.core.exchange.package import loads
from dxdesk.core.services.changes import recording
from dxdesk.core.services.entities import FieldError, validate_record
from dxdesk.core.storage import records
from dxdesk.core.storage.exchange_models import ExchangeConflict
from dxdesk.core.storage.records import SPECS

KEEP = {"secretariat": "Văn phòng", "agency": "đơn vị"}


@dataclass(frozen=True)
class ConflictView:
    """One conflict as the conflicts view and ``dxdesk exchange conflicts`` show it."""

    id: int
    agency: str
    seq: int
    package_id: str
    entity: str
    record_key: dict[str, Any]
    what: str  # 'nhiệm vụ NV05'
    unit_label: str  # 'trạng thái'
    op: str
    base: dict[str, Any] | None
    secretariat: dict[str, Any] | None
    agency_value: dict[str, Any] | None
    secretariat_who: str
    secretariat_at: datetime | None
    officer: str
    at_agency: datetime | None
    reason: str
    detected_at: datetime
    kept: str  # '', 'secretariat' or 'agency'
    resolved_by: str
    resolved_at: datetime | None

    @property
    def lines(self) -> list[str]:
        """The conflict in a few lines of Vietnamese."""
        out = [
            f"Xung đột số {self.id}: {self.what} ({self.unit_label}), báo cáo số {self.seq} của "
            f"đơn vị {self.agency}",
            f"  Văn phòng: {fmt_values(self.secretariat)} — "
            f"{fmt_when(self.secretariat_who, self.secretariat_at)}",
            f"  Đơn vị:    {fmt_values(self.agency_value)} — {fmt_when(self.officer, self.at_agency)}",
            f"  Ban đầu:   {fmt_values(self.base)}",
            f"  Lý do:     {self.reason}",
        ]
        if self.kept:
            out.append(
                f"  Đã giải quyết: giữ giá trị của {KEEP[self.kept]} — "
                f"{fmt_when(self.resolved_by, self.resolved_at)}"
            )
        return out


def _view(row: ExchangeConflict) -> ConflictView:
    key = loads(row.record_key)
    return ConflictView(
        row.id,
        row.agency,
        row.seq,
        row.package_id,
        row.entity,
        key,
        describe(row.entity, key),
        UNIT_LABELS.get(row.unit, row.unit),
        row.op,
        _json(row.base),
        _json(row.secretariat),
        _json(row.agency_value),
        row.secretariat_who,
        row.secretariat_at,
        row.officer,
        row.at_agency,
        row.reason,
        row.detected_at,
        row.kept,
        row.resolved_by,
        row.resolved_at,
    )


def _json(text: str | None) -> Any:
    return None if text is None else loads(text)


def list_conflicts(*, include_resolved: bool = False) -> list[ConflictView]:
    """Conflicts awaiting a person (or all of them), oldest first."""
    query = ExchangeConflict.select().order_by(ExchangeConflict.id)
    if not include_resolved:
        query = query.where(ExchangeConflict.kept == "")
    rows = list(query)
    live = {}  # a merge undone since: its conflicts wait for the report to be merged again
    for row in rows:
        live.setdefault(row.package_id, live_receipt(row.package_id) is not None)
    return [_view(row) for row in rows if live[row.package_id]]


def resolve_conflict(conflict_id: int, *, keep: str, who: str = "") -> ConflictView:
    """Settle a conflict: keep the secretariat's value, or apply the agency's."""
    require_secretariat()
    if keep not in KEEP:
        raise ValidationError(
            "Hãy chọn giữ giá trị của Văn phòng (secretariat) hoặc của đơn vị (agency)."
        )
    row = ExchangeConflict.get_or_none(ExchangeConflict.id == conflict_id)
    if row is None:
        raise NotFound(f"Không có xung đột số {conflict_id}.")
    if live_receipt(row.package_id) is None:
        raise ValidationError(
            f"Việc hợp nhất báo cáo sinh ra xung đột số {conflict_id} đã được "
            "hoàn tác; hãy hợp nhất lại báo cáo đó trước."
        )
    if row.kept:
        raise ValidationError(
            f"Xung đột số {conflict_id} đã được giải quyết (giữ giá trị của {KEEP[row.kept]})."
        )
    view = _view(row)
    with recording(
        f"Giải quyết xung đột số {conflict_id}: giữ giá trị của {KEEP[keep]}", who
    ) as rec:
        if keep == "agency":
            _check_applicable(view)
            origin = {
                "package_id": row.package_id,
                "agency": row.agency,
                "seq": row.seq,
                "officer": row.officer,
                "at_agency": row.at_agency,
            }
            apply_with_provenance(
                rec, row.entity, row.op, view.record_key, view.agency_value, origin
            )
        before = {"kept": row.kept, "resolved_by": row.resolved_by, "resolved_at": None}
        row.kept, row.resolved_by, row.resolved_at = keep, who, datetime.now()
        row.save()
        after = {"kept": keep, "resolved_by": who, "resolved_at": row.resolved_at}
        rec.log_state("exchange_conflict", str(row.id), before, after)  # undo reopens it
    return _view(row)


def _check_applicable(view: ConflictView) -> None:
    existing = records.find(SPECS[view.entity], view.record_key)
    if view.op == "delete":
        return
    if view.op == "update" and existing is None:
        raise ValidationError(
            f"Không áp dụng được giá trị của đơn vị vì {view.what} không còn "
            "trong sổ; hãy giữ giá trị của Văn phòng."
        )
    current = records.to_record(SPECS[view.entity], existing) if existing is not None else {}
    try:
        validate_record(view.entity, {**current, **(view.agency_value or {})})
    except FieldError as exc:
        raise ValidationError(f"Không áp dụng được giá trị của đơn vị: {exc}") from None
