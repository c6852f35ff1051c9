"""Figure checks: compare every figure an official report printed with what dxdesk computes.

A published figure is never "corrected": a mismatch is reported, and the secretariat decides.
Percentages are accepted when they equal the computed share rounded half up *or* truncated at
the printed precision (official reports do both); anything else is a mismatch. Each key has
its own denominator (``domain.figure_keys``, docs/figures.md): a pillar's share is judged
against the pillar's total. A wrong figure is one mismatch, whatever is wrong with it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from dxdesk.core.domain import figure_keys
from dxdesk.core.domain.formats import fmt_number, fmt_percent, round_half_up, truncate
from dxdesk.core.storage import models as m


@dataclass(frozen=True)
class FigureCheck:
    """One mismatch between a printed figure and the register."""

    code: str
    metric: str
    as_of: str
    printed: str
    computed: str
    message: str  # every problem of the figure, in one paragraph
    label: str = ""  # the key's Vietnamese name
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def percent_matches(printed: float, exact: float, places: int) -> bool:
    """True when ``printed`` is ``exact`` rounded half up or truncated at ``places``."""
    return printed in (round_half_up(exact, places), truncate(exact, places))


def unit_value(target: str, unit: str, as_of: date) -> float | None:
    """The latest value unit ``unit`` reported for target ``target`` by ``as_of``."""
    row = (
        m.Measurement.select(m.Measurement.value)
        .join(m.Target, on=(m.Target.id == m.Measurement.target))
        .switch(m.Measurement)
        .join(m.Agency, on=(m.Agency.id == m.Measurement.unit))
        .where(
            (m.Target.code == target)
            & (m.Agency.code == unit)
            & (m.Measurement.measured_on <= as_of)
        )
        .order_by(m.Measurement.measured_on.desc(), m.Measurement.id.desc())
        .first()
    )
    return None if row is None else row.value


def _check_one(fig: m.PublishedFigure, summary: dict[str, Any]) -> tuple[str, Any, list[str]]:
    """(the key's Vietnamese name, the register's value, every problem of one figure)."""
    try:
        r = figure_keys.resolve(fig.metric, summary, lambda t, u: unit_value(t, u, fig.as_of))
    except ValueError as exc:
        return fig.metric, None, [str(exc)]
    label, computed, total = r.label, r.value, r.total
    if computed is None:
        return label, None, [f"{label}: sổ chưa có số liệu để đối chiếu."]
    problems = []
    if r.percent_only:
        if fig.percent is not None and not percent_matches(fig.percent, computed, 2):
            problems.append(
                f"{label}: báo cáo ghi {fmt_percent(fig.percent, fig.percent_places)}"
                f", sổ tính được {fmt_percent(computed, 2)}."
            )
        return label, computed, problems
    if fig.value is not None and fig.value != computed:
        problems.append(
            f"{label}: báo cáo ghi {fmt_number(fig.value)}, sổ có {fmt_number(computed)}."
        )
    if fig.denominator is not None and total is not None and fig.denominator != total:
        problems.append(
            f"{label}: báo cáo ghi trên tổng {fmt_number(fig.denominator)}, sổ có "
            f"{fmt_number(total)}."
        )
    if fig.percent is not None:
        problems += _check_percent(fig, label, computed, total)
    return label, computed, problems


def _check_percent(fig: m.PublishedFigure, label: str, computed: Any, total: Any) -> list[str]:
    """The printed percentage against the printed count over the printed total, then against
    the register's count over the key's own total (a pillar's figure: the pillar's total)."""
    places = fig.percent_places or 0
    if fig.value is not None and fig.denominator:
        exact = fig.value * 100 / fig.denominator
        if not percent_matches(fig.percent, exact, places):
            return [
                f"{label}: báo cáo ghi {fmt_number(fig.value)}/{fmt_number(fig.denominator)}"
                f" là {fmt_percent(fig.percent, places)}, nhưng {fmt_number(fig.value)}/"
                f"{fmt_number(fig.denominator)} là {fmt_percent(exact, max(places, 1))}."
            ]
    if total:
        exact = computed * 100 / total
        if not percent_matches(fig.percent, exact, places):
            return [
                f"{label}: báo cáo ghi {fmt_percent(fig.percent, places)}, sổ tính được "
                f"{fmt_number(computed)}/{fmt_number(total)} là "
                f"{fmt_percent(exact, max(places, 1))}."
            ]
    return []


def check_figures(summaries: dict[date, dict[str, Any]] | None = None) -> list[FigureCheck]:
    """Every mismatch between the published figures and the register at their dates."""
    from dxdesk.core.services.summary import summarize

    cache = dict(summaries or {})
    out = []
    for fig in m.PublishedFigure.select().order_by(m.PublishedFigure.as_of, m.PublishedFigure.code):
        if fig.as_of not in cache:
            cache[fig.as_of] = summarize(fig.as_of, with_checks=False)
        label, computed, problems = _check_one(fig, cache[fig.as_of])
        if problems:  # one entry per wrong figure, however many things are wrong with it
            printed = fig.printed_text or fmt_number(fig.value)
            out.append(
                FigureCheck(
                    fig.code,
                    fig.metric,
                    fig.as_of.isoformat(),
                    printed,
                    "" if computed is None else str(computed),
                    " ".join(problems),
                    label,
                    problems,
                )
            )
    return out


def published_count() -> int:
    """How many published figures the register keeps (what ``check_figures`` checks)."""
    return m.PublishedFigure.select().count()
