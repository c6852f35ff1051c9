"""A target tied to an index rank ("top 30 DTI", "thứ hạng trung bình khá"), judged from the
latest published rank: the rule, stated once (docs/indices.md, "Targets judged from a rank").

Decisions, because the plans that set such goals do not define them:

* The rank used is the latest one published for the target's family, unit (empty: the
  committee's own province) and component (empty: the whole index) whose year is not after
  the as-of year. No rank yet: the target has no data (band "Chưa có số liệu").
* "Of N": the N printed with the rank; when none was printed, 63 for years before 2025 and 34
  from 2025 (Nghị quyết 202/2025/QH15 merged 63 provinces into 34).
* A numeric goal ("top 30") is the target's value (or its milestone of the as-of year) and is
  met by a rank ≤ the goal. When the goal says which N it was set against ("30 of 63") and the
  rank is of another N, the goal is scaled to it, rounded down: top 30 of 63 becomes top 16 of
  34 (30 × 34 ÷ 63 = 16,2), so a 2023 goal is still judged fairly after the 2025 merger. A
  goal without its N is compared as written.
* A named group is a share of N, rounded down: nhóm khá = the first third (21 of 63, 11 of
  34), nhóm trung bình khá = the first half (31 of 63, 17 of 34), nhóm trung bình = the first
  two thirds (42 of 63, 22 of 34). Reaching a better group meets the goal too.
* Ties: a tied rank is the rank as published (two provinces 30th both meet "top 30").
* A rank goal is met or not: it maps to the bands like a yes/no target (met: 100 %,
  "Hoàn thành và vượt kế hoạch giao"; not met: 0 %, "Dưới 50 %"). A rank is a place among
  the others, not a share of work done: rank 31 for a top-30 goal is not "97 % of the plan",
  and the reports state such goals as reached or not ("đạt mục tiêu top 30").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dxdesk.core.domain.enums import RankGroup

MERGER_YEAR = 2025  # ranks of this year on are of the 34 merged provinces
OF_BEFORE_MERGER = 63
OF_FROM_MERGER = 34

# enums.RankGroup code → the share of N it covers (numerator, denominator)
GROUPS: dict[str, tuple[int, int]] = {
    RankGroup.GOOD.value: (1, 3),
    RankGroup.FAIR_GOOD.value: (1, 2),
    RankGroup.FAIR.value: (2, 3),
}


def of_for_year(year: int) -> int:
    """How many provinces a rank of ``year`` is out of, when the rank did not say."""
    return OF_BEFORE_MERGER if year < MERGER_YEAR else OF_FROM_MERGER


@dataclass(frozen=True)
class RankGoal:
    """What a target asks of a rank: a number (``goal``, optionally of ``goal_of``) or a
    named group (``group``, a key of ``GROUPS``)."""

    goal: float | None = None
    goal_of: int | None = None
    group: str = ""


@dataclass(frozen=True)
class PublishedRank:
    year: int
    rank: int
    of: int | None = None


@dataclass(frozen=True)
class RankJudgement:
    """The rank used and what the goal meant for its N."""

    year: int
    rank: int
    of: int  # the N used (as printed, else by year)
    limit: int | None  # the worst rank that meets the goal for this N; None: no goal
    met: bool


def latest_rank(ranks: Iterable[PublishedRank], as_of_year: int) -> PublishedRank | None:
    """The latest rank published for a year not after ``as_of_year``."""
    known = [r for r in ranks if r.year <= as_of_year]
    return max(known, key=lambda r: r.year) if known else None


def rank_limit(goal: RankGoal, of: int) -> int | None:
    """The worst rank out of ``of`` that meets ``goal`` (None when the goal says nothing)."""
    if goal.group:
        num, den = GROUPS[goal.group]
        return max(1, of * num // den)
    if goal.goal is None:
        return None
    limit = int(goal.goal)
    if goal.goal_of and goal.goal_of != of:
        limit = max(1, limit * of // goal.goal_of)
    return limit


def judge(goal: RankGoal, published: PublishedRank | None) -> RankJudgement | None:
    """The goal judged from a published rank; None when there is no rank yet."""
    if published is None:
        return None
    of = published.of or of_for_year(published.year)
    limit = rank_limit(goal, of)
    met = limit is not None and published.rank <= limit
    return RankJudgement(published.year, published.rank, of, limit, met)


def goal_text(goal: RankGoal) -> str:
    """'top 30/63', 'top 30', 'Nhóm trung bình khá (nửa đầu)' (Vietnamese, as printed)."""
    if goal.group:
        return RankGroup(goal.group).label
    if goal.goal is None:
        return "—"
    number = f"{int(goal.goal)}"
    return f"top {number}/{goal.goal_of}" if goal.goal_of else f"top {number}"


def percent_of(judgement: RankJudgement | None) -> float | None:
    """The % of plan the bands read: 100 met, 0 not met, None without a rank or without a
    goal (a rank goal whose target has no value and no group: nothing to judge by)."""
    if judgement is None or judgement.limit is None:
        return None
    return 100.0 if judgement.met else 0.0
