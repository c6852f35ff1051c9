"""The summary of a register at an as-of date: the figures of the brief, the plots and
``dxdesk summary --json`` (whose keys are documented in docs/summary-json.md and stable).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

from dxdesk.core.domain import rules
from dxdesk.core.domain.enums import Band, Direction, TargetKind, TaskStatus, Timeliness
from dxdesk.core.domain.formats import fmt_date, round_half_up
from dxdesk.core.storage import queries

BAND_KEYS = [b.value for b in Band]
STATUS_KEYS = [s.value for s in TaskStatus]
TIMELINESS_KEYS = [t.value for t in Timeliness]


def target_percent(row: queries.TargetRow, as_of: date) -> float | None:
    """% of plan of one target row at ``as_of`` (the domain rule on the row's facts)."""
    milestones = ((as_of.year, row.milestone),) if row.milestone is not None else ()
    facts = rules.TargetFacts(
        Direction(row.direction), TargetKind(row.kind), row.target_value, milestones
    )
    return rules.percent_of_plan(facts, row.latest_value, as_of)


def document_label(doc: tuple) -> str:
    """'Kế hoạch số 09-KH/BCĐCĐS ngày 10/03/2023' from (code, symbol, type, date)."""
    _, symbol, doc_type, issued = doc
    issued = date.fromisoformat(issued) if isinstance(issued, str) else issued
    return f"{doc_type or 'Văn bản'} số {symbol} ngày {fmt_date(issued)}".strip()


def meeting_label(meeting: tuple) -> str:
    return f"Kết luận {meeting[1]}"


def _band_counts() -> dict[str, int]:
    return dict.fromkeys(BAND_KEYS, 0)


def summarize_targets(as_of: date) -> dict[str, Any]:
    rows = queries.target_rows(as_of)
    pillars = queries.names("pillar", "id, code, name, sort_order")
    docs, meets = queries.documents(), queries.meetings()
    by_band = _band_counts()
    by_pillar: dict[Any, dict[str, int]] = defaultdict(_band_counts)
    by_source: Counter = Counter()
    for row in rows:
        band = rules.band_of(target_percent(row, as_of)).value
        by_band[band] += 1
        by_pillar[row.pillar_id][band] += 1
        by_source[("document", row.source_document_id) if row.source_document_id
                  else ("meeting", row.source_meeting_id)] += 1  # fmt: skip
    pillar_list = []
    for pid in sorted(by_pillar, key=lambda p: (pillars.get(p, (0, "", 1e9))[2], str(p))):
        code, name, _ = pillars.get(pid, ("", "Chưa phân trụ cột", 0))
        counts = by_pillar[pid]
        pillar_list.append({"code": code, "label": name, "total": sum(counts.values()), **counts})
    return {
        "total": len(rows),
        "by_band": by_band,
        "by_status": {
            "done": by_band["completed"],
            "in_progress": len(rows) - by_band["completed"],
        },
        "by_pillar": pillar_list,
        "by_source": [_public(e) for e in _source_list(by_source, docs, meets)],
    }


def _public(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if not k.startswith("_")}


def _source_list(counts: Counter, docs: dict, meets: dict) -> list[dict[str, Any]]:
    out = []
    for (kind, ref), total in counts.items():
        if kind == "document" and ref in docs:
            entry = {"kind": "document", "code": docs[ref][0], "label": document_label(docs[ref]),
                     "date": docs[ref][3]}  # fmt: skip
        elif kind == "meeting" and ref in meets:
            entry = {"kind": "meeting", "code": meets[ref][0], "label": meeting_label(meets[ref]),
                     "date": meets[ref][2]}  # fmt: skip
        else:
            entry = {"kind": "none", "code": "", "label": "Chưa rõ nguồn", "date": "9999"}
        out.append({**entry, "total": total, "_key": (kind, ref)})
    out.sort(key=lambda e: (str(e["date"]), e["code"]))
    return out


def summarize_tasks(as_of: date) -> dict[str, Any]:
    agencies = queries.names("agency")
    docs, meets = queries.documents(), queries.meetings()
    by_status = dict.fromkeys(STATUS_KEYS, 0)
    by_time = dict.fromkeys(TIMELINESS_KEYS, 0)
    by_source: Counter = Counter()
    source_detail: dict[tuple, Counter] = defaultdict(Counter)
    per_agency: dict[Any, Counter] = defaultdict(Counter)
    for doc_id, meeting_id, agency_id, status, timeliness, n in queries.task_state_counts(as_of):
        by_status[status] += n
        if timeliness:
            by_time[timeliness] += n
        source = ("document", doc_id) if doc_id else ("meeting", meeting_id)
        by_source[source] += n
        source_detail[source][status] += n
        source_detail[source][timeliness or "dropped_"] += n
        per_agency[agency_id][status] += n
        per_agency[agency_id][timeliness or "dropped_"] += n
    sources = []
    for entry in _source_list(by_source, docs, meets):
        detail = source_detail[entry["_key"]]
        sources.append(_public({**entry, **{k: detail[k] for k in (*STATUS_KEYS, "overdue")}}))
    done = by_status["done"]
    rate = rules.completion_rate(done, by_time["overdue"])
    return {
        "total": sum(by_status.values()),
        "by_status": by_status,
        "by_timeliness": by_time,
        "by_source": sources,
        "completion_rate": None if rate is None else round_half_up(rate, 2),
        "overdue_by_agency": _overdue_by_agency(per_agency, agencies),
    }


def _overdue_by_agency(per_agency: dict, agencies: dict) -> list[dict[str, Any]]:
    out = []
    for agency_id, counts in per_agency.items():
        if not counts["overdue"] and not counts["in_progress"]:
            continue
        code, name = agencies.get(agency_id, ("", "Chưa giao cơ quan chủ trì"))
        out.append({"code": code, "label": name, "overdue": counts["overdue"],
                    "in_progress": counts["in_progress"], "total": sum(
                        counts[s] for s in STATUS_KEYS)})  # fmt: skip
    out.sort(key=lambda e: (-e["overdue"], -e["in_progress"], e["label"]))
    return out


def summarize_conclusions(as_of: date) -> list[dict[str, Any]]:
    """Per meeting held by ``as_of``: what came of each of its conclusion items."""
    meets = queries.meetings()
    states: dict[int, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for meeting_id, item_id, _code, status, target_id in queries.conclusion_links(as_of):
        states[meeting_id][item_id].append(status or ("target" if target_id else None))
    out = []
    for meeting_id, items in states.items():
        code, title, held, _ = meets[meeting_id]
        if str(held) > as_of.isoformat():
            continue
        counts = Counter(_item_state(v) for v in items.values())
        out.append({"meeting": code, "label": title, "date": str(held), "items": len(items),
                    **{k: counts[k] for k in ("done", "in_progress", "not_started",
                                               "not_assigned")}})  # fmt: skip
    out.sort(key=lambda e: e["date"])
    return out


def _item_state(states: list) -> str:
    tasks = [s for s in states if s not in (None, "target", "dropped")]
    if not tasks and "target" not in states:
        return "not_assigned"
    if tasks and all(s == "done" for s in tasks):
        return "done"
    if any(s in ("done", "in_progress") for s in tasks) or "target" in states:
        return "in_progress"
    return "not_started"


def summarize(as_of: date, *, with_checks: bool = True) -> dict[str, Any]:
    """The whole summary at ``as_of`` as JSON-ready data."""
    out: dict[str, Any] = {
        "as_of": as_of.isoformat(),
        "targets": summarize_targets(as_of),
        "tasks": summarize_tasks(as_of),
        "conclusions": summarize_conclusions(as_of),
    }
    if with_checks:
        from dxdesk.core.services.figures import check_figures

        out["figure_checks"] = [c.as_dict() for c in check_figures()]
    return out
