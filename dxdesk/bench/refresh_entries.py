"""The window-refresh entry of ``dxdesk bench`` (issue 20): how long after another officer's
save (its commit) an open window's tasks list shows it, on a server register (goal < 2 s).

The window runs in a child process (``QT_QPA_PLATFORM=offscreen``) on the Lào Cai demo; another
connection in that process saves NV67's blocker ``ROUNDS`` times, and each time the delay
from the commit to the list showing the new value is taken. Floor: a bare psycopg2 connection
that LISTENs to the same notices and reads the changed row (the plainest way to learn of the
change and read it). The server is ``DXDESK_BENCH_SERVER`` or a throwaway cluster.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from dxdesk.bench.timing import Entry, Goal, progress

GOAL = Goal(max_seconds=2.0)
ROUNDS = 10


def bench_refresh(workdir: Path, quick: bool) -> list[Entry]:
    """The refresh entry (skipped, with the reason, without a server)."""
    from dxdesk.bench import ProviderSkipped
    from dxdesk.bench.server_entries import _create

    cluster, url = None, os.environ.get("DXDESK_BENCH_SERVER")
    if not url:
        from dxdesk.bench import pgcluster

        try:
            cluster = pgcluster.start_cluster()
        except RuntimeError as exc:
            raise ProviderSkipped("làm mới cửa sổ", str(exc)) from None
        _create(cluster)
        url = cluster.url("dxbench")
    try:
        from dxdesk.core.demo import load_demo
        from dxdesk.core.session import Session

        with Session(url, who="bench"):
            load_demo()
        rounds = 3 if quick else ROUNDS
        progress(f"  cửa sổ thấy thay đổi của người khác × {rounds}…")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env["DXDESK_SETTINGS"] = str(Path(workdir) / "refresh-settings.ini")
        out = subprocess.run(
            [sys.executable, "-m", "dxdesk.bench.refresh_entries", url, str(rounds)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        got = json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        if cluster is not None:
            cluster.stop()
    window, floor = max(got["window"]), max(got["floor"])
    return [
        Entry.measured(
            "window refresh",
            window,
            floor,
            GOAL,
            label=f"cửa sổ thấy thay đổi của người khác (lâu nhất trong {len(got['window'])} lần)",
            floor="psycopg2 trần: LISTEN, nhận thông báo, đọc dòng đã đổi",
        )
    ]


def _save_elsewhere(text: str) -> float:
    """Another officer's save on a connection of its own; the time of its commit."""
    from dxdesk.core.services import tasks
    from dxdesk.core.storage import models as m

    done: dict[str, float] = {}

    def run() -> None:
        try:
            tasks.update_task("NV67", blocker=text, who="Lan")
            done["at"] = time.perf_counter()
        finally:
            m.database_proxy.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return done["at"]


def _child(url: str, rounds: int) -> dict[str, Any]:
    import select

    import psycopg2
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from dxdesk.gui.app import start_window

    window = start_window(url, page="tasks")
    window.show()
    page = window.pages["tasks"]
    flags = QEventLoop.ProcessEventsFlag.AllEvents

    def until(check, limit: float = 30.0) -> None:
        end = time.perf_counter() + limit
        while not check() and time.perf_counter() < end:
            QCoreApplication.processEvents(flags, 2)

    def shown() -> str:
        rows = (page.model.row_dict(i) for i in range(page.model.rowCount()))
        return next((r["blocker"] or "" for r in rows if r["code"] == "NV67"), "")

    until(lambda: window.ctx.server_watch.listening and page.model.rowCount() > 0)
    bare = psycopg2.connect(url)
    bare.autocommit = True
    bare.cursor().execute("LISTEN dxdesk_changes")
    window_s, floor_s = [], []
    for i in range(rounds):
        text = f"bench lần {i}"
        committed = _save_elsewhere(text)
        until(lambda text=text: shown() == text)
        window_s.append(time.perf_counter() - committed)
        text = f"bench sàn {i}"
        committed = _save_elsewhere(text)
        select.select([bare], [], [], 30)
        bare.poll()
        bare.notifies.clear()
        cur = bare.cursor()
        cur.execute("SELECT blocker FROM task WHERE code = 'NV67'")
        cur.fetchone()
        floor_s.append(time.perf_counter() - committed)
        until(lambda text=text: shown() == text)  # the window too, before the next round
    bare.close()
    window.close()
    window.ops.shutdown()
    return {"window": window_s, "floor": floor_s}


if __name__ == "__main__":
    print(json.dumps(_child(sys.argv[1], int(sys.argv[2]))))
