"""The kill test: write, get killed with SIGKILL at a random moment, reopen, check.

A worker process performs use cases in a loop (edits, measurements, 20-row imports) and
prints a line after each one dxdesk reports as saved. The parent kills it at random moments,
reopens the register and checks: ``PRAGMA integrity_check`` is ok, every edit reported as
saved is there, and no import is half-applied. Run it long with
``python -m dxdesk.bench.killtest --kills 500``; the test suite runs a short form.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

BATCH = 20


@dataclass
class KillReport:
    kills: int = 0
    saved_checked: int = 0
    lost: int = 0
    half_imports: int = 0
    integrity_failures: int = 0

    @property
    def ok(self) -> bool:
        return not (self.lost or self.half_imports or self.integrity_failures)


def _seed_register(path: Path) -> None:
    from dxdesk.core.services import register
    from dxdesk.core.session import Session

    with Session(path, who="kill-test", daily_backup=False):
        register.load(
            {
                "agency": [
                    {"code": "STTTT", "name": "Sở Thông tin và Truyền thông", "kind": "so_nganh"}
                ],
                "target": [
                    {
                        "code": "MT01",
                        "text": "Tỷ lệ hồ sơ trực tuyến",
                        "direction": "tang",
                        "kind": "so_lieu",
                        "target_value": 100.0,
                    }
                ],
            },
            action="Khởi tạo",
        )


def worker(path: Path, start: int) -> None:
    """Write forever; print 'saved <kind> <n>' after each committed use case."""
    from dxdesk.core.services import entities, register, targets
    from dxdesk.core.session import Session

    with Session(path, who="kill-test", daily_backup=False):
        n = start
        while True:
            kind = n % 3
            if kind == 0:
                entities.save(
                    "task",
                    {"code": f"E{n}", "text": f"Sửa lần {n} — tiếng Việt", "lead_agency": "STTTT"},
                )
            elif kind == 1:
                targets.measure(
                    "MT01",
                    period=f"{2000 + n // 12}-{n % 12 + 1:02d}",
                    value=float(n),
                    today=date(2100, 1, 1),
                )
            else:
                register.load(
                    {
                        "task": [
                            {"code": f"B{n}-{i}", "text": f"Nhập {n}/{i}", "status": "not_started"}
                            for i in range(BATCH)
                        ]
                    },
                    action=f"Nhập {n}",
                )
            print(f"saved {kind} {n}", flush=True)
            n += 1


def _check(path: Path, saved: list[tuple[int, int]], report: KillReport) -> int:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            report.integrity_failures += 1
        tasks = {c for (c,) in con.execute("SELECT code FROM task")}
        periods = {p for (p,) in con.execute("SELECT period FROM measurement")}
    finally:
        con.close()
    for kind, n in saved:
        report.saved_checked += 1
        if kind == 0 and f"E{n}" not in tasks:
            report.lost += 1
        if kind == 1 and f"{2000 + n // 12}-{n % 12 + 1:02d}" not in periods:
            report.lost += 1
        if kind == 2 and any(f"B{n}-{i}" not in tasks for i in range(BATCH)):
            report.lost += 1
    batches: dict[str, int] = {}
    for code in tasks:
        if code.startswith("B"):
            batch = code.split("-")[0]
            batches[batch] = batches.get(batch, 0) + 1
    report.half_imports = sum(1 for c in batches.values() if c != BATCH)
    numbers = [int(c[1:].split("-")[0]) for c in tasks if c[:1] in "EB"]
    return max(numbers, default=-1) + 1


def run_kill_test(path: Path, *, kills: int, seed: int = 1) -> KillReport:
    """Kill a writing worker ``kills`` times at random moments; check after each."""
    rng = random.Random(seed)
    path = Path(path)
    _seed_register(path)
    report = KillReport()
    saved: list[tuple[int, int]] = []
    start = 0
    for _ in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-m", "dxdesk.bench.killtest", "worker", str(path), str(start)],
            stdout=subprocess.PIPE,
            text=True,
        )
        first = proc.stdout.readline()  # wait until it really writes, then let it run a bit
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
        for line in [first, *rest.splitlines()]:
            parts = line.split()
            if len(parts) == 3 and parts[0] == "saved":
                saved.append((int(parts[1]), int(parts[2])))
        report.kills += 1
        scratch = KillReport()  # after each kill: integrity; losses are counted once, at the end
        start = max(_check(path, saved, scratch), start)
        report.integrity_failures += scratch.integrity_failures
    _check(path, saved, report)
    return report


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["worker"]:
        worker(Path(args[1]), int(args[2]))
        return 0
    parser = argparse.ArgumentParser(prog="python -m dxdesk.bench.killtest")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--db", default="")
    parser.add_argument("--seed", type=int, default=1)
    opts = parser.parse_args(args)
    import tempfile

    path = Path(opts.db) if opts.db else Path(tempfile.mkdtemp()) / "kill.db"
    report = run_kill_test(path, kills=opts.kills, seed=opts.seed)
    print(json.dumps({**asdict(report), "ok": report.ok}, ensure_ascii=False))
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
