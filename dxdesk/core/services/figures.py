"""Figure checks: compare every figure an official report printed with what dxdesk computes.

A published figure is never "corrected": a mismatch is reported, and the secretariat decides.
Percentages are accepted when they equal the computed share rounded half up *or* truncated at
the printed precision (official reports do both); anything else is a mismatch.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from dxdesk.core.domain.formats import fmt_number, fmt_percent, round_half_up, truncate
from dxdesk.core.storage import models as m

METRIC_LABELS = {
    "targets.total": "Tổng số mục tiêu",
    "targets.by_band.completed": "Mục tiêu hoàn thành và vượt kế hoạch",
    "targets.by_band.above_70": "Mục tiêu đạt trên 70%",
    "targets.by_band.from_50_to_70": "Mục tiêu đạt 50%–70%",
    "targets.by_band.below_50": "Mục tiêu đạt dưới 50%",
    "targets.by_status.done": "Mục tiêu đã hoàn thành",
    "tasks.total": "Tổng số nhiệm vụ",
    "tasks.by_status.done": "Nhiệm vụ đã hoàn thành",
    "tasks.by_status.in_progress": "Nhiệm vụ đang thực hiện",
    "tasks.by_status.not_started": "Nhiệm vụ chưa thực hiện",
    "tasks.by_timeliness.overdue": "Nhiệm vụ quá hạn",
    "tasks.completion_rate": "Tỷ lệ hoàn thành nhiệm vụ",
}


@dataclass(frozen=True)
class FigureCheck:
    """One mismatch between a printed figure and the register."""

    code: str
    metric: str
    as_of: str
    printed: str
    computed: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _lookup(summary: dict[str, Any], metric: str) -> Any:
    node: Any = summary
    for part in metric.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def percent_matches(printed: float, exact: float, places: int) -> bool:
    """True when ``printed`` is ``exact`` rounded half up or truncated at ``places``."""
    return printed in (round_half_up(exact, places), truncate(exact, places))


def _check_one(fig: m.PublishedFigure, summary: dict[str, Any]) -> list[str]:
    label = METRIC_LABELS.get(fig.metric, fig.metric)
    computed = _lookup(summary, fig.metric)
    total = _lookup(summary, fig.metric.split(".")[0] + ".total")
    problems = []
    if computed is None:
        return [f"{label}: dxdesk không tính chỉ số “{fig.metric}”."]
    if fig.metric.endswith("completion_rate"):
        if fig.percent is not None and not percent_matches(fig.percent, computed, 2):
            problems.append(f"{label}: báo cáo ghi {fmt_percent(fig.percent, fig.percent_places)}"
                            f", sổ tính được {fmt_percent(computed, 2)}.")  # fmt: skip
        return problems
    if fig.value is not None and fig.value != computed:
        problems.append(f"{label}: báo cáo ghi {fmt_number(fig.value)}, sổ có "
                        f"{fmt_number(computed)}.")  # fmt: skip
    if fig.denominator is not None and total is not None and fig.denominator != total:
        problems.append(f"{label}: báo cáo ghi trên tổng {fmt_number(fig.denominator)}, sổ có "
                        f"{fmt_number(total)}.")  # fmt: skip
    if fig.percent is not None:
        problems += _check_percent(fig, label, computed, total)
    return problems


def _check_percent(fig: m.PublishedFigure, label: str, computed: Any, total: Any) -> list[str]:
    places = fig.percent_places or 0
    problems = []
    if fig.value is not None and fig.denominator:
        exact = fig.value * 100 / fig.denominator
        if not percent_matches(fig.percent, exact, places):
            problems.append(
                f"{label}: báo cáo ghi {fmt_number(fig.value)}/{fmt_number(fig.denominator)} là "
                f"{fmt_percent(fig.percent, places)}, nhưng {fmt_number(fig.value)}/"
                f"{fmt_number(fig.denominator)} là {fmt_percent(exact, max(places, 1))}."
            )
    if total:
        exact = computed * 100 / total
        if not percent_matches(fig.percent, exact, places):
            problems.append(f"{label}: báo cáo ghi {fmt_percent(fig.percent, places)}, sổ tính "
                            f"được {fmt_percent(exact, max(places, 1))}.")  # fmt: skip
    return problems


def check_figures(summaries: dict[date, dict[str, Any]] | None = None) -> list[FigureCheck]:
    """Every mismatch between the published figures and the register at their dates."""
    from dxdesk.core.services.summary import summarize

    cache = dict(summaries or {})
    out = []
    for fig in m.PublishedFigure.select().order_by(m.PublishedFigure.as_of, m.PublishedFigure.code):
        if fig.as_of not in cache:
            cache[fig.as_of] = summarize(fig.as_of, with_checks=False)
        computed = _lookup(cache[fig.as_of], fig.metric)
        for message in _check_one(fig, cache[fig.as_of]):
            printed = fig.printed_text or fmt_number(fig.value)
            out.append(FigureCheck(fig.code, fig.metric, fig.as_of.isoformat(), printed,
                                   "" if computed is None else str(computed), message))  # fmt: skip
    return out


def published_count() -> int:
    """How many published figures the register keeps (what ``check_figures`` checks)."""
    return m.PublishedFigure.select().count()
