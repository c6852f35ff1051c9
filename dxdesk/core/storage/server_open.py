"""Opening a server register: connect, check the schema version, migrate, bind the models.

The file-only checks have their server equivalents (docs/server.md): the header and quick
check → the server's own integrity (and ``pg_amcheck`` for IT); the owner/lock note → many
sessions at once, with a migration taken by one of them at a time (an advisory lock); WAL and
``synchronous=FULL`` → PostgreSQL's WAL and ``synchronous_commit``; the page cap → the
server's quotas.
"""

from __future__ import annotations

import peewee

from dxdesk.core.errors import DatabaseError
from dxdesk.core.storage import engine, migrations
from dxdesk.core.storage.models import database_proxy
from dxdesk.core.storage.pg import (
    ServerDatabase,
    connect_error,
    make_server_database,
    shown_url,
    sort_note,
)


class NewerServerRegister(DatabaseError):
    pass


def open_server_database(url: str, *, read_only: bool = False) -> ServerDatabase:
    """Connect to the register at ``url``; create or migrate its schema unless read-only."""
    db = make_server_database(url)
    try:
        db.connect(reuse_if_open=True)
    except peewee.DatabaseError as exc:
        raise connect_error(exc, url) from exc
    try:
        version = engine.schema_version(db)
        if version > migrations.LATEST:
            raise NewerServerRegister(
                f"Sổ trên máy chủ {shown_url(url)} được tạo bởi phiên bản dxdesk mới hơn; "
                "hãy cập nhật dxdesk để mở."
            )
        database_proxy.initialize(db)
        if version < migrations.LATEST:
            if read_only:
                raise DatabaseError(
                    f"Sổ trên máy chủ {shown_url(url)} cần được nâng cấp nhưng đang mở ở chế "
                    "độ chỉ đọc."
                )
            migrations.migrate(db, version)
        notes = [n for n in (sort_note(db),) if n]
    except DatabaseError:
        db.close()
        raise
    except peewee.DatabaseError as exc:
        db.close()
        raise DatabaseError(f"Không mở được sổ trên máy chủ {shown_url(url)}: {exc}") from exc
    db.dxdesk_read_only = read_only
    db.dxdesk_notes = notes
    db.dxdesk_path = None
    db.dxdesk_url = url
    return db
