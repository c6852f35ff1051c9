"""Many new records written and logged at once (a report's new notes and measurements).

What :meth:`ChangeRecorder.write` does for one absent record — normalise, guard, insert,
log the insert — done for thousands with one ``executemany`` for the rows and one for the
change log: a merge of 100.000 changes spent most of its time in per-row statements.
"""

from __future__ import annotations

from typing import Any

from dxdesk.core.services.changes import ChangeRecorder, _encode, _guard, normalise
from dxdesk.core.storage import models as m
from dxdesk.core.storage.engine import execute_many, insert_id
from dxdesk.core.storage.logkeys import log_key
from dxdesk.core.storage.pg import is_server
from dxdesk.core.storage.records import SPECS
from dxdesk.core.storage.records_bulk import insert_records


def insert_many(rec: ChangeRecorder, entity: str, new: list[dict[str, Any]]) -> list[int]:
    """Insert records that are not in the register; the change-log ids, one per record."""
    if not new:
        return []
    spec = SPECS[entity]
    clean = [normalise(spec, record) for record in new]
    for record in clean:
        _guard(entity, "write", record)
    stored = insert_records(spec, clean)
    cs, null = rec.changeset.id, _encode(None)
    rows = []
    for record in stored:
        code = spec.key_of(record)
        rows.append((cs, entity, code, log_key(spec, record), "insert", "", null, _encode(record)))
        rec.touched.add((entity, code))
    db = m.database_proxy
    sql = (
        "INSERT INTO change (changeset_id, entity, entity_code, entity_key, op, field, old, "
        "new) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    )
    if is_server(db):  # a server numbers rows by its sequence: each id is asked for
        ids = [insert_id(db, sql, row) for row in rows]
        _count(rec, entity, ids)
        return ids
    execute_many(db, sql, rows)
    # one statement in one transaction: SQLite numbers the rows one after another
    last = db.execute_sql("SELECT last_insert_rowid()").fetchone()[0]
    ids = list(range(last - len(rows) + 1, last + 1))
    held = db.execute_sql(
        "SELECT COUNT(*) FROM change WHERE id BETWEEN ? AND ? AND changeset_id = ?",
        (ids[0], ids[-1], cs),
    ).fetchone()[0]
    if held != len(ids):  # never seen; said rather than mislabel the provenance
        raise RuntimeError("change-log rows were not numbered one after another")
    _count(rec, entity, ids)
    return ids


def _count(rec: ChangeRecorder, entity: str, ids: list[int]) -> None:
    rec.logged.extend(ids)
    rec.created[entity] = rec.created.get(entity, 0) + len(ids)
