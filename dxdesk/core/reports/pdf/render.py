"""Blocks (``dxdesk.core.reports.blocks``) drawn as a PDF with ReportLab, in the page set-up
of Nghị định 30/2020/NĐ-CP (or Hướng dẫn 36-HD/VPTW for the Party style)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreakIfNotEmpty,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

from dxdesk.core.reports import blocks as b
from dxdesk.core.reports.pdf import fonts
from dxdesk.core.reports.pdf.charts import band_chart
from dxdesk.core.reports.pdf.page import (
    LANDSCAPE_WIDTH,
    PORTRAIT_WIDTH,
    HeaderBlock,
    OfficialDoc,
    table,
)
from dxdesk.core.reports.pdf.safe import printable
from dxdesk.core.reports.pdf.styles import Styles, styles, text

NBSP = "\u00a0"


def markup(value: b.Inline) -> str:
    """Paragraph markup of an inline: escaped, printable, "%" tied to its number."""
    if isinstance(value, str):
        return text(value).replace(" %", NBSP + "%")
    out = []
    for span in value:
        piece = text(span.text).replace(" %", NBSP + "%")
        if span.bold:
            piece = f"<b>{piece}</b>"
        if span.italic:
            piece = f"<i>{piece}</i>"
        out.append(piece)
    return "".join(out)


def _signature(sig: b.Signature, st: Styles, party: bool, before: list[Flowable]) -> Flowable:
    """The signature block, kept on one page with the closing paragraph before it (the
    signature never stands alone on a page)."""
    head = "<u>Nơi nhận:</u>" if party else "Nơi nhận:"  # HD 36 underlines it
    left: list[Flowable] = [Paragraph(head, st.recipients_head)]
    for k, r in enumerate(sig.recipients):
        end = "." if k == len(sig.recipients) - 1 else ";"
        left.append(Paragraph(f"- {markup(r[:300])}{end}", st.recipients))
    right: list[Flowable] = []
    if sig.authority:
        right.append(Paragraph(markup(sig.authority[:200]), st.sign))
    right += [Paragraph(markup(sig.title[:200]), st.sign), Spacer(1, 62)]
    if sig.name:
        right.append(Paragraph(markup(sig.name[:200]), st.sign))
    else:
        right.append(Paragraph("<i>(ký, ghi rõ họ tên)</i>", st.centre))
    t = RLTable(
        [[left, right]], colWidths=[PORTRAIT_WIDTH * 0.5, PORTRAIT_WIDTH * 0.5], splitInRow=1
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([*before, Spacer(1, 10), t])


def flowables(doc: b.Document) -> list[Flowable]:
    """The document's flowables: header block, then each block in order."""
    st = styles(doc.style)
    roles = {
        "body": st.body,
        "plain": st.body_plain,
        "h1": st.h1,
        "h2": st.h2,
        "title": st.title,
        "subtitle": st.subtitle,
        "subtitle_bold": st.subtitle_bold,
        "attached": st.attached,
        "note": st.note,
        "centre": st.centre,
    }
    out: list[Flowable] = [HeaderBlock(doc.header), Spacer(1, 6)]
    width = PORTRAIT_WIDTH
    for block in doc.blocks:
        if isinstance(block, b.Para):
            out.append(Paragraph(markup(block.content), roles[block.role]))
        elif isinstance(block, b.Table):
            rows = [[markup(c) for c in row] for row in block.rows]
            out.append(
                table(
                    rows,
                    [width * w for w in block.widths],
                    head_rows=block.head_rows,
                    numeric=block.numeric,
                    group_rows=block.group_rows,
                )
            )
            out.append(Spacer(1, 8))
        elif isinstance(block, b.Chart):
            out.append(band_chart(block.by_pillar, width))
        elif isinstance(block, b.NewPage):
            width = LANDSCAPE_WIDTH if block.landscape else PORTRAIT_WIDTH
            template = "landscape" if block.landscape else "portrait"
            # never a blank page: the break is skipped when the page is still empty
            out += [NextPageTemplate(template), PageBreakIfNotEmpty()]
        elif isinstance(block, b.Signature):
            before = [out.pop()] if out and isinstance(out[-1], Paragraph) else []
            out.append(_signature(block, st, doc.style == "party", before))
    return out


def write_pdf(
    doc: b.Document, out_path: str | Path, progress: Callable[[int, int], None] | None = None
) -> int:
    """Draw ``doc`` into ``out_path``; return the number of pages. ``progress`` hears
    (blocks drawn, blocks) as ReportLab lays them out (never backwards)."""
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf = OfficialDoc(
        str(out),
        title=printable(doc.title)[:300],
        author=printable(doc.author)[:300],
        subject=printable(doc.title)[:300],
    )
    if progress is not None:
        pdf.setProgressCallBack(_Drawn(progress))
    pdf.build(flowables(doc))
    return pdf.page


class _Drawn:
    """ReportLab's progress calls as (done, total); a split table adds blocks as it goes,
    so the count is kept from moving back and from passing the total."""

    def __init__(self, progress: Callable[[int, int], None]):
        self.progress, self.total, self.done = progress, 1, 0

    def __call__(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self.total = max(int(value), 1)
        elif kind == "PROGRESS" and value > self.done:
            self.done = min(int(value), self.total)
            self.progress(self.done, self.total)
        elif kind == "FINISHED":
            self.progress(self.total, self.total)
