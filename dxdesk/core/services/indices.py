"""Index scores and ranks per year and unit, and the members answering for components
(issue 16 part 3; docs/indices.md).

Families are kept apart (a DTI rank is never compared with a PAR rank). A score row with an
empty unit is the province's own; an empty component is the whole index. Ranks: 1 is best,
ties allowed, "of N" as published (63 before 2025, 34 after).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import fn

from dxdesk.core.errors import NotFound
from dxdesk.core.storage import index_models as im
from dxdesk.core.storage import models as m


def _family(code: str) -> im.IndexFamily:
    family = im.IndexFamily.get_or_none(im.IndexFamily.code == code)
    if family is None:
        known = ", ".join(f.code for f in im.IndexFamily.select().order_by(im.IndexFamily.code))
        raise NotFound(f"Không có bộ chỉ số “{code}” (có: {known}).")
    return family


def _units() -> dict[int, str]:
    return dict(m.Agency.select(m.Agency.id, m.Agency.code).tuples())


def scores(family: str | None = None, year: int | None = None) -> list[dict[str, Any]]:
    """Every score row (``summary --json``'s ``indices``), by family, year, unit, component."""
    query = im.IndexScore.select(im.IndexScore, im.IndexFamily.code.alias("family_code")).join(
        im.IndexFamily
    )
    if family:
        query = query.where(im.IndexFamily.code == family)
    if year is not None:
        query = query.where(im.IndexScore.year <= year)
    units = _units()
    out = [
        {
            "family": s.family_code,
            "version": s.version,
            "year": s.year,
            "unit": units.get(s.unit_id),
            "component": s.component or None,
            "score": s.score,
            "rank": s.rank,
            "of": s.rank_of,
        }
        for s in query.objects()
    ]
    return sorted(
        out, key=lambda e: (e["family"], e["year"], e["unit"] or "", e["component"] or "")
    )


def structure(family: str, version: str | None = None) -> list[dict[str, Any]]:
    """The components of a family's version (its latest version when not named)."""
    fam = _family(family)
    rows = list(
        im.IndexComponent.select()
        .where(im.IndexComponent.family == fam)
        .order_by(im.IndexComponent.version, im.IndexComponent.sort_order)
    )
    if version is None and rows:
        version = rows[-1].version
    return [
        {
            "code": c.code,
            "name": c.name,
            "parent": c.parent or None,
            "max_points": c.max_points,
            "version": c.version,
        }
        for c in rows
        if c.version == version
    ]


def family_view(family: str) -> dict[str, Any]:
    """A family's structure and the province's scores and ranks over the years."""
    fam = _family(family)
    own = [s for s in scores(family) if s["unit"] is None]
    return {
        "family": fam.code,
        "name": fam.name,
        "structure": structure(family),
        "years": sorted({s["year"] for s in own}),
        "overall": [s for s in own if s["component"] is None],
        "components": [s for s in own if s["component"] is not None],
    }


def member_view(member: str) -> dict[str, Any]:
    """A member's components with their score and rank over the years (CT 19-CT/TU)."""
    row = m.Member.get_or_none(m.Member.code == member)
    if row is None:
        raise NotFound(f"Không có thành viên mã “{member}”.")
    out = []
    links = (
        im.IndexAssignment.select(im.IndexAssignment, im.IndexFamily)
        .join(im.IndexFamily)
        .where(im.IndexAssignment.member == row.id)
    )
    for link in links:
        fam = link.family.code
        names = {c["code"]: c["name"] for c in structure(fam)}
        history = [s for s in scores(fam) if s["unit"] is None and s["component"] == link.component]
        out.append(
            {
                "family": fam,
                "component": link.component,
                "name": names.get(link.component, link.component),
                "history": history,
            }
        )
    return {"member": row.code, "name": row.name, "position": row.position, "components": out}


def score_text(value: float | None) -> str:
    """'0,4512' (0–1 scores: 4 decimals), '512,5' (points), '—' when none."""
    from dxdesk.core.domain.formats import fmt_number

    return "—" if value is None else fmt_number(value, 4) if value <= 1 else fmt_number(value)


def rank_text(entry: dict[str, Any]) -> str:
    """'27/63', or the rank alone when "of N" was not published, '—' when none."""
    if entry.get("rank") is None:
        return "—"
    return f"{entry['rank']}/{entry['of']}" if entry.get("of") else str(entry["rank"])


def family_choices() -> list[tuple[str, str]]:
    """(code, name) of every family, for a picker."""
    rows = im.IndexFamily.select(im.IndexFamily.code, im.IndexFamily.name)
    return [(f.code, f"{f.code} – {f.name}") for f in rows.order_by(im.IndexFamily.code)]


def latest_sentences(entries: list[dict[str, Any]]) -> list[str]:
    """One sentence per family, the province's latest year in ``entries`` (``summary``'s
    ``indices``): 'Chỉ số DTI năm 2023: xếp hạng 27/63 (tăng 5 bậc so với năm 2022), điểm
    0,4512.' (the brief's section I)."""
    own: dict[str, list[dict[str, Any]]] = {}
    for e in entries:
        if e.get("unit") is None and e.get("component") is None:
            own.setdefault(e["family"], []).append(e)
    out = []
    for family, rows in sorted(own.items()):
        rows.sort(key=lambda e: e["year"])
        last = rows[-1]
        parts = []
        if last.get("rank") is not None:
            rank = f"xếp hạng {rank_text(last)}"
            before = rows[-2] if len(rows) > 1 else None
            if before and before.get("rank") is not None:
                d = before["rank"] - last["rank"]
                move = f"tăng {d} bậc" if d > 0 else f"giảm {-d} bậc" if d < 0 else "giữ nguyên"
                rank += f" ({move} so với năm {before['year']})"
            parts.append(rank)
        if last.get("score") is not None:
            parts.append(f"điểm {score_text(last['score'])}")
        if parts:
            out.append(f"Chỉ số {family} năm {last['year']}: {', '.join(parts)}.")
    return out


@dataclass(frozen=True)
class IndexLine:
    """One line of the index plot: the whole index or one component, year by year."""

    code: str  # "" for the whole index
    label: str
    points: tuple[tuple[int, int | None, int | None, float | None], ...]  # year, rank, of, score


@dataclass(frozen=True)
class IndexSeries:
    """What ``dxdesk plot index --family F`` draws: the province's rank (and score) over the
    years, the whole index first, then each component that has ranks."""

    as_of: date
    family: str
    name: str
    lines: tuple[IndexLine, ...]


def index_series(family: str, as_of: date) -> IndexSeries:
    """The family's ranks over the years up to ``as_of``'s year (the province's own)."""
    view = family_view(family)
    names = {c["code"]: c["name"] for c in view["structure"]}
    own = [e for e in scores(family, as_of.year) if e["unit"] is None]
    by_comp: dict[str, list[dict[str, Any]]] = {}
    for e in own:
        by_comp.setdefault(e["component"] or "", []).append(e)
    lines = []
    for comp in sorted(by_comp, key=lambda c: (c != "", c)):
        rows = sorted(by_comp[comp], key=lambda e: e["year"])
        if comp and not any(e["rank"] is not None for e in rows):
            continue  # components compared by rank: one without ranks has no line
        label = family if not comp else names.get(comp) or _component_name(comp, names)
        points = tuple((e["year"], e["rank"], e["of"], e["score"]) for e in rows)
        lines.append(IndexLine(comp, label, points))
    return IndexSeries(as_of, view["family"], view["name"], tuple(lines))


def own_index_series(as_of: date) -> IndexSeries | None:
    """The overview's index plot: the committee's own rank (and score) in one family over the
    years up to ``as_of``'s year, the whole index only; None when the register has no such
    rank (the overview then shows no index plot at all). The family: DTI when it has ranks,
    else the one ranked most recently."""
    rows = (
        im.IndexScore.select(im.IndexFamily.code, fn.MAX(im.IndexScore.year))
        .join(im.IndexFamily)
        .where(
            im.IndexScore.unit.is_null()
            & (im.IndexScore.component == "")
            & im.IndexScore.rank.is_null(False)
            & (im.IndexScore.year <= as_of.year)
        )
        .group_by(im.IndexFamily.code)
        .tuples()
    )
    latest = dict(rows)
    if not latest:
        return None
    family = "DTI" if "DTI" in latest else max(latest, key=lambda c: (latest[c], c))
    full = index_series(family, as_of)
    return IndexSeries(full.as_of, full.family, full.name, full.lines[:1])


def _component_name(code: str, names: dict[str, str]) -> str:
    """A pillar rank's name ('TC.CQS' → 'Trụ cột chính quyền số') when the structure has
    none for it."""
    pillars = {"CQS": "chính quyền số", "KTS": "kinh tế số", "XHS": "xã hội số"}
    tail = code.split(".")[-1]
    return f"Trụ cột {pillars[tail]}" if tail in pillars else code
