"""Moving a register whole between a file and a server (``dxdesk server push|pull``), and
``dxdesk backup`` of a server register (a pull into a file).

Every table is copied row for row with its ids, change log included, in one transaction on
the receiving side; the receiving register must hold no work (docs/server.md). Both sides are
opened (and migrated) first, so they are at the same schema version.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import peewee

from dxdesk.core.errors import DxError
from dxdesk.core.storage import engine
from dxdesk.core.storage.models import BaseModel
from dxdesk.core.storage.pg import is_server, shown_url

WORK_TABLES = ("task", "target", "meeting", "document", "agency", "change_set")


class TransferRefused(DxError):
    pass


def register_models() -> list[type[BaseModel]]:
    """Every table of a register, parents before children."""
    from dxdesk.core.storage import (  # noqa: F401  (their tables)
        draft_models,
        exchange_models,
        index_models,
    )

    found: list[type[BaseModel]] = []
    todo = list(BaseModel.__subclasses__())
    while todo:
        model = todo.pop()
        found.append(model)
        todo.extend(model.__subclasses__())
    return peewee.sort_models(found)


def holds_work(db: Any) -> bool:
    """Whether a register holds anything of its own (reference rows do not count)."""
    return any(
        db.execute_sql(f'SELECT EXISTS (SELECT 1 FROM "{t}")').fetchone()[0] for t in WORK_TABLES
    )


def copy_register(source: Any, target: Any) -> dict[str, int]:
    """Copy every row of ``source`` into ``target`` (emptied first); {table: rows}."""
    models = register_models()
    counts: dict[str, int] = {}
    with target.atomic():
        for model in reversed(models):
            target.execute_sql(f'DELETE FROM "{model._meta.table_name}"')
        for model in models:
            counts[model._meta.table_name] = _copy_table(model, source, target)
    return counts


def _copy_table(model: type[BaseModel], source: Any, target: Any) -> int:
    table = model._meta.table_name
    fields = model._meta.sorted_fields
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    rows = source.execute_sql(f'SELECT {names} FROM "{table}" ORDER BY id').fetchall()
    booleans = [i for i, f in enumerate(fields) if isinstance(f, peewee.BooleanField)]
    # a reference to the same table (an agency's parent) is set once every row is there
    later = [
        i
        for i, f in enumerate(fields)
        if isinstance(f, peewee.ForeignKeyField) and f.rel_model is model
    ]
    out = []
    for row in rows:
        values = list(row)
        for i in booleans:
            values[i] = None if values[i] is None else bool(values[i])
        for i in later:
            values[i] = None
        out.append(values)
    marks = ", ".join("?" * len(fields))
    engine.execute_many(target, f'INSERT INTO "{table}" ({names}) VALUES ({marks})', out)
    for i in later:
        column = fields[i].column_name
        updates = [(row[i], row[0]) for row in rows if row[i] is not None]
        engine.execute_many(target, f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', updates)
    if is_server(target):  # the next id after the copied ones
        target.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'COALESCE(MAX(id), 0) + 1, false) FROM "{table}"'
        )
    return len(rows)


def push(path: Path, url: str) -> dict[str, int]:
    """Copy the register file ``path`` whole into the empty server register ``url``."""
    from dxdesk.core.storage.database import close_database, open_database
    from dxdesk.core.storage.server_open import open_server_database

    source = open_database(path, create=False)
    try:
        target = open_server_database(url)
        try:
            if holds_work(target):
                raise TransferRefused(
                    f"Sổ trên máy chủ {shown_url(url)} đã có dữ liệu: chỉ chuyển được vào một "
                    "sổ trống (tạo bằng dxdesk server init); không có gì bị ghi."
                )
            return copy_register(source, target)
        finally:
            target.close()
    finally:
        close_database(source)


def pull(url: str, path: Path) -> dict[str, int]:
    """Copy the server register ``url`` whole into a new register file ``path``."""
    from dxdesk.core.storage.database import close_database, open_database
    from dxdesk.core.storage.server_open import open_server_database

    if path.exists():
        raise TransferRefused(
            f"Tệp {path} đã có: hãy chọn tên tệp mới (không ghi đè một sổ đang có)."
        )
    source = open_server_database(url, read_only=True)
    try:
        target = open_database(path, create=True)
        try:
            return copy_register(source, target)
        except BaseException:
            close_database(target)
            target = None
            for suffix in ("", "-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            raise
        finally:
            if target is not None:
                close_database(target)
    finally:
        source.close()


def backup_server(url: str, *, reason: str = "theo-yeu-cau", out: Path | None = None) -> Path:
    """``dxdesk backup`` of a server register: a register file of it, now."""
    from dxdesk.core.paths import data_dir

    if out is None:
        name = url.rsplit("/", 1)[-1].split("?")[0] or "may-chu"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        out = data_dir() / "backups" / f"may-chu-{name}" / f"{name}__{stamp}__{reason}.db"
        out.parent.mkdir(parents=True, exist_ok=True)
    pull(url, out)
    return out
