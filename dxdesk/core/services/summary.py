"""The summary of a register at an as-of date: the figures of the brief, the plots and
``dxdesk summary --json`` (whose keys are documented in docs/summary-json.md and stable).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Any

from dxdesk.core.domain import rank_goal, rules
from dxdesk.core.domain.enums import Band, Direction, TargetKind, TaskStatus, Timeliness
from dxdesk.core.domain.formats import fmt_date, round_half_up
from dxdesk.core.errors import NotFound
from dxdesk.core.storage import queries

BAND_KEYS = [b.value for b in Band]
STATUS_KEYS = [s.value for s in TaskStatus]
TIMELINESS_KEYS = [t.value for t in Timeliness]


STATE_STATUS = [status for status, _ in queries.TASK_STATES]  # state code → status_at
STATE_TIMELINESS = [timeliness for _, timeliness in queries.TASK_STATES]


def _adder(indices: list[int]) -> Any:
    """counts per state → their sum over ``indices`` (itemgetter: C speed)."""
    getter = itemgetter(*indices)
    return (lambda counts: sum(getter(counts))) if len(indices) > 1 else getter


_STATUS_SUMS = [(s, _adder([i for i, x in enumerate(STATE_STATUS) if x == s])) for s in STATUS_KEYS]
_overdue = _adder([i for i, t in enumerate(STATE_TIMELINESS) if t == "overdue"])
_in_progress = _adder([i for i, s in enumerate(STATE_STATUS) if s == "in_progress"])
_done = _adder([i for i, s in enumerate(STATE_STATUS) if s == "done"])
_dropped = _adder([i for i, s in enumerate(STATE_STATUS) if s == "dropped"])


@lru_cache(maxsize=4096)
def _target_facts(
    direction: str, kind: str, target_value: float | None, milestone: float | None, year: int
) -> rules.TargetFacts:
    """The facts the rules judge a target row by (many targets share them: cached)."""
    milestones = ((year, milestone),) if milestone is not None else ()
    return rules.TargetFacts(Direction(direction), TargetKind(kind), target_value, milestones)


def target_percent(row: queries.TargetRow, as_of: date) -> float | None:
    """% of plan of one target row at ``as_of`` (the domain rule on the row's facts; a
    target judged from an index rank: met or not, ``domain.rank_goal``)."""
    if row.rank is not None:
        return rank_goal.percent_of(row.rank.judgement)
    facts = _target_facts(row.direction, row.kind, row.target_value, row.milestone, as_of.year)
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


def _summarize_targets(as_of: date, docs: dict, meets: dict) -> dict[str, Any]:
    pillars = queries.names("pillar", "id, code, name, sort_order")
    by_band = _band_counts()
    by_pillar: dict[Any, dict[str, int]] = defaultdict(_band_counts)
    by_doc: Counter = Counter()
    by_meeting: Counter = Counter()
    percent_of_plan, band_of, year = rules.percent_of_plan, rules.band_of, as_of.year
    rows = queries.target_band_rows(as_of)
    for pillar_id, doc_id, meeting_id, direction, kind, target_value, milestone, latest in rows:
        facts = _target_facts(direction, kind, target_value, milestone, year)
        band = band_of(percent_of_plan(facts, latest, as_of)).value
        by_band[band] += 1
        by_pillar[pillar_id][band] += 1
        if doc_id:
            by_doc[doc_id] += 1
        else:
            by_meeting[meeting_id] += 1
    by_source = Counter({("document", k): v for k, v in by_doc.items()})
    by_source.update({("meeting", k): v for k, v in by_meeting.items()})
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
    """The entry without its private "_key" (in place: entries are built for this)."""
    entry.pop("_key", None)
    return entry


def _source_list(counts: Counter, docs: dict, meets: dict) -> list[dict[str, Any]]:
    out = []
    for (kind, ref), total in counts.items():
        if kind == "document" and ref in docs:
            entry = {
                "kind": "document",
                "code": docs[ref][0],
                "label": document_label(docs[ref]),
                "date": docs[ref][3],
            }
        elif kind == "meeting" and ref in meets:
            entry = {
                "kind": "meeting",
                "code": meets[ref][0],
                "label": meeting_label(meets[ref]),
                "date": meets[ref][2],
            }
        else:
            entry = {"kind": "none", "code": "", "label": "Chưa rõ nguồn", "date": "9999"}
        out.append({**entry, "total": total, "_key": (kind, ref)})
    out.sort(key=lambda e: (str(e["date"]), e["code"], e["kind"]))
    return out


def _state_counts() -> list[int]:
    return [0] * len(queries.TASK_STATES)


class _TaskFold:
    """The task tally at a date folded once for the figures: state counts (lists indexed by
    ``queries.TASK_STATES``) per source, per lead agency and per conclusion item."""

    def __init__(self, as_of: date):
        self.items: dict[int, int] = dict(queries.conclusion_items())  # item → meeting
        item_meeting = self.items.get
        by_doc: dict[Any, list[int]] = defaultdict(_state_counts)
        by_meeting: dict[Any, list[int]] = defaultdict(_state_counts)
        by_agency: dict[Any, list[int]] = defaultdict(_state_counts)
        by_item: dict[Any, list[int]] = defaultdict(_state_counts)
        for (doc_id, item_id, agency_id, state), n in queries.task_state_tally(as_of).items():
            (by_doc[doc_id] if doc_id else by_meeting[item_meeting(item_id)])[state] += n
            by_agency[agency_id][state] += n
            if item_id is not None:
                by_item[item_id][state] += n
        self.by_source: dict[tuple, list[int]] = {
            **{("document", k): v for k, v in by_doc.items()},
            **{("meeting", k): v for k, v in by_meeting.items()},
        }
        self.by_agency = dict(by_agency)
        self.by_item = dict(by_item)


def _statuses(counts: list[int]) -> dict[str, int]:
    """status_at → number of tasks, from counts per state."""
    return {status: total(counts) for status, total in _STATUS_SUMS}


def _summarize_tasks(fold: _TaskFold, docs: dict, meets: dict) -> dict[str, Any]:
    agencies = queries.names("agency")
    totals = [sum(col) for col in zip(_state_counts(), *fold.by_agency.values(), strict=True)]
    by_status = _statuses(totals)
    by_time = dict.fromkeys(TIMELINESS_KEYS, 0)
    for state, n in enumerate(totals):
        if STATE_TIMELINESS[state]:
            by_time[STATE_TIMELINESS[state]] += n
    by_source = Counter({key: sum(counts) for key, counts in fold.by_source.items()})
    sources = []
    for entry in _source_list(by_source, docs, meets):
        counts = fold.by_source[entry.pop("_key")]
        entry.update(_statuses(counts))
        entry["overdue"] = _overdue(counts)
        sources.append(entry)
    done = by_status["done"]
    rate = rules.completion_rate(done, by_time["overdue"])
    return {
        "total": sum(by_status.values()),
        "by_status": by_status,
        "by_timeliness": by_time,
        "by_source": sources,
        "completion_rate": None if rate is None else round_half_up(rate, 2),
        "overdue_by_agency": _overdue_by_agency(fold.by_agency, agencies),
    }


def _overdue_by_agency(per_agency: dict[Any, list[int]], agencies: dict) -> list[dict[str, Any]]:
    """Tasks per agency in ``agency_roles.FIGURES_ROLE`` (lead), overdue and in progress;
    code "" for the tasks without a lead agency (``agency_roles.NO_LEAD`` in a filter)."""
    out = []
    for agency_id, counts in per_agency.items():
        overdue, in_progress = _overdue(counts), _in_progress(counts)
        if not overdue and not in_progress:
            continue
        code, name = agencies.get(agency_id, ("", "Chưa giao cơ quan chủ trì"))
        out.append(
            {
                "code": code,
                "label": name,
                "overdue": overdue,
                "in_progress": in_progress,
                "total": sum(counts),
            }
        )
    out.sort(key=lambda e: (-e["overdue"], -e["in_progress"], e["label"], e["code"]))
    return out


def summarize_conclusions(as_of: date) -> list[dict[str, Any]]:
    """Per meeting held by ``as_of``: what came of each of its conclusion items."""
    return _summarize_conclusions(as_of, _TaskFold(as_of), queries.meetings())


def _summarize_conclusions(as_of: date, fold: _TaskFold, meets: dict) -> list[dict[str, Any]]:
    with_targets = queries.items_with_targets()
    day = as_of.isoformat()
    out: dict[int, dict[str, Any]] = {}
    states: dict[tuple, str] = {}  # most items share their counts (none, one task done …)
    no_tasks: tuple = ()
    one_programme = queries.current_programme() is not None
    for item_id, meeting_id in fold.items.items():  # by item id, as the old join scanned
        if one_programme and item_id not in fold.by_item:
            continue  # an item with no task of the programme is not the programme's
        entry = out.get(meeting_id)
        if entry is None:
            code, title, held, _ = meets[meeting_id]
            entry = out[meeting_id] = {
                "meeting": code,
                "label": title,
                "date": str(held),
                "items": 0,
                "done": 0,
                "in_progress": 0,
                "not_started": 0,
                "not_assigned": 0,
            }
        entry["items"] += 1
        counts = fold.by_item.get(item_id)
        key = (tuple(counts) if counts else no_tasks, item_id in with_targets)
        state = states.get(key)
        if state is None:
            state = states[key] = item_state(counts, key[1])
        entry[state] += 1
    result = [e for e in out.values() if e["date"] <= day]
    result.sort(key=lambda e: e["date"])
    return result


def item_state(counts: list[int] | None, has_target: bool) -> str:
    """What came of a conclusion item, from its tasks' state counts (the domain rule)."""
    if not counts:
        counts_done = counts_active = counts_progress = 0
    else:
        counts_done, counts_progress = _done(counts), _in_progress(counts)
        counts_active = sum(counts) - _dropped(counts)
    return rules.conclusion_state(
        done=counts_done, in_progress=counts_progress, active=counts_active, has_target=has_target
    ).value


def summarize(
    as_of: date,
    *,
    with_checks: bool = True,
    programme: str | None = None,
    documents_from: date | None = None,
    documents_list: bool = False,
) -> dict[str, Any]:
    """The whole summary at ``as_of`` as JSON-ready data; with ``programme`` (a code, or
    ``queries.NO_PROGRAMME``) the work of that programme alone. Documents are counted from
    ``documents_from`` (default 1 January of the as-of year), each listed on request."""
    from dxdesk.core.services.documents import document_counts

    documents = document_counts(as_of, start=documents_from, listing=documents_list)
    programme = programme or queries.current_programme()  # a brief --programme asks so
    if programme is None:
        return {**_summarize(as_of, with_checks), "documents": documents}
    label = programme_label(programme)
    with queries.only_programme(programme):
        out = _summarize(as_of, with_checks=False)
    out["documents"] = documents
    if with_checks:  # published figures are of the whole register: checked against all of it
        from dxdesk.core.services.figures import check_figures

        out["figure_checks"] = [c.as_dict() for c in check_figures()]
    return {"as_of": out.pop("as_of"), "programme": {"code": programme, "label": label}, **out}


def programme_label(code: str) -> str:
    """The name of programme ``code`` ("Không thuộc chương trình nào" for NO_PROGRAMME); a
    Vietnamese NotFound sentence for a code the register does not keep."""
    if code == queries.NO_PROGRAMME:
        return "Không thuộc chương trình nào"
    names = {c: n for c, n in queries.names("programme", "id, code, name").values()}
    if code not in names:
        known = ", ".join(sorted(names)) or "chưa có chương trình nào"
        raise NotFound(
            f"Không có chương trình mã “{code}” (các mã: {known}; "
            f"“{queries.NO_PROGRAMME}” cho việc không thuộc chương trình nào)."
        )
    return names[code]


def _summarize(as_of: date, with_checks: bool) -> dict[str, Any]:
    docs, meets = queries.documents(), queries.meetings()
    fold = _TaskFold(as_of)  # one pass over the tasks serves the tasks and the conclusions
    out: dict[str, Any] = {
        "as_of": as_of.isoformat(),
        "targets": _summarize_targets(as_of, docs, meets),
        "tasks": _summarize_tasks(fold, docs, meets),
        "conclusions": _summarize_conclusions(as_of, fold, meets),
    }
    from dxdesk.core.services.units import rolled_up_summary

    out["targets"]["rolled_up"] = rolled_up_summary(as_of)
    from dxdesk.core.services.rank_goals import rank_goal_entries

    out["targets"]["rank_goals"] = rank_goal_entries(as_of)
    from dxdesk.core.services.indices import scores

    out["indices"] = [s for s in scores(year=as_of.year) if s["component"] is None]
    if with_checks:
        from dxdesk.core.services.figures import check_figures

        out["figure_checks"] = [c.as_dict() for c in check_figures()]
    return out
