"""A register on a PostgreSQL server (docs/server.md): the same models, migrations and SQL.

``--db postgresql://user@host/db`` (or ``DXDESK_DB``) opens the register stored in that
database. The driver is psycopg2 (peewee's default PostgreSQL driver): it binds parameters
on the client, so the shared SQL's untyped parameters (dates as ISO text compared with DATE
columns, ``SELECT ?, ?`` in an INSERT) mean what they mean on SQLite; psycopg 3 binds on the
server and would need a cast on each.

What the register reads back is what SQLite gives: dates and times as ISO text (the models
turn them into ``date``/``datetime`` as they do on SQLite), NUMERIC as numbers.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

import peewee
from peewee import PostgresqlDatabase

from dxdesk.core.errors import DatabaseError
from dxdesk.core.storage import pgsql

SCHEMES = ("postgresql://", "postgres://")
SORTS_AS_SQLITE = ("C", "POSIX", "C.UTF-8", "C.utf8")  # code point order, as SQLite's BINARY


def is_server_url(text: object) -> bool:
    """Whether ``--db``/``DXDESK_DB`` names a PostgreSQL register rather than a file."""
    return isinstance(text, str) and text.lower().startswith(SCHEMES)


def shown_url(url: str) -> str:
    """The connection string without its password, for messages and titles."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def _text(value: Any, _cursor: Any) -> Any:
    return value


def _number(value: Any, _cursor: Any) -> Any:
    if value is None:
        return None
    return float(value) if any(c in value for c in ".eEN") else int(value)


class ServerDatabase(PostgresqlDatabase):
    """peewee's PostgreSQL database speaking the shared SQL (see :mod:`pgsql`)."""

    engine = "postgresql"

    def _initialize_connection(self, conn: Any) -> None:
        from psycopg2 import extensions as ext

        # dates and times come back as ISO text, as SQLite stores them (oids: date, time,
        # timestamp, timestamptz); NUMERIC (SUM of bigint) as int or float, not Decimal
        for oid, name in ((1082, "D"), (1083, "T"), (1114, "TS"), (1184, "TSZ")):
            ext.register_type(ext.new_type((oid,), f"DXDESK_{name}", _text), conn)
        ext.register_type(ext.new_type((1700,), "DXDESK_NUMERIC", _number), conn)
        super()._initialize_connection(conn)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        """Hand-written SQL (SQLite's placeholders) translated; peewee's own passed as is."""
        if "%s" not in sql and "%(" not in sql:
            sql = pgsql.translate(sql)
        return self._run(sql, params)

    def execute(self, query: Any, **context_options: Any) -> Any:
        ctx = self.get_sql_context(**context_options)
        sql, params = ctx.sql(query).query()
        return self._run(sql, params)

    def _run(self, sql: str, params: Any) -> Any:
        try:
            return self._execute_cursor(sql, params)
        except ValueError as exc:  # psycopg refuses before the server sees it
            if "NUL" in str(exc):
                raise NulInText(
                    "Máy chủ PostgreSQL không lưu được ký tự NUL (mã 0) trong văn bản: hãy bỏ "
                    "ký tự đó rồi lưu lại; chưa có gì được ghi."
                ) from exc
            raise


class NulInText(DatabaseError):
    """Text holding U+0000, which PostgreSQL's text type cannot store (SQLite can)."""


def make_server_database(url: str) -> ServerDatabase:
    """The peewee database of a server register (not yet connected)."""
    return ServerDatabase(url)


def connect_error(exc: BaseException, url: str) -> DatabaseError:
    """One sentence for a server that cannot be reached or refuses the account."""
    text = str(exc).lower()
    where = shown_url(url)
    if "password" in text or "authentication" in text or "role" in text:
        return LoginRefused(
            f"Máy chủ {where} từ chối tài khoản hoặc mật khẩu; hãy kiểm tra lại thông tin "
            "đăng nhập với bộ phận CNTT."
        )
    if "does not exist" in text and "database" in text:
        return DatabaseError(
            f"Trên máy chủ chưa có cơ sở dữ liệu {where}: hãy tạo bằng "
            "dxdesk server init (hoặc scripts/server.sh)."
        )
    return DatabaseError(
        f"Không kết nối được máy chủ {where}: hãy kiểm tra mạng, địa chỉ và máy chủ "
        "PostgreSQL có đang chạy không."
    )


class LoginRefused(DatabaseError):
    """The server refuses the account or its password (or wants a password not given)."""


def refused_error(exc: BaseException) -> DatabaseError | None:
    """One sentence for a change the server's rights refuse (grants, row-level security)."""
    code = getattr(getattr(exc, "orig", None) or exc, "pgcode", None)
    text = str(exc).lower()
    if code == "42501" or "permission denied" in text or "row-level security" in text:
        return RefusedByServer(
            "Máy chủ từ chối thay đổi này: tài khoản đang dùng không có quyền (tài khoản đơn vị "
            "chỉ sửa tiến độ nhiệm vụ và kết quả đo của đơn vị mình); không có gì được ghi."
        )
    return None


class RefusedByServer(DatabaseError):
    """A write the server's rights refuse."""


def sort_note(db: ServerDatabase) -> str | None:
    """A note when the database sorts text otherwise than SQLite (lists, exports)."""
    row = db.execute_sql(
        "SELECT datcollate FROM pg_database WHERE datname = current_database()"
    ).fetchone()
    if row and row[0] not in SORTS_AS_SQLITE:
        return (
            f"Cơ sở dữ liệu trên máy chủ sắp xếp chữ theo “{row[0]}”, không theo mã ký tự "
            "như tệp dữ liệu: thứ tự một số danh sách có thể khác; nên tạo bằng dxdesk server "
            "init (LC_COLLATE 'C')."
        )
    return None


def is_server(db: object) -> bool:
    """Whether ``db`` (a peewee database or the models' proxy) is a server register."""
    target = getattr(db, "obj", db)
    return getattr(target, "engine", "") == "postgresql"


__all__ = ["ServerDatabase", "is_server", "is_server_url", "peewee"]
