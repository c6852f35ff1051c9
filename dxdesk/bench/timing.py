"""Timing helpers of ``dxdesk bench``: best of N runs, and the result of one entry.

Each entry of the bench times a dxdesk path beside its *floor*: the same work done by the
plainest tool (hand-written sqlite3 SQL, openpyxl's read-only reader), measured in the same run
on the same data, so that the ratio says what dxdesk's own layers cost, whatever the machine.
Each entry names its floor (``floor``, printed with the table and in ``--json``). A ratio within
±10 % of 1 is reported as "equal": run to run, the shared machine moves more than that.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dxdesk.core.errors import DxError

EQUAL_WITHIN = 0.10  # |ratio - 1| up to this: "equal" (bằng nhau)


class BenchMismatch(DxError):
    """A floor did not compute what the measured path computed: the comparison would lie."""


def progress(message: str) -> None:
    """A progress line for people (stderr: stdout stays clean for --json)."""
    print(message, file=sys.stderr, flush=True)


def best_of(
    fn: Callable[..., Any],
    *,
    repeat: int = 5,
    warmup: bool = True,
    setup: Callable[[], Any] | None = None,
    teardown: Callable[[Any], None] | None = None,
) -> tuple[float, Any]:
    """(best wall time in seconds, result of the last run) of ``repeat`` runs of ``fn``.

    With ``setup``, each run (and the warm-up) calls ``fn(setup())`` and the setup is not
    timed; ``teardown(value)`` runs after each call, untimed too. The warm-up run is not
    counted: it pays for imports, caches and the first page reads.
    """
    best = float("inf")
    result: Any = None
    for i in range(repeat + (1 if warmup else 0)):
        arg = setup() if setup is not None else None
        try:
            start = time.perf_counter()
            result = fn(arg) if setup is not None else fn()
            elapsed = time.perf_counter() - start
        finally:
            if teardown is not None:
                teardown(arg)
        if warmup and i == 0:
            continue
        best = min(best, elapsed)
    return best, result


@dataclass(frozen=True)
class Goal:
    """What an entry must achieve: an absolute time and/or a ratio to its floor."""

    max_seconds: float | None = None
    max_ratio: float | None = None

    def met(self, seconds: float | None, ratio: float | None) -> bool | None:
        checks = []
        if self.max_seconds is not None and seconds is not None:
            checks.append(seconds <= self.max_seconds)
        if self.max_ratio is not None and ratio is not None:
            checks.append(ratio <= self.max_ratio)
        return all(checks) if checks else None

    def text(self) -> str:
        """'≤ 1,5 × sàn; < 100 ms' (Vietnamese decimal comma)."""
        from dxdesk.core.domain.formats import fmt_number

        parts = []
        if self.max_ratio is not None:
            parts.append(f"≤ {fmt_number(self.max_ratio)} × sàn")
        if self.max_seconds is not None:
            s = self.max_seconds
            parts.append(f"< {fmt_number(s * 1000)} ms" if s < 1 else f"< {fmt_number(s)} s")
        return "; ".join(parts)


@dataclass(frozen=True)
class Entry:
    """One line of the bench: seconds of the dxdesk path, of its floor, and their ratio."""

    name: str
    seconds: float | None
    floor_seconds: float | None
    ratio: float | None
    goal: Goal | None = None
    goal_text: str = ""  # a goal given as text only (entries of other providers)
    label: str = ""  # the Vietnamese name shown in the table (default: ``name``)
    floor: str = ""  # what the floor does (the same work, by the plainest tool)

    @classmethod
    def measured(
        cls,
        name: str,
        seconds: float,
        floor_seconds: float | None,
        goal: Goal | None = None,
        label: str = "",
        floor: str = "",
    ) -> Entry:
        ratio = seconds / floor_seconds if floor_seconds else None
        return cls(name, seconds, floor_seconds, ratio, goal, label=label, floor=floor)

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Entry:
        """An entry given as a dict ``{name, seconds, floor_seconds, ratio[, goal, label,
        floor]}``."""
        goal = data.get("goal")
        return cls(
            str(data["name"]),
            data.get("seconds"),
            data.get("floor_seconds"),
            data.get("ratio"),
            goal if isinstance(goal, Goal) else None,
            goal if isinstance(goal, str) else "",
            str(data.get("label") or ""),
            str(data.get("floor") or ""),
        )

    @property
    def equal(self) -> bool | None:
        """Whether the ratio is within ±10 % of 1 (reported "equal"); None without a ratio."""
        return abs(self.ratio - 1) <= EQUAL_WITHIN if self.ratio is not None else None

    @property
    def met(self) -> bool | None:
        """Whether the goal is met; None when there is no goal to check."""
        return self.goal.met(self.seconds, self.ratio) if self.goal else None

    @property
    def title(self) -> str:
        return self.label or self.name

    def goal_description(self) -> str:
        return self.goal.text() if self.goal else self.goal_text

    def as_dict(self) -> dict[str, Any]:
        """The ``--json`` form: name, seconds, floor_seconds, ratio, equal (ratio within ±10 %
        of 1), floor (its description) and goal (or null)."""
        goal: dict[str, Any] | None = None
        if self.goal is not None:
            goal = {
                "max_seconds": self.goal.max_seconds,
                "max_ratio": self.goal.max_ratio,
                "text": self.goal.text(),
                "met": self.met,
            }
        elif self.goal_text:
            goal = {"max_seconds": None, "max_ratio": None, "text": self.goal_text, "met": None}
        return {
            "name": self.name,
            "seconds": self.seconds,
            "floor_seconds": self.floor_seconds,
            "ratio": self.ratio,
            "equal": self.equal,
            "floor": self.floor,
            "goal": goal,
        }
