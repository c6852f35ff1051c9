"""What a printed document says, apart from how it is drawn: the brief, the notice and the
reminder are built once as these blocks, then rendered to PDF (ReportLab) or to Word
(python-docx), so both copies carry the same words, headings and tables.

Text in blocks is plain (not markup); a paragraph or a cell may mix bold and italic spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


Inline = str | tuple[Span, ...]


def plain(value: Inline) -> str:
    """The text of an inline, without emphasis."""
    return value if isinstance(value, str) else "".join(s.text for s in value)


def bold(value: str) -> tuple[Span, ...]:
    return (Span(value, bold=True),)


def italic(value: str) -> tuple[Span, ...]:
    return (Span(value, italic=True),)


@dataclass(frozen=True)
class Para:
    """A paragraph; ``role``: body, plain, h1, h2, title, subtitle, centre, note."""

    content: Inline
    role: str = "body"


@dataclass(frozen=True)
class Table:
    """A ruled table; widths are shares of the text width. Group rows span all columns and
    stay with the row after them; numeric columns are right-aligned."""

    rows: list[list[Inline]]
    widths: list[float]
    numeric: frozenset[int] = frozenset()
    group_rows: frozenset[int] = frozenset()
    head_rows: int = 1


@dataclass(frozen=True)
class Chart:
    """The stacked band chart of the targets by pillar."""

    by_pillar: list[dict]


@dataclass(frozen=True)
class NewPage:
    """Start a new page, landscape or portrait (appendices are landscape)."""

    landscape: bool = False


@dataclass(frozen=True)
class Signature:
    """'Nơi nhận' on the left, the signer on the right (authority, title, name)."""

    recipients: list[str]
    authority: str  # 'KT. TRƯỞNG BAN', 'TL. TRƯỞNG BAN', 'T/L BAN CHỈ ĐẠO' …
    title: str  # 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC'
    name: str = ""


@dataclass(frozen=True)
class Header:
    """The header block: issuer and number left, motto and place-and-date right."""

    issuer: str
    number_line: str
    place_date: str
    party: bool = False
    parent: str = ""
    subject: str = ""  # a công văn's "V/v …" under the number


Block = Para | Table | Chart | NewPage | Signature


@dataclass
class Document:
    header: Header
    blocks: list[Block] = field(default_factory=list)
    style: str = "state"  # state (Nghị định 30/2020/NĐ-CP) or party (Hướng dẫn 36-HD/VPTW)
    title: str = ""
    author: str = ""

    def text(self) -> str:
        """All the words, in order (what a reader extracts from either copy)."""
        h = self.header
        out = [h.issuer, h.number_line, h.subject, h.place_date]
        for b in self.blocks:
            if isinstance(b, Para):
                out.append(plain(b.content))
            elif isinstance(b, Table):
                out += [plain(c) for row in b.rows for c in row]
            elif isinstance(b, Signature):
                out += ["Nơi nhận:", *b.recipients, b.authority, b.title, b.name]
        return "\n".join(out)
