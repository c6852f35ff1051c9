"""The shared-server entry of ``dxdesk bench`` (issue 20): 20 client processes on one
PostgreSQL register for 60 s, each doing a mix of task updates (read, then save with the
record as read: ``versions``), measurements and summaries through dxdesk, beside the very
statements dxdesk sent, replayed through bare psycopg2 (``server_replay``).

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


def _client(url: str, n: int, seconds: float, record: str, start: Any, out: Any) -> None:
    """One dxdesk client: operations until the time is up; (latencies, saved blockers,
    refused). The statements of each operation are pickled to ``record`` for the floor.
    All clients start together once opened (``start``, a barrier): the others' start-up
    (imports, opening) is not measured."""
    import pickle

    from dxdesk.bench.server_replay import record_on, take_log
    from dxdesk.core.services import summary, targets, tasks  # noqa: F401 (imported now)
    from dxdesk.core.session import Session

    latencies: list[float] = []
    saved: list[tuple[str, str]] = []
    operations: list[tuple[int, list]] = []
    refused = 0
    session = Session(url, who=f"may-{n}")
    record_on(session.db.connection())
    start.wait()
    end = time.perf_counter() + seconds
    i = 0
    try:
        while time.perf_counter() < end:
            code, text = f"NV{(n * 7 + i) % 75 + 1:02d}", f"may-{n} lần {i}"
            kind = i % 3
            take_log()
            began = time.perf_counter()
            ok = _dxdesk_operation(kind, code, text, n, i)
            latencies.append(time.perf_counter() - began)
            operations.append((kind, take_log()))
            if kind == 0 and ok:
                saved.append((code, text))
            refused += not ok
            i += 1
    except Exception as exc:  # said at once, not after the others' time is up
        out.put(f"máy {n}: {type(exc).__name__}: {exc}")
        raise
    finally:
        session.close()
    Path(record).write_bytes(pickle.dumps(operations))
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
        # 0 or 1: a value every target takes (yes/no ones too)
        targets.measure(
            f"MT{n % 30 + 1:02d}", period=f"2023-{i % 12 + 1:02d}", value=float(i % 2), today=AS_OF
        )
    else:
        summary.summarize(AS_OF, with_checks=False)
    return True


def _run(url: str, clients: int, seconds: float, workdir: Path) -> tuple[list, list, int]:
    queue: Any = multiprocessing.Queue()
    start = multiprocessing.Barrier(clients)
    procs = [
        multiprocessing.Process(
            target=_client, args=(url, n, seconds, str(workdir / f"may-{n}.ops"), start, queue)
        )
        for n in range(clients)
    ]
    for p in procs:
        p.start()
    results = [queue.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join(30)
    for result in results:
        if isinstance(result, str):
            raise RuntimeError(result)
    latencies = [x for r in results for x in r[0]]
    return latencies, [s for r in results for s in r[1]], sum(r[2] for r in results)


def _replay(dsn: str, clients: int, workdir: Path) -> tuple[list, float, int, int, int]:
    """The floor: each client's recorded statements again through bare psycopg2, all
    clients at once; (latencies, wall seconds, statements, failed, row counts differing)."""
    from dxdesk.bench.server_replay import replay_client

    queue: Any = multiprocessing.Queue()
    start = multiprocessing.Barrier(clients)
    procs = [
        multiprocessing.Process(
            target=replay_client, args=(dsn, str(workdir / f"may-{n}.ops"), start, queue)
        )
        for n in range(clients)
    ]
    for p in procs:
        p.start()
    results = [queue.get(timeout=900) for _ in procs]
    for p in procs:
        p.join(30)
    latencies = [x for r in results for x in r[0]]
    return (
        latencies,
        max(r[1] for r in results),
        sum(r[2] for r in results),
        sum(r[3] for r in results),
        sum(r[4] for r in results),
    )


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
        _create(cluster.url("postgres"), "dxbench", "template0")
        url = cluster.url("dxbench")
    try:
        from dxdesk.core.demo import load_demo
        from dxdesk.core.session import Session

        with Session(url, who="bench"):
            load_demo()
        floor_url = _floor_copy(url)  # the register before the run, for the floor
        progress(f"  {clients} máy × {seconds:g} s qua dxdesk…")
        lat, saved, refused = _run(url, clients, seconds, workdir)
        lost = _lost(url, saved)
        progress(f"  cùng các câu lệnh ấy qua psycopg2 trần ({clients} máy)…")
        floor_lat, wall, statements, failed, differed = _replay(floor_url, clients, workdir)
    finally:
        if cluster is not None:
            cluster.stop()
    mean, floor_mean = sum(lat) / len(lat), sum(floor_lat) / len(floor_lat)
    label = (
        f"máy chủ dùng chung: {clients} máy, {len(lat) / seconds:.0f} thao tác/s, p95 "
        f"{_p95(lat) * 1000:.0f} ms, {refused} lần lưu bị từ chối vì người khác vừa lưu, "
        f"{lost} thay đổi bị mất"
    )
    floor = (
        f"cùng {statements} câu lệnh của dxdesk gửi lại qua psycopg2 trần: "
        f"{len(floor_lat) / wall:.0f} thao tác/s, p95 {_p95(floor_lat) * 1000:.0f} ms"
        f"{f', {failed} câu lệnh lỗi' if failed else ''}"
        f"{f', {differed} câu đọc khác số dòng' if differed else ''}"
    )
    return [Entry.measured("server 20 clients", mean, floor_mean, GOAL, label=label, floor=floor)]


def _create(admin_url: str, name: str, template: str) -> None:
    import psycopg2
    from psycopg2 import sql

    con = psycopg2.connect(admin_url)
    con.autocommit = True
    try:
        con.cursor().execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        )
    finally:
        con.close()


def _floor_copy(url: str) -> str:
    """A copy of the register ``url`` names (a new database beside it); its URL."""
    import psycopg2
    from psycopg2.extensions import make_dsn, parse_dsn

    params = parse_dsn(url)
    name = params["dbname"]
    floor = f"{name}_floor"
    admin = make_dsn(url, dbname="postgres")
    con = psycopg2.connect(admin)
    con.autocommit = True
    try:
        con.cursor().execute(f'DROP DATABASE IF EXISTS "{floor}"')
    finally:
        con.close()
    _create(admin, floor, name)
    return make_dsn(url, dbname=floor)
