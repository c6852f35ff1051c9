"""The render step of the meeting brief (báo cáo tóm tắt phục vụ hội nghị).

``build_brief`` reads the register (``brief_data``), lists the published figures that disagree
with the register (a warning, never a correction) and draws the PDF: header, title, sections
I–V and the appendices (full target and task tables, on landscape pages).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from dxdesk.core.domain.docnumber import format_number_line
from dxdesk.core.domain.enums import (
    Band,
    ConclusionState,
    DocumentStyle,
    TaskStatus,
    Timeliness,
)
from dxdesk.core.domain.formats import fmt_date, fmt_long_date, fmt_number, fmt_percent
from dxdesk.core.errors import ValidationError
from dxdesk.core.reports.pdf import brief_data as bd
from dxdesk.core.reports.pdf.charts import band_chart
from dxdesk.core.reports.pdf.page import (
    LANDSCAPE_WIDTH,
    PORTRAIT_WIDTH,
    Header,
    HeaderBlock,
    OfficialDoc,
    table,
    to_landscape,
)
from dxdesk.core.reports.pdf.styles import styles, text

STYLES = ("state", "party")
BRIEF_SYMBOL = {"state": "/BC-BCĐ", "party": "-BC/BCĐ"}
BLANK_NUMBER = "\u00a0" * 8


@dataclass
class BriefResult:
    path: Path
    pages: int
    meeting: str
    mismatches: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _say(progress: Callable[[str], None] | None, message: str) -> None:
    if progress is not None:
        progress(message)


def header_for(committee: bd.CommitteeInfo, day: date, style: str, symbol: str) -> Header:
    doc_style = DocumentStyle.PARTY if style == "party" else DocumentStyle.STATE
    place = committee.place or ""
    place_date = f"{place}, {fmt_long_date(day)}" if place else fmt_long_date(day).capitalize()
    return Header(issuer=committee.name, number_line=format_number_line(symbol, doc_style),
                  place_date=place_date, party=style == "party")  # fmt: skip


def _p(markup: str, style) -> Paragraph:
    return Paragraph(markup, style)


# -- sections -----------------------------------------------------------------------------------
def _section_one(data: bd.BriefData) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [_p("I. KẾT QUẢ CHUNG", st.h1)]
    s = data.summary
    out.append(_p(f"Tính đến {fmt_long_date(data.as_of)}, {text(data.committee.name)} theo dõi "
                  f"{fmt_number(s['targets']['total'])} mục tiêu và "
                  f"{fmt_number(s['tasks']['total'])} nhiệm vụ chuyển đổi số. "
                  "Kết quả cụ thể như sau:", st.body))  # fmt: skip
    for line in data.headline:
        out.append(_p(f"- {text(line)}", st.body))
    return out


def _section_two(data: bd.BriefData) -> list[Flowable]:
    st = styles()
    tg = data.summary["targets"]
    out: list[Flowable] = [_p("II. KẾT QUẢ THỰC HIỆN MỤC TIÊU", st.h1),
                           _p("1. Mục tiêu theo trụ cột và mức độ hoàn thành", st.h2)]  # fmt: skip
    head = ["Trụ cột", "Tổng số", "Hoàn thành", "Trên 70 %", "Từ 50 % đến 70 %", "Dưới 50 %",
            "Chưa có số liệu"]  # fmt: skip
    rows: list[list[object]] = [head]
    keys = [b.value for b in (Band.COMPLETED, Band.ABOVE_70, Band.FROM_50_TO_70, Band.BELOW_50,
                              Band.NO_DATA)]  # fmt: skip
    for p in tg["by_pillar"]:
        rows.append([text(p["label"] or p["code"]), fmt_number(p["total"]),
                     *(fmt_number(p[k]) for k in keys)])  # fmt: skip
    rows.append(["<b>Tổng cộng</b>", f"<b>{fmt_number(tg['total'])}</b>",
                 *(f"<b>{fmt_number(tg['by_band'][k])}</b>" for k in keys)])  # fmt: skip
    w = PORTRAIT_WIDTH
    out.append(table(rows, [w * 0.31] + [w * 0.115] * 6, numeric_from=1))
    out.append(Spacer(1, 8))
    out.append(KeepTogether([
        _p("2. Biểu đồ mục tiêu theo trụ cột", st.h2),
        band_chart(tg["by_pillar"], PORTRAIT_WIDTH),
    ]))  # fmt: skip
    return out


def _section_three(data: bd.BriefData) -> list[Flowable]:
    st = styles()
    tk = data.summary["tasks"]
    w = PORTRAIT_WIDTH
    out: list[Flowable] = [_p("III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", st.h1),
                           _p("1. Nhiệm vụ theo văn bản, kết luận giao", st.h2)]  # fmt: skip
    rows: list[list[object]] = [["Nguồn giao nhiệm vụ", "Tổng số", "Chưa triển khai",
                                 "Đang triển khai", "Đã hoàn thành", "Quá hạn"]]  # fmt: skip
    for src in tk["by_source"]:
        rows.append([text(src["label"]), fmt_number(src["total"]),
                     fmt_number(src["not_started"]), fmt_number(src["in_progress"]),
                     fmt_number(src["done"]), fmt_number(src["overdue"])])  # fmt: skip
    bs = tk["by_status"]
    rows.append(["<b>Tổng cộng</b>", f"<b>{fmt_number(tk['total'])}</b>",
                 f"<b>{fmt_number(bs['not_started'])}</b>",
                 f"<b>{fmt_number(bs['in_progress'])}</b>", f"<b>{fmt_number(bs['done'])}</b>",
                 f"<b>{fmt_number(tk['by_timeliness']['overdue'])}</b>"])  # fmt: skip
    out.append(table(rows, [w * 0.40] + [w * 0.12] * 5, numeric_from=1))
    out.append(Spacer(1, 8))
    out.append(_p("2. Nhiệm vụ theo tình trạng và tiến độ", st.h2))
    cols = [Timeliness.DONE_ON_TIME, Timeliness.DONE_LATE, Timeliness.ON_TRACK,
            Timeliness.OVERDUE, Timeliness.NO_DEADLINE]  # fmt: skip
    rows = [["Tình trạng", *(c.label for c in cols), "Tổng số"]]
    statuses = [TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE]
    if sum(data.status_timeliness[TaskStatus.DROPPED.value].values()):
        statuses.append(TaskStatus.DROPPED)
    totals = [0] * (len(cols) + 1)
    for s in statuses:
        counts = data.status_timeliness[s.value]
        values = [counts.get(c.value, 0) for c in cols] + [sum(counts.values())]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        rows.append([s.label, *(fmt_number(v) if v else "–" for v in values)])
    rows.append(["<b>Tổng cộng</b>", *(f"<b>{fmt_number(v)}</b>" for v in totals)])
    out.append(table(rows, [w * 0.22] + [w * 0.13] * 6, numeric_from=1))
    out.append(Spacer(1, 8))
    out.append(_p("3. Nhiệm vụ quá hạn theo cơ quan chủ trì", st.h2))
    if not data.overdue:
        out.append(_p("Không có nhiệm vụ quá hạn tại ngày báo cáo.", st.body))
    else:
        rows = [["TT", "Nhiệm vụ", "Thời hạn", "Số ngày quá hạn", "Tình trạng"]]
        spans = []
        n = 0
        for group in data.overdue:
            spans.append(len(rows))
            rows.append([f"<b>{text(group.agency)} ({fmt_number(len(group.tasks))} nhiệm vụ)</b>",
                         "", "", "", ""])  # fmt: skip
            for t in group.tasks:
                n += 1
                rows.append([str(n), f"{text(t.code)}. {text(t.text)}", fmt_date(t.deadline),
                             fmt_number(t.days), text(t.status)])  # fmt: skip
        tbl = table(rows, [w * 0.07, w * 0.51, w * 0.14, w * 0.12, w * 0.16], numeric_from=3,
                    numeric_to=3)  # fmt: skip
        for r in spans:
            tbl.setStyle([("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), "#F3F3F3")])
        out.append(tbl)
    out.append(Spacer(1, 8))
    out.append(_p("4. Khó khăn, vướng mắc", st.h2))
    if not data.blockers:
        out.append(_p("Các cơ quan chưa báo cáo khó khăn, vướng mắc.", st.body))
    for b in data.blockers:
        out.append(_p(f"- {text(b.code)} “{text(b.text)}” ({text(b.agency)}, {text(b.status)}): "
                      f"<i>{text(b.blocker)}</i>", st.body))  # fmt: skip
    return out


BAND_SHORT = {
    Band.COMPLETED: "Hoàn thành",
    Band.ABOVE_70: "Trên 70 %",
    Band.FROM_50_TO_70: "Từ 50 % đến 70 %",
    Band.BELOW_50: "Dưới 50 %",
    Band.NO_DATA: "Chưa có số liệu",
}
STATE_WORDS = {
    ConclusionState.DONE: "Đã hoàn thành",
    ConclusionState.IN_PROGRESS: "Đang thực hiện",
    ConclusionState.NOT_STARTED: "Chưa thực hiện",
    ConclusionState.NOT_ASSIGNED: "Chưa giao nhiệm vụ",
}


def _section_four(data: bd.BriefData) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [_p("IV. KẾT QUẢ THỰC HIỆN KẾT LUẬN CỦA HỘI NGHỊ TRƯỚC", st.h1)]
    prev = data.previous
    if prev is None:
        out.append(_p("Đây là hội nghị đầu tiên trong sổ: chưa có kết luận trước để báo cáo.",
                      st.body))  # fmt: skip
        return out
    items = data.items
    counts = {s: sum(1 for i in items if i.state is s) for s in ConclusionState}
    summary = "; ".join(f"{STATE_WORDS[s].lower()} {fmt_number(counts[s])}"
                        for s in ConclusionState if counts[s])  # fmt: skip
    number = f" (Thông báo số {text(prev.notice_symbol)})" if prev.notice_symbol else ""
    out.append(_p(f"{text(prev.title)} ngày {fmt_date(prev.held)}{number} kết luận "
                  f"{fmt_number(len(items))} nội dung; đến {fmt_date(data.as_of)}: "
                  f"{summary or 'chưa có nội dung nào'}.", st.body))  # fmt: skip
    if items:
        w = PORTRAIT_WIDTH
        rows: list[list[object]] = [["TT", "Nội dung kết luận", "Cơ quan thực hiện", "Thời hạn",
                                     "Kết quả"]]  # fmt: skip
        for i in items:
            state = STATE_WORDS[i.state]
            if i.tasks:
                state += f" ({fmt_number(i.tasks_done)}/{fmt_number(i.tasks)} nhiệm vụ)"
            rows.append([str(i.seq), text(i.text), text("; ".join(i.agencies) or "Chưa giao"),
                         fmt_date(i.deadline), state])  # fmt: skip
        out.append(table(rows, [w * 0.07, w * 0.40, w * 0.21, w * 0.13, w * 0.19]))
    return out


def _section_five(data: bd.BriefData) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [_p("V. NHỮNG NỘI DUNG XIN Ý KIẾN CHỈ ĐẠO", st.h1)]
    if not data.proposals:
        out.append(_p("Không có nội dung cần xin ý kiến chỉ đạo tại hội nghị.", st.body))
    for k, proposal in enumerate(data.proposals, 1):
        out.append(_p(f"{k}. {text(proposal)}", st.body))
    return out


def _appendices(data: bd.BriefData) -> list[Flowable]:
    st = styles()
    w = LANDSCAPE_WIDTH
    out: list[Flowable] = [*to_landscape(), _p("PHỤ LỤC 1", st.title),
                           _p(f"Kết quả thực hiện mục tiêu đến {fmt_date(data.as_of)}",
                              st.subtitle)]  # fmt: skip
    rows: list[list[object]] = [["TT", "Mã", "Mục tiêu", "Trụ cột", "Cơ quan chủ trì",
                                 "Đơn vị tính", "Kế hoạch năm", "Kết quả", "% kế hoạch",
                                 "Mức độ"]]  # fmt: skip
    for k, g in enumerate(data.targets, 1):
        rows.append([str(k), text(g.code), text(g.text), text(g.pillar), text(g.agency),
                     text(g.unit), fmt_number(g.goal), fmt_number(g.value),
                     fmt_percent(g.percent), BAND_SHORT[g.band]])  # fmt: skip
    out.append(table(rows, [w * x for x in (0.04, 0.06, 0.26, 0.11, 0.13, 0.07, 0.08, 0.07,
                                            0.08, 0.10)], numeric_from=6, numeric_to=8))  # fmt: skip
    out += [
        CondPageBreak(8 * cm),
        Spacer(1, 12),
        _p("PHỤ LỤC 2", st.title),
        _p(f"Tình hình thực hiện nhiệm vụ đến {fmt_date(data.as_of)}", st.subtitle),
    ]
    rows = [["TT", "Mã", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng", "Tiến độ",
             "Ngày hoàn thành"]]  # fmt: skip
    for k, t in enumerate(data.tasks, 1):
        progress = t.timeliness.label if t.timeliness else ""
        if t.days_overdue:
            progress += f" {fmt_number(t.days_overdue)} ngày"
        rows.append([str(k), text(t.code), text(t.text), text(t.agency), fmt_date(t.deadline),
                     t.status.label, progress, fmt_date(t.completed_on)])  # fmt: skip
    out.append(table(rows, [w * x for x in (0.045, 0.065, 0.37, 0.15, 0.085, 0.095, 0.105,
                                            0.085)]))  # fmt: skip
    return out


def brief_story(data: bd.BriefData, style: str = "state") -> list[Flowable]:
    """The flowables of the whole brief."""
    st = styles()
    symbol = BRIEF_SYMBOL[style].replace("BCĐ", data.committee.symbol or "BCĐ")
    header = header_for(data.committee, data.as_of, style, BLANK_NUMBER + symbol)
    story: list[Flowable] = [HeaderBlock(header), Spacer(1, 6), _p("BÁO CÁO TÓM TẮT", st.title),
                             _p("Kết quả thực hiện mục tiêu, nhiệm vụ chuyển đổi số đến "
                                f"{fmt_date(data.as_of)} phục vụ {text(data.meeting.title)}",
                                st.subtitle)]  # fmt: skip
    for section in (_section_one, _section_two, _section_three, _section_four, _section_five):
        story += section(data)
    story += [Spacer(1, 6), _p(f"Trên đây là báo cáo tóm tắt kết quả thực hiện mục tiêu, nhiệm "
                               f"vụ chuyển đổi số phục vụ {text(data.meeting.title)}./.",
                               st.body)]  # fmt: skip
    story += _appendices(data)
    return story


def build_brief(out_path: str | Path, *, meeting_code: str | None = None, as_of: date,
                style: str | None = None,
                progress: Callable[[str], None] | None = None) -> BriefResult:  # fmt: skip
    """Write the brief of the meeting (the next one on or after ``as_of`` when not named), in
    ``style`` or else the committee's default style."""
    style = style or bd.committee_info().style
    if style not in STYLES:
        raise ValidationError(f"Thể thức “{style}” không có: chọn state hoặc party.")
    start = time.perf_counter()
    from dxdesk.core.services.figures import check_figures

    _say(progress, "Đang đối chiếu số liệu đã công bố…")
    mismatches = [c.message for c in check_figures()]
    for message in mismatches:
        _say(progress, f"Cảnh báo: {message}")
    _say(progress, "Đang đọc số liệu…")
    data = bd.brief_data(as_of, meeting_code, mismatches)
    _say(progress, "Đang dựng báo cáo…")
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = OfficialDoc(str(out), title=f"Báo cáo tóm tắt - {data.meeting.title}",
                      author=data.committee.name, subject="Báo cáo tóm tắt")  # fmt: skip
    doc.build(brief_story(data, style))
    return BriefResult(out, doc.page, data.meeting.code, mismatches,
                       time.perf_counter() - start)  # fmt: skip
