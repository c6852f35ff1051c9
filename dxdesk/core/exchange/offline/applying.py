"""Applying a report's planned items: new records many at a time, the rest one by one.

A run of items that insert a note or measurement absent from the register (and named once
in the report) is written with one statement and logged with another
(``changes_bulk.insert_many``); every other item goes through the change recorder as before,
in the report's order, so the change log reads as it always did.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from dxdesk.core.errors import DxError
from dxdesk.core.exchange.offline.provenance import (
    apply_with_provenance,
    keep_conflict,
    save_provenance,
)
from dxdesk.core.services.changes import ChangeRecorder
from dxdesk.core.services.changes_bulk import insert_many

APPLY, CONFLICT = "apply", "conflict"


class MergeCancelled(DxError):
    """The person stopped a preview or a merge: the transaction is rolled back whole."""

    def __init__(self) -> None:
        super().__init__("Đã hủy hợp nhất báo cáo; sổ không thay đổi.")


class Steps:
    """Progress told and cancel asked between steps of a preview (one phase) or a merge
    (two: the preview, then the writes), as (done, total) over all phases."""

    def __init__(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        phases: int = 1,
    ):
        self.progress, self.cancelled, self.phases = progress, cancelled, phases
        self.phase = self.size = 0

    def begin(self, size: int) -> None:
        self.size = size

    def tell(self, done: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise MergeCancelled()
        if self.progress is not None:
            self.progress(self.phase * self.size + done, self.phases * self.size)


BULK = ("note", "measurement")  # inserted whole, no lists of references
_RUN = 2_000  # items per statement run (progress is told between runs)


def apply_items(
    rec: ChangeRecorder,
    items: list[Any],
    origin: dict[str, Any],
    plan: Any,
    steps: Steps | None = None,
) -> None:
    """Apply ``items`` (APPLY written, CONFLICT kept) with their provenance."""
    named = Counter((item.entity, item.key) for item in items)
    provenance: list[dict[str, Any]] = []
    run: list[Any] = []

    def when(item: Any) -> dict[str, Any]:
        return {
            **origin,
            "officer": item.who or plan.officer,
            "at_agency": item.at or plan.written_at,
        }

    def flush() -> None:  # a run holds one entity: the log keeps the report's order
        if run:
            ids = insert_many(rec, run[0].entity, [{**i.record_key, **i.new} for i in run])
            provenance.extend({"change": c, **when(i)} for c, i in zip(ids, run, strict=True))
            run.clear()

    total = len(items)
    for done, item in enumerate(items, 1):
        bulk = (
            item.outcome == APPLY
            and item.op == "insert"
            and item.current is None
            and item.entity in BULK
            and named[(item.entity, item.key)] == 1
        )
        if bulk and (not run or run[-1].entity == item.entity) and len(run) < _RUN:
            run.append(item)
        else:
            flush()
            if bulk:
                run.append(item)
            elif item.outcome == APPLY:
                apply_with_provenance(
                    rec, item.entity, item.op, item.record_key, item.new, when(item), provenance
                )
            elif item.outcome == CONFLICT:
                keep_conflict(item, when(item))
        if steps is not None and (done % _RUN == 0 or done == total):
            flush()
            steps.tell(done)
    flush()
    save_provenance(provenance)
