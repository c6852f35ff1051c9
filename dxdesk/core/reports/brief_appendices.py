"""The brief's appendices (Phụ lục I …): the full lists the chair's pages refer to."""

from __future__ import annotations

from dxdesk.core.domain.enums import Band
from dxdesk.core.domain.formats import fmt_date, fmt_number, fmt_percent
from dxdesk.core.reports.blocks import (
    NewPage,
    Para,
    Span,
    Table,
    bold,
)
from dxdesk.core.reports.brief_bands import BAND_SHORT
from dxdesk.core.reports.common_doc import (
    Clips,
    appendix_title,
)
from dxdesk.core.reports.pdf import brief_data as bd


def _target_row(k: int, g: bd.TargetLine) -> list:
    if g.rank_goal:  # judged from an index rank: met or not (domain.rank_goal)
        goal, value = g.rank_goal, g.rank_used or "–"
        pct = "–" if not g.rank_used else ("Đạt" if g.band is Band.COMPLETED else "Chưa đạt")
        band = "Chưa có số liệu" if not g.rank_used else pct
    elif g.yes_no:  # a yes/no target: reached or not, never "0,0 % kế hoạch"
        goal = "Có" if g.goal else "–"
        value = "–" if g.value is None else ("Có" if g.value else "Chưa")
        pct = "–" if g.value is None else ("Đạt" if g.band is Band.COMPLETED else "Chưa đạt")
        band = "Chưa có số liệu" if g.value is None else pct
    else:
        goal, value, pct = fmt_number(g.goal), fmt_number(g.value), fmt_percent(g.percent)
        band = BAND_SHORT[g.band]
    return [str(k), g.code, g.text, g.pillar, g.agency, g.unit, goal, value, pct, band]


def appendices(data: bd.BriefData, attached: str, clips: Clips, *, tables: bool = True) -> list:
    """Phụ lục I (targets), II (tasks), III (texts shortened above), each on a new page.
    Without ``tables`` (the window's "appendices off") only the texts shortened above, then
    Phụ lục I: a shortened text is never lost."""
    if not tables:
        return _full_texts(attached, clips, 1)
    out: list = [
        NewPage(landscape=True),
        *appendix_title(1, f"Kết quả thực hiện mục tiêu đến {fmt_date(data.as_of)}", attached),
    ]
    rows: list[list] = [
        [
            "TT",
            "Mã",
            "Mục tiêu",
            "Trụ cột",
            "Cơ quan chủ trì",
            "Đơn vị tính",
            "Kế hoạch năm",
            "Kết quả",
            "% kế hoạch",
            "Mức độ",
        ]
    ]
    rows += [_target_row(k, g) for k, g in enumerate(data.targets, 1)]
    out.append(
        Table(
            rows,
            [0.04, 0.06, 0.26, 0.11, 0.13, 0.07, 0.08, 0.07, 0.08, 0.10],
            numeric=frozenset({6, 7, 8}),
        )
    )
    out += [
        NewPage(landscape=True),
        *appendix_title(2, f"Tình hình thực hiện nhiệm vụ đến {fmt_date(data.as_of)}", attached),
    ]
    rows = [
        [
            "TT",
            "Mã",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Thời hạn",
            "Tình trạng",
            "Tiến độ",
            "Ngày hoàn thành",
        ]
    ]
    for k, t in enumerate(data.tasks, 1):
        progress = t.timeliness.label if t.timeliness else ""
        if t.days_overdue:
            progress += f" {fmt_number(t.days_overdue)} ngày"
        rows.append(
            [
                str(k),
                t.code,
                t.text,
                t.agency,
                fmt_date(t.deadline),
                t.status.label,
                progress,
                fmt_date(t.completed_on),
            ]
        )
    out.append(Table(rows, [0.045, 0.065, 0.37, 0.15, 0.085, 0.095, 0.105, 0.085]))
    return out + _full_texts(attached, clips, 3)


def _full_texts(attached: str, clips: Clips, number: int) -> list:
    if not clips.full:
        return []
    out: list = [
        NewPage(landscape=False),
        *appendix_title(number, "Toàn văn các nội dung được rút gọn trong báo cáo", attached),
    ]
    for where, whole in clips.full:
        out.append(Para((*bold(f"{where}: "), Span(whole))))
    return out
