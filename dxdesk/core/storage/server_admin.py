"""Setting up a register on a PostgreSQL server (``dxdesk server init``, scripts/server.sh).

The database is created (if missing) in code point order (``LC_COLLATE 'C'``, as SQLite),
migrated, and given dxdesk's group roles, whose rights the server enforces (docs/server.md):

- ``dxdesk_secretariat``: reads and writes everything;
- ``dxdesk_reader``: reads everything (the chairs);
- ``dxdesk_unit``: reads everything, writes its own tasks' progress and its own values
  (``rights``).

The account named is a login role in the secretariat group. The one who runs init owns the
tables, so later migrations are theirs to run (``dxdesk server init`` again after an upgrade).
"""

from __future__ import annotations

import psycopg2
from psycopg2 import sql as pgs
from psycopg2.extensions import make_dsn, parse_dsn

from dxdesk.core.errors import DatabaseError
from dxdesk.core.storage.pg import connect_error, shown_url

GROUPS = ("dxdesk_secretariat", "dxdesk_unit", "dxdesk_reader")


def _maintenance(url: str):
    params = parse_dsn(url)
    params["dbname"] = "postgres"
    try:
        con = psycopg2.connect(make_dsn(**params))
    except psycopg2.Error as exc:
        raise connect_error(exc, url) from exc
    con.autocommit = True
    return con


def create_database(url: str) -> bool:
    """Create the register's database unless it exists; True when created."""
    name = parse_dsn(url).get("dbname")
    if not name:
        raise DatabaseError(f"Chuỗi kết nối {shown_url(url)} thiếu tên cơ sở dữ liệu.")
    con = _maintenance(url)
    try:
        cur = con.cursor()
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        if cur.fetchone():
            return False
        try:
            cur.execute(
                pgs.SQL(
                    "CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8' "
                    "LC_COLLATE 'C' LC_CTYPE 'C'"
                ).format(pgs.Identifier(name))
            )
        except psycopg2.Error as exc:
            raise DatabaseError(
                f"Tài khoản trong {shown_url(url)} không tạo được cơ sở dữ liệu {name} "
                f"({exc.pgerror or exc}): hãy dùng tài khoản quản trị máy chủ."
            ) from exc
        return True
    finally:
        con.close()


def grant_rights(db) -> None:
    """Create the group roles if missing and give each its rights on this register."""
    for group in GROUPS:
        db.execute_sql(
            "DO $$ BEGIN CREATE ROLE " + group + " NOLOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
    db.execute_sql("GRANT USAGE ON SCHEMA public TO " + ", ".join(GROUPS))
    db.execute_sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + ", ".join(GROUPS))
    db.execute_sql("GRANT ALL ON ALL TABLES IN SCHEMA public TO dxdesk_secretariat")
    db.execute_sql("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO dxdesk_secretariat")
    from dxdesk.core.storage import rights

    rights.apply(db)


def create_account(
    db, account: str, password: str | None = None, *, role: str = "secretariat", agency: str = ""
) -> bool:
    """A login role in one of the groups (kept if it exists; its group and agency set anew);
    a unit account answers for ``agency`` (a code). True when created."""
    from dxdesk.core.storage.rights import ROLES

    if role not in ROLES:
        raise DatabaseError(f"Vai trò “{role}” không có: chọn một trong {', '.join(ROLES)}.")
    agency_id = None
    if role == "unit":
        row = db.execute_sql("SELECT id FROM agency WHERE code = ?", (agency,)).fetchone()
        if row is None:
            raise DatabaseError(
                f"Tài khoản đơn vị cần mã một cơ quan có trong sổ (--agency); “{agency}” không có."
            )
        agency_id = row[0]
    cur = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = ?", (account,))
    created = cur.fetchone() is None
    name = pgs.Identifier(account)
    if created:
        statement = pgs.SQL("CREATE ROLE {} LOGIN").format(name)
        if password:
            statement = pgs.SQL("{} PASSWORD {}").format(statement, pgs.Literal(password))
        db.cursor().execute(statement)
    for group in ROLES.values():
        if group != ROLES[role]:
            db.cursor().execute(pgs.SQL("REVOKE {} FROM {}").format(pgs.Identifier(group), name))
    db.cursor().execute(pgs.SQL("GRANT {} TO {}").format(pgs.Identifier(ROLES[role]), name))
    db.execute_sql("DELETE FROM server_account WHERE account = ?", (account,))
    db.execute_sql(
        "INSERT INTO server_account (account, role, agency_id) VALUES (?, ?, ?)",
        (account, role, agency_id),
    )
    return created


def account_url(url: str, account: str) -> str:
    """The connection string of ``url`` for ``account`` (no password: libpq asks or reads
    ~/.pgpass; dxdesk never stores one)."""
    params = parse_dsn(url)
    params.pop("password", None)
    params["user"] = account
    host = params.pop("host", "")
    port = params.pop("port", "")
    dbname = params.pop("dbname", "")
    netloc = f"{account}@" + ("" if host.startswith("/") else host) + (f":{port}" if port else "")
    query = [f"host={host}"] if host.startswith("/") else []
    query += [f"{k}={v}" for k, v in params.items() if k != "user"]
    return f"postgresql://{netloc}/{dbname}" + ("?" + "&".join(query) if query else "")
