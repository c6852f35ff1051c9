"""The report kill test: ``dxdesk exchange report`` killed with SIGKILL at random moments.

An agency edits a task, then writes a report in a subprocess killed with SIGKILL: by turns
at each step of the report (just before and after the register's commit, before the file's
fsync, before and after its rename; the worker kills itself there) and at a random moment. At
the end the agency writes the reports its register recorded but whose file is missing
(``report --again``), and the secretariat merges every report file found on the stick. It
passes when every file is either one the agency recorded or accepted once as a re-written
report, no file is refused, and the secretariat ends with every value the agency typed.
Run it long with ``python -m dxdesk.bench.report_killtest --kills 200``.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

TASKS = [f"NV{i:02d}" for i in range(1, 6)]
STEPS = ("before-commit", "after-commit", "before-fsync", "before-rename", "after-rename")


@dataclass
class ReportKillReport:
    kills: int = 0
    completed: int = 0  # report runs that finished before the kill
    files: int = 0  # report files on the stick at the end
    recorded: int = 0  # of them, ones the agency's register recorded
    resent: int = 0  # recorded reports whose file the kill prevented, written again
    refused: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # values the secretariat does not have

    @property
    def ok(self) -> bool:
        return not (self.refused or self.lost)


def _setup(folder: Path) -> tuple[Path, Path]:
    from dxdesk.core.exchange.offline import issue_slice, open_slice
    from dxdesk.core.services import register
    from dxdesk.core.session import Session

    sec, office = folder / "vanphong.db", folder / "donvi.db"
    with Session(sec, who="Văn phòng", daily_backup=False):
        register.load(
            {
                "agency": [{"code": "BX", "name": "UBND huyện Bát Xát", "kind": "huyen"}],
                "task": [
                    {
                        "code": code,
                        "text": f"Nhiệm vụ {code}",
                        "status": "in_progress",
                        "lead_agency": "BX",
                        "assigned_on": date(2023, 3, 10),
                    }
                    for code in TASKS
                ],
            },
            action="Khởi tạo",
            who="Văn phòng",
        )
        issue_slice("BX", folder / "giao.dxgoi", who="Văn phòng")
    with Session(office, who="Đơn vị", daily_backup=False):
        open_slice(folder / "giao.dxgoi", who="Đơn vị")
    return sec, office


def _edit(office: Path, n: int) -> None:
    from dxdesk.core.services import tasks
    from dxdesk.core.session import Session

    with Session(office, who="Đơn vị", daily_backup=False):
        tasks.update_task(TASKS[n % len(TASKS)], blocker=f"Vướng mắc lần {n}", who="Đơn vị")


def _report(office: Path, out: Path, step: str = "") -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dxdesk.bench.report_killtest",
            "worker",
            str(office),
            str(out),
            step,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def worker(office: str, out: str, step: str) -> int:
    """``dxdesk exchange report``, killing itself at ``step`` of the report ('' = never)."""
    import peewee

    from dxdesk.cli.main import main as cli
    from dxdesk.core.exchange.offline import reports

    armed = []

    def die(at: str) -> None:
        if armed and at == step:
            os.kill(os.getpid(), signal.SIGKILL)

    def wrap(owner: object, name: str, before: str, after: str = "") -> None:
        original = getattr(owner, name)

        def hooked(*args, **kw):
            die(before)
            result = original(*args, **kw)
            die(after)
            return result

        setattr(owner, name, hooked)

    write_report = reports.write_report

    def armed_report(*args, **kw):
        armed.append(True)
        return write_report(*args, **kw)

    reports.write_report = armed_report
    wrap(peewee.Database, "commit", "before-commit", "after-commit")
    wrap(os, "fsync", "before-fsync")
    wrap(os, "replace", "before-rename", "after-rename")
    return cli(["--db", office, "exchange", "report", "--out", out])


def run_report_kill_test(folder: Path, *, kills: int, seed: int = 1) -> ReportKillReport:
    """Kill ``exchange report`` ``kills`` times at random moments, then check both sides."""
    from dxdesk.core.exchange import package

    rng, report = random.Random(seed), ReportKillReport()
    folder.mkdir(parents=True, exist_ok=True)
    stick = folder / "usb"
    stick.mkdir(exist_ok=True)
    sec, office = _setup(folder)
    start = time.monotonic()
    _edit(office, 0)
    _report(office, stick / "bc-0.dxgoi").wait()
    duration = time.monotonic() - start  # an edit and a whole report run
    for n in range(1, kills + 1):
        _edit(office, n)
        step = STEPS[(n - 1) // 2 % len(STEPS)] if n % 2 else ""  # odd runs: at a step
        proc = _report(office, stick / f"bc-{n}.dxgoi", step)
        if step:
            proc.wait()
            report.kills += proc.returncode == -signal.SIGKILL
            report.completed += proc.returncode == 0
            continue
        time.sleep(duration * rng.uniform(0.0, 1.1))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            report.kills += 1
        else:
            report.completed += 1
        proc.wait()
    _edit(office, kills + 1)
    _report(office, stick / "bc-last.dxgoi").wait()
    report.resent = _resend_missing(office, stick)
    _merge_all(sec, office, stick, report, package)
    return report


def _resend_missing(office: Path, stick: Path) -> int:
    from dxdesk.core.exchange import package
    from dxdesk.core.exchange.offline import resend
    from dxdesk.core.exchange.offline.reports import sent_reports
    from dxdesk.core.session import Session

    on_stick = {package.read(p).manifest["package_id"] for p in stick.glob("*.dxgoi")}
    count = 0
    with Session(office, who="Đơn vị", daily_backup=False):
        for sent in sent_reports():
            if sent.package_id not in on_stick:
                resend(sent.seq, stick / f"gui-lai-{sent.seq}.dxgoi")
                count += 1
    return count


def _merge_all(sec: Path, office: Path, stick: Path, report: ReportKillReport, package) -> None:
    from dxdesk.core.errors import DxError
    from dxdesk.core.exchange.offline import merge
    from dxdesk.core.exchange.offline.reports import sent_reports
    from dxdesk.core.session import Session
    from dxdesk.core.storage import models as m

    files = sorted(
        stick.glob("*.dxgoi"),
        key=lambda p: (package.read(p).manifest["seq"], package.read(p).manifest["created_at"]),
    )
    with Session(office, who="Đơn vị", daily_backup=False):
        recorded = {s.package_id for s in sent_reports()}
        typed = {t.code: t.blocker for t in m.Task.select()}
    report.files = len(files)
    with Session(sec, who="Văn phòng", daily_backup=False):
        for path in files:
            report.recorded += package.read(path).manifest["package_id"] in recorded
            try:
                merge(path, who="Văn phòng")
            except DxError as exc:
                report.refused.append(f"{path.name}: {exc}")
        merged = {t.code: t.blocker for t in m.Task.select()}
    report.lost = [
        f"{code}: {value!r} ≠ {merged.get(code)!r}"
        for code, value in typed.items()
        if merged.get(code) != value
    ]


def main(argv: list[str] | None = None) -> int:
    import tempfile

    if argv is None and sys.argv[1:2] == ["worker"]:
        return worker(*sys.argv[2:5])
    parser = argparse.ArgumentParser(prog="python -m dxdesk.bench.report_killtest")
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    opts = parser.parse_args(argv)
    report = run_report_kill_test(Path(tempfile.mkdtemp()), kills=opts.kills, seed=opts.seed)
    print(asdict(report))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
