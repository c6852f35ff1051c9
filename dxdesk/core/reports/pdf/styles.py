"""Paragraph styles of the printed documents (Nghị định 30/2020/NĐ-CP, Phụ lục I).

Body 13 pt, justified, first line indented 1 cm, 6 pt between paragraphs, line spacing
about 1.2; headings in bold and kept with what follows; tables in 11 pt.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from dxdesk.core.reports.pdf import fonts

BODY_SIZE = 13
TABLE_SIZE = 10.5


def text(value: object) -> str:
    """User-typed text made safe for a Paragraph: printed literally, line breaks kept."""
    from dxdesk.core.reports.pdf.safe import printable

    return escape(printable(value)).replace("\r\n", "\n").replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_plain: ParagraphStyle  # no first-line indent (lists, notes)
    bullet: ParagraphStyle
    h1: ParagraphStyle  # I., II., …
    h2: ParagraphStyle  # 1., 2., …
    h3: ParagraphStyle  # a), b), …
    title: ParagraphStyle
    subtitle: ParagraphStyle
    centre: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    small: ParagraphStyle
    recipients_head: ParagraphStyle
    recipients: ParagraphStyle
    sign: ParagraphStyle
    warning: ParagraphStyle


_CACHE: dict[str, Styles] = {}


def styles() -> Styles:
    """The shared styles (fonts registered on first use)."""
    if "s" in _CACHE:
        return _CACHE["s"]
    family = fonts.register_fonts()
    leading = BODY_SIZE * 1.25
    body = ParagraphStyle("body", fontName=family, fontSize=BODY_SIZE, leading=leading,
                          alignment=TA_JUSTIFY, firstLineIndent=1 * cm, spaceAfter=6,
                          splitLongWords=1, allowWidows=0, allowOrphans=0)  # fmt: skip
    plain = ParagraphStyle("body_plain", parent=body, firstLineIndent=0)
    bullet = ParagraphStyle("bullet", parent=body, firstLineIndent=0, leftIndent=1 * cm,
                            bulletIndent=0.5 * cm, spaceAfter=3)  # fmt: skip
    h1 = ParagraphStyle("h1", parent=body, fontName=fonts.BOLD, firstLineIndent=1 * cm,
                        alignment=TA_LEFT, spaceBefore=6, spaceAfter=6,
                        keepWithNext=1)  # fmt: skip
    h2 = ParagraphStyle("h2", parent=h1, spaceBefore=3)
    h3 = ParagraphStyle("h3", parent=h1, fontName=fonts.BOLD_ITALIC, spaceBefore=0)
    title = ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=14,
                           leading=18, alignment=TA_CENTER, firstLineIndent=0, spaceBefore=12,
                           spaceAfter=2, keepWithNext=1)  # fmt: skip
    subtitle = ParagraphStyle("subtitle", parent=title, fontSize=BODY_SIZE, leading=leading,
                              spaceBefore=0, spaceAfter=14)  # fmt: skip
    centre = ParagraphStyle("centre", parent=plain, alignment=TA_CENTER)
    cell = ParagraphStyle("cell", fontName=family, fontSize=TABLE_SIZE,
                          leading=TABLE_SIZE * 1.2, alignment=TA_LEFT,
                          splitLongWords=1)  # fmt: skip
    cell_centre = ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER)
    cell_right = ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT)
    cell_head = ParagraphStyle("cell_head", parent=cell, fontName=fonts.BOLD,
                               alignment=TA_CENTER)  # fmt: skip
    small = ParagraphStyle("small", parent=plain, fontSize=11, leading=13.5, spaceAfter=2,
                           alignment=TA_LEFT)  # fmt: skip
    rec_head = ParagraphStyle("recipients_head", parent=small, fontName=fonts.BOLD_ITALIC,
                              fontSize=12, leading=14)  # fmt: skip
    recipients = ParagraphStyle("recipients", parent=small, fontSize=11, leading=13,
                                spaceAfter=0)  # fmt: skip
    sign = ParagraphStyle("sign", parent=plain, fontName=fonts.BOLD, fontSize=13,
                          alignment=TA_CENTER, spaceAfter=0)  # fmt: skip
    warning = ParagraphStyle("warning", parent=plain, fontName=fonts.ITALIC, fontSize=11,
                             leading=13.5)  # fmt: skip
    _CACHE["s"] = Styles(body, plain, bullet, h1, h2, h3, title, subtitle, centre, cell,
                         cell_centre, cell_right, cell_head, small, rec_head, recipients, sign,
                         warning)  # fmt: skip
    return _CACHE["s"]
