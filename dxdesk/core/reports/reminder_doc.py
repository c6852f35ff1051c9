"""The reminder letter (công văn đôn đốc) to one agency: the overdue tasks it leads (exactly
those of ``summary`` at the date) and the conclusion items assigned to it that are past their
deadline, in the form of a công văn (Nghị định 30/2020/NĐ-CP, or HD 36 in the Party style)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dxdesk.core.domain.enums import Timeliness
from dxdesk.core.domain.formats import fmt_date, fmt_long_date, fmt_number
from dxdesk.core.errors import NotFound
from dxdesk.core.reports.blocks import Document, Para, Signature, Table
from dxdesk.core.reports.common_doc import BLANK_NUMBER, Signer, committee_signer, header_for
from dxdesk.core.reports.pdf import brief_data as bd
from dxdesk.core.storage import models as m
from dxdesk.core.storage import queries

REPLY_DAYS = 15  # the agency reports back within this many days


@dataclass(frozen=True)
class LateTask:
    code: str
    text: str
    source: str
    deadline: date | None
    days: int
    status: str


@dataclass
class ReminderData:
    committee: bd.CommitteeInfo
    agency_code: str
    agency: str
    as_of: date
    tasks: list[LateTask]
    items: list[tuple[str, bd.ItemOutcome]]  # (meeting title, item)


def _sources() -> dict[int, str]:
    docs = {d.id: f"{d.doc_type or 'Văn bản'} số {d.symbol}" for d in m.Document.select()}
    return docs


def reminder_data(agency_code: str, as_of: date) -> ReminderData:
    """What the letter to ``agency_code`` lists at ``as_of``."""
    agency = m.Agency.get_or_none(m.Agency.code == agency_code)
    if agency is None:
        raise NotFound(f"Không có cơ quan mã “{agency_code}” trong sổ.")
    rows = queries.task_rows(as_of)
    docs, meetings = _sources(), {mt.id: mt.title for mt in m.Meeting.select()}
    tasks = []
    for t in rows:
        if t["lead_agency_id"] != agency.id or t["timeliness"] != Timeliness.OVERDUE.value:
            continue
        deadline = bd._day(t["deadline"])
        source = (
            docs.get(t["source_document_id"])
            if t["source_document_id"]
            else f"Kết luận tại {meetings.get(t['meeting_id'], '')}".strip()
        )
        status = bd.TaskStatus(t["status_at"]).label
        tasks.append(
            LateTask(
                t["code"],
                t["text"] or "",
                source or "",
                deadline,
                (as_of - deadline).days if deadline else 0,
                status,
            )
        )
    tasks.sort(key=lambda x: (-x.days, x.code))
    linked = (
        m.ConclusionItem.select()
        .join(m.ConclusionAgency)
        .where(m.ConclusionAgency.agency == agency.id)
        .switch(m.ConclusionItem)
        .join(m.Meeting)
        .where(m.Meeting.meeting_date <= as_of)
        .order_by(m.Meeting.meeting_date, m.ConclusionItem.seq)
    )
    items = list(linked)
    outcomes = bd.item_outcomes(items, rows, as_of)
    late = [
        (meetings.get(i.meeting_id, ""), o)
        for i, o in zip(items, outcomes, strict=True)
        if o.days_overdue
    ]
    return ReminderData(bd.committee_info(), agency.code, agency.name, as_of, tasks, late)


def reminder_document(data: ReminderData, style: str, signer: Signer | None = None) -> Document:
    own = data.committee.symbol or "BCĐ"
    symbol = BLANK_NUMBER + (f"-CV/{own}" if style == "party" else f"/{own}")
    header = header_for(data.committee, data.as_of, style, symbol)
    header = type(header)(
        header.issuer,
        header.number_line,
        header.place_date,
        header.party,
        header.parent,
        "V/v đôn đốc thực hiện nhiệm vụ quá hạn",
    )
    n, k = len(data.tasks), len(data.items)
    blocks: list = [
        Para(f"Kính gửi: {data.agency}.", "centre"),
        Para(
            f"Tính đến {fmt_long_date(data.as_of)}, theo dõi của {data.committee.name}"
            f", {data.agency} còn {fmt_number(n)} nhiệm vụ được giao chủ trì đã quá "
            f"hạn nhưng chưa hoàn thành và {fmt_number(k)} nội dung kết luận của Ban "
            "Chỉ đạo đã quá thời hạn thực hiện, cụ thể như sau:"
        ),
    ]
    blocks.append(Para(f"1. Nhiệm vụ quá hạn: {fmt_number(n)} nhiệm vụ", "h2"))
    if data.tasks:
        rows: list[list] = [
            ["TT", "Nhiệm vụ", "Văn bản giao", "Thời hạn", "Số ngày quá hạn", "Tình trạng"]
        ]
        for j, t in enumerate(data.tasks, 1):
            rows.append(
                [
                    str(j),
                    f"{t.code}. {t.text}",
                    t.source,
                    fmt_date(t.deadline),
                    fmt_number(t.days),
                    t.status,
                ]
            )
        blocks.append(Table(rows, [0.06, 0.38, 0.2, 0.12, 0.1, 0.14], numeric=frozenset({4})))
    blocks.append(Para(f"2. Nội dung kết luận quá thời hạn: {fmt_number(k)} nội dung", "h2"))
    if data.items:
        rows = [["TT", "Nội dung kết luận", "Hội nghị", "Thời hạn", "Số ngày quá hạn"]]
        for j, (meeting, i) in enumerate(data.items, 1):
            rows.append([str(j), i.text, meeting, fmt_date(i.deadline), fmt_number(i.days_overdue)])
        blocks.append(Table(rows, [0.06, 0.44, 0.26, 0.12, 0.12], numeric=frozenset({4})))
    reply = fmt_date(data.as_of + timedelta(days=REPLY_DAYS))
    blocks.append(
        Para(
            f"Ban Chỉ đạo đề nghị {data.agency} khẩn trương triển khai, hoàn thành các "
            "nhiệm vụ, nội dung nêu trên; báo cáo kết quả, khó khăn, vướng mắc (nếu "
            f"có) về Ban Chỉ đạo (qua Tổ giúp việc) trước ngày {reply}./."
        )
    )
    signer = signer or committee_signer(data.committee, Signer())
    keep = "Lưu Văn phòng" if style == "party" else "Lưu: VT, TGV"
    blocks.append(
        Signature(
            ["Như trên", "Trưởng Ban Chỉ đạo (b/c)", keep],
            signer.authority_in(style),
            signer.title.upper(),
            signer.name,
        )
    )
    return Document(header, blocks, style, f"Công văn đôn đốc - {data.agency}", data.committee.name)
