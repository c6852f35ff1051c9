"""The change log: every write goes through a :class:`ChangeRecorder`, in one transaction.

Each use case opens one change set; inserts and deletes are logged with the whole record
(so undo can restore it, with its links and children), updates field by field. Undo and redo
(services/undo.py, per account) replay the log backwards and forwards; the offline
exchange reads it too.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import peewee
from peewee import Model

from dxdesk.core.domain.text import clean
from dxdesk.core.domain.values import field_problem
from dxdesk.core.errors import NotFound, ValidationError
from dxdesk.core.storage import models as m
from dxdesk.core.storage import records
from dxdesk.core.storage.database import ReadOnlyDatabase, translate_error
from dxdesk.core.storage.engine import insert_id
from dxdesk.core.storage.logkeys import key_from_log, key_from_text, log_key
from dxdesk.core.storage.pg import is_server, refused_error
from dxdesk.core.storage.records import SPECS, TEXT, Diff, EntitySpec

# Children that a delete takes with it (cascades) and references it empties (SET NULL).
TARGET_CHILDREN = ("milestone", "measurement", "target_handover", "draft_indicator")
DEPENDENTS: dict[str, list[tuple[str, str]]] = {
    "target": [(child, "target") for child in TARGET_CHILDREN],
    "task": [("note", "task"), ("task_handover", "task")],
    "agency": [("succession", "predecessor"), ("succession", "successor")],
    "meeting": [("conclusion", "meeting")],
    "conclusion": [("task", "source_conclusion"), ("target", "source_conclusion")],
    "draft": [("draft_indicator", "draft"), ("draft_comment", "draft")],
}
CASCADE = {
    ("milestone", "target"),
    ("measurement", "target"),
    ("note", "task"),
    ("conclusion", "meeting"),
    ("target_handover", "target"),
    ("task_handover", "task"),
    ("succession", "predecessor"),
    ("succession", "successor"),
    ("draft_indicator", "draft"),
    ("draft_comment", "draft"),
}


Guard = Callable[[str, str, dict[str, Any]], None]

# Checks every write, delete and rename passes first: (entity, op, record) -> None, raising a
# DxError to refuse. The Session registers the agency-mode permission rule here.
GUARDS: list[Guard] = []


def register_guard(guard: Guard) -> None:
    """Make every later write, delete and rename pass ``guard`` first (once, however often
    it is registered)."""
    if guard not in GUARDS:
        GUARDS.append(guard)


def _guard(entity: str, op: str, record: dict[str, Any]) -> None:
    for guard in GUARDS:
        guard(entity, op, record)


def _encode(value: Any) -> str | None:
    def default(v: Any) -> Any:
        if isinstance(v, datetime):
            return {"$datetime": v.isoformat()}
        if isinstance(v, date):
            return {"$date": v.isoformat()}
        raise TypeError(v)

    return json.dumps(value, ensure_ascii=False, default=default)


def _decode(text: str | None) -> Any:
    def hook(obj: dict) -> Any:
        if set(obj) == {"$date"}:
            return date.fromisoformat(obj["$date"])
        if set(obj) == {"$datetime"}:
            return datetime.fromisoformat(obj["$datetime"])
        return obj

    return None if text is None else json.loads(text, object_hook=hook)


def normalise(spec: EntitySpec, record: dict[str, Any]) -> dict[str, Any]:
    """NFC-normalise every text of a record on its way in; refuse numbers and periods the
    register cannot hold (the last line behind every way in, see domain/values.py)."""
    out = dict(record)
    for f in spec.fields:
        if f.kind == TEXT and f.name in out and out[f.name] is not None:
            out[f.name] = clean(out[f.name])
        problem = field_problem(spec.name, f.name, f.kind, out.get(f.name))
        if problem:
            raise ValidationError(f"{spec.label}: {problem}")
    return out


class ChangeRecorder:
    """Writes records and logs what changed under one change set."""

    def __init__(self, action: str, who: str):
        self.changeset = m.ChangeSet.create(at=datetime.now(), who=who, action=action)
        self.created: dict[str, int] = {}
        self.updated: dict[str, int] = {}
        self.touched: set[tuple[str, str]] = set()
        self.logged: list[int] = []  # ids of the change-log rows written, in order

    def _log(
        self, entity: str, key: dict[str, Any], op: str, field: str = "", old=None, new=None
    ) -> None:
        spec = SPECS[entity]
        code = spec.key_of(key)
        # plain SQL: a merge logs a row per change, and Change.create cost ten times more
        row_id = insert_id(
            m.database_proxy,
            "INSERT INTO change (changeset_id, entity, entity_code, entity_key, op, field, old, "
            "new) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.changeset.id,
                entity,
                code,
                log_key(spec, key),
                op,
                field,
                _encode(old),
                _encode(new),
            ),
        )
        self.logged.append(row_id)
        self.touched.add((entity, code))

    def log_state(
        self, kind: str, key: str, old: dict[str, Any] | None, new: dict[str, Any] | None
    ) -> None:
        """Log a change to a row outside the records (see ``STATE``), so undo puts it back."""
        m.Change.create(
            changeset=self.changeset,
            entity=kind,
            entity_code=key,
            entity_key=json.dumps([key]),
            op="state",
            old=_encode(old),
            new=_encode(new),
        )
        self.touched.add((kind, key))

    def write(self, entity: str, record: dict[str, Any]) -> Model:
        """Insert or update one record, logging the fields that changed."""
        spec = SPECS[entity]
        record = normalise(spec, record)
        _guard(entity, "write", record)
        instance, diff = records.write(spec, record)
        self._log_diff(entity, diff)
        return instance

    def _log_diff(self, entity: str, diff: Diff) -> None:
        if diff.created:
            self._log(entity, diff.record, "insert", new=diff.record)
            self.created[entity] = self.created.get(entity, 0) + 1
        elif diff.fields:
            for name, old, new in diff.fields:
                self._log(entity, diff.record, "update", name, old, new)
            self.updated[entity] = self.updated.get(entity, 0) + 1

    def rename(self, entity: str, old_code: str, new_code: str) -> Model:
        """Change a record's code (its references follow, being ids underneath)."""
        _guard(entity, "rename", {"code": old_code})
        instance = require(entity, old_code)
        instance.code = clean(new_code)
        instance.save()
        records.forget()
        self._log(entity, {"code": instance.code}, "update", "code", old_code, instance.code)
        self.updated[entity] = self.updated.get(entity, 0) + 1
        return instance

    def delete(self, entity: str, instance: Model) -> dict[str, Any]:
        """Delete a record, logging it and what it takes with it, so undo can restore all."""
        spec = SPECS[entity]
        if GUARDS:
            _guard(entity, "delete", records.to_record(spec, instance))
        for child_entity, fk in DEPENDENTS.get(entity, []):
            child_spec = SPECS[child_entity]
            children = child_spec.model.select().where(getattr(child_spec.model, fk) == instance)
            for child in list(children):
                if (child_entity, fk) in CASCADE:
                    self.delete(child_entity, child)
                else:  # the child stays; only its reference is emptied
                    self.write(child_entity, {**_key(child_spec, child), fk: None})
        record = records.delete(spec, instance)
        self._log(entity, record, "delete", old=record)
        return record

    def summary(self) -> str:
        """'thêm 3 nhiệm vụ, sửa 1 mục tiêu' style description of the change set."""
        parts = [f"thêm {n} {SPECS[e].label.lower()}" for e, n in self.created.items()]
        parts += [f"sửa {n} {SPECS[e].label.lower()}" for e, n in self.updated.items()]
        return ", ".join(parts) or "không có thay đổi"


def _key(spec: EntitySpec, instance: Model) -> dict[str, Any]:
    record = records.to_record(spec, instance)
    return {k: record[k] for k in spec.key}


@contextmanager
def _writing(lock: str | None = None) -> Iterator[None]:
    """A write transaction; SQLite's errors (locked, full, read-only) said in Vietnamese."""
    db = m.database_proxy
    if getattr(db.obj, "dxdesk_read_only", False):
        raise ReadOnlyDatabase("Tệp đang mở ở chế độ chỉ đọc: không thể ghi thay đổi.")
    try:
        with db.atomic(lock) if lock and not is_server(db) else db.atomic():
            yield
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        error = translate_error(exc, getattr(db.obj, "dxdesk_path", ""))
        error = error or (refused_error(exc) if is_server(db) else None)  # the rights
        if error is None:
            raise
        raise error from exc


@contextmanager
def recording(action: str, who: str = "") -> Iterator[ChangeRecorder]:
    """One use case: a transaction and a change set (dropped again if nothing changed)."""
    from dxdesk.core.services.undo import discard_redo

    # a file's write lock first (BEGIN IMMEDIATE): waited for (busy_timeout), never a read
    # lock that cannot become a write lock while another writer holds one
    with _writing("IMMEDIATE"), records.caching():
        discard_redo(who)
        recorder = ChangeRecorder(action, who)
        yield recorder
        if not recorder.touched:
            recorder.changeset.delete_instance()


# Rows outside the records that a use case changes along with them, logged with op "state"
# so that undo never leaves them half undone: a conflict's decision (undo reopens it), a
# report's merge (its receipt counts while its change set is not undone: nothing to put back).
def _put_state(kind: str, key: str, values: dict[str, Any] | None, backwards: bool) -> None:
    from dxdesk.core.storage.exchange_models import ExchangeConflict

    if kind == "exchange_conflict" and values is not None:
        fields = {getattr(ExchangeConflict, k): v for k, v in values.items()}
        ExchangeConflict.update(fields).where(ExchangeConflict.id == int(key)).execute()
    elif kind == "restore" and backwards:
        raise ValidationError(
            f"Thay đổi gần nhất là khôi phục sổ từ bản sao; không hoàn tác "
            f"được bằng nhật ký. Tệp trước khi khôi phục được giữ ở {key}: "
            "khôi phục lại từ tệp đó nếu cần."
        )


def _replay(change: m.Change, backwards: bool) -> None:
    old, new = _decode(change.old), _decode(change.new)
    if change.op == "state":
        _put_state(change.entity, change.entity_code, old if backwards else new, backwards)
        return
    spec = SPECS[change.entity]
    if change.op == "update" and change.field == "code":  # a rename
        instance = records.resolve(change.entity, new if backwards else old)
        instance.code = old if backwards else new
        instance.save()
        records.forget()
        return
    if change.op == "update":
        key_record = key_from_log(spec, change.entity_key)
        records.write(spec, {**key_record, change.field: old if backwards else new})
        return
    removing = (change.op == "insert") == backwards
    if removing:
        record = new if change.op == "insert" else old
        instance = records.find(spec, record)
        if instance is not None:
            instance.delete_instance()
    else:
        records.write(spec, old if change.op == "delete" else new)


def undo_last(who: str = "", *, anyone: bool = False) -> str | None:
    """Undo ``who``'s latest change set (see :mod:`dxdesk.core.services.undo`)."""
    from dxdesk.core.services import undo

    return undo.undo_last(who, anyone=anyone)


def redo_last(who: str = "", *, anyone: bool = False) -> str | None:
    """Redo ``who``'s change set undone most recently (see :mod:`.undo`)."""
    from dxdesk.core.services import undo

    return undo.redo_last(who, anyone=anyone)


def logged_key(entity: str, key: str | dict[str, Any]) -> str:
    """The change log's key of a record given by its key fields or its readable key."""
    spec = SPECS[entity]
    return log_key(spec, key_from_text(spec, key) if isinstance(key, str) else key)


def history(entity: str, code: str | dict[str, Any]) -> list[dict[str, Any]]:
    """Every logged change of one record, oldest first (for a history view)."""
    rows = (
        m.Change.select(m.Change, m.ChangeSet)
        .join(m.ChangeSet)
        .where((m.Change.entity == entity) & (m.Change.entity_key == logged_key(entity, code)))
        .order_by(m.Change.id)
    )
    return [
        {
            "at": r.changeset.at,
            "who": r.changeset.who,
            "action": r.changeset.action,
            "op": r.op,
            "field": r.field,
            "old": _decode(r.old),
            "new": _decode(r.new),
            "undone": r.changeset.undone,
        }
        for r in rows
    ]


def require(entity: str, code: str) -> Model:
    """The record with this code, or a Vietnamese NotFound error."""
    instance = records.resolve(entity, code)
    if instance is None:
        raise NotFound(f"Không tìm thấy {SPECS[entity].label.lower()} có mã {code}.")
    return instance
