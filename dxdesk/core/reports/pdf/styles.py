"""Paragraph styles of the printed documents, per official style: state (Nghị định
30/2020/NĐ-CP, Phụ lục I) and party (Hướng dẫn 36-HD/VPTW, Phụ lục 3).

State body 13 pt (party 14 pt), justified, first line indented 1 cm, 6 pt between paragraphs, line spacing
about 1.2; headings in bold and kept with what follows; tables in 11 pt.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from dxdesk.core.reports.pdf import fonts

TABLE_SIZE = 10.5


def text(value: object) -> str:
    """User-typed text made safe for a Paragraph: printed literally, line breaks kept."""
    from dxdesk.core.reports.pdf.safe import printable

    return escape(printable(value)).replace("\r\n", "\n").replace("\n", "<br/>")


@dataclass(frozen=True)
class Sizes:
    """Type sizes of one official style (see docs/brief.md for the source of each)."""

    body: float
    title: float  # the document type: BÁO CÁO, THÔNG BÁO
    subtitle: float  # trích yếu
    sign: float
    recipients_head: float
    recipients: float
    issuer: float
    number: float
    place_date: float
    motto: float  # Quốc hiệu / ĐẢNG CỘNG SẢN VIỆT NAM
    motto2: float  # Tiêu ngữ (state only)


SIZES = {
    # Nghị định 30/2020/NĐ-CP, Phụ lục I, mục IV (bảng cỡ chữ)
    "state": Sizes(
        body=13,
        title=14,
        subtitle=13,
        sign=13,
        recipients_head=12,
        recipients=11,
        issuer=12,
        number=13,
        place_date=13,
        motto=12,
        motto2=13,
    ),
    # Hướng dẫn 36-HD/VPTW, Phụ lục 3 (bảng thể thức)
    "party": Sizes(
        body=14,
        title=15,
        subtitle=14,
        sign=14,
        recipients_head=14,
        recipients=12,
        issuer=14,
        number=14,
        place_date=14,
        motto=15,
        motto2=15,
    ),
}


@dataclass(frozen=True)
class Styles:
    sizes: Sizes
    body: ParagraphStyle
    body_plain: ParagraphStyle  # no first-line indent (lists, notes)
    h1: ParagraphStyle  # I., II., …
    h2: ParagraphStyle  # 1., 2., …
    title: ParagraphStyle
    subtitle: ParagraphStyle
    subtitle_bold: ParagraphStyle
    attached: ParagraphStyle  # (Kèm theo Báo cáo số …)
    note: ParagraphStyle
    centre: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    recipients_head: ParagraphStyle
    recipients: ParagraphStyle
    sign: ParagraphStyle


_CACHE: dict[str, Styles] = {}


def styles(style: str = "state") -> Styles:
    """The styles of one official style (fonts registered on first use)."""
    if style in _CACHE:
        return _CACHE[style]
    z = SIZES[style]
    family = fonts.register_fonts()
    leading = z.body * 1.25
    body = ParagraphStyle(
        "body",
        fontName=family,
        fontSize=z.body,
        leading=leading,
        alignment=TA_JUSTIFY,
        firstLineIndent=1 * cm,
        spaceAfter=6,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )
    plain = ParagraphStyle("body_plain", parent=body, firstLineIndent=0)
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName=fonts.BOLD,
        alignment=TA_LEFT,
        spaceBefore=6,
        spaceAfter=6,
        keepWithNext=1,
    )
    h2 = ParagraphStyle("h2", parent=h1, spaceBefore=3)
    title = ParagraphStyle(
        "title",
        parent=body,
        fontName=fonts.BOLD,
        fontSize=z.title,
        leading=z.title * 1.3,
        alignment=TA_CENTER,
        firstLineIndent=0,
        spaceBefore=12,
        spaceAfter=2,
        keepWithNext=1,
    )
    subtitle = ParagraphStyle(
        "subtitle", parent=title, fontSize=z.subtitle, leading=leading, spaceBefore=0, spaceAfter=14
    )
    subtitle_bold = ParagraphStyle("subtitle_bold", parent=subtitle, spaceAfter=2)
    attached = ParagraphStyle("attached", parent=subtitle, fontName=fonts.ITALIC, spaceAfter=12)
    note = ParagraphStyle(
        "note",
        parent=plain,
        fontName=fonts.ITALIC,
        fontSize=z.body - 1,
        leading=(z.body - 1) * 1.25,
        spaceBefore=3,
    )
    centre = ParagraphStyle("centre", parent=plain, alignment=TA_CENTER)
    cell = ParagraphStyle(
        "cell",
        fontName=family,
        fontSize=TABLE_SIZE,
        leading=TABLE_SIZE * 1.2,
        alignment=TA_LEFT,
        splitLongWords=1,
    )
    cell_right = ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT)
    cell_head = ParagraphStyle("cell_head", parent=cell, fontName=fonts.BOLD, alignment=TA_CENTER)
    party = style == "party"
    rec_head = ParagraphStyle(
        "recipients_head",
        parent=plain,
        fontName=fonts.REGULAR if party else fonts.BOLD_ITALIC,
        fontSize=z.recipients_head,
        leading=z.recipients_head * 1.2,
        alignment=TA_LEFT,
        spaceAfter=0,
    )
    recipients = ParagraphStyle(
        "recipients",
        parent=plain,
        fontSize=z.recipients,
        leading=z.recipients * 1.2,
        alignment=TA_LEFT,
        spaceAfter=0,
    )
    sign = ParagraphStyle(
        "sign",
        parent=plain,
        fontName=fonts.BOLD,
        fontSize=z.sign,
        leading=z.sign * 1.25,
        alignment=TA_CENTER,
        spaceAfter=0,
    )
    _CACHE[style] = Styles(
        z,
        body,
        plain,
        h1,
        h2,
        title,
        subtitle,
        subtitle_bold,
        attached,
        note,
        centre,
        cell,
        cell_right,
        cell_head,
        rec_head,
        recipients,
        sign,
    )
    return _CACHE[style]
