"""Records read and written many at a time, for a merge of thousands of changes.

``find_records`` answers what :func:`records.find_record` answers for each key, in one query
per few hundred keys instead of one per key; ``insert_records`` inserts new rows with one
``executemany``. Both speak the same plain SQL as ``records`` (its layout, its stored forms),
so what they read and write is what one-at-a-time would (``tests/exchange`` checks it).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dxdesk.core.storage import models as m
from dxdesk.core.storage.engine import execute_many
from dxdesk.core.storage.record_specs import REF, REFS, EntitySpec
from dxdesk.core.storage.records import _layout, _row_record, _stored, id_for

_CHUNK = 500  # values per IN (…): far under SQLite's limit on variables


def _text_key(value: Any) -> Any:
    """The form a key value is compared in: as SQLite stores it (a date as ISO text)."""
    return value.isoformat() if isinstance(value, date) else value


def _wanted(spec: EntitySpec, key: dict[str, Any]) -> tuple | None:
    """A key as the row's column values would read, or None when no row can match (an
    unknown reference: ``find_record`` answers None then too)."""
    _, fields, _ = _layout(spec.name)
    out: list[Any] = []
    for name in spec.key:
        f = spec.field(name)
        value = key.get(name)
        if f.kind == REF:
            if value in (None, "") and not f.required:
                out.append(None)  # the committee's value: IS NULL
                continue
            ref = id_for(f.ref, value)
            if ref is None:
                return None
            out.append(ref)
        else:
            out.append(_text_key(fields[name].db_value(_stored(f, value))))
    return tuple(out)


def find_records(spec: EntitySpec, keys: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """The stored record of each key (the first by id, as ``find_record``), or None."""
    table, fields, _ = _layout(spec.name)
    columns = [fields[name].column_name for name in spec.key]
    wanted = [_wanted(spec, key) for key in keys]
    firsts = sorted({w[0] for w in wanted if w is not None and w[0] is not None}, key=str)
    found: dict[tuple, dict[str, Any]] = {}
    db = m.database_proxy
    for start in range(0, len(firsts), _CHUNK):
        chunk = firsts[start : start + _CHUNK]
        cursor = db.execute_sql(
            f'SELECT * FROM "{table}" WHERE "{columns[0]}" IN ({", ".join("?" * len(chunk))}) '
            "ORDER BY id",
            chunk,
        )
        names = [c[0] for c in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            found.setdefault(tuple(_text_key(row[c]) for c in columns), row)
    out: list[dict[str, Any] | None] = []
    for key, want in zip(keys, wanted, strict=True):
        if want is not None and want[0] is None:  # (never a first key field: ask one by one)
            from dxdesk.core.storage.records import find_record

            out.append(find_record(spec, key))
            continue
        row = found.get(want) if want is not None else None
        out.append(None if row is None else _row_record(spec, row, {}))
    return out


def insert_records(spec: EntitySpec, new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Insert records known to be absent (whole: every plain field), as stored afterwards.
    Only for entities without lists of references (notes, measurements)."""
    assert not any(f.kind == REFS for f in spec.fields), spec.name
    table, fields, defaults = _layout(spec.name)
    rows: list[dict[str, Any]] = []
    for record in new:
        row = {c: v() if callable(v) else v for c, v in defaults.items()}
        for f in spec.plain_fields:
            if f.name in record:
                value = (
                    id_for(f.ref, record[f.name]) if f.kind == REF else _stored(f, record[f.name])
                )
                row[fields[f.name].column_name] = fields[f.name].db_value(value)
        rows.append(row)
    by_columns: dict[tuple[str, ...], list[list[Any]]] = {}
    for row in rows:
        by_columns.setdefault(tuple(row), []).append(list(row.values()))
    for columns, values in by_columns.items():
        names = ", ".join(f'"{c}"' for c in columns)
        execute_many(
            m.database_proxy,
            f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})',
            values,
        )
    return [_row_record(spec, row, {}) for row in rows]
