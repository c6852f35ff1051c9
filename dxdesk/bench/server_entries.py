"""The shared-server entry of ``dxdesk bench`` (issue 20): 20 client processes on one
PostgreSQL register for 60 s, each doing a mix of task updates (read, then save with the
record as read: ``versions``), measurements and summaries through dxdesk, beside the same
writes and the summary's main reads through bare psycopg2.

Reported: operations per second, p95 latency, saves refused because another client saved the
same field first (shown to the user, not lost), and lost updates: saves dxdesk reported that
are not in the change log (goal 0). The server is ``DXDESK_BENCH_SERVER`` (an empty register's
URL, for IT's own server) or a throwaway cluster (dxdesk/bench/pgcluster.py).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from datetime import date
from pathlib import Path
from typing import Any

from dxdesk.bench.timing import Entry, Goal, progress

GOAL = Goal(max_ratio=1.5)  # mean time per operation, dxdesk ÷ bare psycopg2
AS_OF = date(2023, 12, 19)


def _client(url: str, n: int, seconds: float, bare: bool, out: Any) -> None:
    """One client: operations until the time is up; (latencies, saved blockers, refused)."""
    from dxdesk.core.session import Session

    latencies: list[float] = []
    saved: list[tuple[str, str]] = []
    refused = 0
    session = Session(url, who=f"may-{n}")
    con = session.db.connection() if bare else None
    end = time.perf_counter() + seconds
    i = 0
    try:
        while time.perf_counter() < end:
            code, text = f"NV{(n * 7 + i) % 75 + 1:02d}", f"may-{n} lần {i}"
            start = time.perf_counter()
            kind = i % 3
            if bare:
                _bare_operation(con, kind, code, text, n, i)
                ok = True
            else:
                ok = _dxdesk_operation(kind, code, text, n, i)
            latencies.append(time.perf_counter() - start)
            if kind == 0 and ok:
                saved.append((code, text))
            refused += not ok
            i += 1
    finally:
        session.close()
    out.put((latencies, saved, refused))


def _dxdesk_operation(kind: int, code: str, text: str, n: int, i: int) -> bool:
    from dxdesk.core.services import summary, targets, tasks
    from dxdesk.core.services.versions import ChangedMeanwhile
    from dxdesk.core.storage import models as m
    from dxdesk.core.storage import records

    if kind == 0:
        opened = records.to_record(records.SPECS["task"], m.Task.get(m.Task.code == code))
        try:
            tasks.update_task(code, blocker=text, today=AS_OF, who=f"may-{n}", opened=opened)
        except ChangedMeanwhile:
            return False
    elif kind == 1:
        targets.measure(
            f"MT{n % 30 + 1:02d}", period=f"2023-{i % 12 + 1:02d}", value=float(i), today=AS_OF
        )
    else:
        summary.summarize(AS_OF, with_checks=False)
    return True


def _bare_operation(con: Any, kind: int, code: str, text: str, n: int, i: int) -> None:
    from dxdesk.core.storage import readsql
    from dxdesk.core.storage.pgsql import translate

    cur = con.cursor()
    if kind == 0:
        cur.execute("SELECT * FROM task WHERE code = %s", (code,))
        cur.execute("UPDATE task SET blocker = %s WHERE code = %s", (text, code))
    elif kind == 1:
        cur.execute(
            "INSERT INTO measurement (target_id, period, measured_on, value, note) "
            "SELECT id, %s, %s, %s, '' FROM target WHERE code = %s "
            "ON CONFLICT (target_id, period, COALESCE(unit_id, 0)) DO UPDATE SET value = "
            "excluded.value",
            (f"2023-{i % 12 + 1:02d}", AS_OF, float(i), f"MT{n % 30 + 1:02d}"),
        )
    else:
        params = {"d": AS_OF.isoformat(), "y": AS_OF.year}
        sql = f"SELECT {readsql.TASK_STATE_CODE_SQL} FROM task t WHERE {readsql.TASK_EXISTS_SQL}"
        cur.execute(translate(sql), params)
        cur.fetchall()
        cur.execute(translate("SELECT id, code FROM target"), ())
        cur.fetchall()


def _run(url: str, clients: int, seconds: float, bare: bool) -> tuple[list, list, int]:
    queue: Any = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=_client, args=(url, n, seconds, bare, queue))
        for n in range(clients)
    ]
    for p in procs:
        p.start()
    results = [queue.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join(30)
    latencies = [x for r in results for x in r[0]]
    return latencies, [s for r in results for s in r[1]], sum(r[2] for r in results)


def _lost(url: str, saved: list[tuple[str, str]]) -> int:
    """Saves reported done whose value the change log does not hold."""
    import json

    from dxdesk.core.session import Session
    from dxdesk.core.storage import models as m

    with Session(url):
        logged = {
            (c.entity_code, json.loads(c.new))
            for c in m.Change.select().where(
                (m.Change.entity == "task") & (m.Change.field == "blocker")
            )
        }
    return sum((code, text) not in logged for code, text in saved)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))] if ordered else 0.0


def bench_server(workdir: Path, quick: bool) -> list[Entry]:
    """The shared-server entry (skipped, with the reason, without a server)."""
    from dxdesk.bench import ProviderSkipped

    clients, seconds = (4, 3.0) if quick else (20, 60.0)
    cluster = None
    url = os.environ.get("DXDESK_BENCH_SERVER")
    if not url:
        from dxdesk.bench import pgcluster

        try:
            cluster = pgcluster.start_cluster()
        except RuntimeError as exc:
            raise ProviderSkipped("máy chủ dùng chung", str(exc)) from None
        _create(cluster)
        url = cluster.url("dxbench")
    try:
        from dxdesk.core.demo import load_demo
        from dxdesk.core.session import Session

        with Session(url, who="bench"):
            load_demo()
        progress(f"  {clients} máy × {seconds:g} s qua dxdesk…")
        lat, saved, refused = _run(url, clients, seconds, bare=False)
        lost = _lost(url, saved)
        progress(f"  {clients} máy × {seconds:g} s qua psycopg2 trần…")
        floor_lat, _, _ = _run(url, clients, seconds, bare=True)
    finally:
        if cluster is not None:
            cluster.stop()
    mean, floor_mean = sum(lat) / len(lat), sum(floor_lat) / len(floor_lat)
    label = (
        f"máy chủ dùng chung: {clients} máy, {len(lat) / seconds:.0f} thao tác/s, p95 "
        f"{_p95(lat) * 1000:.0f} ms, {refused} lần lưu bị từ chối vì người khác vừa lưu, "
        f"{lost} thay đổi bị mất"
    )
    entry = Entry.measured(
        "server 20 clients",
        mean,
        floor_mean,
        GOAL,
        label=label,
        floor=f"cùng câu lệnh qua psycopg2 trần: {len(floor_lat) / seconds:.0f} thao tác/s, p95 "
        f"{_p95(floor_lat) * 1000:.0f} ms",
    )
    return [entry]


def _create(cluster: Any) -> None:
    import psycopg2

    con = psycopg2.connect(cluster.url("postgres"))
    con.autocommit = True
    try:
        con.cursor().execute("CREATE DATABASE dxbench TEMPLATE template0")
    finally:
        con.close()
