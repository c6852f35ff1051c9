"""Two registers become one: ``dxdesk register merge OTHER.db [--prefix CODE]``.

The former Lào Cai and Yên Bái committees' registers make the new Lào Cai's (DOMAIN.md §8).
Rules (docs/agencies.md, "Register merge"):

- **Reference data** (pillars, agencies, programmes, documents) is shared when the other
  register holds the same record (same code, same content; a document: same issuer, date and
  symbol); the same code with other content is a **collision**.
- **Work** (members, meetings, conclusions, targets and their milestones and measurements,
  tasks and their notes, successions, handovers) is always added: the other committee's tasks
  are other tasks, even with the same code — a collision again.
- Collisions are resolved by ``--prefix``: the other's code ``NV01`` becomes ``YB-NV01`` and
  every reference to it follows. Without a prefix a merge with collisions is refused.
- The other's published figures are its own reports' numbers: not merged (the preview says so).
  The committee identity stays this register's.
- All or nothing, one change set (undoable); each record added gets a ``merge_origin`` row
  (source register, original code). Merging the same register again adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dxdesk.core.errors import ValidationError
from dxdesk.core.services import register
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.backups import backup_open_register
from dxdesk.core.storage.database import close_database, open_database
from dxdesk.core.storage.records import LOAD_ORDER, REF, REFS, SPECS

SHARED = ("pillar", "agency", "programme", "document")
NOT_MERGED = ("committee", "figure")


@dataclass
class MergePlan:
    source: str  # "<committee name> (<file name>)"
    prefix: str
    added: dict[str, int] = field(default_factory=dict)
    shared: dict[str, int] = field(default_factory=dict)
    already: dict[str, int] = field(default_factory=dict)  # merged from this source before
    collisions: list[tuple[str, str, str]] = field(default_factory=list)  # entity, code, new
    not_merged: dict[str, int] = field(default_factory=dict)
    batch: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    origins: list[tuple[str, str, str]] = field(default_factory=list)  # entity, key, original

    def lines(self) -> list[str]:
        """The preview, in Vietnamese: what is added, shared, renamed and left out."""
        label = {e: SPECS[e].label.lower() for e in SPECS}
        out = [f"Gộp sổ {self.source}:"]
        out += [f"  thêm {n} {label[e]}" for e, n in self.added.items() if n]
        out += [f"  dùng chung {n} {label[e]} đã có" for e, n in self.shared.items() if n]
        out += [f"  đã gộp trước đây: {n} {label[e]}" for e, n in self.already.items() if n]
        if self.collisions:
            how = f"đổi mã bằng tiền tố “{self.prefix}”" if self.prefix else "chưa có cách xử lý"
            out.append(f"  {len(self.collisions)} mã trùng ({how}):")
            out += [f"    - {label[e]} {code} → {new}" for e, code, new in self.collisions]
        out += [
            f"  không gộp {n} {label[e]} (số liệu đã công bố của sổ kia)"
            for e, n in self.not_merged.items()
            if n and e == "figure"
        ]
        if not any(self.added.values()):
            out.append("  Không có gì mới để gộp.")
        return out


def read_register(path: str | Path) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    """(committee name, every record) of another register, read without writing to it."""
    current = m.database_proxy.obj
    other = open_database(path, read_only=True)
    try:
        row = m.Committee.select().first()
        return (row.name if row else ""), register.export_batch()
    finally:
        close_database(other)
        m.database_proxy.initialize(current)


def _same(spec: records.EntitySpec, mine: dict[str, Any], theirs: dict[str, Any]) -> bool:
    return all(
        records._plain(mine.get(f.name)) == records._plain(theirs.get(f.name))
        for f in spec.fields
        if f.kind != REFS and f.name != "parent"
    )


def _remap(spec: records.EntitySpec, record: dict[str, Any], codes: dict) -> dict[str, Any]:
    out = dict(record)
    for f in spec.fields:
        if f.kind == REF and out.get(f.name):
            out[f.name] = codes.get((f.ref, out[f.name]), out[f.name])
        elif f.kind == REFS and out.get(f.name):
            out[f.name] = [codes.get((f.ref, c), c) for c in out[f.name]]
    return out


def _origins(source: str) -> list[tuple[str, str, str]]:
    """(entity, original key, key here) of the records merged from ``source`` by merges
    that stand (an undone merge no longer counts: its rows go with its change set)."""
    query = (
        m.MergeOrigin.select(m.MergeOrigin.entity, m.MergeOrigin.original_key, m.MergeOrigin.key)
        .join(m.ChangeSet)
        .where((m.MergeOrigin.source == source) & (m.ChangeSet.undone == False))  # noqa: E712
    )
    return list(query.tuples())


def _merged_before(source: str) -> set[tuple[str, str]]:
    return {(entity, original) for entity, original, _ in _origins(source)}


def plan_merge(path: str | Path, *, prefix: str = "") -> MergePlan:
    """Everything merging ``path`` would add, share and rename; writes nothing."""
    name, batch = read_register(path)
    plan = MergePlan(f"{name or 'không tên'} ({Path(path).name})", prefix.strip())
    before = _merged_before(plan.source)
    codes: dict[tuple[str, str], str] = {}  # (entity, their code) → code here
    for entity, original, key in _origins(plan.source):
        if SPECS[entity].key == ("code",) and key != original:
            codes[(entity, original)] = key  # renamed by an earlier merge: children follow
    for entity in LOAD_ORDER:
        spec = SPECS[entity]
        if entity in NOT_MERGED:
            plan.not_merged[entity] = len(batch.get(entity, []))
            continue
        for theirs in batch.get(entity, []):
            _plan_record(plan, spec, theirs, codes, before)
    return plan


def _plan_record(
    plan: MergePlan, spec: records.EntitySpec, theirs: dict[str, Any], codes: dict, before: set
) -> None:
    entity, original = spec.name, spec.key_of(theirs)
    record = _remap(spec, theirs, codes)
    coded = spec.key == ("code",)
    existing = records.find(spec, record)
    mine = records.to_record(spec, existing) if existing is not None else None
    if entity == "document" and mine is None:
        twin = m.Document.get_or_none(
            (m.Document.issuer == record["issuer"])
            & (m.Document.issue_date == record["issue_date"])
            & (m.Document.symbol == record["symbol"])
        )
        if twin is not None:  # the same document under another code here
            codes[(entity, theirs["code"])] = twin.code
            plan.shared[entity] = plan.shared.get(entity, 0) + 1
            return
    if entity in SHARED and mine is not None and _same(spec, mine, record):
        plan.shared[entity] = plan.shared.get(entity, 0) + 1
        return
    if (entity, original) in before:
        plan.already[entity] = plan.already.get(entity, 0) + 1
        return
    if mine is not None:
        new = f"{plan.prefix}-{theirs['code']}" if coded and plan.prefix else ""
        plan.collisions.append((entity, original, new or "?"))
        if not new:
            return
        codes[(entity, theirs["code"])] = new
        record = {**record, "code": new}
        if records.find(spec, record) is not None:
            plan.already[entity] = plan.already.get(entity, 0) + 1
            plan.collisions.pop()
            return
    plan.batch.setdefault(entity, []).append(record)
    plan.added[entity] = plan.added.get(entity, 0) + 1
    plan.origins.append((entity, spec.key_of(record), original))


def merge_register(path: str | Path, *, prefix: str = "", who: str = "") -> MergePlan:
    """Merge another register into this one, all or nothing, in one change set."""
    plan = plan_merge(path, prefix=prefix)
    unresolved = [c for c in plan.collisions if c[2] == "?"]
    if unresolved:
        entity, code, _ = unresolved[0]
        raise ValidationError(
            f"Sổ {plan.source} có {len(unresolved)} mã trùng với sổ này (ví dụ "
            f"{SPECS[entity].label.lower()} {code}): hãy gộp với --prefix, "
            "ví dụ --prefix YB; chưa có gì được ghi."
        )
    if not plan.batch:
        return plan
    backup_open_register("truoc-gop-so")
    action = f"Gộp sổ {plan.source}"
    with m.database_proxy.atomic():
        register.load(plan.batch, action=action, who=who)
        changeset = (
            m.ChangeSet.select()
            .where(m.ChangeSet.action == action)
            .order_by(m.ChangeSet.id.desc())
            .first()
        )
        m.MergeOrigin.insert_many(
            [
                {
                    "source": plan.source,
                    "entity": e,
                    "key": k,
                    "original_key": o,
                    "changeset": changeset,
                }
                for e, k, o in plan.origins
            ]
        ).execute()
    return plan
