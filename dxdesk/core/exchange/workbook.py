"""The Excel workbook exchange: template, import (all or nothing) and export.

Officers keep their registers in Excel; this is how they move in and out of dxdesk. The
layout is in workbook_format, writing in workbook_write, reading in workbook_read. Headless:
nothing here imports Qt (the GUI passes ``progress`` and ``cancelled``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dxdesk.core.exchange.workbook_format import SHEET_NAMES
from dxdesk.core.exchange.workbook_read import ImportCancelled, Progress, read_workbook
from dxdesk.core.exchange.workbook_write import write_template, write_workbook
from dxdesk.core.services import register
from dxdesk.core.services.register import LoadResult
from dxdesk.core.storage.backups import backup_open_register

__all__ = [
    "ImportCancelled",
    "export_workbook",
    "import_workbook",
    "read_workbook",
    "write_template",
    "write_workbook",
]


def import_workbook(
    path: str | Path,
    *,
    who: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LoadResult:
    """Read, check and load a workbook in one change set; ImportFailed lists every error and
    leaves the register untouched. Records with a known code are updated, others added."""
    path = Path(path)
    titles: dict[str, str] = {}
    batch = read_workbook(path, progress=progress, cancelled=cancelled, sheet_names=titles)
    names = {**SHEET_NAMES, **titles}
    backup_open_register("truoc-nhap-excel")
    return register.load(batch, action=f"Nhập tệp Excel {path.name}", who=who, sheet_names=names)


def export_workbook(path: str | Path) -> Path:
    """The whole register as a workbook that imports back unchanged."""
    return write_workbook(path, register.export_batch())
