"""PostgreSQL's form of dxdesk's hand-written SQL (docs/server.md).

The read paths and the migrations are written once, in the SQL both engines accept, with
SQLite's placeholders (``?`` and ``:name``). On a server register :func:`translate` turns those
into psycopg's (``%s``, ``%(name)s``) and doubles the literal ``%`` signs; the few SQLite
functions the read paths use and PostgreSQL lacks are created on the server by
:data:`COMPAT_SQL` (``group_concat``, ``substr`` of a date). Nothing here imports peewee.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@lru_cache(maxsize=4096)
def translate(sql: str) -> str:
    """psycopg's form of ``sql``: placeholders in its style and every literal ``%`` doubled
    (psycopg formats every statement it is given parameters for, even an empty list)."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":  # a literal or a quoted name: to its closing quote ('' escapes)
            end = i + 1
            while end < n:
                if sql[end] == ch:
                    if end + 1 < n and sql[end + 1] == ch:
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
        elif ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif ch == "?":
            out.append("%s")
            i += 1
        elif ch == ":" and (i == 0 or sql[i - 1] != ":") and not sql.startswith("::", i):
            match = _NAME.match(sql, i + 1)
            if match is None:
                out.append(ch)
                i += 1
            else:
                out.append(f"%({match.group(0)})s")
                i = match.end()
        elif ch == ":" and sql.startswith("::", i):  # a cast
            out.append("::")
            i += 2
        elif ch == "%":
            out.append("%%")
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


# SQLite functions the shared SQL uses, given to PostgreSQL. Run at every open (idempotent);
# they live in the register's own schema, so a dump restores them.
COMPAT_SQL = (
    """CREATE OR REPLACE FUNCTION dxdesk_concat_step(acc text, v text, sep text)
    RETURNS text LANGUAGE sql IMMUTABLE AS
    $$ SELECT CASE WHEN v IS NULL THEN acc WHEN acc IS NULL THEN v ELSE acc || sep || v END $$""",
    """DO $$ BEGIN
      CREATE AGGREGATE group_concat(text, text) (SFUNC = dxdesk_concat_step, STYPE = text);
    EXCEPTION WHEN duplicate_function THEN NULL; END $$""",
    """CREATE OR REPLACE FUNCTION substr(d date, start integer, count integer)
    RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT substr(d::text, start, count) $$""",
)


def column_ddl(ddl: str) -> str:
    """A column definition written for SQLite (``add_column``), in PostgreSQL's types."""
    out = re.sub(r"\bDATETIME\b", "TIMESTAMP", ddl)
    return re.sub(r"\bREAL\b", "DOUBLE PRECISION", out)


CHANNEL = "dxdesk_changes"

# change notices for the open windows (services/server_watch.py), made by migration step 17
NOTIFY_SQL = (
    f"""CREATE OR REPLACE FUNCTION dxdesk_change_notice() RETURNS trigger LANGUAGE plpgsql AS
       $$ BEGIN PERFORM pg_notify('{CHANNEL}', ''); RETURN NULL; END $$""",
    "DROP TRIGGER IF EXISTS change_notice ON change_set",
    """CREATE TRIGGER change_notice AFTER INSERT OR UPDATE OR DELETE ON change_set
       FOR EACH STATEMENT EXECUTE FUNCTION dxdesk_change_notice()""",
)
