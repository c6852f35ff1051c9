"""The entity specs themselves: one description per kind of record (fields, keys, labels).

Split from ``records`` (which reads and writes records by these specs) so each file stays
readable; ``records`` re-exports the names every caller uses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cached_property
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
        try:
            return self._by_name[name]
        except KeyError:
            raise StopIteration(name) from None  # (as the linear search it replaces)

    @cached_property
    def _by_name(self) -> dict[str, FieldSpec]:  # a merge asks for fields per change
        return {f.name: f for f in self.fields}

    @cached_property
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
    "committee",
    "pillar",
    "agency",
    "member",
    "document",
    "meeting",
    "conclusion",
    "target",
    "milestone",
    "measurement",
    "task",
    "note",
    "figure",
]


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


# The specs of later parts register themselves in SPECS on import.
from dxdesk.core.storage import (  # noqa: E402, F401
    records_2025,
    records_drafts,
    records_indices,
)
