"""The data step of the brief and the notice: plain dataclasses read from the core services.

No ReportLab here: what the documents say is decided (and testable) before anything is drawn.
Figures come from ``summarize``; lists come from ``queries.task_rows`` / ``target_rows``; the
state of a conclusion item follows the summary's own rule (``summary.item_state``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

from dxdesk.core.domain import rules
from dxdesk.core.domain.enums import (
    Band,
    ConclusionState,
    MemberRole,
    TargetKind,
    TaskStatus,
    Timeliness,
)
from dxdesk.core.domain.formats import fmt_date, fmt_number, fmt_percent, percent_of
from dxdesk.core.errors import NotFound
from dxdesk.core.reports.pdf.brief_records import (
    AgencyOverdue,
    Blocker,
    BriefData,
    CommitteeInfo,
    ItemOutcome,
    MeetingInfo,
    NoticeData,
    NoticeItem,
    OverdueTask,
    TargetLine,
    TaskLine,
)
from dxdesk.core.services import summary as summary_service
from dxdesk.core.storage import models as m
from dxdesk.core.storage import queries

NO_AGENCY = "Chưa giao cơ quan chủ trì"


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def committee_info() -> CommitteeInfo:
    row = m.Committee.select().first()
    if row is None:
        return CommitteeInfo("Ban Chỉ đạo chuyển đổi số", "BCĐ", "")
    return CommitteeInfo(
        row.name,
        row.short_name or "",
        row.place or row.province or "",
        row.symbol or "BCĐ",
        "party" if row.doc_style == "dang" else "state",
        row.signer_authority or "",
        row.signer_title or "",
        row.signer_name or "",
    )


def member_name(role: MemberRole) -> str:
    """The name of the first member in ``role`` ("" when none)."""
    row = (
        m.Member.select()
        .where(m.Member.role == role.value)
        .order_by(m.Member.sort_order, m.Member.id)
        .first()
    )
    return row.name if row is not None else ""


def _meeting(row: m.Meeting) -> MeetingInfo:
    return MeetingInfo(
        row.id,
        row.code,
        row.title,
        row.kind,
        _day(row.meeting_date),
        row.chair,
        row.notice_symbol,
        row.place,
    )


def meeting_by_code(code: str) -> MeetingInfo:
    row = m.Meeting.get_or_none(m.Meeting.code == code)
    if row is None:
        raise NotFound(f"Không có hội nghị mã “{code}” trong sổ.")
    return _meeting(row)


def choose_meeting(code: str | None, as_of: date) -> MeetingInfo:
    """The meeting named, else the next one on or after ``as_of`` (else the latest one)."""
    if code:
        return meeting_by_code(code)
    meetings = list(m.Meeting.select().order_by(m.Meeting.meeting_date, m.Meeting.code))
    if not meetings:
        raise NotFound("Sổ chưa có hội nghị nào: hãy thêm hội nghị trước khi in báo cáo.")
    for row in meetings:
        if _day(row.meeting_date) >= as_of:
            return _meeting(row)
    return _meeting(meetings[-1])


def previous_meeting(meeting: MeetingInfo) -> MeetingInfo | None:
    """The latest meeting held strictly before ``meeting``."""
    row = (
        m.Meeting.select()
        .where(m.Meeting.meeting_date < meeting.held)
        .order_by(m.Meeting.meeting_date.desc(), m.Meeting.code.desc())
        .first()
    )
    return _meeting(row) if row is not None else None


def item_agencies() -> dict[int, list[str]]:
    """conclusion item id → names of its assigned agencies."""
    agencies = queries.names("agency")
    out: dict[int, list[str]] = defaultdict(list)
    for link in m.ConclusionAgency.select().order_by(m.ConclusionAgency.id):
        out[link.item_id].append(agencies.get(link.agency_id, ("", "?"))[1])
    return out


def conclusion_items(meeting: MeetingInfo) -> list[m.ConclusionItem]:
    return list(
        m.ConclusionItem.select()
        .where(m.ConclusionItem.meeting == meeting.id)
        .order_by(m.ConclusionItem.seq, m.ConclusionItem.id)
    )


def _item_outcomes(meeting: MeetingInfo, task_list: list[dict], as_of: date) -> list[ItemOutcome]:
    return item_outcomes(conclusion_items(meeting), task_list, as_of)


def item_outcomes(
    rows: list[m.ConclusionItem], task_list: list[dict], as_of: date
) -> list[ItemOutcome]:
    """What came of each conclusion item at ``as_of`` (the summary's rule), with days overdue."""
    states = {state: i for i, state in enumerate(queries.TASK_STATES)}
    by_item: dict[int, list[int]] = {}
    done_by_item: Counter = Counter()
    total_by_item: Counter = Counter()
    for t in task_list:
        item = t["source_conclusion_id"]
        if item is None:
            continue
        counts = by_item.setdefault(item, [0] * len(queries.TASK_STATES))
        counts[states[(t["status_at"], t["timeliness"])]] += 1
        total_by_item[item] += 1
        done_by_item[item] += t["status_at"] == "done"
    with_targets = queries.items_with_targets()
    agencies = item_agencies()
    out = []
    for item in rows:
        state = ConclusionState(
            summary_service.item_state(by_item.get(item.id), item.id in with_targets)
        )
        deadline = _day(item.deadline)
        late = (as_of - deadline).days if deadline and state is not ConclusionState.DONE else 0
        out.append(
            ItemOutcome(
                item.seq,
                item.text,
                agencies.get(item.id, []),
                deadline,
                state,
                total_by_item[item.id],
                done_by_item[item.id],
                max(late, 0),
            )
        )
    return out


def _task_lines(task_list: list[dict], as_of: date, agencies: dict) -> list[TaskLine]:
    out = []
    for t in task_list:
        status = TaskStatus(t["status_at"])
        timeliness = Timeliness(t["timeliness"]) if t["timeliness"] else None
        deadline = _day(t["deadline"])
        days = (as_of - deadline).days if timeliness is Timeliness.OVERDUE else 0
        agency = agencies.get(t["lead_agency_id"], ("", NO_AGENCY))[1]
        out.append(
            TaskLine(
                t["code"],
                t["text"] or "",
                agency,
                deadline,
                status,
                timeliness,
                _day(t["completed_on"]),
                days,
                (t["blocker"] or "").strip(),
            )
        )
    return out


def _target_lines(as_of: date, agencies: dict) -> list[TargetLine]:
    pillars = queries.names("pillar")
    out = []
    for row in queries.target_rows(as_of):
        percent = summary_service.target_percent(row, as_of)
        goal = row.milestone if row.milestone is not None else row.target_value
        out.append(
            TargetLine(
                row.code,
                row.text or "",
                pillars.get(row.pillar_id, ("", ""))[1],
                agencies.get(row.lead_agency_id, ("", NO_AGENCY))[1],
                row.unit or "",
                goal,
                row.latest_value,
                row.latest_period or "",
                percent,
                rules.band_of(percent),
                row.kind == TargetKind.YES_NO.value or row.rank is not None,
                *_rank_texts(row),
            )
        )
    return out


def _rank_texts(row: Any) -> tuple[str, str]:
    """(goal, rank used) of a target judged from an index rank, ("", "") for the others."""
    if row.rank is None:
        return "", ""
    from dxdesk.core.domain.rank_goal import goal_text

    judged = row.rank.judgement
    if judged is None or judged.limit is None:
        return f"{row.rank.family} {goal_text(row.rank.goal)}", ""
    # the goal as it reads for the N ranked (a group, or a goal of 63 judged among 34)
    return f"{row.rank.family} top {judged.limit}/{judged.of}", (
        f"{judged.rank}/{judged.of} ({judged.year})"
    )


def headline(summary: dict[str, Any]) -> list[str]:
    """Section I's sentences, from the summary's figures."""
    tg, tk = summary["targets"], summary["tasks"]
    total = tg["total"]
    words = {
        Band.COMPLETED: "hoàn thành và vượt kế hoạch giao",
        Band.ABOVE_70: "đạt trên 70 %",
        Band.FROM_50_TO_70: "đạt từ 50 % đến 70 %",
        Band.BELOW_50: "dưới 50 %",
        Band.NO_DATA: "chưa có số liệu",
    }
    parts = []
    for band, word in words.items():
        n = tg["by_band"].get(band.value, 0)
        if band is Band.NO_DATA and not n:
            continue
        parts.append(
            f"{word} {fmt_number(n)}/{fmt_number(total)} ({fmt_percent(percent_of(n, total))})"
        )
    # one sentence for the four bands: page 1 must leave room for what is late
    out = []
    if summary.get("programme"):  # brief --programme: say whose figures these are
        out.append(f"Số liệu của chương trình: {summary['programme']['label']}.")
    out.append(f"Mục tiêu (kế hoạch năm): {'; '.join(parts)}.")
    st, tl = tk["by_status"], tk["by_timeliness"]
    n = tk["total"]
    # from the counts, rounded once: the summary's rate is already rounded to 2 places, and
    # rounding that again prints 50/62 as 80,7 % instead of 80,6 %
    rate = rules.completion_rate(st["done"], tl["overdue"])
    out.append(
        f"Đã hoàn thành {fmt_number(st['done'])}/{fmt_number(n)} nhiệm vụ "
        f"({fmt_percent(percent_of(st['done'], n))}), trong đó "
        f"{fmt_number(tl['done_on_time'])} nhiệm vụ hoàn thành đúng hạn và "
        f"{fmt_number(tl['done_late'])} nhiệm vụ hoàn thành quá hạn."
    )
    out.append(
        f"Đang triển khai {fmt_number(st['in_progress'])}/{fmt_number(n)} nhiệm vụ; "
        f"chưa triển khai {fmt_number(st['not_started'])}/{fmt_number(n)} nhiệm vụ"
        + (
            f"; không thực hiện nữa {fmt_number(st['dropped'])} nhiệm vụ"
            if st.get("dropped")
            else ""
        )
        + "."
    )
    out.append(
        f"Quá hạn chưa hoàn thành: {fmt_number(tl['overdue'])} nhiệm vụ; tỷ lệ hoàn "
        f"thành (đã hoàn thành trên tổng số đã hoàn thành và quá hạn): "
        f"{fmt_percent(rate)}."
    )
    return out


def _proposals(
    tasks: list[TaskLine],
    targets: list[TargetLine],
    items: list[ItemOutcome],
    previous: MeetingInfo | None,
) -> list[str]:
    out = []
    for t in sorted(
        (t for t in tasks if t.days_overdue and t.blocker), key=lambda t: (-t.days_overdue, t.code)
    ):
        out.append(
            f"Đề nghị Trưởng Ban Chỉ đạo chỉ đạo {t.agency} và các cơ quan liên quan "
            f"tháo gỡ khó khăn của nhiệm vụ {t.code} “{t.text}” (quá hạn "
            f"{fmt_number(t.days_overdue)} ngày, thời hạn {fmt_date(t.deadline)}): "
            f"{t.blocker}"
        )
    for g in (g for g in targets if g.band is Band.BELOW_50):
        now = "hiện chưa đạt" if g.yes_no else f"hiện mới đạt {fmt_percent(g.percent)} kế hoạch"
        out.append(
            f"Đề nghị giao {g.agency} có giải pháp đẩy nhanh tiến độ mục tiêu {g.code} "
            f"“{g.text}”, {now}."
        )
    for item in (i for i in items if i.state is ConclusionState.NOT_ASSIGNED):
        where = f" tại {previous.title}" if previous else ""
        out.append(
            f"Đề nghị giao nhiệm vụ cụ thể để thực hiện kết luận số {item.seq}{where}: "
            f"“{item.text}”."
        )
    return out


def brief_data(
    as_of: date, meeting_code: str | None = None, mismatches: list[str] | None = None
) -> BriefData:
    """Everything the brief prints, at ``as_of``, for the chosen meeting."""
    meeting = choose_meeting(meeting_code, as_of)
    previous = previous_meeting(meeting)
    summary = summary_service.summarize(as_of, with_checks=False)
    agencies = queries.agency_names_at(as_of)  # ended agencies by their successors
    raw_tasks = queries.task_rows(as_of)
    tasks = _task_lines(raw_tasks, as_of, agencies)
    targets = _target_lines(as_of, agencies)
    matrix: dict[str, dict[str, int]] = {s.value: Counter() for s in TaskStatus}
    for t in tasks:
        matrix[t.status.value][t.timeliness.value if t.timeliness else "none"] += 1
    groups: dict[str, list[OverdueTask]] = defaultdict(list)
    for t in sorted(tasks, key=lambda t: (-t.days_overdue, t.code)):
        if t.days_overdue:
            groups[t.agency].append(
                OverdueTask(t.code, t.text, t.deadline, t.days_overdue, t.status.label, t.blocker)
            )
    overdue = [
        AgencyOverdue(a, ts)
        for a, ts in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    blockers = [
        Blocker(t.code, t.text, t.agency, t.status.label, t.blocker)
        for t in tasks
        if t.blocker and t.status in (TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED)
    ]
    items = _item_outcomes(previous, raw_tasks, as_of) if previous else []
    return BriefData(
        committee_info(),
        meeting,
        previous,
        as_of,
        summary,
        headline(summary),
        matrix,
        overdue,
        blockers,
        items,
        _proposals(tasks, targets, items, previous),
        targets,
        tasks,
        list(mismatches or []),
        member_name(MemberRole.STANDING_DEPUTY),
    )


def notice_data(meeting_code: str) -> NoticeData:
    meeting = meeting_by_code(meeting_code)
    agencies = item_agencies()
    items = [
        NoticeItem(i.seq, i.text, agencies.get(i.id, []), _day(i.deadline))
        for i in conclusion_items(meeting)
    ]
    named: list[str] = []
    for item in items:
        for a in item.agencies:
            if a not in named:
                named.append(a)
    recipients = ["Thường trực Ban Chỉ đạo (b/c)", "Các thành viên Ban Chỉ đạo"]
    recipients += named
    recipients.append("Lưu: VT, Tổ giúp việc")
    return NoticeData(committee_info(), meeting, items, recipients)
