"""The layout of the Excel workbook: one sheet per entity, one column per field.

The columns are derived from :data:`records.SPECS`, so a field added there gets a column here
without anyone remembering to; the Vietnamese header and description come from ``TEXTS`` (a
test checks that every field has one, else the column would be headed by its English name).
Headers of required columns carry a trailing " *" in the files dxdesk writes; the reader accepts
a header with or without it, ignoring accents and case.
"""

from __future__ import annotations

from dataclasses import dataclass

from dxdesk.core.domain.text import fold
from dxdesk.core.exchange.workbook_texts import TEXTS
from dxdesk.core.services.note_identity import NOTE_IDENTITY
from dxdesk.core.storage.record_specs import F
from dxdesk.core.storage.records import (
    DATE,
    ENUM,
    FLOAT,
    INT,
    LOAD_ORDER,
    REF,
    REFS,
    SPECS,
    FieldSpec,
)

GUIDE_SHEET = "Hướng dẫn"
LISTS_SHEET = "Danh mục"
DATE_FORMAT = "DD/MM/YYYY"
REQUIRED_MARK = " *"
LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class Column:
    """One column of a sheet: a field with its Vietnamese header."""

    field: FieldSpec
    header: str
    description: str

    @property
    def name(self) -> str:
        return self.field.name

    @property
    def kind(self) -> str:
        return self.field.kind

    @property
    def required(self) -> bool:
        return self.field.required

    @property
    def written_header(self) -> str:
        return self.header + (REQUIRED_MARK if self.required else "")

    @property
    def is_agency(self) -> bool:
        return self.kind in (REF, REFS) and self.field.ref == "agency"

    def allowed(self) -> str:
        """What the cell may hold, in Vietnamese (for the guide and docs/workbook.md)."""
        f = self.field
        if f.kind == ENUM:
            return "một trong: " + LIST_SEPARATOR.join(f.enum.labels())
        if f.kind == REF:
            return f"mã trong trang “{sheet_name(f.ref)}”"
        if f.kind == REFS:
            return f"các mã trong trang “{sheet_name(f.ref)}”, cách nhau bởi “;”"
        return {
            DATE: "ngày dd/mm/yyyy",
            FLOAT: "số (dấu phẩy thập phân: 92,5)",
            INT: "số nguyên",
        }.get(f.kind, "chữ")


@dataclass(frozen=True)
class Sheet:
    entity: str
    name: str
    description: str
    columns: tuple[Column, ...]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def match(self, header: str) -> Column | None:
        """The column a header written by a user stands for (accent-, case- and '*'-blind)."""
        key = header_key(header)
        return next((c for c in self.columns if key in (header_key(c.header), c.name)), None)


def header_key(header: str) -> str:
    return fold(str(header).strip().rstrip("*").strip())


def sheet_name(entity: str) -> str:
    return SPECS[entity].label


# Columns a sheet has beyond its record's fields: a note's identity (issue 13 item 5), so a
# note whose text was edited in the workbook is matched by it, not added again.
IDENTITY_COLUMNS: dict[str, tuple[FieldSpec, ...]] = {"note": (F(NOTE_IDENTITY),)}


def _sheet(entity: str) -> Sheet:
    spec = SPECS[entity]
    description, fields = TEXTS.get(entity, ("", {}))
    every = (*spec.fields, *IDENTITY_COLUMNS.get(entity, ()))
    columns = tuple(Column(f, *fields.get(f.name, (f.name, ""))) for f in every)
    return Sheet(entity, sheet_name(entity), description, columns)


SHEETS: tuple[Sheet, ...] = tuple(_sheet(e) for e in LOAD_ORDER)
BY_ENTITY: dict[str, Sheet] = {s.entity: s for s in SHEETS}
SHEET_NAMES: dict[str, str] = {s.entity: s.name for s in SHEETS}


def find_sheet(title: str) -> Sheet | None:
    """The sheet a workbook tab stands for (its name, ignoring accents and case)."""
    key = fold(str(title).strip())
    return next((s for s in SHEETS if fold(s.name) == key), None)


def is_extra_sheet(title: str) -> bool:
    """The guide and the lists sheet: written by dxdesk, ignored when reading."""
    return fold(str(title).strip()) in (fold(GUIDE_SHEET), fold(LISTS_SHEET))


GUIDE_RULES = (
    "Mỗi trang tính là một loại dữ liệu; dòng đầu là tiêu đề cột, không đổi tên hay xóa các "
    "cột có dấu “*” (bắt buộc). Mỗi dòng tiếp theo là một bản ghi; dòng trống được bỏ qua.",
    "Ngày viết dd/mm/yyyy, ví dụ 10/03/2023 (hoặc nhập kiểu ngày của Excel).",
    "Số viết theo kiểu Việt Nam (92,5 và 21.914) hoặc nhập kiểu số của Excel.",
    "Mã (cột “Mã”) là duy nhất trong trang và không đổi: khi nhập lại tệp, bản ghi đã có mã "
    "trong sổ được cập nhật, bản ghi chưa có được thêm mới.",
    "Tham chiếu ghi bằng mã, ví dụ cột “Cơ quan chủ trì” ghi mã cơ quan ở trang “Cơ quan”; "
    "danh sách nhiều cơ quan ghi các mã cách nhau bởi dấu “;”, ví dụ: SKHCN; SNV.",
    "Các cột danh mục (loại, vai trò, trạng thái…) ghi đúng nhãn tiếng Việt, chọn trong danh "
    "sách thả xuống.",
    "Tệp được kiểm tra toàn bộ trước khi ghi: nếu có lỗi, dxdesk liệt kê mọi lỗi (trang, dòng, "
    "cột) và không ghi gì vào sổ; sửa xong thì nhập lại cả tệp.",
)


def guide_lines() -> list[str]:
    """The lines of the 'Hướng dẫn' sheet."""
    lines = ["HƯỚNG DẪN ĐIỀN TỆP DỮ LIỆU DXDESK", "", "Quy tắc chung:"]
    lines += [f"{i}. {rule}" for i, rule in enumerate(GUIDE_RULES, 1)]
    lines += ["", "Các trang tính (cột có dấu * là bắt buộc):"]
    for s in SHEETS:
        required = ", ".join(c.header for c in s.columns if c.required)
        lines.append(f"• {s.name}: {s.description} Cột bắt buộc: {required}.")
    from dxdesk.core.domain.figure_keys import PATTERNS

    lines += [
        "",
        f"Khóa chỉ số (cột “Chỉ số” của trang “{sheet_name('figure')}”; chữ in hoa "
        "trong <…> là mã trong sổ; khóa khác bị từ chối khi nhập):",
    ]
    lines += [
        f"• {p.pattern}: {p.meaning}; so với: {p.denominator}. Ví dụ: {p.example}."
        for p in PATTERNS
    ]
    return lines


def markdown_tables() -> str:
    """The sheet tables of docs/workbook.md (a test keeps the file in step with this)."""
    out = []
    for s in SHEETS:
        out += [
            f"### {s.name}",
            "",
            s.description,
            "",
            "| cột | ý nghĩa | bắt buộc | giá trị |",
            "|---|---|---|---|",
        ]
        for c in s.columns:
            text = c.description.replace("|", "\\|")
            out.append(f"| {c.header} | {text} | {'có' if c.required else ''} | {c.allowed()} |")
        out.append("")
    return "\n".join(out)
