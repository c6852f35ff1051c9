"""Preview and merge of an agency's report (secretariat), in one transaction.

Each unit of the report is compared with the register: unchanged since the slice (the
register holds the report's ``old``) → applied; already the agency's value → nothing to do;
anything else → a conflict, kept with both values for a person to resolve, while the
secretariat's value stands. A change outside the agency's scope today (the task went to
another agency) is a conflict too; a change no agency may ever make refuses the package.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from dxdesk.core.exchange import package
from dxdesk.core.exchange.offline import verify
from dxdesk.core.exchange.offline.applying import Steps, apply_items
from dxdesk.core.exchange.offline.codec import UNITS, WHOLE, describe, key_text, same, well_typed
from dxdesk.core.exchange.offline.mode import require_secretariat
from dxdesk.core.exchange.offline.permissions import scope_error
from dxdesk.core.exchange.offline.receipts import forget_void, live_receipt, live_receipts
from dxdesk.core.exchange.offline.wording import fmt_change, fmt_values, fmt_when
from dxdesk.core.exchange.package import PackageRefused
from dxdesk.core.services import agency_life
from dxdesk.core.services.changes import recording
from dxdesk.core.services.entities import FieldError, validate_record
from dxdesk.core.storage import records
from dxdesk.core.storage.backups import backup_open_register
from dxdesk.core.storage.exchange_models import ExchangeReceipt
from dxdesk.core.storage.records import SPECS
from dxdesk.core.storage.records_bulk import find_records

APPLY, SAME, CONFLICT = "apply", "same", "conflict"
# The most changes one report may carry (docs/exchange.md); its file is capped by
# package.MAX_FILE (64 MB). A larger report is refused with a sentence, before any write.
MAX_CHANGES = 100_000


@dataclass
class Item:
    """One unit of a report and what merging it would do."""

    entity: str
    key: str
    record_key: dict[str, Any]
    unit: str
    op: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    who: str
    at: datetime | None
    outcome: str = ""
    reason: str = ""
    current: dict[str, Any] | None = None  # the secretariat's values

    @property
    def line(self) -> str:
        what = describe(self.entity, self.record_key)
        if self.outcome == CONFLICT:
            return (
                f"! Xung đột {what}: Văn phòng {fmt_values(self.current)}; đơn vị "
                f"{fmt_values(self.new)} — {fmt_when(self.who, self.at)} ({self.reason})"
            )
        mark = "+" if self.outcome == APPLY else "="
        tail = "" if self.outcome == APPLY else " (Văn phòng đã có)"
        return (
            f"{mark} {what}: {fmt_change(self.old, self.new)}{tail} — {fmt_when(self.who, self.at)}"
        )


@dataclass
class Plan:
    """What a report would change: its identity, its items, or that it is already merged."""

    name: str
    package_id: str
    agency: str
    agency_name: str
    seq: int
    officer: str
    written_at: datetime | None
    items: list[Item] = field(default_factory=list)
    merged_at: datetime | None = None  # set when this package was merged before
    rewritten: bool = False  # a report number merged from an earlier file, written again

    def count(self, outcome: str) -> int:
        return sum(1 for item in self.items if item.outcome == outcome)

    @property
    def heading(self) -> str:
        return (
            f"Báo cáo số {self.seq} của {self.agency_name} ({self.agency}), lập: "
            f"{fmt_when(self.officer, self.written_at)}."
        )


@dataclass(frozen=True)
class MergeResult:
    plan: Plan
    applied: int
    conflicts: int
    changed: bool

    @property
    def message(self) -> str:
        p = self.plan
        if not self.changed and p.merged_at is not None:
            return (
                f"Gói {p.name} (báo cáo số {p.seq} của {p.agency_name}) đã được hợp nhất "
                f"lúc {fmt_when('', p.merged_at)}; lần này không có gì thay đổi."
            )
        again = (
            f" Đây là báo cáo số {p.seq} được đơn vị lập lại (bản trước đã hợp nhất nhưng "
            "máy đơn vị chưa ghi nhận); bản lập lại chỉ được nhận một lần."
            if p.rewritten
            else ""
        )
        return (
            f"Đã hợp nhất báo cáo số {p.seq} của {p.agency_name}: áp dụng {self.applied} "
            f"thay đổi, giữ lại {self.conflicts} xung đột chờ người quyết định, "
            f"{p.count(SAME)} thay đổi Văn phòng đã có.{again}"
        )


def preview(
    path: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Plan:
    """Every change a report would make and every conflict, writing nothing. ``progress``
    hears (done, total); ``cancelled`` returning true stops it (MergeCancelled)."""
    return _preview(path, Steps(progress, cancelled))


def _preview(path: str | Path, steps: Steps) -> Plan:
    require_secretariat()
    pkg = package.read(path)
    verify.check_report(pkg)
    return _plan(pkg, steps)


def merge(
    path: str | Path,
    *,
    who: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeResult:
    """Apply a report in one transaction; conflicts are kept, never resolved silently.
    Cancelled (``cancelled`` true between steps), it rolls back whole: MergeCancelled."""
    steps = Steps(progress, cancelled, phases=2)
    plan = _preview(path, steps)
    if plan.merged_at is not None:
        return MergeResult(plan, 0, 0, changed=False)
    backup_open_register("truoc-hop-nhat")
    steps.phase = 1
    with recording(f"Hợp nhất báo cáo số {plan.seq} của {plan.agency_name}", who) as rec:
        forget_void(plan.package_id)
        origin = {"package_id": plan.package_id, "agency": plan.agency, "seq": plan.seq}
        apply_items(rec, plan.items, origin, plan, steps)
        # logged even when nothing applied (all conflicts): undo then voids this merge
        rec.log_state("exchange_receipt", plan.package_id, None, {"seq": plan.seq})
        ExchangeReceipt.create(
            package_id=plan.package_id,
            agency=plan.agency,
            seq=plan.seq,
            officer=plan.officer,
            written_at=plan.written_at,
            merged_at=datetime.now(),
            merged_by=who,
            applied=plan.count(APPLY),
            conflicts=plan.count(CONFLICT),
            changeset=rec.changeset,
        )
    return MergeResult(plan, plan.count(APPLY), plan.count(CONFLICT), changed=True)


def _plan(pkg: package.Package, steps: Steps) -> Plan:
    man = pkg.manifest
    written = _when(man.get("created_at"))
    plan = Plan(
        pkg.name,
        str(man.get("package_id")),
        man["agency"],
        str(man.get("agency_name") or man["agency"]),
        man["seq"],
        str(man.get("created_by") or ""),
        written,
    )
    receipt = live_receipt(plan.package_id)
    if receipt is not None:
        plan.merged_at = receipt.merged_at
        return plan
    _check_sequence(plan)
    _check_in_force(plan)
    scopes: dict[tuple, str | None] = {}  # one scope test per task or target, not per change
    with records.caching():  # each reference looked up once, each kind's records at once
        items = _items(pkg)
        steps.begin(len(items))
        stored = _stored(items)
        for done, (item, full) in enumerate(zip(items, stored, strict=True)):
            if done % 2_000 == 0:
                steps.tell(done)
            plan.items.append(_classify(item, plan.agency, scopes, full))
        steps.tell(len(items))
    for item in plan.items:
        _check_reporter(item, plan, pkg.name)
    return plan


def _check_reporter(item: Item, plan: Plan, name: str) -> None:
    """An agency reports its own measurements: naming another agency as the one that
    reported (unless the register already says so) refuses the whole package."""
    if item.entity != "measurement" or item.new is None:
        return
    reporter = item.new.get("agency")
    if reporter in (None, "", plan.agency) or reporter == (item.current or {}).get("agency"):
        return
    raise PackageRefused(
        f"Gói {name} ghi {describe(item.entity, item.record_key)} là do đơn vị "
        f"{reporter} báo cáo, nhưng {plan.agency_name} chỉ được báo cáo kết quả "
        "của chính mình nên gói không được nhận."
    )


def _when(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _check_sequence(plan: Plan) -> None:
    merged = live_receipts(plan.agency)
    last = max((r.seq for r in merged), default=0)
    if plan.seq == last and _rewritten(plan, [r for r in merged if r.seq == last]):
        plan.rewritten = True
        return
    if plan.seq <= last:
        raise PackageRefused(
            f"Báo cáo số {plan.seq} của {plan.agency_name} đã được hợp nhất từ "
            f"một gói khác nên gói {plan.name} không được dùng."
        )
    if plan.seq > last + 1:
        raise PackageRefused(
            f"Báo cáo số {plan.seq} của {plan.agency_name} đến trước báo cáo số "
            f"{last + 1}: hãy hợp nhất các báo cáo theo đúng thứ tự."
        )


def _check_in_force(plan: Plan) -> None:
    """A report written after its agency ended is refused whole (what it reported before,
    merged then, stays)."""
    if plan.written_at is None:
        return
    ended = agency_life.ended_error(
        plan.agency, plan.written_at.date(), f"hợp nhất báo cáo số {plan.seq} của {{name}} lập"
    )
    if ended:
        raise PackageRefused(ended)


def _rewritten(plan: Plan, same_number: list[ExchangeReceipt]) -> bool:
    """Whether this is the agency's report written again after one its register never
    recorded (a crash or a full disk after writing the file): the same number, written
    later than the one merged, accepted once. What the first one applied is then the
    register's value and merges as already there; anything newer merges as usual."""
    if len(same_number) != 1 or plan.written_at is None:
        return False
    first = same_number[0].written_at
    return first is not None and plan.written_at >= first


def _items(pkg: package.Package) -> list[Item]:
    payload = pkg.payload()
    changes = payload.get("changes") if isinstance(payload, dict) else None
    if not isinstance(changes, list):
        raise package.integrity_error(pkg.name)
    if len(changes) > MAX_CHANGES:
        count, cap = (f"{n:,}".replace(",", ".") for n in (len(changes), MAX_CHANGES))
        raise PackageRefused(
            f"Gói {pkg.name} có {count} thay đổi, vượt giới hạn {cap} thay đổi "
            "của một báo cáo nên không được nhận; hãy đề nghị đơn vị gửi thành "
            "nhiều báo cáo nhỏ hơn."
        )
    return [_item(raw, pkg.name) for raw in changes]


def _item(raw: Any, name: str) -> Item:
    bad = PackageRefused(
        f"Gói {name} có thay đổi ngoài phạm vi đơn vị được phép sửa nên không được nhận."
    )
    if not isinstance(raw, dict) or not isinstance(raw.get("entity"), str):
        raise bad
    if raw["entity"] not in UNITS or not isinstance(raw.get("unit"), str):
        raise bad  # (a list where text belongs used to crash the lookup: found by fuzzing)
    entity, unit, op = raw["entity"], raw.get("unit"), raw.get("op")
    spec = SPECS[entity]
    ops = ("insert", "update", "delete") if entity in WHOLE else ("update",)
    key, old, new = raw.get("key"), raw.get("old"), raw.get("new")
    if unit not in UNITS[entity] or op not in ops or not isinstance(key, dict):
        raise bad
    if set(key) != set(spec.key) or not well_typed(entity, key):
        raise bad
    expected = set(UNITS[entity][unit]) if op == "update" else {f.name for f in spec.plain_fields}
    for values, needed in ((old, op != "insert"), (new, op != "delete")):
        if not needed:
            if values is not None:
                raise bad
            continue
        if not isinstance(values, dict) or set(values) != expected:
            raise bad
        if not well_typed(entity, values) or any(values.get(k, key[k]) != key[k] for k in key):
            raise bad
    who, at = raw.get("who"), raw.get("at")
    return Item(
        entity,
        key_text(entity, key),
        key,
        unit,
        op,
        old,
        new,
        who if isinstance(who, str) else "",
        at if isinstance(at, datetime) else None,
    )


def _stored(items: list[Item]) -> list[dict[str, Any] | None]:
    """The register's record for each item, one query per kind and few hundred keys (one
    query per change made the preview of 100.000 changes take minutes)."""
    out: list[dict[str, Any] | None] = [None] * len(items)
    by_entity: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        by_entity.setdefault(item.entity, []).append(index)
    for entity, indexes in by_entity.items():
        found = find_records(SPECS[entity], [items[i].record_key for i in indexes])
        for index, full in zip(indexes, found, strict=True):
            out[index] = full
    return out


def _classify(
    item: Item, agency: str, scopes: dict[tuple, str | None], full: dict[str, Any] | None
) -> Item:
    spec = SPECS[item.entity]
    fields = (
        UNITS[item.entity][item.unit]
        if item.op == "update"
        else tuple(f.name for f in spec.plain_fields)
    )
    item.current = None if full is None else {f: full.get(f) for f in fields}
    record = {**item.record_key, **(item.new or item.old)}
    owner = (item.entity, record.get("task") or record.get("target") or record.get("code"))
    if owner not in scopes:
        scopes[owner] = scope_error(item.entity, record, agency)
    scope = scopes[owner]
    if scope:
        item.outcome, item.reason = CONFLICT, scope
        return item
    if same(item.current, item.new):
        item.outcome = SAME
    elif same(item.current, item.old):
        item.outcome = APPLY
    elif item.current is None:
        item.outcome, item.reason = CONFLICT, "Văn phòng đã xóa bản ghi này."
    elif item.old is None:
        item.outcome, item.reason = CONFLICT, "Văn phòng đã có số liệu khác cho cùng mục này."
    else:
        item.outcome, item.reason = CONFLICT, "Văn phòng cũng đã sửa nội dung này."
    if item.outcome == APPLY and item.op != "delete":
        _check_valid(item, full)
    return item


def _check_valid(item: Item, full: dict[str, Any] | None) -> None:
    try:
        validate_record(item.entity, {**(full or {}), **item.new})
    except FieldError as exc:
        item.outcome, item.reason = CONFLICT, f"Giá trị không hợp lệ: {exc}"
