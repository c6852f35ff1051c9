"""The official table "Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý" of a draft, as
blocks (PDF or Word, like the brief): who commented, on what, and how each comment was
handled and why; then the indicators as they now stand (docs/documents.md)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from dxdesk.core.domain.enums import CommentHandling
from dxdesk.core.domain.formats import fmt_long_date
from dxdesk.core.reports.blocks import Document, Header, Para, Signature, Span, Table, bold
from dxdesk.core.reports.common_doc import Signer, committee_signer
from dxdesk.core.reports.pdf import brief_data as bd
from dxdesk.core.services import drafts
from dxdesk.core.storage import draft_models as dm

DRAFTER = Signer("", "CƠ QUAN CHỦ TRÌ SOẠN THẢO", "")


def _subject(c: dm.DraftComment) -> str:
    where = []
    if c.indicator:
        where.append(f"Chỉ tiêu {c.indicator}")
    if c.passage:
        where.append(c.passage)
    return (": ".join([", ".join(where), c.content])) if where else c.content


def _handling(c: dm.DraftComment) -> tuple[Span, ...]:
    label = CommentHandling(c.handling).label
    reason = f" {c.reason}" if c.reason else ""
    return (Span(f"{label}.", bold=True), Span(reason))


def comments_document(draft_code: str, style: str, day: date) -> Document:
    """The table of the comments on ``draft_code`` and how each was handled."""
    view = drafts.draft_view(draft_code)  # refuses an unknown code in one sentence
    draft = dm.Draft.get(dm.Draft.code == draft_code)
    committee = bd.committee_info()
    comments = list(draft.comments.order_by(dm.DraftComment.seq))
    header = Header(
        issuer=draft.drafted_by or committee.name,
        number_line="",
        place_date=(f"{committee.place}, " if committee.place else "") + fmt_long_date(day),
        party=style == "party",
    )
    blocks: list = [
        Para("BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý", "title"),
        Para(f"đối với {view['title']}", "subtitle"),
    ]
    counts = Counter(c.handling for c in comments)
    blocks.append(
        Para(
            f"Tổng số {len(comments)} ý kiến góp ý: tiếp thu {counts['tiep_thu']}, giải trình "
            f"{counts['giai_trinh']}, không tiếp thu {counts['khong_tiep_thu']}"
            + (f", chưa xử lý {counts['chua_xu_ly']}" if counts["chua_xu_ly"] else "")
            + "."
        )
    )
    rows = [
        [
            bold("TT"),
            bold("Cơ quan, đơn vị, cá nhân góp ý"),
            bold("Nội dung góp ý"),
            bold("Ý kiến tiếp thu, giải trình"),
        ]
    ]
    rows += [[str(c.seq), drafts.commenter_name(c), _subject(c), _handling(c)] for c in comments]
    blocks.append(Table(rows, [0.06, 0.24, 0.37, 0.33], numeric=frozenset({0})))
    indicators = drafts.latest_indicators(draft)
    if indicators:
        blocks.append(Para("Các chỉ tiêu sau khi tiếp thu, giải trình", "h2"))
        ind_rows = [[bold("Mã"), bold("Chỉ tiêu"), bold("Năm 2025"), bold("Năm 2030")]]
        ind_rows += [
            [
                f"{r.code} (lần {r.version})",
                r.text + (f" ({r.unit})" if r.unit else ""),
                drafts.value_text(r.value_2025),
                drafts.value_text(r.value_2030),
            ]
            for r in indicators
        ]
        blocks.append(Table(ind_rows, [0.14, 0.58, 0.14, 0.14], numeric=frozenset({2, 3})))
    signer = committee_signer(committee, DRAFTER) if not draft.drafted_by else DRAFTER
    blocks.append(
        Signature(
            [f"{draft.submitted_to} (b/c)"] * bool(draft.submitted_to) + ["Lưu: VT"],
            signer.authority_in(style),
            signer.title,
            signer.name,
        )
    )
    title = f"Bảng tổng hợp ý kiến góp ý - {view['title']}"
    return Document(header, blocks, style, title, header.issuer)


def build_comment_table(
    out_path: str | Path,
    *,
    draft_code: str,
    day: date,
    style: str | None = None,
    fmt: str | None = None,
) -> int:
    """Write the table as PDF (returns its pages) or Word (returns 0)."""
    from dxdesk.core.reports.common_doc import check_style
    from dxdesk.core.reports.pdf.brief import default_style, format_of, write

    if style is not None:
        check_style(style)
    fmt = format_of(out_path, fmt)
    return write(comments_document(draft_code, style or default_style(), day), out_path, fmt)
