"""Targets judged from an index rank ("top 30 DTI", "nhóm trung bình khá"): what the summary
JSON (``targets.rank_goals``), ``target show --json``, the brief and the window show of them.
The rule is ``domain.rank_goal``; the bands read it through ``queries.target_rows``."""

from __future__ import annotations

from datetime import date
from typing import Any

from dxdesk.core.domain.enums import RankGroup
from dxdesk.core.domain.rank_goal import goal_text
from dxdesk.core.storage import queries
from dxdesk.core.storage.rank_queries import RankedTarget, ranked_targets


def entry(ranked: RankedTarget) -> dict[str, Any]:
    """One rank goal and the rank it is judged from (documented in docs/summary-json.md)."""
    goal, judged = ranked.goal, ranked.judgement
    return {
        "family": ranked.family,
        "unit": ranked.unit,
        "component": ranked.component or None,
        "goal": {
            "rank": None if goal.group or goal.goal is None else int(goal.goal),
            "of": None if goal.group else goal.goal_of,
            "group": goal.group or None,
            "group_label": RankGroup(goal.group).label if goal.group else None,
            "text": goal_text(goal),
        },
        "rank_used": None
        if judged is None
        else {"year": judged.year, "rank": judged.rank, "of": judged.of},
        "limit": None if judged is None else judged.limit,
        "met": None if judged is None or judged.limit is None else judged.met,
    }


def rank_goal_entries(as_of: date) -> list[dict[str, Any]]:
    """Every target with a rank goal assigned by ``as_of`` (in the programme read), with its
    band: ``summary --json``'s ``targets.rank_goals`` and the brief's sentences."""
    if not ranked_targets(as_of):
        return []
    from dxdesk.core.domain import rules
    from dxdesk.core.services.summary import target_percent

    out = []
    for row in queries.target_rows(as_of):
        if row.rank is not None:
            band = rules.band_of(target_percent(row, as_of)).value
            out.append({"code": row.code, "text": row.text, **entry(row.rank), "band": band})
    return out


def target_rank(target_id: int, as_of: date) -> dict[str, Any] | None:
    """The rank goal of one target judged at ``as_of`` (``target show``), or None."""
    ranked = ranked_targets(as_of, target_id).get(target_id)
    return None if ranked is None else entry(ranked)


def rank_sentence(e: dict[str, Any]) -> str:
    """'Mục tiêu MT-DTI (DTI, top 30/63): năm 2023 xếp hạng 27/63, đạt.' (the brief)."""
    what = e["family"] + (f" {e['component']}" if e["component"] else "")
    if e["unit"]:
        what += f" của {e['unit']}"
    wanted = e["goal"]["text"]
    wanted = wanted[0].lower() + wanted[1:] if e["goal"]["group"] else wanted
    head = f"Mục tiêu {e['code']} ({what}, {wanted})"
    used = e["rank_used"]
    if used is None:
        return f"{head}: chưa có thứ hạng được công bố."
    if e["limit"] is None:
        return f"{head}: năm {used['year']} xếp hạng {used['rank']}/{used['of']}; chưa ghi thứ hạng phải đạt."
    verdict = "đạt" if e["met"] else "chưa đạt"
    scaled = ""
    if e["goal"]["group"] or (e["goal"]["of"] and e["goal"]["of"] != used["of"]):
        scaled = f" (tương ứng top {e['limit']}/{used['of']})"
    return f"{head}: năm {used['year']} xếp hạng {used['rank']}/{used['of']}, {verdict}{scaled}."


def code_rank(code: str, as_of: date) -> dict[str, Any] | None:
    """The rank goal of target ``code`` judged at ``as_of`` (the window's detail), or None."""
    from dxdesk.core.storage import models as m

    row = m.Target.get_or_none(m.Target.code == code)
    return None if row is None else target_rank(row.id, as_of)
