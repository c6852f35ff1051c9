"""Page templates and the official header block (Nghị định 30/2020/NĐ-CP).

A4 portrait, margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm. The page number is
centred in the top margin from page 2 on (page 1 carries none). Appendices may use landscape
pages (binding edge on top: top margin 30 mm there). Every table repeats its header row.
"""

from __future__ import annotations

from collections.abc import Sequence

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

from dxdesk.core.reports.blocks import Header
from dxdesk.core.reports.pdf import fonts
from dxdesk.core.reports.pdf.safe import clip, printable
from dxdesk.core.reports.pdf.styles import SIZES, styles

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
    canvas.drawCentredString(width / 2, height - 12 * mm, str(page))
    canvas.restoreState()


class OfficialDoc(BaseDocTemplate):
    """Page templates ``first`` (no number), ``portrait`` and ``landscape``."""

    def __init__(self, path: str, *, title: str = "", author: str = "", subject: str = ""):
        super().__init__(
            path,
            pagesize=PORTRAIT,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator="dxdesk",
            invariant=1,
            initialFontName=fonts.register_fonts(),
            initialFontSize=13,
        )
        portrait = Frame(
            LEFT,
            BOTTOM,
            PORTRAIT_WIDTH,
            PORTRAIT[1] - TOP - BOTTOM,
            id="p",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        wide = Frame(
            L_LEFT,
            L_BOTTOM,
            LANDSCAPE_WIDTH,
            LANDSCAPE[1] - L_TOP - L_BOTTOM,
            id="l",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [portrait],
                    onPage=_page_number,
                    pagesize=PORTRAIT,
                    autoNextPageTemplate="portrait",
                ),
                PageTemplate("portrait", [portrait], onPage=_page_number, pagesize=PORTRAIT),
                PageTemplate("landscape", [wide], onPage=_page_number, pagesize=LANDSCAPE),
            ]
        )


def to_landscape() -> list[Flowable]:
    return [NextPageTemplate("landscape"), PageBreak()]


def to_portrait() -> list[Flowable]:
    return [NextPageTemplate("portrait"), PageBreak()]


class HeaderBlock(Flowable):
    """Issuer (top-left, capitals, short rule or "*" under it, "Số" line) beside the motto
    (top-right, underlined) and the italic place-and-date line, drawn as text (extractable).

    The issuer is wrapped inside its column with a gutter, so it stands apart from the motto
    (ND 30, Phụ lục I, ô 1 and ô 2); sizes follow the style (``styles.SIZES``)."""

    LEFT_SHARE = 0.41
    GUTTER = 8

    def __init__(self, header: Header, width: float = PORTRAIT_WIDTH):
        super().__init__()
        self.header = header = Header(
            clip(printable(header.issuer), 160)[0],
            clip(printable(header.number_line), 40)[0],
            clip(printable(header.place_date), 70)[0],
            header.party,
            clip(printable(header.parent), 160)[0],
            clip(printable(header.subject), 200)[0],
        )
        self.z = SIZES["party" if header.party else "state"]
        self.width = width
        self.left_w = width * self.LEFT_SHARE
        self.right_w = width - self.left_w
        room = self.left_w - self.GUTTER
        self._issuer_lines = simpleSplit(header.issuer.upper(), fonts.BOLD, self.z.issuer, room)
        self._parent_lines = (
            simpleSplit(header.parent.upper(), fonts.REGULAR, self.z.issuer, room)
            if header.parent
            else []
        )
        self.step = self.z.issuer * 1.2
        # a công văn's "V/v …" under the number: 12 pt (ND 30), italic 12 pt in HD 36
        self._subject_font = fonts.ITALIC if header.party else fonts.REGULAR
        self._subject_lines = (
            simpleSplit(header.subject, self._subject_font, 12, room) if header.subject else []
        )
        left_h = (
            self.step * (len(self._issuer_lines) + len(self._parent_lines))
            + 8
            + 18
            + 14.5 * len(self._subject_lines)
            + (4 if header.subject else 0)
        )
        right_h = (16 + 16 if not header.party else 16) + 10 + 18
        self.height = max(left_h, right_h) + 4

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _left(self) -> None:
        c, h, z = self.canv, self.header, self.z
        lx = (self.left_w - self.GUTTER) / 2
        y = self.height - 12
        for line in self._parent_lines:
            c.setFont(fonts.REGULAR, z.issuer)
            c.drawCentredString(lx, y, line)
            y -= self.step
        c.setFont(fonts.BOLD, z.issuer)
        for line in self._issuer_lines:
            c.drawCentredString(lx, y, line)
            y -= self.step
        if h.party:  # HD 36: a star under the issuer
            c.drawCentredString(lx, y + 2, "*")
            y -= 16
        else:  # ND 30: a rule of 1/3 to 1/2 of the issuer's line, clear of the dots under ạ, ộ
            widest = max(
                (stringWidth(s, fonts.BOLD, z.issuer) for s in self._issuer_lines), default=0
            )
            rule = min(self.left_w * 0.4, widest * 0.45)
            c.setLineWidth(0.6)
            c.line(lx - rule / 2, y + 8, lx + rule / 2, y + 8)
            y -= 8
        if h.number_line:
            c.setFont(fonts.REGULAR, z.number)
            c.drawCentredString(lx, y, h.number_line)
        y -= 4
        for line in self._subject_lines:
            y -= 14.5
            c.setFont(self._subject_font, 12)
            c.drawCentredString(lx, y, line)

    def draw(self) -> None:
        self._left()
        c, h, z = self.canv, self.header, self.z
        rx = self.left_w + self.right_w / 2
        y = self.height - 12
        if h.party:
            c.setFont(fonts.BOLD, z.motto)
            c.drawCentredString(rx, y, PARTY_MOTTO)
            w = stringWidth(PARTY_MOTTO, fonts.BOLD, z.motto)
            c.setLineWidth(0.6)
            c.line(rx - w / 2, y - 5, rx + w / 2, y - 5)
            y -= 26
        else:
            size = z.motto
            while stringWidth(STATE_MOTTO[0], fonts.BOLD, size) > self.right_w and size > 9:
                size -= 0.5
            c.setFont(fonts.BOLD, size)
            c.drawCentredString(rx, y, STATE_MOTTO[0])
            y -= 16
            c.setFont(fonts.BOLD, z.motto2)
            c.drawCentredString(rx, y, STATE_MOTTO[1])
            w = stringWidth(STATE_MOTTO[1], fonts.BOLD, z.motto2)
            c.setLineWidth(0.6)
            c.line(rx - w / 2, y - 5, rx + w / 2, y - 5)  # below the dot of "Hạnh" and of "p"
            y -= 26
        if h.place_date:
            c.setFont(fonts.ITALIC, z.place_date)
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


def table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    head_rows: int = 1,
    numeric: frozenset[int] = frozenset(),
    group_rows: frozenset[int] = frozenset(),
) -> Table:
    """A ruled table; the first ``head_rows`` rows are the header, repeated on every page.
    Cells are markup (escaped by the caller). A group row spans the table and never stays
    alone at the foot of a page (it is kept with the row under it)."""
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
            elif col in numeric:
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
    for col in numeric:
        commands.append(("ALIGN", (col, head_rows), (col, -1), "RIGHT"))
    for r in group_rows:
        commands += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), "#F3F3F3"),
            ("NOSPLIT", (0, r), (-1, min(r + 1, len(data) - 1))),
        ]
    t.setStyle(TableStyle(commands))
    return t
