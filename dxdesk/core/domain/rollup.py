"""How the values of many reporting units make one target value (DOMAIN.md §4).

The rules, stated once (docs/units.md):

- ``single``: the target has one value, the committee's own (unit left empty). Values of
  units are shown but never enter the target's band: a district's own KPI is followed
  without pretending it is the province's.
- ``sum``: the sum of the values of the units that reported for the period.
- ``mean``: their arithmetic mean (each unit counts once, whatever its size).
- ``count_reached``: how many of the units that reported reached the unit goal
  (``unit_goal``: a value ≥ the goal when higher is better, ≤ when lower is better; a value
  equal to the goal has reached it). The figure is "n of N", N = units that reported: a unit
  that did not report is not counted as failing, so enter 0 for a unit known to fall short.

A period without any unit value has no rolled-up value (None), never 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SINGLE, SUM, MEAN, COUNT_REACHED = "single", "sum", "mean", "count_reached"


@dataclass(frozen=True)
class RolledUp:
    value: float | None  # the target's value for the period (n for count_reached)
    units: int  # how many units reported (N)
    reached: int | None = None  # count_reached: how many reached the unit goal


def reached(value: float, goal: float, lower_is_better: bool) -> bool:
    """Whether one unit's value reaches the unit goal (equal counts as reached)."""
    return value <= goal if lower_is_better else value >= goal


def roll_up(
    rule: str,
    values: Sequence[float],
    *,
    unit_goal: float | None = None,
    lower_is_better: bool = False,
) -> RolledUp:
    """The target value the units' ``values`` of one period make under ``rule``."""
    n = len(values)
    if rule == SINGLE or n == 0:
        return RolledUp(None, n)
    if rule == SUM:
        return RolledUp(float(sum(values)), n)
    if rule == MEAN:
        return RolledUp(sum(values) / n, n)
    if rule == COUNT_REACHED:
        if unit_goal is None:
            return RolledUp(None, n)
        count = sum(1 for v in values if reached(v, unit_goal, lower_is_better))
        return RolledUp(float(count), n, count)
    raise ValueError(rule)
