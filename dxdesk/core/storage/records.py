"""Entity specs: one description per kind of record, shared by every way data moves.

A *record* is a plain dict keyed by field name, with references written as codes (never
database ids), dates as ``date``, numbers as ``float``/``int``, enums as their stable code and
many-to-many links as lists of codes. The workbook, the demo data, the change log (undo) and
the offline exchange all speak records, so each entity is described once, here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
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
        """The change-log identity of a record: its key values joined by '|'."""
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
    ("target", "period"),
    (
        F("target", REF, required=True, ref="target"),
        F("period", required=True),
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
    "pillar", "agency", "member", "document", "meeting", "conclusion", "target",
    "milestone", "measurement", "task", "note", "figure",
]  # fmt: skip


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


def _code_of(instance: Model | None) -> str | None:
    if instance is None:
        return None
    return getattr(instance, "code", None) or str(instance.get_id())


def to_record(spec: EntitySpec, instance: Model) -> dict[str, Any]:
    """The record of a model instance (references resolved to codes)."""
    out: dict[str, Any] = {}
    for f in spec.fields:
        if f.kind == REF:
            out[f.name] = _code_of(getattr(instance, f.name))
        elif f.kind == REFS:
            link, own, other = f.link
            rows = (
                link.select(link, m.Agency)
                .join(m.Agency, on=(getattr(link, other) == m.Agency.id))
                .where(getattr(link, own) == instance)
                .order_by(link.id)  # the order written: the first-named agency leads
            )
            out[f.name] = [getattr(r, other).code for r in rows]
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
        if f.kind == REF:
            ref = resolve(f.ref, value)
            if ref is None:
                return None
            query = query.where(getattr(spec.model, name) == ref)
        else:
            query = query.where(getattr(spec.model, name) == _stored(f, value))
    return query.first()


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


def write(spec: EntitySpec, record: dict[str, Any]) -> tuple[Model, Diff]:
    """Insert or update the record (fields absent from it are left as they are)."""
    instance = find(spec, record)
    diff = Diff(created=instance is None)
    before = to_record(spec, instance) if instance is not None else {}
    if instance is None:
        instance = spec.model()
    for f in spec.plain_fields:
        if f.name not in record:
            continue
        value = record[f.name]
        value = resolve(f.ref, value) if f.kind == REF else _stored(f, value)
        setattr(instance, f.name, value)
    instance.save()
    for f in spec.fields:
        if f.kind == REFS and f.name in record:
            _write_links(f, instance, record[f.name] or [])
    if not diff.created:  # an insert is logged whole; an update field by field
        after = to_record(spec, instance)
        for f in spec.fields:
            old, new = before.get(f.name), after.get(f.name)
            if f.name in record and _plain(old) != _plain(new):
                diff.fields.append((f.name, old, new))
    return instance, diff


def _write_links(f: FieldSpec, instance: Model, codes: list[str]) -> None:
    link, own, other = f.link
    link.delete().where(getattr(link, own) == instance).execute()
    for code in dict.fromkeys(codes):
        link.create(**{own: instance, other: resolve(f.ref, code)})


def delete(spec: EntitySpec, instance: Model) -> dict[str, Any]:
    """Delete an instance; return its record so the change log can restore it."""
    record = to_record(spec, instance)
    instance.delete_instance()
    return record
