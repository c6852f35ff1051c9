"""The mapping table of a register merge: ``register merge OTHER.db --map FILE``.

One row per record of the other register: its kind, its code there, and the code here.
Mapped onto a code this register already has, a shared record (agency, pillar, programme,
document) *is* that record: the same Sở in both registers becomes one agency and every task
of the other register it leads follows. Mapped onto a code not used here, the record is added
under that code (a renaming chosen by the officer instead of a prefix). Work (tasks, targets,
meetings …) is never folded into work here: the other committee's tasks are other tasks.

The file is CSV (comma, semicolon or tab; UTF-8, with or without BOM) or an Excel workbook
(its first sheet), with three columns: Loại (``cơ quan`` or ``agency`` …), Mã ở sổ kia, Mã ở
sổ này. A first row naming the columns is skipped. Any error is one Vietnamese sentence naming
the row; nothing is written.
"""

from __future__ import annotations

import csv
from pathlib import Path

from dxdesk.core.domain.text import fold
from dxdesk.core.errors import ValidationError
from dxdesk.core.storage.records import SPECS

Mapping = dict[tuple[str, str], str]  # (entity, code in the other register) → code here
HEADER_WORDS = ("loai", "kind", "entity", "ma", "code")


def coded_entities() -> dict[str, str]:
    """Every way of naming a kind that has codes (its label, folded, and its name)."""
    out: dict[str, str] = {}
    for name, spec in SPECS.items():
        if spec.key == ("code",):
            out[fold(spec.label)] = name
            out[name] = name
    return out


def _rows(path: Path) -> list[list[str]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            return [
                ["" if c is None else str(c).strip() for c in row]
                for row in sheet.iter_rows(values_only=True)
            ]
        finally:
            book.close()
    text = path.read_text(encoding="utf-8-sig")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[c.strip() for c in row] for row in csv.reader(text.splitlines(), dialect)]


def read_mapping(path: str | Path) -> Mapping:
    """The mapping table in ``path``; a bad row stops with one sentence naming it."""
    path = Path(path)
    try:
        rows = _rows(path)
    except (OSError, UnicodeDecodeError, ValueError, KeyError) as exc:
        raise ValidationError(
            f"Không đọc được bảng ánh xạ mã {path.name}: hãy dùng tệp CSV (UTF-8) hoặc "
            f"Excel (.xlsx) có ba cột Loại, Mã ở sổ kia, Mã ở sổ này ({type(exc).__name__})."
        ) from exc
    kinds = coded_entities()
    mapping: Mapping = {}
    for number, row in enumerate(rows, start=1):
        cells = [c for c in row if c != ""]
        if not cells:
            continue
        if number == 1 and fold(cells[0]).split(" ")[0] in HEADER_WORDS:
            continue  # the column names
        if len(row) < 3 or not all(row[:3]):
            raise ValidationError(
                f"Bảng ánh xạ mã {path.name}, dòng {number}: cần đủ ba cột Loại, Mã ở sổ kia, "
                "Mã ở sổ này."
            )
        kind, theirs, here = row[:3]
        entity = kinds.get(fold(kind)) or kinds.get(kind.strip().lower())
        if entity is None:
            raise ValidationError(
                f"Bảng ánh xạ mã {path.name}, dòng {number}: “{kind}” không phải một loại có "
                "mã (ví dụ: cơ quan, trụ cột, chương trình, văn bản, nhiệm vụ, mục tiêu)."
            )
        if (entity, theirs) in mapping and mapping[(entity, theirs)] != here:
            raise ValidationError(
                f"Bảng ánh xạ mã {path.name}, dòng {number}: {SPECS[entity].label.lower()} "
                f"{theirs} đã được ánh xạ sang {mapping[(entity, theirs)]} ở một dòng trước."
            )
        mapping[(entity, theirs)] = here
    return mapping
