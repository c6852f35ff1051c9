"""The series the progress plots draw, built from the functions the brief and ``dxdesk
summary`` use (``summary.summarize``, ``queries``): a plot never counts anything itself.

Headless (no Qt): the GUI's plot widgets, ``dxdesk plot`` and the tests all receive these
plain frozen dataclasses. Functions named ``*_from(summary)`` derive a series from a summary
already computed (the overview page computes one anyway), without another query.
See docs/plots.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from dxdesk.core.domain import rank_goal, rules
from dxdesk.core.domain.enums import Direction, TargetKind
from dxdesk.core.domain.formats import percent_of, period_label
from dxdesk.core.errors import NotFound
from dxdesk.core.services import summary
from dxdesk.core.services.summary import BAND_KEYS, STATUS_KEYS, TIMELINESS_KEYS
from dxdesk.core.storage import models as m
from dxdesk.core.storage import queries
from dxdesk.core.storage.rank_queries import ranked_targets

QUARTER_ENDS = ((3, 31), (6, 30), (9, 30), (12, 31))
MAX_TREND_POINTS = 12  # more meeting dates than this: only the quarter ends (see trend_series)


# -- targets by pillar and band ----------------------------------------------------------------
@dataclass(frozen=True)
class BandRow:
    """One pillar's targets per band (``counts`` has every key of ``BAND_KEYS``)."""

    code: str
    label: str
    counts: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class BandSeries:
    """Targets by pillar × band at ``as_of``; ``totals`` is the summary's ``by_band``."""

    as_of: date
    rows: tuple[BandRow, ...]
    totals: Mapping[str, int]
    bands: tuple[str, ...] = tuple(BAND_KEYS)

    @property
    def total(self) -> int:
        return sum(self.totals.values())


def band_series_from(data: Mapping[str, Any]) -> BandSeries:
    """The band series of an already computed summary (no query)."""
    targets = data["targets"]
    rows = tuple(
        BandRow(p["code"], p["label"], {b: int(p[b]) for b in BAND_KEYS})
        for p in targets["by_pillar"]
    )
    totals = {b: int(targets["by_band"][b]) for b in BAND_KEYS}
    return BandSeries(date.fromisoformat(data["as_of"]), rows, totals)


def band_series(as_of: date) -> BandSeries:
    """Targets by pillar and band at ``as_of``: the figures of ``dxdesk summary``."""
    return band_series_from(summary.summarize(as_of, with_checks=False))


# -- tasks by status × timeliness --------------------------------------------------------------
@dataclass(frozen=True)
class TaskSeries:
    """Tasks at ``as_of`` by (status, timeliness): every pair of ``queries.TASK_STATES``
    (dropped tasks have no timeliness: their pair is ``("dropped", None)``)."""

    as_of: date
    counts: Mapping[tuple[str, str | None], int]

    def cell(self, status: str, timeliness: str | None) -> int:
        return self.counts.get((status, timeliness), 0)

    @property
    def by_status(self) -> dict[str, int]:
        out = dict.fromkeys(STATUS_KEYS, 0)
        for (status, _), n in self.counts.items():
            out[status] += n
        return out

    @property
    def by_timeliness(self) -> dict[str, int]:
        out = dict.fromkeys(TIMELINESS_KEYS, 0)
        for (_, timeliness), n in self.counts.items():
            if timeliness is not None:
                out[timeliness] += n
        return out

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def task_series(as_of: date) -> TaskSeries:
    """Tasks by status and timeliness at ``as_of``, from the tally ``summarize`` counts."""
    per_state = [0] * len(queries.TASK_STATES)
    for key, n in queries.task_state_tally(as_of).items():
        per_state[key[-1]] += n
    return TaskSeries(as_of, dict(zip(queries.TASK_STATES, per_state, strict=True)))


# -- lead agencies -----------------------------------------------------------------------------
@dataclass(frozen=True)
class AgencyRow:
    code: str
    label: str
    overdue: int
    in_progress: int
    total: int


@dataclass(frozen=True)
class AgencySeries:
    """Lead agencies with overdue or in-progress tasks, most overdue first (the summary's
    order), at most ``limit`` of them; ``left_out`` counts the others."""

    as_of: date
    rows: tuple[AgencyRow, ...]
    left_out: int = 0


def agency_series_from(data: Mapping[str, Any], limit: int | None = 15) -> AgencySeries:
    """The agency series of an already computed summary (no query)."""
    rows = [
        AgencyRow(a["code"], a["label"], int(a["overdue"]), int(a["in_progress"]), int(a["total"]))
        for a in data["tasks"]["overdue_by_agency"]
    ]
    shown = rows if limit is None else rows[:limit]
    return AgencySeries(date.fromisoformat(data["as_of"]), tuple(shown), len(rows) - len(shown))


def agency_series(as_of: date, limit: int | None = 15) -> AgencySeries:
    """Overdue and in-progress tasks by lead agency at ``as_of``, sorted as in the brief."""
    return agency_series_from(summary.summarize(as_of, with_checks=False), limit)


# -- the trend over the period -----------------------------------------------------------------
@dataclass(frozen=True)
class TrendPoint:
    """The summary's shares at one date: a quarter end, a meeting or the as-of date."""

    day: date
    kind: str  # "quarter", "meeting" or "as_of"
    label: str
    targets_done: int
    targets_total: int
    tasks_done: int
    tasks_total: int

    @property
    def targets_share(self) -> float | None:
        """% of targets completed (the "completed" band)."""
        return percent_of(self.targets_done, self.targets_total)

    @property
    def tasks_share(self) -> float | None:
        """% of tasks done at that date."""
        return percent_of(self.tasks_done, self.tasks_total)


@dataclass(frozen=True)
class TrendSeries:
    as_of: date
    period_start: date
    points: tuple[TrendPoint, ...]
    thinned: bool = False  # too many meetings: only the quarter ends and as_of are shown


def trend_dates(
    as_of: date, period_start: date | None = None, max_points: int = MAX_TREND_POINTS
) -> tuple[list[tuple[date, str, str]], bool]:
    """(day, kind, label) of the trend's points and whether meetings were left out: the quarter
    ends and the meetings from ``period_start`` (default: 1 January of the as-of year) to
    ``as_of``, and ``as_of`` itself. A register with more dates than ``max_points`` (the
    bench's synthetic province holds a meeting every other day) keeps only the quarter ends."""
    start = period_start or date(as_of.year, 1, 1)
    points: dict[date, tuple[str, str]] = {}
    for year in range(start.year, as_of.year + 1):
        for q, (month, day) in enumerate(QUARTER_ENDS, start=1):
            end = date(year, month, day)
            if start <= end <= as_of:
                points[end] = ("quarter", f"Hết {period_label(f'{year}-Q{q}')}")
    quarters = dict(points)
    for code, title, held, _kind in queries.meetings().values():
        held = date.fromisoformat(held) if isinstance(held, str) else held
        if start <= held <= as_of:
            points[held] = ("meeting", title or code)
    thinned = len(points) + (as_of not in points) > max_points
    if thinned:
        points = quarters
    points.setdefault(as_of, ("as_of", "Ngày tính số liệu"))
    return [(d, *points[d]) for d in sorted(points)], thinned


def trend_series(
    as_of: date, period_start: date | None = None, max_points: int = MAX_TREND_POINTS
) -> TrendSeries:
    """Shares of targets completed and of tasks done at each date of ``trend_dates``,
    each computed by ``summarize`` at that date (so each point is a brief's figure)."""
    start = period_start or date(as_of.year, 1, 1)
    dates, thinned = trend_dates(as_of, start, max_points)
    points = []
    for day, kind, label in dates:
        data = summary.summarize(day, with_checks=False)
        targets, tasks = data["targets"], data["tasks"]
        points.append(
            TrendPoint(
                day,
                kind,
                label,
                targets["by_band"]["completed"],
                targets["total"],
                tasks["by_status"]["done"],
                tasks["total"],
            )
        )
    return TrendSeries(as_of, start, tuple(points), thinned)


# -- one target's trajectory -------------------------------------------------------------------
@dataclass(frozen=True)
class TrajectoryPoint:
    day: date
    period: str
    value: float


@dataclass(frozen=True)
class Trajectory:
    """A target's baseline, measurements (up to ``as_of``), yearly milestones and target."""

    code: str
    text: str
    unit: str
    direction: str
    kind: str
    baseline: float | None
    assigned_on: date | None
    target_value: float | None
    deadline: date | None
    measurements: tuple[TrajectoryPoint, ...]
    milestones: tuple[tuple[int, float], ...]
    as_of: date
    percent: float | None  # % of plan at as_of (the rule summarize applies)
    band: str


def target_trajectory(code: str, as_of: date | None = None) -> Trajectory:
    """The trajectory of target ``code`` as measured by ``as_of`` (default: today)."""
    as_of = as_of or date.today()
    target = m.Target.get_or_none(m.Target.code == code)
    if target is None:
        raise NotFound(f"Không có mục tiêu mã “{code}”.")
    if target.rollup != "single":  # the units' values, rolled up period by period
        from dxdesk.core.services.units import rolled_series

        measured = rolled_series(target, as_of)
    else:  # the committee's own values (units' values do not make the target's)
        measured = list(
            m.Measurement.select(
                m.Measurement.measured_on, m.Measurement.period, m.Measurement.value
            )
            .where(
                (m.Measurement.target == target.id)
                & (m.Measurement.measured_on <= as_of)
                & m.Measurement.unit.is_null()
            )
            .order_by(m.Measurement.measured_on, m.Measurement.id)
            .tuples()
        )
    milestones = tuple(
        (int(y), float(v))
        for y, v in m.Milestone.select(m.Milestone.year, m.Milestone.value)
        .where(m.Milestone.target == target.id)
        .order_by(m.Milestone.year)
        .tuples()
    )
    latest = measured[-1][2] if measured else None  # ordered as target_rows' "latest"
    facts = rules.TargetFacts(
        Direction(target.direction), TargetKind(target.kind), target.target_value, milestones
    )
    percent = rules.percent_of_plan(facts, latest, as_of)
    ranked = ranked_targets(as_of, target.id).get(target.id)
    if ranked is not None:  # judged from an index rank: its ranks are the trajectory
        measured = _rank_points(ranked, as_of)
        percent = rank_goal.percent_of(ranked.judgement)
    return Trajectory(
        code=target.code,
        text=target.text,
        unit=target.unit or "",
        direction=target.direction,
        kind=target.kind,
        baseline=target.baseline,
        assigned_on=_day(target.assigned_on),
        target_value=target.target_value,
        deadline=_day(target.deadline),
        measurements=tuple(TrajectoryPoint(_day(d), p, float(v)) for d, p, v in measured),
        milestones=milestones,
        as_of=as_of,
        percent=percent,
        band=rules.band_of(percent).value,
    )


def _rank_points(ranked: Any, as_of: date) -> list[tuple[date, str, float]]:
    """(31/12 of the year, year, rank) of each rank published for a rank goal by ``as_of``."""
    from dxdesk.core.services.indices import scores

    out = []
    for e in scores(ranked.family, as_of.year):
        same = e["unit"] == ranked.unit and (e["component"] or "") == ranked.component
        if same and e["rank"] is not None:
            out.append((date(e["year"], 12, 31), str(e["year"]), float(e["rank"])))
    return sorted(out)


@dataclass(frozen=True)
class TargetChoice:
    code: str
    text: str
    band: str


def target_choices(as_of: date) -> list[TargetChoice]:
    """Targets assigned by ``as_of`` (the register's order) with their band then."""
    return [
        TargetChoice(r.code, r.text, rules.band_of(summary.target_percent(r, as_of)).value)
        for r in queries.target_rows(as_of)
    ]


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# -- the overview's bundle ---------------------------------------------------------------------
@dataclass(frozen=True)
class OverviewSeries:
    """What the overview's plots show at once (the trend and trajectories come on demand)."""

    bands: BandSeries
    tasks: TaskSeries
    agencies: AgencySeries


def overview_series(as_of: date, data: Mapping[str, Any] | None = None) -> OverviewSeries:
    """The overview's series at ``as_of``; ``data``: a summary at that date already computed."""
    data = data if data is not None else summary.summarize(as_of, with_checks=False)
    return OverviewSeries(band_series_from(data), task_series(as_of), agency_series_from(data))
