"""What loading a batch would do, without doing it: the import preview.

The batch goes through the very code that loads it (:func:`register.load`, every rule and
check included) inside a transaction that is then rolled back. The change log that load
wrote says, per entity, which records would be added, which fields of which records would
change (old → new), and how many records of the file are already in the register as they
are. Nothing is written and nothing is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dxdesk.core.services import register
from dxdesk.core.services.changes import _decode
from dxdesk.core.storage import models as m
from dxdesk.core.storage.records import LOAD_ORDER, SPECS

Batch = dict[str, list[dict[str, Any]]]


@dataclass
class FieldChange:
    """One field of one record that the load would change."""

    code: str
    field: str
    old: Any
    new: Any


@dataclass
class EntityPlan:
    """What the load would do to one entity (one sheet of a workbook)."""

    entity: str
    sheet: str
    added: list[str] = field(default_factory=list)  # codes, in the order written
    changed: list[FieldChange] = field(default_factory=list)
    unchanged: int = 0

    @property
    def changed_records(self) -> int:
        return len({c.code for c in self.changed})


def plan_load(
    batch: Batch,
    *,
    sheet_names: dict[str, str] | None = None,
    working_date: date | None = None,
    progress: register.Progress | None = None,
) -> list[EntityPlan]:
    """Per entity (in load order), what ``register.load(batch)`` would add and change;
    ImportFailed as load raises it. The register is left exactly as it was."""
    names = sheet_names or {}
    db = m.database_proxy
    with db.atomic() as transaction:
        try:
            result = register.load(
                batch,
                action="Xem trước khi nhập",
                sheet_names=names,
                working_date=working_date,
                progress=progress,
            )
            logged = (
                list(
                    m.Change.select(
                        m.Change.entity,
                        m.Change.entity_code,
                        m.Change.op,
                        m.Change.field,
                        m.Change.old,
                        m.Change.new,
                    )
                    .where(m.Change.changeset == result.changeset)
                    .order_by(m.Change.id)
                    .tuples()
                )
                if result.changeset is not None
                else []
            )
        finally:
            transaction.rollback()
    return _plans(batch, names, logged)


def _plans(batch: Batch, names: dict[str, str], logged: list[tuple]) -> list[EntityPlan]:
    plans: dict[str, EntityPlan] = {}

    def plan(entity: str) -> EntityPlan:
        if entity not in plans:
            plans[entity] = EntityPlan(entity, names.get(entity, SPECS[entity].label))
        return plans[entity]

    added: dict[str, set[str]] = {}
    touched: dict[str, set[str]] = {}
    for entity, code, op, name, old, new in logged:
        if entity not in SPECS:  # a row outside the records ("state"): not the file's
            continue
        touched.setdefault(entity, set()).add(code)
        if op == "insert" and code not in added.setdefault(entity, set()):
            added[entity].add(code)
            plan(entity).added.append(code)
        elif op == "update" and code not in added.get(entity, ()):
            plan(entity).changed.append(FieldChange(code, name, _decode(old), _decode(new)))
    for entity, rows in batch.items():
        if entity not in SPECS:
            continue
        spec = SPECS[entity]
        keys = {spec.key_of(r) for r in rows}
        plan(entity).unchanged = len(keys - touched.get(entity, set()))
    order = {e: i for i, e in enumerate(LOAD_ORDER)}
    return sorted(plans.values(), key=lambda p: order.get(p.entity, len(order)))
