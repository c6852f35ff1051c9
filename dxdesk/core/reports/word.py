"""Blocks (``dxdesk.core.reports.blocks``) written as a Word document (python-docx), so the
officer edits and signs in Word: the same words, headings and tables as the PDF, in the page
set-up of Nghị định 30/2020/NĐ-CP (A4; margins 20/20/30/15 mm; Times New Roman 13 pt, or 14
pt in the Party style of Hướng dẫn 36-HD/VPTW; header as a borderless two-column table).
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from dxdesk.core.reports import blocks as b
from dxdesk.core.reports.pdf.styles import SIZES, TABLE_SIZE

FONT = "Times New Roman"
STATE_MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"
# XML 1.0 cannot hold these: Word would refuse the file
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
NBSP = "\u00a0"


def clean(value: str) -> str:
    """Text Word accepts (control characters and lone surrogates become "□")."""
    return _BAD_XML.sub("\u25a1", value).replace(" %", NBSP + "%")


def _run(par, text: str, size: float, *, bold=False, italic=False, underline=False):
    run = par.add_run(clean(text))
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold, run.italic, run.underline = bold, italic, underline
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    return run


def _inline(par, value: b.Inline, size: float, *, bold=False, italic=False) -> None:
    spans = (b.Span(value),) if isinstance(value, str) else value
    for s in spans:
        _run(par, s.text, size, bold=bold or s.bold, italic=italic or s.italic)


def _para(
    container,
    align=WD_ALIGN_PARAGRAPH.LEFT,
    *,
    after: float = 0,
    indent: float = 0,
    keep: bool = False,
):
    par = container.add_paragraph()
    fmt = par.paragraph_format
    fmt.alignment = align
    fmt.space_after = Pt(after)
    fmt.space_before = Pt(0)
    fmt.first_line_indent = Cm(indent) if indent else None
    fmt.keep_with_next = keep
    return par


def _page_numbers(section) -> None:
    """The page number centred at the top, not on the first page (ND 30)."""
    section.different_first_page_header_footer = True
    par = section.header.paragraphs[0]
    par.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = _run(par, "", 13)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _set_page(section, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (
        (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    )
    if landscape:  # binding edge on top
        section.top_margin, section.bottom_margin = Mm(30), Mm(15)
        section.left_margin = section.right_margin = Mm(20)
    else:
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)


def _widths(table, widths: list) -> None:
    """Fixed column widths (Word and LibreOffice read the grid, not only the cells)."""
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=False):
        col.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=False):
            cell.width = w


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _rule(cell, share: float) -> None:
    """A short centred rule (a bottom border on an empty paragraph, indented both sides)."""
    par = _para(cell, WD_ALIGN_PARAGRAPH.CENTER)
    width = cell.width or Mm(70)
    par.paragraph_format.left_indent = par.paragraph_format.right_indent = int(
        width * (1 - share) / 2
    )
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    border.append(bottom)
    par._p.get_or_add_pPr().append(border)
    _run(par, "", 4)


def _header(doc, h: b.Header, style: str) -> None:
    z = SIZES[style]
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    _widths(t, [Mm(68), Mm(97)])
    left, right = t.rows[0].cells
    centre = WD_ALIGN_PARAGRAPH.CENTER
    if h.parent:
        _run(_para(left, centre), h.parent.upper()[:160], z.issuer)
    _run(_para(left, centre), h.issuer.upper()[:160], z.issuer, bold=True)
    if h.party:
        _run(_para(left, centre), "*", z.issuer, bold=True)
    else:
        _rule(left, 0.4)
    _run(_para(left, centre), h.number_line, z.number)
    if h.subject:
        _run(_para(left, centre), h.subject[:200], 12, italic=h.party)
    if h.party:
        _run(_para(right, centre, after=6), PARTY_MOTTO, z.motto, bold=True, underline=True)
    else:
        _run(_para(right, centre), STATE_MOTTO[0], z.motto, bold=True)
        _run(_para(right, centre, after=6), STATE_MOTTO[1], z.motto2, bold=True, underline=True)
    _run(_para(right, centre), h.place_date[:70], z.place_date, italic=True)
    for cell in (left, right):
        first = cell.paragraphs[0]
        if not first.text and len(cell.paragraphs) > 1:
            first._p.getparent().remove(first._p)
    _para(doc, after=6)


def _table(doc, t: b.Table, width_mm: float) -> None:
    table = doc.add_table(rows=len(t.rows), cols=len(t.widths))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(width_mm * w) for w in t.widths]
    _widths(table, widths)
    for r, row in enumerate(t.rows):
        cells = table.rows[r].cells
        if r < t.head_rows:  # repeated at the top of each page
            trpr = table.rows[r]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trpr.append(el)
        if r in t.group_rows:
            cells[0].merge(cells[-1])
        for c, value in enumerate(row):
            if r in t.group_rows and c > 0:
                break
            head = r < t.head_rows
            align = (
                WD_ALIGN_PARAGRAPH.CENTER
                if head
                else WD_ALIGN_PARAGRAPH.RIGHT
                if c in t.numeric
                else WD_ALIGN_PARAGRAPH.LEFT
            )
            par = cells[c].paragraphs[0]
            par.paragraph_format.alignment = align
            par.paragraph_format.keep_with_next = r in t.group_rows  # never alone at a foot
            _inline(par, value, TABLE_SIZE, bold=head)
    doc.add_paragraph()


def _signature(doc, sig: b.Signature, style: str) -> None:
    z = SIZES[style]
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    _widths(t, [Mm(82), Mm(83)])
    left, right = t.rows[0].cells
    party = style == "party"
    par = _para(left)
    _run(par, "Nơi nhận:", z.recipients_head, bold=not party, italic=not party, underline=party)
    for k, r in enumerate(sig.recipients):
        end = "." if k == len(sig.recipients) - 1 else ";"
        _run(_para(left), f"- {r[:300]}{end}", z.recipients)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    if sig.authority:
        _run(_para(right, centre), sig.authority[:200], z.sign, bold=True)
    _run(_para(right, centre, after=60), sig.title[:200], z.sign, bold=True)
    if sig.name:
        _run(_para(right, centre), sig.name[:200], z.sign, bold=True)
    else:
        _run(_para(right, centre), "(ký, ghi rõ họ tên)", z.sign, italic=True)
    for cell in (left, right):
        first = cell.paragraphs[0]
        if not first.text and len(cell.paragraphs) > 1:
            first._p.getparent().remove(first._p)


ROLE = {  # role: (size key, bold, italic, alignment, first-line indent cm, keep with next)
    "body": ("body", False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, 1.0, False),
    "plain": ("body", False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, 0, False),
    "h1": ("body", True, False, WD_ALIGN_PARAGRAPH.LEFT, 1.0, True),
    "h2": ("body", True, False, WD_ALIGN_PARAGRAPH.LEFT, 1.0, True),
    "title": ("title", True, False, WD_ALIGN_PARAGRAPH.CENTER, 0, True),
    "subtitle": ("subtitle", True, False, WD_ALIGN_PARAGRAPH.CENTER, 0, True),
    "subtitle_bold": ("subtitle", True, False, WD_ALIGN_PARAGRAPH.CENTER, 0, True),
    "attached": ("subtitle", False, True, WD_ALIGN_PARAGRAPH.CENTER, 0, True),
    "note": ("body", False, True, WD_ALIGN_PARAGRAPH.LEFT, 0, False),
    "centre": ("body", False, False, WD_ALIGN_PARAGRAPH.CENTER, 0, True),
}


def write_docx(doc: b.Document, out_path: str | Path) -> None:
    """Write ``doc`` as a .docx file."""
    z = SIZES[doc.style]
    word = docx.Document()
    normal = word.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(z.body)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    word.core_properties.title = clean(doc.title)[:250]
    word.core_properties.author = clean(doc.author)[:250]
    _set_page(word.sections[0], landscape=False)
    _page_numbers(word.sections[0])
    _header(word, doc.header, doc.style)
    width = 165.0
    for block in doc.blocks:
        if isinstance(block, b.Para):
            key, bold, italic, align, indent, keep = ROLE[block.role]
            par = _para(word, align, after=6, indent=indent, keep=keep)
            _inline(par, block.content, getattr(z, key), bold=bold, italic=italic)
        elif isinstance(block, b.Table):
            _table(word, block, width)
        elif isinstance(block, b.Chart):
            from dxdesk.core.reports.word_chart import add_band_chart

            add_band_chart(word, block.by_pillar, width)
        elif isinstance(block, b.NewPage):
            section = word.add_section(WD_SECTION.NEW_PAGE)
            _set_page(section, block.landscape)
            section.different_first_page_header_footer = False
            width = 257.0 if block.landscape else 165.0
        elif isinstance(block, b.Signature):
            _signature(word, block, doc.style)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    word.save(str(out))
