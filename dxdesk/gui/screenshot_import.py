"""``import-preview.png`` for ``dxdesk screenshots``: the preview of an Excel import.

The register is exported to a temporary workbook, one task is edited and one added as an
officer would in Excel, and the import's plan (nothing written) is shown in its dialog.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any


def _edit(path: Path) -> None:
    """Mark a task in progress done, reword two, and add one, in the exported file."""
    import openpyxl

    from dxdesk.core.domain.text import fold
    from dxdesk.core.exchange.workbook_format import SHEET_NAMES

    book = openpyxl.load_workbook(path)
    sheet = book[SHEET_NAMES["task"]]
    columns = {fold(str(c.value or "")).removesuffix(" *"): c.column for c in sheet[1]}

    def column(name: str) -> int:
        return next(v for k, v in columns.items() if k.startswith(name))

    status, done_on = column("trang thai"), column("ngay hoan thanh")
    going = [
        r for r in range(2, sheet.max_row + 1) if sheet.cell(r, status).value == "Đang triển khai"
    ]
    for r in going[:2]:
        text = sheet.cell(r, column("noi dung"))
        text.value = f"{text.value} (đã rà soát lại)"
    if going:
        sheet.cell(going[0], status).value = "Đã hoàn thành"
        sheet.cell(going[0], done_on).value = "15/12/2023"
    row = sheet.max_row + 1
    sheet.cell(row, column("ma")).value = "NV-MOI-01"
    sheet.cell(row, column("noi dung")).value = "Số hóa hồ sơ đất đai cấp xã"
    sheet.cell(row, column("trang thai")).value = "Chưa triển khai"
    book.save(path)


def shoot(window: Any, out: Path, settle: Any) -> Path:
    """Show the preview of an edited export over ``window`` and save it as import-preview.png."""
    from dxdesk.core.exchange.workbook import export_workbook, plan_import
    from dxdesk.gui.dialogs.import_preview import ImportPreviewDialog

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "so-lieu-cap-nhat.xlsx"
        window.ops.call(export_workbook, path)
        _edit(path)
        plan = window.ops.call(plan_import, path)
    dialog = ImportPreviewDialog(plan, window)
    dialog.show()
    settle(window)
    shot = out / "import-preview.png"
    dialog.grab().save(str(shot))
    dialog.close()
    return shot
