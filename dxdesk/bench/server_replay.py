"""The shared-server entry's floor: the very statements dxdesk sent, replayed through bare
psycopg2 (issue 20).

While a dxdesk client runs, every statement its connection executes is recorded at the
driver (a psycopg2 cursor class on the connection: BEGIN, each SELECT and write with its
parameters, COMMIT or ROLLBACK), operation by operation. The floor client then sends the same
statements with the same parameters, in the same transactions, from the same number of
processes, to a copy of the register as it was before the dxdesk run, and fetches every row
they return. One value differs by nature: the change log rows name the change set the replay
has just created (its id comes from the server), not the one dxdesk created.

So the two sides do the same work in the database and move the same rows; what dxdesk adds
is its own: building the statements, turning rows into records, checking versions, computing
the summary's figures from the rows (the floor fetches them and stops there).
"""

from __future__ import annotations

import pickle
import time
from pathlib import Path
from typing import Any, ClassVar

import psycopg2
from psycopg2 import extensions

Statement = tuple[str, Any, int]  # sql, parameters, rows it returned (-1: none)
Operation = tuple[int, list[Statement]]  # kind (0 task update, 1 measurement, 2 summary)

_CHANGE_SET = 'INSERT INTO "change_set"'
_CHANGE = "INSERT INTO change (changeset_id,"


class RecordingCursor(extensions.cursor):
    """A cursor that notes each statement it runs in ``RecordingCursor.log``."""

    log: ClassVar[list[Statement]] = []

    def execute(self, query: Any, vars: Any = None) -> Any:
        try:
            return super().execute(query, vars)
        finally:
            rows = self.rowcount if self.description is not None else -1
            RecordingCursor.log.append((query, vars, rows))

    def executemany(self, query: Any, vars_list: Any) -> Any:
        vars_list = list(vars_list)
        RecordingCursor.log.extend((query, v, -1) for v in vars_list)
        return super().executemany(query, vars_list)


def record_on(connection: Any) -> None:
    """Record every statement run on ``connection`` (dxdesk's, through peewee)."""
    connection.cursor_factory = RecordingCursor


def take_log() -> list[Statement]:
    """The statements recorded since the last call (and forget them)."""
    log = RecordingCursor.log[:]
    RecordingCursor.log.clear()
    return log


def replay_client(dsn: str, record: str, start: Any, out: Any) -> None:
    """Send one dxdesk client's operations (pickled in ``record``) again through a bare
    connection, starting with the others (``start``, a barrier); put (latencies, seconds
    from the start to the end, statements, statements that failed, read statements whose
    row count differed)."""
    operations: list[Operation] = pickle.loads(Path(record).read_bytes())
    con = psycopg2.connect(dsn)
    con.autocommit = True  # as peewee: transactions are the recorded BEGIN … COMMIT
    cur = con.cursor()
    latencies: list[float] = []
    failed = differed = 0
    start.wait()
    began = time.perf_counter()
    for _kind, statements in operations:
        op_start = time.perf_counter()
        changeset = None
        for sql, params, rows in statements:
            if changeset is not None and sql.startswith(_CHANGE):
                params = (changeset, *params[1:])
            try:
                cur.execute(sql, params)
            except psycopg2.Error:
                failed += 1
                cur.execute("ROLLBACK")
                break
            if cur.description is not None:
                got = cur.fetchall()
                if sql.startswith(_CHANGE_SET):
                    changeset = got[0][0]
                differed += rows >= 0 and len(got) != rows
        latencies.append(time.perf_counter() - op_start)
    elapsed = time.perf_counter() - began
    con.close()
    count = sum(len(s) for _, s in operations)
    out.put((latencies, elapsed, count, failed, differed))
