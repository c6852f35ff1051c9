"""The draft conclusion notice (dự thảo Thông báo kết luận) of a meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from dxdesk.core.domain.docnumber import parse_document_number
from dxdesk.core.domain.enums import DocumentStyle
from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.reports.pdf import brief_data as bd
from dxdesk.core.reports.pdf import fonts
from dxdesk.core.reports.pdf.page import PORTRAIT_WIDTH, HeaderBlock, OfficialDoc
from dxdesk.core.reports.pdf.safe import clip
from dxdesk.core.reports.pdf.styles import styles, text


def _style_of(symbol: str) -> str:
    try:
        return "party" if parse_document_number(symbol).style is DocumentStyle.PARTY else "state"
    except ValueError:
        return "state"


def notice_story(data: bd.NoticeData) -> list[Flowable]:
    from dxdesk.core.reports.pdf.brief import header_for

    st = styles()
    mt = data.meeting
    style = _style_of(mt.notice_symbol) if mt.notice_symbol else data.committee.style
    own = data.committee.symbol or "BCĐ"
    blank = f"-TB/{own}" if style == "party" else f"/TB-{own}"
    symbol = mt.notice_symbol or ("\u00a0" * 8 + blank)
    story: list[Flowable] = [
        HeaderBlock(header_for(data.committee, mt.held, style, symbol)),
        Spacer(1, 6),
        Paragraph("DỰ THẢO", st.centre),
        Paragraph("THÔNG BÁO KẾT LUẬN", st.title),
        Paragraph(f"của Trưởng Ban Chỉ đạo tại {text(mt.title)}", st.subtitle),
    ]
    chair = f", do đồng chí {text(mt.chair)} chủ trì" if mt.chair else ""
    place = f" tại {text(mt.place)}" if mt.place else ""
    story.append(Paragraph(f"Ngày {fmt_date(mt.held)}{place}, {text(data.committee.name)} tổ "
                           f"chức {text(mt.title)}{chair}. Sau khi nghe báo cáo và ý kiến của "
                           "các thành viên, Trưởng Ban Chỉ đạo kết luận như sau:",
                           st.body))  # fmt: skip
    if not data.items:
        story.append(Paragraph("(Hội nghị chưa có nội dung kết luận trong sổ.)", st.body))
    for k, item in enumerate(data.items, 1):
        agencies = "; ".join(item.agencies) or "chưa giao"
        deadline = fmt_date(item.deadline) or "không quy định"
        story.append(Paragraph(f"{k}. {text(item.text)}.", st.body))
        story.append(Paragraph(f"<i>Cơ quan thực hiện: {text(agencies)}. Thời hạn: {deadline}."
                               "</i>", st.body))  # fmt: skip
    story.append(Paragraph(f"Trên đây là kết luận của Trưởng Ban Chỉ đạo tại {text(mt.title)}, "
                           "thông báo để các cơ quan, đơn vị biết, thực hiện./.",
                           st.body))  # fmt: skip
    left = [Paragraph("Nơi nhận:", st.recipients_head)]
    left += [Paragraph(f"- {text(clip(r, 200)[0])};" if not r.startswith("Lưu")
                       else f"- {text(r)}.", st.recipients) for r in data.recipients]  # fmt: skip
    right = [Paragraph("TL. TRƯỞNG BAN", st.sign), Paragraph("CHÁNH VĂN PHÒNG", st.sign),
             Spacer(1, 60), Paragraph("<i>(ký, ghi rõ họ tên)</i>", st.centre)]  # fmt: skip
    sign = Table([[left, right]], colWidths=[PORTRAIT_WIDTH * 0.5, PORTRAIT_WIDTH * 0.5],
                 splitInRow=1)  # fmt: skip
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    story += [Spacer(1, 10), KeepTogether([sign])]
    return story


def build_notice(out_path: str | Path, *, meeting_code: str) -> int:
    """Write the draft notice of the meeting; return its number of pages."""
    data = bd.notice_data(meeting_code)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = OfficialDoc(str(out), title=f"Thông báo kết luận - {data.meeting.title}",
                      author=data.committee.name, subject="Thông báo kết luận")  # fmt: skip
    doc.build(notice_story(data))
    return doc.page
