"""Page templates and the official header block (Nghị định 30/2020/NĐ-CP).

A4 portrait, margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm. The page number is
centred in the top margin from page 2 on (page 1 carries none). Appendices may use landscape
pages (binding edge on top: top margin 30 mm there). Every table repeats its header row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from dxdesk.core.reports.pdf import fonts
from dxdesk.core.reports.pdf.safe import clip, printable
from dxdesk.core.reports.pdf.styles import styles

PORTRAIT = A4
LANDSCAPE = landscape(A4)
TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
L_TOP, L_BOTTOM, L_LEFT, L_RIGHT = 30 * mm, 15 * mm, 20 * mm, 20 * mm
PORTRAIT_WIDTH = PORTRAIT[0] - LEFT - RIGHT
LANDSCAPE_WIDTH = LANDSCAPE[0] - L_LEFT - L_RIGHT
STATE_MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"


def _page_number(canvas, doc) -> None:
    """The page number, centred in the top margin, drawn first so text extraction reads it
    first; never on page 1."""
    page = canvas.getPageNumber()
    if page < 2:
        return
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(fonts.REGULAR, 13)
    canvas.drawCentredString(width / 2, height - 12 * mm,
                             str(page))  # fmt: skip
    canvas.restoreState()


class OfficialDoc(BaseDocTemplate):
    """Page templates ``first`` (no number), ``portrait`` and ``landscape``."""

    def __init__(self, path: str, *, title: str = "", author: str = "", subject: str = ""):
        super().__init__(path, pagesize=PORTRAIT, leftMargin=LEFT, rightMargin=RIGHT,
                         topMargin=TOP, bottomMargin=BOTTOM, title=title, author=author,
                         subject=subject, creator="dxdesk", invariant=1,
                         initialFontName=fonts.register_fonts(),
                         initialFontSize=13)  # fmt: skip
        portrait = Frame(LEFT, BOTTOM, PORTRAIT_WIDTH, PORTRAIT[1] - TOP - BOTTOM, id="p",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        wide = Frame(L_LEFT, L_BOTTOM, LANDSCAPE_WIDTH, LANDSCAPE[1] - L_TOP - L_BOTTOM, id="l",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        self.addPageTemplates([
            PageTemplate("first", [portrait], onPage=_page_number, pagesize=PORTRAIT,
                         autoNextPageTemplate="portrait"),
            PageTemplate("portrait", [portrait], onPage=_page_number, pagesize=PORTRAIT),
            PageTemplate("landscape", [wide], onPage=_page_number, pagesize=LANDSCAPE),
        ])  # fmt: skip


def to_landscape() -> list[Flowable]:
    return [NextPageTemplate("landscape"), PageBreak()]


def to_portrait() -> list[Flowable]:
    return [NextPageTemplate("portrait"), PageBreak()]


@dataclass(frozen=True)
class Header:
    """What the header block prints."""

    issuer: str  # printed in capitals, bold
    parent: str = ""  # the body above the issuer (regular capitals), optional
    number_line: str = ""  # 'Số: …/BC-BCĐ' or 'Số …-BC/BCĐ'
    place_date: str = ""  # 'Lào Cai, ngày 19 tháng 12 năm 2023'
    party: bool = False  # Party style: 'ĐẢNG CỘNG SẢN VIỆT NAM' instead of the national motto


class HeaderBlock(Flowable):
    """Issuer (top-left, capitals, short rule under it, 'Số' line) beside the motto (top-right,
    underlined) and the italic place-and-date line, drawn as text (extractable, no images)."""

    LEFT_SHARE = 0.42

    def __init__(self, header: Header, width: float = PORTRAIT_WIDTH):
        super().__init__()
        self.header = header = Header(
            clip(printable(header.issuer), 160)[0], clip(printable(header.parent), 160)[0],
            clip(printable(header.number_line), 40)[0], clip(printable(header.place_date), 70)[0],
            header.party)  # fmt: skip
        self.width = width
        self.left_w = width * self.LEFT_SHARE
        self.right_w = width - self.left_w
        self._issuer_lines = simpleSplit(header.issuer.upper(), fonts.BOLD, 12.5, self.left_w)
        self._parent_lines = (simpleSplit(header.parent.upper(), fonts.REGULAR, 12.5,
                                          self.left_w) if header.parent else [])  # fmt: skip
        left_h = 15 * (len(self._issuer_lines) + len(self._parent_lines)) + 8 + 18
        right_h = (16 + 16 if not header.party else 16) + 10 + 18
        self.height = max(left_h, right_h) + 4

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c, h = self.canv, self.header
        lx, rx = self.left_w / 2, self.left_w + self.right_w / 2
        y = self.height - 12
        for line in self._parent_lines:
            c.setFont(fonts.REGULAR, 12.5)
            c.drawCentredString(lx, y, line)
            y -= 15
        c.setFont(fonts.BOLD, 12.5)
        for line in self._issuer_lines:
            c.drawCentredString(lx, y, line)
            y -= 15
        if h.party:
            c.setFont(fonts.BOLD, 12.5)
            c.drawCentredString(lx, y + 2, "*")
            y -= 16
        else:
            rule = min(self.left_w * 0.4, max(stringWidth(s, fonts.BOLD, 12.5)
                                              for s in self._issuer_lines or [""]) * 0.5)  # fmt: skip
            c.setLineWidth(0.6)
            c.line(lx - rule / 2, y + 8, lx + rule / 2, y + 8)  # clear of the dots under ạ, ộ
            y -= 8
        if h.number_line:
            c.setFont(fonts.REGULAR, 13)
            c.drawCentredString(lx, y, h.number_line)
        y = self.height - 12
        if h.party:
            c.setFont(fonts.BOLD, 14)
            c.drawCentredString(rx, y, PARTY_MOTTO)
            w = stringWidth(PARTY_MOTTO, fonts.BOLD, 14)
            c.setLineWidth(0.6)
            c.line(rx - w / 2, y - 5, rx + w / 2, y - 5)
            y -= 26
        else:
            size = 12.5
            while stringWidth(STATE_MOTTO[0], fonts.BOLD, size) > self.right_w and size > 9:
                size -= 0.5
            c.setFont(fonts.BOLD, size)
            c.drawCentredString(rx, y, STATE_MOTTO[0])
            y -= 16
            c.setFont(fonts.BOLD, 13.5)
            c.drawCentredString(rx, y, STATE_MOTTO[1])
            w = stringWidth(STATE_MOTTO[1], fonts.BOLD, 13.5)
            c.setLineWidth(0.6)
            c.line(rx - w / 2, y - 5, rx + w / 2, y - 5)  # below the dot of "Hạnh" and of "p"
            y -= 26
        if h.place_date:
            c.setFont(fonts.ITALIC, 13)
            c.drawCentredString(rx, y, h.place_date)


def _cell(value: str, style: ParagraphStyle, width: float) -> Paragraph | str:
    """A Paragraph only where one is needed: plain text is split into lines here and drawn as
    a string, several times faster on a 2,000-row appendix. Text with markup characters (the
    caller escaped them) or a word too long for the column stays a Paragraph."""
    room = width - 6  # the cell's left and right padding
    if "<" in value or "&" in value or "\n" in value:
        return Paragraph(value, style)
    lines = simpleSplit(value, style.fontName, style.fontSize, room)
    if any(stringWidth(line, style.fontName, style.fontSize) > room for line in lines):
        return Paragraph(value, style)  # it knows how to break a very long word
    return "\n".join(lines)


def table(rows: Sequence[Sequence[object]], widths: Sequence[float], *, head_rows: int = 1,
          numeric_from: int | None = None, numeric_to: int | None = None,
          zebra: bool = False) -> Table:  # fmt: skip
    """A ruled table; the first ``head_rows`` rows are the header, repeated on every page.
    Strings are wrapped in Paragraphs (escaped by the caller where user-typed)."""
    st = styles()
    data = []
    for r, row in enumerate(rows):
        cells = []
        for col, value in enumerate(row):
            if isinstance(value, Flowable):
                cells.append(value)
                continue
            if r < head_rows:
                style = st.cell_head
            elif numeric_from is not None and numeric_from <= col <= (numeric_to or col):
                style = st.cell_right
            else:
                style = st.cell
            if r < head_rows:
                cells.append(Paragraph(str(value), style))
            else:
                cells.append(_cell(str(value), style, widths[col]))
        data.append(cells)
    # splitInRow: a row taller than what is left of the page (a long text) goes on over the
    # next page instead of stopping the build with a LayoutError
    t = Table(data, colWidths=list(widths), repeatRows=head_rows, hAlign="CENTER", splitInRow=1)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # never the Helvetica default
        ("FONTSIZE", (0, 0), (-1, -1), st.cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), st.cell.leading),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, head_rows - 1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, head_rows - 1), colors.HexColor("#EDEDED")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, head_rows), (numeric_to or -1, -1), "RIGHT"))
    if zebra:
        for r in range(head_rows + 1, len(data), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F7F7F7")))
    t.setStyle(TableStyle(commands))
    return t
