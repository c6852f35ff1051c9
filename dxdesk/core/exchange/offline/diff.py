"""Agency side: what changed since the values last shared with the secretariat (the *base*).

The base is what the latest slice brought, moved forward by every report written. A report
carries, unit by unit, the base values (``old``) and the current ones (``new``); the change log
says who changed them and when. Comparing with the base rather than replaying the log keeps a
report right when the officer undid something after an earlier report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dxdesk.core.exchange.offline.codec import (
    TRACKED,
    UNITS,
    WHOLE,
    key_dict,
    key_text,
    last_change,
    same,
    unit_values,
    whole_values,
)
from dxdesk.core.exchange.package import dumps, loads
from dxdesk.core.storage import records
from dxdesk.core.storage.exchange_models import ExchangeBase
from dxdesk.core.storage.records import SPECS

Records = dict[tuple[str, str], dict[str, Any]]


@dataclass(frozen=True)
class LocalChange:
    """One unit of one record changed by the agency: the line of a report."""

    entity: str
    key: str
    record_key: dict[str, Any]
    unit: str
    op: str  # insert, update, delete
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    who: str
    at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "key": self.record_key,
            "unit": self.unit,
            "op": self.op,
            "old": self.old,
            "new": self.new,
            "who": self.who,
            "at": self.at,
        }


def current_records() -> Records:
    """The tracked records of the register, by (entity, key)."""
    out: Records = {}
    for entity in TRACKED:
        spec = SPECS[entity]
        for instance in spec.model.select().order_by(spec.model.id):
            record = records.to_record(spec, instance)
            out[(entity, key_text(entity, record))] = record
    return out


def base_records() -> Records:
    """The tracked records as last shared with the secretariat."""
    return {(r.entity, r.entity_key): loads(r.record) for r in ExchangeBase.select()}


def set_base(recs: Records) -> None:
    """Replace the base with these records."""
    ExchangeBase.delete().execute()
    rows = [
        {"entity": e, "entity_key": k, "record": dumps(whole_values(e, r))}
        for (e, k), r in recs.items()
    ]
    for start in range(0, len(rows), 200):
        ExchangeBase.insert_many(rows[start : start + 200]).execute()


def _order(item: tuple[str, str]) -> tuple[int, str]:
    return TRACKED.index(item[0]), item[1]


def local_changes() -> list[LocalChange]:
    """Every unit that differs from the base, with who changed it last and when."""
    base, current = base_records(), current_records()
    out: list[LocalChange] = []
    for entity, key in sorted(base.keys() | current.keys(), key=_order):
        old, new = base.get((entity, key)), current.get((entity, key))
        for unit, fields in UNITS[entity].items():
            change = _unit_change(entity, unit, old, new)
            if change is None:
                continue
            op, old_values, new_values = change
            record_key = key_dict(entity, new or old)
            who, at = last_change(entity, record_key, fields)
            out.append(
                LocalChange(entity, key, record_key, unit, op, old_values, new_values, who, at)
            )
    return out


def _unit_change(entity: str, unit: str, old: dict | None, new: dict | None) -> tuple | None:
    if old is None or new is None:
        if entity not in WHOLE or (old is None and new is None):
            return None  # a task appears or goes only with a slice
        if old is None:
            return "insert", None, whole_values(entity, new)
        return "delete", whole_values(entity, old), None
    before, after = unit_values(old, entity, unit), unit_values(new, entity, unit)
    return None if same(before, after) else ("update", before, after)
