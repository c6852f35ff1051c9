"""The words of the draft conclusion notice (dự thảo Thông báo kết luận), as blocks."""

from __future__ import annotations

from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.reports.blocks import Document, Para, Signature, italic
from dxdesk.core.reports.common_doc import BLANK_NUMBER, Signer, header_for
from dxdesk.core.reports.pdf import brief_data as bd

NOTICE_SIGNER = Signer("TL. TRƯỞNG BAN", "CHÁNH VĂN PHÒNG")


def notice_document(data: bd.NoticeData, style: str, signer: Signer | None = None) -> Document:
    mt = data.meeting
    own = data.committee.symbol or "BCĐ"
    symbol = mt.notice_symbol or (
        BLANK_NUMBER + (f"-TB/{own}" if style == "party" else f"/TB-{own}")
    )
    blocks: list = [
        Para("DỰ THẢO", "centre"),
        Para("THÔNG BÁO KẾT LUẬN", "title"),
        Para(f"của Trưởng Ban Chỉ đạo tại {mt.title}", "subtitle"),
    ]
    chair = f", do đồng chí {mt.chair} chủ trì" if mt.chair else ""
    place = f" tại {mt.place}" if mt.place else ""
    blocks.append(
        Para(
            f"Ngày {fmt_date(mt.held)}{place}, {data.committee.name} tổ chức "
            f"{mt.title}{chair}. Sau khi nghe báo cáo và ý kiến của các thành viên, "
            "Trưởng Ban Chỉ đạo kết luận như sau:"
        )
    )
    if not data.items:
        blocks.append(Para("(Hội nghị chưa có nội dung kết luận trong sổ.)"))
    for k, item in enumerate(data.items, 1):
        agencies = "; ".join(item.agencies) or "chưa giao"
        deadline = fmt_date(item.deadline) or "không quy định"
        blocks.append(Para(f"{k}. {item.text}."))
        blocks.append(Para(italic(f"Cơ quan thực hiện: {agencies}. Thời hạn: {deadline}.")))
    blocks.append(
        Para(
            f"Trên đây là kết luận của Trưởng Ban Chỉ đạo tại {mt.title}, thông báo "
            "để các cơ quan, đơn vị biết, thực hiện./."
        )
    )
    signer = signer or NOTICE_SIGNER
    recipients = list(data.recipients)
    if style == "party" and recipients and recipients[-1].startswith("Lưu:"):
        recipients[-1] = "Lưu Văn phòng"  # HD 36's form of the archive line
    blocks.append(
        Signature(recipients, signer.authority_in(style), signer.title.upper(), signer.name)
    )
    return Document(
        header_for(data.committee, mt.held, style, symbol),
        blocks,
        style,
        f"Thông báo kết luận - {mt.title}",
        data.committee.name,
    )
