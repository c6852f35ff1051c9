"""Where merged changes come from: each change-log row a merge writes gets its provenance.

Provenance = agency, package id, report number, the officer's name and the time on the
agency's machine. ``history`` shows a record's change log with it, for the GUI and the CLI.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from peewee import JOIN

from dxdesk.core.exchange.offline.codec import UNITS, last_change
from dxdesk.core.exchange.package import dumps, loads
from dxdesk.core.services.changes import ChangeRecorder, logged_key
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.engine import execute_many
from dxdesk.core.storage.exchange_models import ExchangeConflict, ExchangeProvenance
from dxdesk.core.storage.records import SPECS


def apply_with_provenance(
    rec: ChangeRecorder,
    entity: str,
    op: str,
    record_key: dict[str, Any],
    values: dict[str, Any] | None,
    origin: dict[str, Any],
    pending: list[dict[str, Any]] | None = None,
) -> None:
    """Apply one agency change through the change log and mark the rows it wrote (into
    ``pending`` when given, for the caller to insert all at once: :func:`save_provenance`)."""
    before = len(rec.logged)
    if op == "delete":
        instance = records.find(SPECS[entity], record_key)
        if instance is not None:
            rec.delete(entity, instance)
    else:
        rec.write(entity, {**record_key, **(values or {})})
    # the rows this change wrote, as the recorder logged them (selecting the change set's
    # rows so far made a merge quadratic in its number of changes)
    rows = [{"change": change_id, **origin} for change_id in rec.logged[before:]]
    if pending is not None:
        pending.extend(rows)
    else:
        save_provenance(rows)


_PROVENANCE = ("change", "package_id", "agency", "seq", "officer", "at_agency")


def save_provenance(rows: list[dict[str, Any]]) -> None:
    """Insert provenance rows with one plain ``executemany`` (peewee's insert_many spent
    a fifth of a 10.000-change merge building its statements)."""
    if not rows:
        return
    fields = [ExchangeProvenance._meta.fields[name] for name in _PROVENANCE]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    execute_many(
        m.database_proxy,
        f'INSERT INTO "{ExchangeProvenance._meta.table_name}" ({columns}) '
        f"VALUES ({', '.join('?' * len(fields))})",
        [[f.db_value(row.get(f.name, f.default)) for f in fields] for row in rows],
    )


def keep_conflict(item: Any, origin: dict[str, Any]) -> ExchangeConflict:
    """Keep a merge item the register disagrees with, with both values, who and when."""
    spec = SPECS[item.entity]
    fields = (
        UNITS[item.entity][item.unit]
        if item.op == "update"
        else tuple(f.name for f in spec.plain_fields)
    )
    who, at = last_change(item.entity, item.record_key, fields)
    return ExchangeConflict.create(
        package_id=origin["package_id"],
        agency=origin["agency"],
        seq=origin["seq"],
        entity=item.entity,
        entity_key=item.key,
        record_key=dumps(item.record_key),
        unit=item.unit,
        op=item.op,
        base=dumps(item.old),
        secretariat=dumps(item.current),
        agency_value=dumps(item.new),
        secretariat_who=who,
        secretariat_at=at,
        officer=origin["officer"] or "",
        at_agency=origin["at_agency"],
        reason=item.reason,
        detected_at=datetime.now(),
    )


def history(entity: str, key: str | dict[str, Any]) -> list[dict[str, Any]]:
    """Every logged change of a record, oldest first, with its provenance when it was merged."""
    rows = (
        m.Change.select(m.Change, m.ChangeSet, ExchangeProvenance)
        .join(m.ChangeSet)
        .switch(m.Change)
        .join(
            ExchangeProvenance,
            join_type=JOIN.LEFT_OUTER,
            on=(ExchangeProvenance.change == m.Change.id),
        )
        .where((m.Change.entity == entity) & (m.Change.entity_key == logged_key(entity, key)))
        .order_by(m.Change.id)
    )
    out = []
    for r in rows:
        prov = getattr(r, "exchangeprovenance", None)
        origin = None
        if prov is not None and prov.id is not None:
            origin = {
                "agency": prov.agency,
                "package_id": prov.package_id,
                "seq": prov.seq,
                "officer": prov.officer,
                "at_agency": prov.at_agency,
            }
        out.append(
            {
                "at": r.changeset.at,
                "who": r.changeset.who,
                "action": r.changeset.action,
                "op": r.op,
                "field": r.field,
                "old": _json(r.old),
                "new": _json(r.new),
                "undone": r.changeset.undone,
                "origin": origin,
            }
        )
    return out


def _json(text: str | None) -> Any:
    return None if text is None else loads(text)
