"""Published figure keys, defined once: what each key means, its own denominator and its
Vietnamese name (docs/figures.md lists them; a test keeps that file in step).

A key is dotted text: ``targets.pillar.CQS.completed`` is "the targets of pillar CQS in the
band 'hoàn thành và vượt kế hoạch'", judged against the pillar's own total, never the plan's.
Codes inside a key (pillar, source, agency, target, unit) are the register's codes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dxdesk.core.domain.enums import Band, TaskStatus, Timeliness

BANDS = {b.value: b.label for b in Band if b is not Band.NO_DATA}
TASK_STATUSES = {s.value: s.label for s in TaskStatus}
TIMELINESS = {t.value: t.label for t in Timeliness}
TARGET_STATUSES = {"done": "đã hoàn thành", "in_progress": "đang triển khai"}
SOURCE_TASK_FIELDS = {
    "total": "tổng số",
    **{k: v.lower() for k, v in TASK_STATUSES.items()},
    "overdue": "quá hạn",
}
AGENCY_TASK_FIELDS = {"overdue": "quá hạn", "in_progress": "đang thực hiện"}


@dataclass(frozen=True)
class KeyPattern:
    pattern: str
    meaning: str
    denominator: str
    example: str


PATTERNS: tuple[KeyPattern, ...] = (
    KeyPattern("targets.total", "tổng số mục tiêu", "—", "targets.total"),
    KeyPattern(
        "targets.by_band.<MỨC>",
        "số mục tiêu ở một mức đánh giá (MỨC: completed, above_70, from_50_to_70, below_50)",
        "tổng số mục tiêu",
        "targets.by_band.completed",
    ),
    KeyPattern(
        "targets.by_status.<TT>",
        "số mục tiêu đã hoàn thành (done) / đang triển khai (in_progress)",
        "tổng số mục tiêu",
        "targets.by_status.done",
    ),
    KeyPattern(
        "targets.pillar.<TRỤ_CỘT>.total",
        "số mục tiêu của một trụ cột",
        "—",
        "targets.pillar.CQS.total",
    ),
    KeyPattern(
        "targets.pillar.<TRỤ_CỘT>.<MỨC>",
        "số mục tiêu của trụ cột ở một mức đánh giá",
        "số mục tiêu của trụ cột",
        "targets.pillar.CQS.completed",
    ),
    KeyPattern(
        "targets.source.<VĂN_BẢN|CUỘC_HỌP>.total",
        "số mục tiêu giao bởi một văn bản hoặc bổ sung tại một cuộc họp",
        "tổng số mục tiêu",
        "targets.source.KH09.total",
    ),
    KeyPattern(
        "targets.rolled_up.<MỤC_TIÊU>",
        "giá trị tổng hợp từ các đơn vị của một mục tiêu (với “số đơn vị đạt”: số đơn vị đạt)",
        "số đơn vị có số liệu",
        "targets.rolled_up.MT05",
    ),
    KeyPattern(
        "targets.unit.<MỤC_TIÊU>.<ĐƠN_VỊ>",
        "giá trị của một đơn vị (kỳ mới nhất)",
        "—",
        "targets.unit.MT05.UBND_BATXAT",
    ),
    KeyPattern("tasks.total", "tổng số nhiệm vụ", "—", "tasks.total"),
    KeyPattern(
        "tasks.by_status.<TT>",
        "số nhiệm vụ theo trạng thái (not_started, in_progress, done, dropped)",
        "tổng số nhiệm vụ",
        "tasks.by_status.done",
    ),
    KeyPattern(
        "tasks.by_timeliness.<TĐ>",
        "số nhiệm vụ theo tiến độ (done_on_time, done_late, on_track, overdue, no_deadline)",
        "tổng số nhiệm vụ",
        "tasks.by_timeliness.overdue",
    ),
    KeyPattern(
        "tasks.completion_rate",
        "tỷ lệ hoàn thành nhiệm vụ (%): hoàn thành ÷ (hoàn thành + quá hạn)",
        "—",
        "tasks.completion_rate",
    ),
    KeyPattern(
        "tasks.source.<VĂN_BẢN|CUỘC_HỌP>.<TT>",
        "số nhiệm vụ của một nguồn giao (TT: "
        "total, not_started, in_progress, done, dropped, overdue)",
        "số nhiệm vụ của nguồn giao",
        "tasks.source.KH09.done",
    ),
    KeyPattern(
        "tasks.agency.<CƠ_QUAN>.<TT>",
        "số nhiệm vụ một cơ quan chủ trì đang quá hạn (overdue) / đang thực hiện (in_progress)",
        "số nhiệm vụ của cơ quan",
        "tasks.agency.SYT.overdue",
    ),
    KeyPattern(
        "indices.<HỌ_CHỈ_SỐ>.<NĂM>.rank",
        "thứ hạng của tỉnh trong một bộ chỉ số (DTI, ICT, PAR, SIPAS, PCI…) năm đó",
        "số đơn vị được xếp hạng (63, 34)",
        "indices.DTI.2022.rank",
    ),
    KeyPattern(
        "indices.<HỌ_CHỈ_SỐ>.<NĂM>.score",
        "điểm của tỉnh trong bộ chỉ số năm đó",
        "—",
        "indices.DTI.2022.score",
    ),
    KeyPattern(
        "documents.total",
        "số văn bản đã ban hành từ 01/01 của năm đến ngày của số liệu",
        "—",
        "documents.total",
    ),
    KeyPattern(
        "documents.by_type.<LOẠI>",
        "số văn bản một loại đã ban hành trong năm đến ngày của số liệu (LOẠI: tên loại "
        "viết không dấu, nối bằng “_”: quyet_dinh, ke_hoach, cong_van)",
        "số văn bản đã ban hành",
        "documents.by_type.quyet_dinh",
    ),
)


@dataclass(frozen=True)
class Key:
    """A parsed key: its kind, the codes in it and the field asked."""

    kind: str  # plan, pillar, source, rolled_up, unit, task_source, agency, index
    codes: tuple[str, ...]
    field: str
    text: str


PLAN_TARGETS = {
    "targets.total": "Tổng số mục tiêu",
    **{f"targets.by_band.{k}": f"Số mục tiêu {v.lower()}" for k, v in BANDS.items()},
    **{f"targets.by_status.{k}": f"Số mục tiêu {v}" for k, v in TARGET_STATUSES.items()},
}
PLAN_TASKS = {
    "tasks.total": "Tổng số nhiệm vụ",
    **{f"tasks.by_status.{k}": f"Số nhiệm vụ {v.lower()}" for k, v in TASK_STATUSES.items()},
    **{f"tasks.by_timeliness.{k}": f"Số nhiệm vụ {v.lower()}" for k, v in TIMELINESS.items()},
    "tasks.completion_rate": "Tỷ lệ hoàn thành nhiệm vụ",
}


def _unknown(key: str) -> ValueError:
    return ValueError(
        f"Chỉ số “{key}” không có: xem danh sách khóa trong trang Hướng dẫn hoặc "
        "docs/figures.md (ví dụ targets.by_band.completed, "
        "targets.pillar.CQS.completed)."
    )


def parse(key: str) -> Key:
    """The key's parts; ValueError (one Vietnamese sentence) for a key dxdesk does not know."""
    key = key.strip()
    if key in PLAN_TARGETS or key in PLAN_TASKS:
        return Key("plan", (), key, key)
    parts = key.split(".")
    head = ".".join(parts[:2])
    if head == "targets.pillar" and len(parts) == 4 and (parts[3] == "total" or parts[3] in BANDS):
        return Key("pillar", (parts[2],), parts[3], key)
    if head == "targets.source" and len(parts) == 4 and parts[3] == "total":
        return Key("source", (parts[2],), "total", key)
    if head == "targets.rolled_up" and len(parts) == 3:
        return Key("rolled_up", (parts[2],), "value", key)
    if head == "targets.unit" and len(parts) == 4:
        return Key("unit", (parts[2], parts[3]), "value", key)
    if head == "tasks.source" and len(parts) == 4 and parts[3] in SOURCE_TASK_FIELDS:
        return Key("task_source", (parts[2],), parts[3], key)
    if head == "tasks.agency" and len(parts) == 4 and parts[3] in AGENCY_TASK_FIELDS:
        return Key("agency", (parts[2],), parts[3], key)
    if (
        parts[0] == "indices"
        and len(parts) == 4
        and parts[2].isdigit()
        and parts[3] in ("rank", "score")
    ):
        return Key("index", (parts[1], parts[2]), parts[3], key)
    if key == "documents.total":
        return Key("documents", (), "total", key)
    if head == "documents.by_type" and len(parts) == 3 and re.fullmatch(r"[a-z0-9_]+", parts[2]):
        return Key("documents", (parts[2],), "count", key)
    raise _unknown(key)


# which register list each code of a key must be found in
CODE_KINDS = {
    "pillar": ("pillar",),
    "source": ("source",),
    "task_source": ("source",),
    "rolled_up": ("target",),
    "unit": ("target", "agency"),
    "agency": ("agency",),
    "index": ("index_family", ""),
}


def check(key: str, known: Callable[[str, str], bool]) -> str | None:
    """None when the key is valid and its codes exist (``known(kind, code)``), else why not."""
    try:
        parsed = parse(key)
    except ValueError as exc:
        return str(exc)
    for kind, code in zip(CODE_KINDS.get(parsed.kind, ()), parsed.codes, strict=False):
        if kind and not known(kind, code):
            what = {
                "pillar": "trụ cột",
                "source": "văn bản hay cuộc họp",
                "target": "mục tiêu",
                "agency": "cơ quan",
                "index_family": "bộ chỉ số",
            }[kind]
            return f"Chỉ số “{key}”: không có {what} mã “{code}”."
    return None


@dataclass(frozen=True)
class Resolved:
    """What the register says for a key: the value, its own denominator, its Vietnamese name."""

    value: float | None
    total: float | None
    label: str
    percent_only: bool = False


def _find(items: list[dict], code: str) -> dict | None:
    return next((e for e in items if e.get("code") == code), None)


def resolve(
    key: str, summary: dict[str, Any], unit_value: Callable[[str, str], float | None] | None = None
) -> Resolved:
    """The register's figure for ``key`` in ``summary`` (a valid key; codes may be absent)."""
    k = parse(key)
    t, s = summary["targets"], summary["tasks"]
    if k.kind == "plan":
        node: Any = summary
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if key in PLAN_TARGETS:
            total = None if key == "targets.total" else t["total"]
            return Resolved(node, total, PLAN_TARGETS[key])
        if key == "tasks.completion_rate":
            return Resolved(node, None, PLAN_TASKS[key], percent_only=True)
        return Resolved(node, None if key == "tasks.total" else s["total"], PLAN_TASKS[key])
    if k.kind == "documents":
        d = summary.get("documents") or {"total": 0, "by_type": []}
        if k.field == "total":
            return Resolved(d["total"], None, "Số văn bản đã ban hành trong năm")
        e = _find_type(d["by_type"], k.codes[0])
        name = e["type"].lower() if e else k.codes[0].replace("_", " ")
        return Resolved(e["count"] if e else 0, d["total"], f"Số văn bản loại “{name}” đã ban hành")
    code = k.codes[0]
    if k.kind == "pillar":
        e = _find(t["by_pillar"], code) or {"label": code, "total": 0}
        name = f"trụ cột {e['label']}"
        if k.field == "total":
            return Resolved(e["total"], None, f"Số mục tiêu của {name}")
        return Resolved(
            e.get(k.field, 0), e["total"], f"Số mục tiêu {BANDS[k.field].lower()} của {name}"
        )
    if k.kind == "source":
        e = _find(t["by_source"], code) or {"label": code, "total": 0}
        return Resolved(e["total"], t["total"], f"Số mục tiêu theo {e['label']}")
    if k.kind == "task_source":
        e = _find(s["by_source"], code) or {"label": code, "total": 0}
        label = f"Số nhiệm vụ {SOURCE_TASK_FIELDS[k.field]} theo {e['label']}"
        if k.field == "total":
            return Resolved(e["total"], None, label.replace(" tổng số", ""))
        return Resolved(e.get(k.field, 0), e["total"], label)
    if k.kind == "agency":
        e = _find(s["overdue_by_agency"], code) or {"label": code, "total": None}
        label = f"Số nhiệm vụ {AGENCY_TASK_FIELDS[k.field]} do {e['label']} chủ trì"
        return Resolved(e.get(k.field, 0), e["total"], label)
    if k.kind == "rolled_up":
        e = _find(t.get("rolled_up", []), code)
        label = f"Giá trị tổng hợp từ các đơn vị của mục tiêu {code}"
        if e is None:
            return Resolved(None, None, label)
        total = e["units"] if e["rule"] == "count_reached" else None
        if e["rule"] == "count_reached":
            label = f"Số đơn vị đạt chỉ tiêu đơn vị của mục tiêu {code}"
        return Resolved(e["value"], total, label)
    if k.kind == "unit":
        value = unit_value(code, k.codes[1]) if unit_value else None
        return Resolved(value, None, f"Giá trị của đơn vị {k.codes[1]}, mục tiêu {code}")
    if k.kind == "index":
        family, year = k.codes
        e = next(
            (
                i
                for i in summary.get("indices", [])
                if i.get("family") == family
                and str(i.get("year")) == year
                and not i.get("unit")
                and not i.get("component")
            ),
            None,
        )
        if k.field == "rank":
            return Resolved(e and e.get("rank"), e and e.get("of"), f"Thứ hạng {family} năm {year}")
        return Resolved(e and e.get("score"), None, f"Điểm {family} năm {year}")
    raise _unknown(key)


def _find_type(items: list[dict], key: str) -> dict | None:
    return next((e for e in items if e.get("key") == key), None)


def key_examples() -> list[str]:
    """The keys the template's drop-down offers: every plan-level key, then one example of
    each key with codes."""
    keys = [*PLAN_TARGETS, *PLAN_TASKS]
    return keys + [p.example for p in PATTERNS if p.example not in keys]


def markdown_table() -> str:
    """The key table of docs/figures.md (a test keeps the file in step with this)."""
    out = ["| khóa | ý nghĩa | so với tổng | ví dụ |", "|---|---|---|---|"]
    out += [f"| `{p.pattern}` | {p.meaning} | {p.denominator} | `{p.example}` |" for p in PATTERNS]
    return "\n".join(out) + "\n"
