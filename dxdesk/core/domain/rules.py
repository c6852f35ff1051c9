"""The rules officials apply to targets and tasks, as pure functions of plain values.

Decisions (also in docs/decisions.md), because the official reports do not define them:

* % of plan = achieved ÷ goal for higher-is-better targets and goal ÷ achieved for
  lower-is-better ones (ranks: reaching rank 17 with a goal of 20 is 117,6 %). The goal is
  the milestone of the as-of year when the target has one, else the final target value.
  The baseline is informative only: official reports compare with the plan, not the start.
* A yes/no target is 100 % when achieved (value ≠ 0) and 0 % when not.
* Bands: ≥ 100 % completed; > 70 % and < 100 % above 70; 50 % ≤ x ≤ 70 % from 50 to 70
  (both edges in the middle band, as "đạt 50%–70%" reads); < 50 % below 50; no
  measurement on or before the as-of date: no data. Percentages are compared after rounding
  to 6 decimals so that binary noise (69.99999999) never moves a target across an edge.
* A task exists from its assignment date; its status at an as-of date is read from its dates
  (started, completed), so an earlier as-of date gives the figures of that moment.
* Completion rate = done ÷ (done + overdue) (QĐ 42/2014/QĐ-TTg), tasks that are dropped,
  on track or without a deadline are left out of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dxdesk.core.domain.enums import (
    Band,
    ConclusionState,
    Direction,
    TargetKind,
    TargetStatus,
    TaskStatus,
    Timeliness,
)

DUE_SOON_DAYS = 7  # an on-track task due within this many days is "sắp đến hạn"
STALE_AFTER_DAYS = 90  # a register untouched this long opens at its last activity date


@dataclass(frozen=True)
class TargetFacts:
    """What the rules need to know of a target."""

    direction: Direction = Direction.HIGHER_IS_BETTER
    kind: TargetKind = TargetKind.NUMERIC
    target_value: float | None = None
    milestones: tuple[tuple[int, float], ...] = ()  # (year, value)


@dataclass(frozen=True)
class Measurement:
    measured_on: date
    value: float


@dataclass(frozen=True)
class TaskFacts:
    """What the rules need to know of a task."""

    status: TaskStatus
    assigned_on: date | None = None
    started_on: date | None = None
    completed_on: date | None = None
    deadline: date | None = None


def latest_measurement(measurements: list[Measurement], as_of: date) -> Measurement | None:
    """The most recent measurement taken on or before the as-of date."""
    known = [m for m in measurements if m.measured_on <= as_of]
    return max(known, key=lambda m: m.measured_on) if known else None


def goal_for(target: TargetFacts, as_of: date) -> float | None:
    """The value the target is judged against in the as-of year (milestone or final value)."""
    for year, value in target.milestones:
        if year == as_of.year:
            return value
    return target.target_value


def percent_of_plan(target: TargetFacts, value: float | None, as_of: date) -> float | None:
    """% of plan reached by ``value`` at ``as_of``; None when nothing is measured."""
    if value is None:
        return None
    if target.kind is TargetKind.YES_NO:
        return 100.0 if value else 0.0
    goal = goal_for(target, as_of)
    if goal is None:
        return None
    if target.direction is Direction.LOWER_IS_BETTER:
        if value <= 0:
            return 100.0 if goal >= value else 0.0
        return goal * 100.0 / value
    if goal == 0:
        return 100.0 if value >= 0 else 0.0
    return value * 100.0 / goal


# The band edges, in % of plan (module docstring): completed from COMPLETED_FROM; above 70
# over ABOVE_70_OVER; from 50 to 70 from MIDDLE_FROM (both edges in it); below 50 under it.
COMPLETED_FROM = 100.0
ABOVE_70_OVER = 70.0
MIDDLE_FROM = 50.0
PERCENT_PLACES = 6  # percentages are compared rounded to this many decimals


def band_of(percent: float | None) -> Band:
    """The official band of a % of plan (edges in the module docstring)."""
    if percent is None:
        return Band.NO_DATA
    p = round(percent, PERCENT_PLACES)
    if p >= COMPLETED_FROM:
        return Band.COMPLETED
    if p > ABOVE_70_OVER:
        return Band.ABOVE_70
    if p >= MIDDLE_FROM:
        return Band.FROM_50_TO_70
    return Band.BELOW_50


def target_status(band: Band) -> TargetStatus:
    """The two-way status reports also print: done only when the plan is reached."""
    return TargetStatus.DONE if band is Band.COMPLETED else TargetStatus.IN_PROGRESS


def task_exists(task: TaskFacts, as_of: date) -> bool:
    """A task counts from the day it was assigned (a plan's date, a meeting's date)."""
    return task.assigned_on is None or task.assigned_on <= as_of


def task_status_at(task: TaskFacts, as_of: date) -> TaskStatus:
    """The status the task had at ``as_of``, read from its dates."""
    closed = task.completed_on is None or task.completed_on <= as_of
    if task.status is TaskStatus.DONE and task.completed_on and task.completed_on <= as_of:
        return TaskStatus.DONE
    if task.status is TaskStatus.DROPPED and closed:
        return TaskStatus.DROPPED
    if task.started_on is not None:
        return TaskStatus.IN_PROGRESS if task.started_on <= as_of else TaskStatus.NOT_STARTED
    if task.status in (TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.DROPPED):
        return TaskStatus.IN_PROGRESS  # work began at an unrecorded date: assume it had begun
    return TaskStatus.NOT_STARTED


def timeliness_of(task: TaskFacts, as_of: date) -> Timeliness | None:
    """Status × deadline at ``as_of``; None for a dropped task (left out of every rate)."""
    status = task_status_at(task, as_of)
    if status is TaskStatus.DROPPED:
        return None
    if status is TaskStatus.DONE:
        on_time = task.deadline is None or task.completed_on <= task.deadline
        return Timeliness.DONE_ON_TIME if on_time else Timeliness.DONE_LATE
    if task.deadline is None:
        return Timeliness.NO_DEADLINE
    return Timeliness.OVERDUE if as_of > task.deadline else Timeliness.ON_TRACK


def is_due_soon(task: TaskFacts, as_of: date, days: int = DUE_SOON_DAYS) -> bool:
    """Not done, within its deadline, and due within ``days`` days ("sắp đến hạn")."""
    if timeliness_of(task, as_of) is not Timeliness.ON_TRACK:
        return False
    return (task.deadline - as_of).days <= days


def days_overdue(task: TaskFacts, as_of: date) -> int:
    """How many days past its deadline an unfinished task is at ``as_of`` (0 if not overdue)."""
    if timeliness_of(task, as_of) is not Timeliness.OVERDUE:
        return 0
    return (as_of - task.deadline).days


def opening_as_of(latest_activity: date | None, today: date) -> date:
    """Today; for a register nobody has touched in months (an archive, the demo), the day of
    its last activity, so the figures are the ones of that time."""
    if latest_activity is not None and (today - latest_activity).days > STALE_AFTER_DAYS:
        return latest_activity
    return today


def completion_rate(done: int, overdue: int) -> float | None:
    """done ÷ (done + overdue) in percent, unrounded; None when both are zero."""
    denominator = done + overdue
    return done * 100.0 / denominator if denominator else None


def conclusion_state(
    *, done: int, in_progress: int, active: int, has_target: bool
) -> ConclusionState:
    """What came of a conclusion item from the tasks made from it at a date (``active``: not
    dropped) and whether a target came from it (docs/decisions.md, "Conclusions")."""
    if not active:
        return ConclusionState.IN_PROGRESS if has_target else ConclusionState.NOT_ASSIGNED
    if done == active:
        return ConclusionState.DONE
    if done or in_progress or has_target:
        return ConclusionState.IN_PROGRESS
    return ConclusionState.NOT_STARTED
