"""Loading a batch of records (a workbook, the demo province): all or nothing.

A batch is ``{entity: [record, …]}``; a record may carry ``_row`` (its workbook row) so that
errors point at the cell. Validation runs before anything is written; the write is one
change set, updating records that already exist (by code) and adding the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dxdesk.core.domain import figure_keys
from dxdesk.core.domain.docnumber import parse_document_number
from dxdesk.core.domain.task_dates import contradiction, with_completion_date
from dxdesk.core.domain.values import field_problem
from dxdesk.core.errors import CellError, ImportFailed
from dxdesk.core.services import agency_life
from dxdesk.core.services.changes import recording
from dxdesk.core.services.note_identity import NOTE_IDENTITY, write_notes
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.records import LOAD_ORDER, REF, REFS, SPECS

Batch = dict[str, list[dict[str, Any]]]
Progress = Callable[[int, int], None]


@dataclass
class LoadResult:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    description: str = ""
    changeset: int | None = None  # the change set written (None when nothing changed)

    @property
    def total(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())


def _known_codes(entity: str, batch: Batch) -> set[str]:
    model = SPECS[entity].model
    codes = {r.get("code") for r in batch.get(entity, [])}
    return codes | {c for (c,) in model.select(model.code).tuples()}


def _known_key_code(kind: str, code: str, batch: Batch, known: dict[str, set[str]]) -> bool:
    """Whether a code inside a published figure's key is in the file or the register."""
    entities = {"source": ("document", "meeting")}.get(kind, (kind,))
    if kind == "index_family":
        return bool(code)  # any family name: index structures are reference data (issue 16)
    for entity in entities:
        if entity not in known:
            known[entity] = _known_codes(entity, batch)
        if code in known[entity]:
            return True
    return False


def _err(entity: str, record: dict, column: str, message: str, sheet_names: dict) -> CellError:
    return CellError(sheet_names.get(entity, entity), record.get("_row", 0), column, message)


def validate(batch: Batch, sheet_names: dict[str, str] | None = None) -> list[CellError]:
    """Every reference, duplicate and document-number error of a batch (writes nothing)."""
    names = sheet_names or {}
    errors: list[CellError] = []
    known: dict[str, set[str]] = {}
    for entity in LOAD_ORDER:
        spec = SPECS[entity]
        seen: set[str] = set()
        for record in batch.get(entity, []):
            key = spec.key_of(record)
            if key in seen:
                message = f"Mã trùng: {key}." if spec.key else "Chỉ ghi một dòng."
                column = spec.key[-1] if spec.key else spec.fields[0].name
                errors.append(_err(entity, record, column, message, names))
            seen.add(key)
            for f in spec.fields:
                problem = field_problem(entity, f.name, f.kind, record.get(f.name))
                if problem:
                    errors.append(_err(entity, record, f.name, problem, names))
                if f.kind not in (REF, REFS) or not record.get(f.name):
                    continue
                if f.ref not in known:
                    known[f.ref] = _known_codes(f.ref, batch)
                codes = record[f.name] if f.kind == REFS else [record[f.name]]
                for code in codes:
                    if code not in known[f.ref]:
                        label = SPECS[f.ref].label.lower()
                        errors.append(
                            _err(entity, record, f.name, f"Không có {label} mã “{code}”.", names)
                        )
            # (a finished task without a completion date is not an error: load dates it)
            settled = with_completion_date(record, date.today()) if entity == "task" else {}
            if entity == "task" and (fault := contradiction(settled)):
                errors.append(_err(entity, record, fault[0], fault[1], names))
            if entity == "figure" and record.get("metric"):
                problem = figure_keys.check(
                    record["metric"], lambda kind, code: _known_key_code(kind, code, batch, known)
                )
                if problem:
                    errors.append(_err(entity, record, "metric", problem, names))
            if entity == "document" and record.get("symbol"):
                try:
                    parse_document_number(record["symbol"])
                except ValueError:
                    errors.append(
                        _err(
                            entity,
                            record,
                            "symbol",
                            "Số, ký hiệu không đúng dạng (ví dụ 09-KH/BCĐCĐS hoặc 586/KH-UBND).",
                            names,
                        )
                    )
    return errors


def load(
    batch: Batch,
    *,
    action: str,
    who: str = "",
    sheet_names: dict[str, str] | None = None,
    working_date: date | None = None,
    progress: Progress | None = None,
) -> LoadResult:
    """Validate, then write the whole batch in one transaction; ImportFailed lists errors.

    A finished task without a completion date gets ``working_date`` (default today), as
    in the task form; other disagreements of status and dates are errors. ``progress``
    hears (records written, records to write) as the writing goes."""
    if batch.get("task"):
        day = working_date or date.today()
        batch = {**batch, "task": [with_completion_date(r, day) for r in batch["task"]]}
    errors = validate(batch, sheet_names)
    if errors:
        raise ImportFailed(errors)
    writes = len(batch.get("agency", [])) + sum(len(batch.get(e, [])) for e in LOAD_ORDER)
    step = _Steps(progress, writes)
    with recording(action, who) as rec, agency_life.handing_over(_handover_days(batch)):
        pending = [_clean(r) for r in batch.get("agency", [])]
        while pending:  # parents before children (a parent may come later in the sheet)
            ready = [
                r for r in pending if not r.get("parent") or records.resolve("agency", r["parent"])
            ]
            if ready:
                pending = [r for r in pending if all(r is not x for x in ready)]
            else:  # a cycle: in without parents, the loop below sets them
                ready = [{k: v for k, v in r.items() if k != "parent"} for r in pending]
                pending = []
            for record in ready:
                rec.write("agency", record)
                step()
        for entity in LOAD_ORDER:
            if entity == "note":  # matched by identity when the workbook carries it
                write_notes(rec, batch.get("note", []))
                continue
            for record in batch.get(entity, []):
                rec.write(entity, _clean(record))
                step()
        result = LoadResult(dict(rec.created), dict(rec.updated), rec.summary())
        result.changeset = rec.changeset.id if rec.touched else None
    step.finish()
    return result


class _Steps:
    """Counts records written and tells ``progress`` every 50 (and at the end)."""

    def __init__(self, progress: Progress | None, total: int):
        self.progress, self.total, self.done = progress, total, 0

    def __call__(self) -> None:
        self.done += 1
        if self.progress is not None and self.done % 50 == 0:
            self.progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def _handover_days(batch: Batch) -> dict[tuple[str, str], Any]:
    """(entity, code) → the latest day a record of the batch was handed over to its lead."""
    days: dict[tuple[str, str], Any] = {}
    for owner in ("task", "target"):
        for h in sorted(batch.get(f"{owner}_handover", []), key=lambda r: str(r.get("on_date"))):
            days[(owner, str(h.get(owner)))] = h.get("on_date")
    return days


def _clean(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def export_batch() -> Batch:
    """Every record of the register, in load order (for the workbook export). References are
    looked up once each (``records.caching``): without it every measurement asked its target's
    code again, a query per reference (~75 % of an export)."""
    out: Batch = {}
    with records.caching():
        for entity in LOAD_ORDER:
            spec = SPECS[entity]
            rows = list(spec.model.select().order_by(spec.model.id))
            out[entity] = [records.to_record(spec, inst) for inst in rows]
            if entity == "note":  # its identity, for the workbook's "Mã ghi chú"
                for record, inst in zip(out[entity], rows, strict=True):
                    record[NOTE_IDENTITY] = inst.uid
    return out


def holds_work() -> bool:
    """Whether the register has any target or task (a demo must not be loaded over them)."""
    return m.Target.select().exists() or m.Task.select().exists()
