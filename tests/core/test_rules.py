"""The official rules: % of plan, bands and their edges, task state at a date, rates."""

from datetime import date

import pytest

from dxdesk.core.domain import rules
from dxdesk.core.domain.enums import Band, Direction, TargetKind, TaskStatus, Timeliness
from dxdesk.core.domain.rules import TargetFacts, TaskFacts

D = date(2023, 12, 19)


@pytest.mark.parametrize(
    ("percent", "band"),
    [
        (100.0, Band.COMPLETED),
        (135.0, Band.COMPLETED),
        (99.99, Band.ABOVE_70),
        (70.001, Band.ABOVE_70),
        (70.0, Band.FROM_50_TO_70),  # exactly 70 %: "đạt 50%–70%"
        (69.99999999999, Band.FROM_50_TO_70),
        (50.0, Band.FROM_50_TO_70),  # exactly 50 %: still the middle band
        (49.99, Band.BELOW_50),
        (0.0, Band.BELOW_50),
        (None, Band.NO_DATA),
    ],
)
def test_band_edges(percent, band):
    assert rules.band_of(percent) is band


def test_binary_noise_does_not_move_a_target_across_the_70_edge():
    facts = TargetFacts(target_value=1.0)
    assert rules.band_of(rules.percent_of_plan(facts, 0.7, D)) is Band.FROM_50_TO_70


def test_higher_is_better_is_value_over_goal():
    facts = TargetFacts(target_value=80.0)
    assert rules.percent_of_plan(facts, 60.0, D) == pytest.approx(75.0)


def test_lower_is_better_rank_beats_its_goal():
    facts = TargetFacts(direction=Direction.LOWER_IS_BETTER, target_value=20.0)
    assert rules.percent_of_plan(facts, 17.0, D) == pytest.approx(117.647, rel=1e-4)
    assert rules.percent_of_plan(facts, 40.0, D) == pytest.approx(50.0)


def test_yearly_milestone_is_the_goal_of_its_year():
    facts = TargetFacts(target_value=100.0, milestones=((2023, 60.0), (2024, 80.0)))
    assert rules.percent_of_plan(facts, 60.0, D) == pytest.approx(100.0)
    assert rules.percent_of_plan(facts, 60.0, date(2025, 6, 30)) == pytest.approx(60.0)


def test_yes_no_target_is_all_or_nothing():
    facts = TargetFacts(kind=TargetKind.YES_NO, target_value=1.0)
    assert rules.band_of(rules.percent_of_plan(facts, 1.0, D)) is Band.COMPLETED
    assert rules.band_of(rules.percent_of_plan(facts, 0.0, D)) is Band.BELOW_50


def test_latest_measurement_ignores_the_future():
    ms = [rules.Measurement(date(2023, 6, 30), 10), rules.Measurement(date(2023, 12, 31), 20)]
    assert rules.latest_measurement(ms, D).value == 10
    assert rules.latest_measurement(ms, date(2023, 1, 1)) is None


def test_target_status_is_done_only_when_completed():
    assert rules.target_status(Band.COMPLETED).value == "done"
    assert rules.target_status(Band.ABOVE_70).value == "in_progress"


def test_task_state_is_read_from_its_dates():
    task = TaskFacts(
        TaskStatus.DONE,
        date(2023, 3, 10),
        date(2023, 4, 1),
        date(2023, 9, 1),
        deadline=date(2023, 6, 30),
    )
    assert rules.task_status_at(task, date(2023, 3, 20)) is TaskStatus.NOT_STARTED
    assert rules.task_status_at(task, date(2023, 5, 1)) is TaskStatus.IN_PROGRESS
    assert rules.timeliness_of(task, date(2023, 7, 1)) is Timeliness.OVERDUE
    assert rules.days_overdue(task, date(2023, 7, 1)) == 1
    assert rules.task_status_at(task, D) is TaskStatus.DONE
    assert rules.timeliness_of(task, D) is Timeliness.DONE_LATE


def test_done_on_its_deadline_is_on_time():
    task = TaskFacts(TaskStatus.DONE, completed_on=date(2023, 6, 30), deadline=date(2023, 6, 30))
    assert rules.timeliness_of(task, D) is Timeliness.DONE_ON_TIME


def test_not_done_without_deadline_and_due_soon():
    assert rules.timeliness_of(TaskFacts(TaskStatus.IN_PROGRESS), D) is Timeliness.NO_DEADLINE
    soon = TaskFacts(TaskStatus.IN_PROGRESS, deadline=date(2023, 12, 25))
    assert rules.timeliness_of(soon, D) is Timeliness.ON_TRACK
    assert rules.is_due_soon(soon, D)
    assert not rules.is_due_soon(soon, date(2023, 12, 1))


def test_deadline_day_itself_is_not_overdue():
    task = TaskFacts(TaskStatus.IN_PROGRESS, deadline=D)
    assert rules.timeliness_of(task, D) is Timeliness.ON_TRACK


def test_dropped_task_is_left_out_of_timeliness():
    task = TaskFacts(TaskStatus.DROPPED, completed_on=date(2023, 5, 1), deadline=date(2023, 4, 1))
    assert rules.task_status_at(task, D) is TaskStatus.DROPPED
    assert rules.timeliness_of(task, D) is None


def test_completion_rate_is_done_over_done_plus_overdue():
    assert rules.completion_rate(50, 4) == pytest.approx(92.5925925)
    assert rules.completion_rate(0, 0) is None


@pytest.mark.parametrize(
    ("done", "in_progress", "active", "has_target", "state"),
    [
        (0, 0, 0, False, "not_assigned"),  # nothing was made from the item yet
        (0, 0, 0, True, "in_progress"),  # it became a target
        (2, 0, 2, False, "done"),
        (1, 0, 2, False, "in_progress"),
        (0, 1, 2, False, "in_progress"),
        (0, 0, 2, False, "not_started"),
        (0, 0, 1, True, "in_progress"),
    ],
)
def test_what_came_of_a_conclusion_item(done, in_progress, active, has_target, state):
    result = rules.conclusion_state(
        done=done, in_progress=in_progress, active=active, has_target=has_target
    )
    assert result.value == state
