"""The change log's identity of a record: its key values as a JSON list, never joined text.

A code or a progress note's text may hold '|' (the separator of the readable key,
``EntitySpec.key_of``): stored as structure, it stays one value, so undo finds the record it
logged and no other. Registers logged before (v6) are migrated by ``migrations._v6``.
"""

from __future__ import annotations

import json
from datetime import date
from enum import Enum
from typing import Any

from dxdesk.core.storage.records import DATE, INT, EntitySpec


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


def log_key(spec: EntitySpec, record: dict[str, Any]) -> str:
    """The key of a record as the change log stores it (canonical JSON list)."""
    return json.dumps([_plain(record.get(k)) for k in spec.key], ensure_ascii=False)


def key_from_log(spec: EntitySpec, text: str) -> dict[str, Any]:
    """The key fields of a :func:`log_key`, dates and numbers in their own types."""
    values = json.loads(text)
    values += [""] * (len(spec.key) - len(values))  # logged before a key field was added (v9)
    return _typed(spec, dict(zip(spec.key, values, strict=True)))


def key_from_text(spec: EntitySpec, text: str) -> dict[str, Any]:
    """The key fields of a readable key ('MT05|2023-Q4') as a person types it. The last key
    field takes any further '|' (a note's text may hold one; codes and dates come first)."""
    parts = text.split("|", len(spec.key) - 1)
    parts += [""] * (len(spec.key) - len(parts))
    return _typed(spec, dict(zip(spec.key, parts, strict=True)))


def _typed(spec: EntitySpec, key: dict[str, Any]) -> dict[str, Any]:
    out = dict(key)
    for name, value in key.items():
        kind = spec.field(name).kind
        try:
            if kind == DATE and isinstance(value, str) and value:
                out[name] = date.fromisoformat(value)
            elif kind == INT and isinstance(value, str) and value:
                out[name] = int(value)
        except ValueError:
            pass  # not a date or a number: no record has such a key, lookups find nothing
    return out
