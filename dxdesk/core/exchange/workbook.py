"""The Excel workbook exchange: template, import (all or nothing) and export.

Officers keep their registers in Excel; this is how they move in and out of dxdesk. The
layout is in workbook_format, writing in workbook_write, reading in workbook_read. Headless:
nothing here imports Qt (the GUI passes ``progress`` and ``cancelled``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dxdesk.core.errors import CellError, ImportFailed
from dxdesk.core.exchange.workbook_format import SHEET_NAMES
from dxdesk.core.exchange.workbook_read import Batch, ImportCancelled, Progress, read_workbook
from dxdesk.core.exchange.workbook_write import write_template, write_workbook
from dxdesk.core.services import register
from dxdesk.core.services.register import LoadResult
from dxdesk.core.services.register_plan import EntityPlan, plan_load
from dxdesk.core.storage.backups import backup_open_register

__all__ = [
    "ImportCancelled",
    "ImportPlan",
    "apply_import",
    "export_workbook",
    "import_workbook",
    "plan_import",
    "read_workbook",
    "write_template",
    "write_workbook",
]

# One bar of STEPS for a whole run: reading the file is most of an import's time, the
# checks and writes the rest (measured on the synthetic province, docs/workbook.md).
STEPS = 1000
READ_SHARE = 600


def _part(progress: Progress | None, first: int, share: int) -> Progress | None:
    """A phase's (done, total) as steps ``first … first + share`` of one bar of STEPS."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(first + (share * min(done, total) // total if total else share), STEPS)

    return report


@dataclass
class ImportPlan:
    """What importing a workbook would do (nothing is written to make it): per sheet the
    records added, the fields changed (old → new) and the records already as they are; or
    every error of the file, when it has any."""

    path: Path
    batch: Batch
    sheet_names: dict[str, str]
    entities: list[EntityPlan] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)

    @property
    def changes(self) -> int:
        """Records the import would add or change."""
        return sum(len(e.added) + e.changed_records for e in self.entities)


def plan_import(
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Read and check a workbook, then work out what importing it would do."""
    path = Path(path)
    titles: dict[str, str] = {}
    try:
        batch = read_workbook(
            path,
            progress=_part(progress, 0, READ_SHARE),
            cancelled=cancelled,
            sheet_names=titles,
        )
        names = {**SHEET_NAMES, **titles}
        entities = plan_load(
            batch, sheet_names=names, progress=_part(progress, READ_SHARE, STEPS - READ_SHARE)
        )
    except ImportFailed as failed:
        return ImportPlan(path, {}, {**SHEET_NAMES, **titles}, errors=list(failed.errors))
    return ImportPlan(path, batch, names, entities)


def apply_import(
    plan: ImportPlan, *, who: str = "", progress: Progress | None = None
) -> LoadResult:
    """Import what ``plan`` showed (the records read then, checked again as they load), in
    one change set, after a backup of the register."""
    if plan.errors:
        raise ImportFailed(plan.errors)
    backup_open_register("truoc-nhap-excel")
    return register.load(
        plan.batch,
        action=f"Nhập tệp Excel {plan.path.name}",
        who=who,
        sheet_names=plan.sheet_names,
        progress=progress,
    )


def import_workbook(
    path: str | Path,
    *,
    who: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LoadResult:
    """Read, check and load a workbook in one change set; ImportFailed lists every error and
    leaves the register untouched. Records with a known code are updated, others added.
    ``progress`` hears (step, STEPS) over the whole run: reading, then checks and writes."""
    path = Path(path)
    titles: dict[str, str] = {}
    batch = read_workbook(
        path, progress=_part(progress, 0, READ_SHARE), cancelled=cancelled, sheet_names=titles
    )
    names = {**SHEET_NAMES, **titles}
    backup_open_register("truoc-nhap-excel")
    return register.load(
        batch,
        action=f"Nhập tệp Excel {path.name}",
        who=who,
        sheet_names=names,
        progress=_part(progress, READ_SHARE, STEPS - READ_SHARE),
    )


def export_workbook(path: str | Path) -> Path:
    """The whole register as a workbook that imports back unchanged."""
    return write_workbook(path, register.export_batch())
