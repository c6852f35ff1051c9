"""Entity specs: one description per kind of record, shared by every way data moves.

A *record* is a plain dict keyed by field name, with references written as codes (never
database ids), dates as ``date``, numbers as ``float``/``int``, enums as their stable code and
many-to-many links as lists of codes. The workbook, the demo data, the change log (undo) and
the offline exchange all speak records, so each entity is described once, here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from peewee import Model

from dxdesk.core.storage import models as m
from dxdesk.core.storage.engine import execute_many, insert_id
from dxdesk.core.storage.pg import refused_error
from dxdesk.core.storage.record_specs import (
    DATE,
    ENUM,
    FLOAT,
    INT,
    LOAD_ORDER,
    REF,
    REFS,
    SPECS,
    TEXT,
    EntitySpec,
    FieldSpec,
    _plain,
)

__all__ = [
    "DATE",
    "ENUM",
    "FLOAT",
    "INT",
    "LOAD_ORDER",
    "REF",
    "REFS",
    "SPECS",
    "TEXT",
    "EntitySpec",
    "FieldSpec",
]  # re-exported for callers

# Code ↔ id lookups of references, remembered for the length of one use case (``caching``):
# a 1,000-row import would otherwise ask the same agency's code a thousand times.
_CACHE: ContextVar[dict | None] = ContextVar("dxdesk_records_cache", default=None)


@contextmanager
def caching() -> Iterator[None]:
    """Remember reference lookups inside this block (one transaction, one use case)."""
    token = _CACHE.set({})
    try:
        yield
    finally:
        _CACHE.reset(token)


def forget(key: tuple | None = None) -> None:
    """Drop remembered lookups (after a rename or a delete changes codes or ids), or only
    the one under ``key`` (see ``remembered``)."""
    cache = _CACHE.get()
    if cache is not None and key is None:
        cache.clear()
    elif cache is not None:
        cache.pop(key, None)


def remembered(key: tuple, compute: Any) -> Any:
    """``compute()``, asked once inside a ``caching`` block (a None answer is asked again)."""
    return _cached(key, compute)


def _cached(key: tuple, compute: Any) -> Any:
    cache = _CACHE.get()
    if cache is None:
        return compute()
    if key not in cache:
        value = compute()
        if value is None:
            return None  # not yet written: ask again next time
        cache[key] = value
    return cache[key]


def code_for(entity: str, ref_id: int | None) -> str | None:
    """The code of the ``entity`` row with this id."""
    if ref_id is None:
        return None
    return _cached((entity, "id", ref_id), lambda: _one(_code_sql(entity), ref_id))


# Plain SQL for the lookups every record read makes (a code per reference, the codes of each
# link): peewee building them took most of a task save's own time on a server (issue 20).
@cache
def _code_sql(entity: str) -> str:
    meta = SPECS[entity].model._meta
    return f'SELECT "{meta.fields["code"].column_name}" FROM "{meta.table_name}" WHERE id = ?'


def _one(sql: str, param: Any) -> Any:
    row = m.database_proxy.execute_sql(sql, (param,)).fetchone()
    return row[0] if row else None


def id_for(entity: str, code: str | None) -> int | None:
    """The id of the ``entity`` row with this code, or None."""
    if code in (None, ""):
        return None
    model = SPECS[entity].model
    return _cached(
        (entity, "code", code), lambda: model.select(model.id).where(model.code == code).scalar()
    )


def to_record(spec: EntitySpec, instance: Model) -> dict[str, Any]:
    """The record of a model instance (references resolved to codes)."""
    out: dict[str, Any] = {}
    for f in spec.fields:
        if f.kind == REF:
            out[f.name] = code_for(f.ref, getattr(instance, f"{f.name}_id"))
        elif f.kind == REFS:
            out[f.name] = _link_codes(f, instance.id)
        else:
            value = getattr(instance, f.name)
            if f.kind == FLOAT and value is not None:
                value = float(value)
            out[f.name] = value
    return out


def find(spec: EntitySpec, key: dict[str, Any]) -> Model | None:
    """The instance whose key fields equal ``key`` (references given as codes), or None."""
    query = spec.model.select()
    for name in spec.key:
        f = spec.field(name)
        value = key.get(name)
        if f.kind == REF and value in (None, "") and not f.required:
            query = query.where(getattr(spec.model, name).is_null())
        elif f.kind == REF:
            ref_id = id_for(f.ref, value)
            if ref_id is None:
                return None
            query = query.where(getattr(spec.model, name) == ref_id)
        else:
            query = query.where(getattr(spec.model, name) == _stored(f, value))
    return query.first()


def find_record(spec: EntitySpec, key: dict[str, Any]) -> dict[str, Any] | None:
    """The record whose key fields equal ``key``, read by plain SQL (a merge reads one per
    change: peewee's query building cost more than SQLite's work), or None."""
    row = _select_row(spec, key)
    return None if row is None else _row_record(spec, row, {})


def resolve(entity: str, code: str | None) -> Model | None:
    """The instance of ``entity`` with this code (only code-keyed entities are referenced)."""
    if code in (None, ""):
        return None
    model = SPECS[entity].model
    return model.get_or_none(model.code == code)


def _stored(f: FieldSpec, value: Any) -> Any:
    if f.kind == ENUM and isinstance(value, Enum):
        return value.value
    if f.kind == TEXT and value is None:
        return ""
    return value


@dataclass
class Diff:
    """What writing one record changed: the change log rows, as (field, old, new)."""

    created: bool = False
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)
    record: dict[str, Any] = field(default_factory=dict)  # the record as stored afterwards


# The write path speaks plain SQL built once per entity: peewee's query building costs more
# than SQLite's work on a 1,000-row import (measured: 4.6 s of 6.5 s under the profiler).
@cache
def _layout(entity: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(table, {field name: peewee field} of plain fields, {column: default db value})."""
    spec = SPECS[entity]
    meta = spec.model._meta
    fields = {f.name: meta.fields[f.name] for f in spec.plain_fields}
    defaults = {}
    for fld in meta.sorted_fields:
        if fld.default is not None and not fld.primary_key:
            # a callable default (a note's identity) is asked again at every insert
            defaults[fld.column_name] = (
                fld.default if callable(fld.default) else fld.db_value(fld.default)
            )
    return meta.table_name, fields, defaults


def _select_row(spec: EntitySpec, key: dict[str, Any]) -> dict[str, Any] | None:
    table, fields, _ = _layout(spec.name)
    where, params = [], []
    for name in spec.key:
        f = spec.field(name)
        value = key.get(name)
        if f.kind == REF and value in (None, "") and not f.required:  # the committee's value
            where.append(f'"{fields[name].column_name}" IS NULL')
            continue
        if f.kind == REF:
            value = id_for(f.ref, value)
            if value is None:
                return None
        where.append(f'"{fields[name].column_name}" = ?')
        params.append(fields[name].db_value(_stored(f, value)))
    condition = " AND ".join(where) or "TRUE"  # no key: the table's one row (committee)
    cursor = m.database_proxy.execute_sql(
        f'SELECT * FROM "{table}" WHERE {condition} ORDER BY id LIMIT 1', params
    )
    row = cursor.fetchone()
    return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None


def _row_record(spec: EntitySpec, row: dict[str, Any], links: dict[str, list]) -> dict:
    _, fields, _ = _layout(spec.name)
    out: dict[str, Any] = {}
    for f in spec.fields:
        if f.kind == REFS:
            out[f.name] = links[f.name] if f.name in links else _link_codes(f, row["id"])
            continue
        fld = fields[f.name]
        raw = row.get(fld.column_name)
        if f.kind == REF:
            out[f.name] = code_for(f.ref, raw)
        else:
            value = fld.python_value(raw)
            out[f.name] = float(value) if f.kind == FLOAT and value is not None else value
    return out


def _link_codes(f: FieldSpec, owner_id: int) -> list[str]:
    rows = m.database_proxy.execute_sql(_links_sql(f.link, f.ref), (owner_id,)).fetchall()
    return [code for (code,) in rows]


@cache
def _links_sql(link_spec: tuple, ref_entity: str) -> str:
    link, own, other = link_spec
    lm, rm = link._meta, SPECS[ref_entity].model._meta
    return (
        f'SELECT r."{rm.fields["code"].column_name}" FROM "{lm.table_name}" l '
        f'JOIN "{rm.table_name}" r ON r.id = l."{lm.fields[other].column_name}" '
        f'WHERE l."{lm.fields[own].column_name}" = ? '
        "ORDER BY l.id"  # the order written: the first-named agency leads
    )


def _same(stored: Any, value: Any) -> bool:
    """Whether a column already holds ``value`` (dates are ISO text in both engines)."""
    if stored == value:
        return True
    if isinstance(value, date | datetime) and isinstance(stored, str):
        return stored == (value.isoformat() if type(value) is date else str(value))
    return False


def write(spec: EntitySpec, record: dict[str, Any]) -> tuple[Model, Diff]:
    """Insert or update the record (fields absent from it are left as they are)."""
    table, fields, defaults = _layout(spec.name)
    row = _select_row(spec, record)
    diff = Diff(created=row is None)
    before = _row_record(spec, row, {}) if row is not None else {}
    values: dict[str, Any] = {}
    for f in spec.plain_fields:
        if f.name in record:
            value = id_for(f.ref, record[f.name]) if f.kind == REF else _stored(f, record[f.name])
            values[fields[f.name].column_name] = fields[f.name].db_value(value)
    db = m.database_proxy
    if row is None:
        fresh = {c: v() if callable(v) else v for c, v in defaults.items()}
        row = {**fresh, **values}
        columns = ", ".join(f'"{c}"' for c in row)
        sql = f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * len(row))})'
        row["id"] = insert_id(db, sql, list(row.values()))
    elif values := {c: v for c, v in values.items() if not _same(row.get(c), v)}:
        # only what changes: a unit account on a server may write its tasks' progress only
        assignments = ", ".join(f'"{c}" = ?' for c in values)
        cursor = db.execute_sql(
            f'UPDATE "{table}" SET {assignments} WHERE id = ?', [*values.values(), row["id"]]
        )
        if cursor.rowcount == 0:  # a server's row-level rights hid the row from this account
            raise refused_error(PermissionError("row-level security"))
        row = {**row, **values}
    links = {f.name: before[f.name] for f in spec.fields if f.kind == REFS and before}
    for f in spec.fields:  # the links not written are as read before
        if f.kind == REFS and f.name in record:
            links[f.name] = _write_links(f, row["id"], record[f.name] or [])
    diff.record = _row_record(spec, row, links)
    if not diff.created:  # an insert is logged whole; an update field by field
        for f in spec.fields:
            old, new = before.get(f.name), diff.record.get(f.name)
            if f.name in record and _plain(old) != _plain(new):
                diff.fields.append((f.name, old, new))
    return _instance(spec, row), diff


def _instance(spec: EntitySpec, row: dict[str, Any]) -> Model:
    """A model object for the row just written, without asking the database again."""
    meta = spec.model._meta
    by_column = {fld.column_name: fld for fld in meta.sorted_fields}
    data = {
        by_column[c].name: by_column[c].python_value(v) for c, v in row.items() if c in by_column
    }
    return spec.model(**data)


def _write_links(f: FieldSpec, owner_id: int, codes: list[str]) -> list[str]:
    # plain SQL, as the rows above: peewee built two queries per task on an import
    link, own, other = f.link
    meta = link._meta
    table, own_col, other_col = (
        meta.table_name,
        meta.fields[own].column_name,
        meta.fields[other].column_name,
    )
    db = m.database_proxy
    db.execute_sql(f'DELETE FROM "{table}" WHERE "{own_col}" = ?', (owner_id,))
    codes = list(dict.fromkeys(codes))
    if codes:
        execute_many(
            db,
            f'INSERT INTO "{table}" ("{own_col}", "{other_col}") VALUES (?, ?)',
            [(owner_id, id_for(f.ref, code)) for code in codes],
        )
    return codes


def delete(spec: EntitySpec, instance: Model) -> dict[str, Any]:
    """Delete an instance; return its record so the change log can restore it."""
    record = to_record(spec, instance)
    instance.delete_instance()
    forget()
    return record


# The 2025 reorganisation's records (successions, handovers) and the index families,
# structures, scores and assignments (issue 16) are described in their own modules.
