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
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from peewee import Model

from dxdesk.core.domain import enums
from dxdesk.core.storage import models as m

TEXT, DATE, FLOAT, INT, ENUM, REF, REFS = "text", "date", "float", "int", "enum", "ref", "refs"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str = TEXT
    required: bool = False
    enum: type[Enum] | None = None
    ref: str | None = None  # entity name of a reference
    link: tuple[type[Model], str, str] | None = None  # REFS: (link model, own fk, other fk)


@dataclass(frozen=True)
class EntitySpec:
    name: str
    model: type[Model]
    key: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    label: str = ""

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)

    @property
    def plain_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.kind != REFS)

    def key_of(self, record: dict[str, Any]) -> str:
        """A record's key as people read it, values joined by '|' (the log uses logkeys)."""
        return "|".join(str(_plain(record.get(k))) for k in self.key)


def F(name: str, kind: str = TEXT, **kw: Any) -> FieldSpec:  # noqa: N802 - a table-like helper
    return FieldSpec(name, kind, **kw)


def _enum(name: str, cls: type[Enum], required: bool = True) -> FieldSpec:
    return FieldSpec(name, ENUM, required=required, enum=cls)


SPECS: dict[str, EntitySpec] = {}


def _spec(*args: Any, **kw: Any) -> None:
    spec = EntitySpec(*args, **kw)
    SPECS[spec.name] = spec


_spec(
    "committee",
    m.Committee,
    (),  # one row: the register's own committee
    (
        F("name", required=True),
        F("short_name"),
        _enum("level", enums.CommitteeLevel),
        F("province"),
        F("place"),
        F("symbol"),
        _enum("doc_style", enums.DocumentStyle),
        F("standing_agency"),
        F("signer_authority"),
        F("signer_title"),
        F("signer_name"),
    ),
    label="Ban Chỉ đạo",
)
_spec(
    "pillar",
    m.Pillar,
    ("code",),
    (
        F("code", required=True),
        F("name", required=True),
        F("sort_order", INT),
    ),
    label="Trụ cột",
)
_spec(
    "agency",
    m.Agency,
    ("code",),
    (
        F("code", required=True),
        F("name", required=True),
        _enum("kind", enums.AgencyKind),
        F("parent", REF, ref="agency"),
        F("valid_from", DATE),
        F("valid_to", DATE),
    ),
    label="Cơ quan",
)
_spec(
    "member",
    m.Member,
    ("code",),
    (
        F("code", required=True),
        F("name", required=True),
        F("position"),
        _enum("role", enums.MemberRole),
        F("agency", REF, ref="agency"),
        F("sort_order", INT),
    ),
    label="Thành viên",
)
_spec(
    "document",
    m.Document,
    ("code",),
    (
        F("code", required=True),
        F("symbol", required=True),
        _enum("style", enums.DocumentStyle),
        F("doc_type"),
        F("issuer", required=True),
        F("issue_date", DATE, required=True),
        F("subject"),
    ),
    label="Văn bản",
)
_spec(
    "meeting",
    m.Meeting,
    ("code",),
    (
        F("code", required=True),
        F("title", required=True),
        _enum("kind", enums.MeetingKind),
        F("meeting_date", DATE, required=True),
        F("session"),
        F("place"),
        F("chair"),
        F("attendees"),
        F("agenda"),
        F("notice_symbol"),
    ),
    label="Cuộc họp",
)
_spec(
    "conclusion",
    m.ConclusionItem,
    ("code",),
    (
        F("code", required=True),
        F("meeting", REF, required=True, ref="meeting"),
        F("seq", INT),
        F("text", required=True),
        F("deadline", DATE),
        F("agencies", REFS, ref="agency", link=(m.ConclusionAgency, "item", "agency")),
    ),
    label="Kết luận",
)
_spec(
    "target",
    m.Target,
    ("code",),
    (
        F("code", required=True),
        F("text", required=True),
        F("pillar", REF, ref="pillar"),
        F("source_document", REF, ref="document"),
        F("source_meeting", REF, ref="meeting"),
        F("source_conclusion", REF, ref="conclusion"),
        F("lead_agency", REF, ref="agency"),
        F("unit"),
        _enum("direction", enums.Direction),
        _enum("kind", enums.TargetKind),
        F("baseline", FLOAT),
        F("target_value", FLOAT),
        F("deadline", DATE),
        F("assigned_on", DATE),
        F("method"),
        F("sort_order", INT),
        _enum("rollup", enums.Rollup, required=False),
        F("unit_goal", FLOAT),
    ),
    label="Mục tiêu",
)
_spec(
    "milestone",
    m.Milestone,
    ("target", "year"),
    (
        F("target", REF, required=True, ref="target"),
        F("year", INT, required=True),
        F("value", FLOAT, required=True),
    ),
    label="Lộ trình",
)
_spec(
    "measurement",
    m.Measurement,
    ("target", "period", "unit"),
    (
        F("target", REF, required=True, ref="target"),
        F("period", required=True),
        F("unit", REF, ref="agency"),  # the unit the value is about; empty: the committee's
        F("measured_on", DATE, required=True),
        F("value", FLOAT, required=True),
        F("agency", REF, ref="agency"),
        F("note"),
    ),
    label="Kết quả đo",
)
_spec(
    "task",
    m.Task,
    ("code",),
    (
        F("code", required=True),
        F("text", required=True),
        F("group"),
        F("pillar", REF, ref="pillar"),
        F("source_document", REF, ref="document"),
        F("source_conclusion", REF, ref="conclusion"),
        F("lead_agency", REF, ref="agency"),
        F("coordinators", REFS, ref="agency", link=(m.TaskAgency, "task", "agency")),
        F("deadline", DATE),
        F("assigned_on", DATE),
        _enum("status", enums.TaskStatus),
        F("started_on", DATE),
        F("completed_on", DATE),
        F("blocker"),
        F("sort_order", INT),
    ),
    label="Nhiệm vụ",
)
_spec(
    "note",
    m.ProgressNote,
    ("task", "noted_on", "text"),
    (
        F("task", REF, required=True, ref="task"),
        F("noted_on", DATE, required=True),
        F("text", required=True),
        F("author"),
    ),
    label="Tiến độ",
)
_spec(
    "figure",
    m.PublishedFigure,
    ("code",),
    (
        F("code", required=True),
        F("metric", required=True),
        F("as_of", DATE, required=True),
        F("value", FLOAT),
        F("denominator", FLOAT),
        F("percent", FLOAT),
        F("percent_places", INT),
        F("printed_text"),
        F("source"),
    ),
    label="Số liệu đã công bố",
)

# The order records are written in: every reference points to an earlier entity.
LOAD_ORDER = [
    "committee", "pillar", "agency", "member", "document", "meeting", "conclusion", "target",
    "milestone", "measurement", "task", "note", "figure",
]  # fmt: skip


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


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


def forget() -> None:
    """Drop remembered lookups (after a rename or a delete changes codes or ids)."""
    cache = _CACHE.get()
    if cache is not None:
        cache.clear()


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
    model = SPECS[entity].model
    return _cached((entity, "id", ref_id),
                   lambda: model.select(model.code).where(model.id == ref_id).scalar())  # fmt: skip


def id_for(entity: str, code: str | None) -> int | None:
    """The id of the ``entity`` row with this code, or None."""
    if code in (None, ""):
        return None
    model = SPECS[entity].model
    return _cached((entity, "code", code),
                   lambda: model.select(model.id).where(model.code == code).scalar())  # fmt: skip


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
            value = fld.default() if callable(fld.default) else fld.default
            defaults[fld.column_name] = fld.db_value(value)
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
    condition = " AND ".join(where) or "1"  # no key: the table's one row (committee)
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
    link, own, other = f.link
    ref = SPECS[f.ref].model
    rows = (
        link.select(ref.code)
        .join(ref, on=(getattr(link, other) == ref.id))
        .where(getattr(link, own) == owner_id)
        .order_by(link.id)  # the order written: the first-named agency leads
        .tuples()
    )
    return [code for (code,) in rows]


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
        row = {**defaults, **values}
        columns = ", ".join(f'"{c}"' for c in row)
        sql = f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * len(row))})'
        row["id"] = db.execute_sql(sql, list(row.values())).lastrowid
    elif values:
        assignments = ", ".join(f'"{c}" = ?' for c in values)
        db.execute_sql(f'UPDATE "{table}" SET {assignments} WHERE id = ?',
                       [*values.values(), row["id"]])  # fmt: skip
        row = {**row, **values}
    links = {}
    for f in spec.fields:
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
    data = {by_column[c].name: by_column[c].python_value(v) for c, v in row.items()
            if c in by_column}  # fmt: skip
    return spec.model(**data)


def _write_links(f: FieldSpec, owner_id: int, codes: list[str]) -> list[str]:
    link, own, other = f.link
    link.delete().where(getattr(link, own) == owner_id).execute()
    codes = list(dict.fromkeys(codes))
    rows = [{own: owner_id, other: id_for(f.ref, code)} for code in codes]
    if rows:
        link.insert_many(rows).execute()
    return codes


def delete(spec: EntitySpec, instance: Model) -> dict[str, Any]:
    """Delete an instance; return its record so the change log can restore it."""
    record = to_record(spec, instance)
    instance.delete_instance()
    forget()
    return record


# The 2025 reorganisation's records (successions, handovers) and the index families,
# structures, scores and assignments (issue 16) are described in their own modules.
from dxdesk.core.storage import records_2025, records_indices  # noqa: E402, F401
