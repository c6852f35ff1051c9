"""One value per reporting unit: a target's units × periods and its rolled-up value.

A measurement belongs to a target, a period and a unit (a sở, a commune; none = the
committee's own value). The target's ``rollup`` rule (``domain.rollup``) turns the units'
values of a period into the target's value; ``single`` targets keep the committee's value
and show the units' values beside it without judging by them (docs/units.md).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dxdesk.core.domain.enums import Rollup
from dxdesk.core.domain.formats import period_end
from dxdesk.core.domain.rollup import SINGLE, reached, roll_up
from dxdesk.core.errors import NotFound
from dxdesk.core.services.rank_goals import target_rank
from dxdesk.core.storage import models as m
from dxdesk.core.storage import queries


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else (str(value)[:10] if value else None)


def _target(code: str) -> m.Target:
    target = m.Target.get_or_none(m.Target.code == code)
    if target is None:
        raise NotFound(f"Không có mục tiêu mã “{code}”.")
    return target


def rolled_series(target: m.Target, as_of: date) -> list[tuple[date, str, float]]:
    """(day, period, value) of a rolling-up target, one per period, by the period's latest
    unit value date (what its trajectory plots)."""
    periods: dict[str, list[tuple]] = {}
    for row in queries.unit_value_rows(as_of, target.id):
        periods.setdefault(row[4], []).append(row)
    out = []
    for period, rows in periods.items():
        result = roll_up(
            target.rollup,
            [r[6] for r in rows],
            unit_goal=target.unit_goal,
            lower_is_better=target.direction == "giam",
        )
        if result.value is not None:
            day = max(r[5] for r in rows)
            out.append((date.fromisoformat(str(day)[:10]), period, result.value))
    return sorted(out)


def target_units(code: str, as_of: date | None = None) -> dict[str, Any]:
    """A target's values per period: the committee's own, each unit's and the rolled-up one
    (``dxdesk target show CODE --json``, the window's units × periods table)."""
    as_of = as_of or date.today()
    target = _target(code)
    names = {
        a.id: (a.code, a.name) for a in m.Agency.select(m.Agency.id, m.Agency.code, m.Agency.name)
    }
    lower = target.direction == "giam"
    periods: dict[str, dict[str, Any]] = {}
    rows = (
        m.Measurement.select()
        .where((m.Measurement.target == target.id) & (m.Measurement.measured_on <= as_of))
        .order_by(m.Measurement.measured_on, m.Measurement.id)
    )
    for ms in rows:
        entry = periods.setdefault(
            ms.period, {"period": ms.period, "committee_value": None, "units": []}
        )
        if ms.unit_id is None:
            entry["committee_value"] = ms.value
            continue
        unit_code, unit_name = names.get(ms.unit_id, ("", ""))
        unit = {
            "unit": unit_code,
            "name": unit_name,
            "value": ms.value,
            "measured_on": _iso(ms.measured_on),
        }
        if target.rollup == "count_reached" and target.unit_goal is not None:
            unit["reached"] = reached(ms.value, target.unit_goal, lower)
        entry["units"].append(unit)
    out_periods = []
    for period in sorted(periods, key=lambda p: (period_end(p), p)):
        entry = periods[period]
        values = [u["value"] for u in entry["units"]]
        result = roll_up(target.rollup, values, unit_goal=target.unit_goal, lower_is_better=lower)
        entry["units"].sort(key=lambda u: u["unit"])
        entry["rolled_up"] = (
            None
            if target.rollup == SINGLE
            else {"value": result.value, "units": result.units, "reached": result.reached}
        )
        entry["value"] = (
            entry["committee_value"]
            if target.rollup == SINGLE
            else (result.value if result.units else entry["committee_value"])
        )
        out_periods.append(entry)
    latest = next((p for p in reversed(out_periods) if p["value"] is not None), None)
    return {
        "code": target.code,
        "text": target.text,
        "unit": target.unit or "",
        "rollup": target.rollup,
        "rollup_label": Rollup(target.rollup).label,
        "unit_goal": target.unit_goal,
        "target_value": target.target_value,
        "as_of": as_of.isoformat(),
        "rank_goal": target_rank(target.id, as_of),
        "periods": out_periods,
        "latest": None
        if latest is None
        else {
            "period": latest["period"],
            "value": latest["value"],
            "rolled_up": latest["rolled_up"],
        },
    }


def rolled_up_summary(as_of: date) -> list[dict[str, Any]]:
    """The targets whose units roll up, with their latest rolled-up figure (summary JSON)."""
    rolled = queries.rolled_up_latest(as_of)
    if not rolled:
        return []
    codes = dict(
        m.Target.select(m.Target.id, m.Target.code).where(m.Target.id.in_(list(rolled))).tuples()
    )
    out = []
    for target_id, (value, period, result) in rolled.items():
        rule = m.Target.get_by_id(target_id).rollup
        out.append(
            {
                "code": codes[target_id],
                "rule": rule,
                "period": period,
                "value": value,
                "units": result.units,
                "reached": result.reached,
            }
        )
    return sorted(out, key=lambda e: e["code"])
