"""Two registers become one: ``dxdesk register merge OTHER.db [--prefix CODE]``.

The former Lào Cai and Yên Bái committees' registers make the new Lào Cai's (DOMAIN.md §8).
Rules (docs/agencies.md, "Register merge"):

- **Reference data** (pillars, agencies, programmes, documents) is shared when the other
  register holds the same record (same code, same content; a document: same issuer, date and
  symbol); the same code with other content is a **collision**.
- **Work** (members, meetings, conclusions, targets and their milestones and measurements,
  tasks and their notes, successions, handovers) is always added: the other committee's tasks
  are other tasks, even with the same code — a collision again.
- Collisions are resolved by a **mapping table** (``--map FILE``, ``services/merge_map.py``:
  the other's code → a code here, e.g. the same Sở in both registers becomes one agency) and
  then by ``--prefix``: the other's code ``NV01`` becomes ``YB-NV01`` and every reference to
  it follows. A merge with a collision neither resolves is refused.
- The other's published figures are its own reports' numbers: not merged (the preview says so).
  The committee identity stays this register's.
- All or nothing, one change set (undoable); each record added gets a ``merge_origin`` row
  (source register, original code). Merging the same register again adds nothing.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dxdesk.core.errors import ValidationError
from dxdesk.core.services import register
from dxdesk.core.services.merge_map import Mapping
from dxdesk.core.storage import migrations, records
from dxdesk.core.storage import models as m
from dxdesk.core.storage.backups import backup_open_register, copy_database
from dxdesk.core.storage.database import close_database, make_database, open_database
from dxdesk.core.storage.records import LOAD_ORDER, REF, REFS, SPECS

SHARED = ("pillar", "agency", "programme", "document")
NOT_MERGED = ("committee", "figure")


@dataclass
class Resolution:
    """A code of the other register that does not come in as it is, and why."""

    entity: str
    code: str  # in the other register
    new: str  # here ("" when unresolved)
    how: str  # "prefix", "map" (a new code), "same" (a record already here), "" (none)
    collision: bool = True

    def line(self, prefix: str) -> str:
        label = SPECS[self.entity].label.lower()
        why = {
            "prefix": "",
            "map": " (bảng ánh xạ: mã mới)",
            "same": f" (bảng ánh xạ: dùng chung {label} đã có ở sổ này)",
            "": "",
        }[self.how]
        return f"    - {label} {self.code} → {self.new or '?'}{why}"


@dataclass
class MergePlan:
    source: str  # "<committee name> (<file name>)"
    prefix: str
    added: dict[str, int] = field(default_factory=dict)
    shared: dict[str, int] = field(default_factory=dict)
    already: dict[str, int] = field(default_factory=dict)  # merged from this source before
    resolutions: list[Resolution] = field(default_factory=list)
    not_merged: dict[str, int] = field(default_factory=dict)
    batch: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    origins: list[tuple[str, str, str]] = field(default_factory=list)  # entity, key, original
    mapping: Mapping = field(default_factory=dict)
    taken: set[tuple[str, str]] = field(default_factory=set)  # (entity, key) planned here

    @property
    def collisions(self) -> list[Resolution]:
        return [r for r in self.resolutions if r.collision]

    @property
    def unresolved(self) -> list[Resolution]:
        return [r for r in self.resolutions if not r.how]

    def lines(self) -> list[str]:
        """The preview, in Vietnamese: what is added, shared, renamed and left out."""
        label = {e: SPECS[e].label.lower() for e in SPECS}
        out = [f"Gộp sổ {self.source}:"]
        out += [f"  thêm {n} {label[e]}" for e, n in self.added.items() if n]
        out += [f"  dùng chung {n} {label[e]} đã có" for e, n in self.shared.items() if n]
        out += [f"  đã gộp trước đây: {n} {label[e]}" for e, n in self.already.items() if n]
        if self.collisions:
            out.append(f"  {len(self.collisions)} mã trùng ({self._ways()}):")
            out += [r.line(self.prefix) for r in self.collisions]
        mapped = [r for r in self.resolutions if not r.collision]
        if mapped:
            out.append(f"  {len(mapped)} mã theo bảng ánh xạ (không trùng):")
            out += [r.line(self.prefix) for r in mapped]
        out += [
            f"  không gộp {n} {label[e]} (số liệu đã công bố của sổ kia)"
            for e, n in self.not_merged.items()
            if n and e == "figure"
        ]
        if not any(self.added.values()):
            out.append("  Không có gì mới để gộp.")
        return out

    def _ways(self) -> str:
        hows = [r.how for r in self.collisions]
        ways = []
        if "map" in hows or "same" in hows:
            ways.append(f"{hows.count('map') + hows.count('same')} theo bảng ánh xạ")
        if "prefix" in hows:
            ways.append(f"đổi mã bằng tiền tố “{self.prefix}”")
        if "" in hows:
            ways.append(
                "chưa có cách xử lý" if len(ways) == 0 else f"{hows.count('')} chưa có cách xử lý"
            )
        return ", ".join(ways)


def _schema_version(path: Path) -> int:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


def read_register(path: str | Path) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    """(committee name, every record) of another register, read without writing to it.
    A register of an older dxdesk (an older schema) is read from a migrated copy in a
    temporary folder: the other committee's file is never changed."""
    path = Path(path)
    current = m.database_proxy.obj
    try:
        older = path.is_file() and 0 < _schema_version(path) < migrations.LATEST
    except sqlite3.Error:
        older = False  # open_database says what is wrong with it
    with tempfile.TemporaryDirectory(prefix="dxdesk-gop-so-") as tmp:
        if older:
            copy = Path(tmp) / path.name
            copy_database(path, copy)
            other = make_database(copy)
            other.connect()
            m.database_proxy.initialize(other)
            migrations.migrate(other, _schema_version(copy))
        else:
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


def plan_merge(path: str | Path, *, prefix: str = "", mapping: Mapping | None = None) -> MergePlan:
    """Everything merging ``path`` would add, share and rename; writes nothing."""
    name, batch = read_register(path)
    plan = MergePlan(f"{name or 'không tên'} ({Path(path).name})", prefix.strip())
    plan.mapping = dict(mapping or {})
    origins = _origins(plan.source)
    _check_mapping(plan, batch, {(e, o): k for e, o, k in origins})
    before = {(entity, original) for entity, original, _ in origins}
    codes: dict[tuple[str, str], str] = {}  # (entity, their code) → code here
    for entity, original, key in origins:
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


def _check_mapping(
    plan: MergePlan, batch: dict[str, list[dict[str, Any]]], merged: dict[tuple[str, str], str]
) -> None:
    """A mapping row naming no record of the other register, folding work into work, or
    giving two records one new code: one sentence, before anything is planned. (A record
    merged before under its mapped code is no folding: merging again adds nothing.)"""
    new_codes: dict[tuple[str, str], str] = {}
    for (entity, theirs), here in plan.mapping.items():
        if merged.get((entity, theirs)) == here:
            continue
        label = SPECS[entity].label.lower()
        if not any(r.get("code") == theirs for r in batch.get(entity, [])):
            raise ValidationError(
                f"Bảng ánh xạ mã: sổ {plan.source} không có {label} {theirs}; chưa có gì được ghi."
            )
        exists = records.find(SPECS[entity], {"code": here}) is not None
        if exists and entity not in SHARED:
            raise ValidationError(
                f"Bảng ánh xạ mã: {label} {theirs} của sổ kia không thể nhập vào {label} "
                f"{here} đã có ở sổ này (công việc của Ban Chỉ đạo kia luôn được thêm): hãy "
                "ánh xạ sang một mã chưa dùng; chưa có gì được ghi."
            )
        if not exists and (entity, here) in new_codes:
            raise ValidationError(
                f"Bảng ánh xạ mã: {label} {new_codes[(entity, here)]} và {theirs} của sổ kia "
                f"cùng được ánh xạ sang mã mới {here}; chưa có gì được ghi."
            )
        new_codes[(entity, here)] = theirs


def _plan_record(
    plan: MergePlan, spec: records.EntitySpec, theirs: dict[str, Any], codes: dict, before: set
) -> None:
    entity, original = spec.name, spec.key_of(theirs)
    record = _remap(spec, theirs, codes)
    coded = spec.key == ("code",)
    existing = records.find(spec, record)
    mine = records.to_record(spec, existing) if existing is not None else None
    if coded and (entity, theirs["code"]) in plan.mapping:
        if (entity, original) in before:
            plan.already[entity] = plan.already.get(entity, 0) + 1
            return
        _plan_mapped(plan, spec, theirs, record, codes, mine)
        return
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
    if mine is not None or (entity, spec.key_of(record)) in plan.taken:
        new = f"{plan.prefix}-{theirs['code']}" if coded and plan.prefix else ""
        plan.resolutions.append(Resolution(entity, original, new, "prefix" if new else ""))
        if not new:
            return
        codes[(entity, theirs["code"])] = new
        record = {**record, "code": new}
        if records.find(spec, record) is not None:
            plan.already[entity] = plan.already.get(entity, 0) + 1
            plan.resolutions.pop()
            return
    _add(plan, spec, record, original)


def _plan_mapped(
    plan: MergePlan,
    spec: records.EntitySpec,
    theirs: dict[str, Any],
    record: dict[str, Any],
    codes: dict,
    mine: dict[str, Any] | None,
) -> None:
    """A record the mapping table names: the same record here, or added under a new code."""
    entity, code = spec.name, theirs["code"]
    here = plan.mapping[(entity, code)]
    codes[(entity, code)] = here
    collision = mine is not None and not (entity in SHARED and _same(spec, mine, record))
    if records.find(spec, {"code": here}) is not None:  # checked: only shared records
        plan.resolutions.append(Resolution(entity, code, here, "same", collision))
        plan.shared[entity] = plan.shared.get(entity, 0) + 1
        return
    if (entity, here) in plan.taken:
        raise ValidationError(
            f"Bảng ánh xạ mã: mã mới {here} cho {SPECS[entity].label.lower()} {code} trùng với "
            "một mã khác của sổ kia; chưa có gì được ghi."
        )
    plan.resolutions.append(Resolution(entity, code, here, "map", collision))
    _add(plan, spec, {**record, "code": here}, spec.key_of(theirs))


def _add(plan: MergePlan, spec: records.EntitySpec, record: dict[str, Any], original: str) -> None:
    plan.batch.setdefault(spec.name, []).append(record)
    plan.added[spec.name] = plan.added.get(spec.name, 0) + 1
    plan.origins.append((spec.name, spec.key_of(record), original))
    plan.taken.add((spec.name, spec.key_of(record)))


def merge_register(
    path: str | Path, *, prefix: str = "", mapping: Mapping | None = None, who: str = ""
) -> MergePlan:
    """Merge another register into this one, all or nothing, in one change set."""
    plan = plan_merge(path, prefix=prefix, mapping=mapping)
    if plan.unresolved:
        first = plan.unresolved[0]
        raise ValidationError(
            f"Sổ {plan.source} có {len(plan.unresolved)} mã trùng với sổ này (ví dụ "
            f"{SPECS[first.entity].label.lower()} {first.code}): hãy gộp với --prefix "
            "(ví dụ --prefix YB) hoặc một bảng ánh xạ mã (--map); chưa có gì được ghi."
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
