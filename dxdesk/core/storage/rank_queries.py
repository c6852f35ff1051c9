"""The rank goals of targets judged from an index rank, read for an as-of date: each goal with
the latest published rank it is judged from (``domain.rank_goal``, the one rule)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dxdesk.core.domain.rank_goal import PublishedRank, RankGoal, RankJudgement, judge, latest_rank
from dxdesk.core.storage.models import database_proxy as db


@dataclass(frozen=True)
class RankedTarget:
    """A target's rank goal, the rank it is judged from at the as-of date and the verdict."""

    target_id: int
    family: str
    unit: str | None  # agency code; None: the province itself
    component: str
    goal: RankGoal
    judgement: RankJudgement | None  # None: no rank published yet


def ranked_targets(as_of: date, target_id: int | None = None) -> dict[int, RankedTarget]:
    """target id → its rank goal judged at ``as_of`` (every target with a rank goal, or one)."""
    where = "" if target_id is None else "WHERE g.target_id = ?"
    params: tuple = (as_of.year,) if target_id is None else (as_of.year, target_id)
    goals = db.execute_sql(
        f"""SELECT g.target_id, g.family_id, f.code, g.unit_id, a.code, g.component,
                   g.rank_group, g.goal_of, t.target_value,
                   (SELECT ms.value FROM milestone ms WHERE ms.target_id = t.id AND ms.year = ?)
            FROM target_rank_goal g JOIN target t ON t.id = g.target_id
            JOIN index_family f ON f.id = g.family_id
            LEFT JOIN agency a ON a.id = g.unit_id {where}""",
        params,
    ).fetchall()
    if not goals:
        return {}
    ranks: dict[tuple, list[PublishedRank]] = {}
    rows = db.execute_sql(
        "SELECT family_id, unit_id, component, year, rank, rank_of FROM index_score "
        "WHERE rank IS NOT NULL AND year <= ?",
        (as_of.year,),
    ).fetchall()
    for family_id, unit_id, component, year, rank, of in rows:
        key = (family_id, unit_id, component or "")
        ranks.setdefault(key, []).append(PublishedRank(int(year), int(rank), of))
    out = {}
    for tid, fid, fcode, uid, ucode, comp, group, goal_of, value, milestone in goals:
        goal = RankGoal(milestone if milestone is not None else value, goal_of, group or "")
        published = latest_rank(ranks.get((fid, uid, comp or ""), ()), as_of.year)
        out[tid] = RankedTarget(tid, fcode, ucode, comp or "", goal, judge(goal, published))
    return out
