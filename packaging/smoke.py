"""Smoke test of a built dxdesk: what an officer does, from another folder with an empty HOME.

    python packaging/smoke.py dist/dxdesk/dxdesk                 # the Linux bundle
    python packaging/smoke.py dist\\dxdesk\\dxdesk-cli.exe        # Windows (CI)
    python packaging/smoke.py .venv/bin/python packaging/launch.py   # the source run

Runs --version (on Linux: without loading Qt), demo, summary --json (the Lào Cai figures),
brief and notice (fonts embedded), every plot kind, template/export/import, exchange issue →
open → report → merge, screenshots, and opens the window on the tasks page (it must have rows)
and closes it. Exits 1 on the first failure, printing the command and what it said.

    python packaging/smoke.py --compare 5 dist/dxdesk/dxdesk -- .venv/bin/python packaging/launch.py

prints the bundle's size and its window start-up against the source run's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


class SmokeFailed(Exception):
    pass


class Officer:
    """Runs the program as a user would: empty HOME, another folder, no DXDESK_* set."""

    def __init__(self, command: list[str], base: Path):
        self.command = command
        self.home = base / "home"
        self.work = base / "work"
        for d in (self.home, self.work):
            d.mkdir(parents=True, exist_ok=True)
        keep = ("PATH", "SYSTEMROOT", "WINDIR", "TEMP", "TMP", "TMPDIR", "LANG", "DISPLAY",
                "XAUTHORITY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR")  # fmt: skip
        self.env = {k: v for k, v in os.environ.items() if k in keep}
        roaming, local = self.home / "AppData" / "Roaming", self.home / "AppData" / "Local"
        self.env.update(HOME=str(self.home), USERPROFILE=str(self.home),
                        APPDATA=str(roaming), LOCALAPPDATA=str(local),
                        # on Windows platformdirs asks the shell for the folders, not these
                        # variables: without the overrides the officer would share the
                        # runner's real %LOCALAPPDATA%\dxdesk with every other smoke run
                        WIN_PD_OVERRIDE_APPDATA=str(roaming),
                        WIN_PD_OVERRIDE_LOCAL_APPDATA=str(local),
                        PYTHONIOENCODING="utf-8")  # fmt: skip

    def run(self, *args: str, env: dict | None = None, timeout: int = 300) -> str:
        cmd = [*self.command, *map(str, args)]
        done = subprocess.run(cmd, cwd=self.work, env={**self.env, **(env or {})},
                              capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=timeout)  # fmt: skip
        out = done.stdout + done.stderr
        if done.returncode != 0:
            raise SmokeFailed(f"{' '.join(cmd)} → {done.returncode}\n{out}")
        return out

    def window(self, *args: str, display: str) -> tuple[float, str]:
        """Open the window (``args``), wait until it is shown, let it close: (seconds, line)."""
        report = self.work / "shown.txt"
        report.unlink(missing_ok=True)
        env = {"DXDESK_SMOKE_CLOSE_MS": "300", "DXDESK_SMOKE_OUT": str(report)}
        if display == "offscreen":
            env["QT_QPA_PLATFORM"] = "offscreen"
        cmd = [*self.command, *args]
        if display == "xvfb":
            cmd = ["xvfb-run", "-a", *cmd]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=self.work, env={**self.env, **env},
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip
        shown = None
        while proc.poll() is None and shown is None:
            if report.exists() and report.read_text(encoding="utf-8").endswith("\n"):
                shown = time.perf_counter() - start
            time.sleep(0.005)
        out = proc.communicate(timeout=120)[0].decode("utf-8", "replace")
        text = report.read_text(encoding="utf-8") if report.exists() else ""
        if proc.returncode != 0 or not text.startswith("SHOWN"):
            raise SmokeFailed(f"{' '.join(cmd)} → {proc.returncode}, no window shown\n{out}")
        return (shown or time.perf_counter() - start), text.strip()


def _fonts_ok(pdf: Path) -> None:
    from tests.packaging.pdf import fonts_not_embedded

    missing = fonts_not_embedded(pdf)
    if missing:
        raise SmokeFailed(f"{pdf.name}: fonts not embedded: {missing}")


def _expect(text: str, *parts: str) -> None:
    for part in parts:
        if part not in text:
            raise SmokeFailed(f"expected “{part}” in:\n{text}")


def smoke(officer: Officer, display: str) -> None:
    from dxdesk import __version__
    from dxdesk.cli.commands.plot import KINDS as PLOT_KINDS

    step = lambda name: print(f"  ✓ {name}", flush=True)  # noqa: E731
    _expect(officer.run("--version"), __version__)
    step("--version")
    if sys.platform.startswith("linux"):  # the dynamic loader lists what it loaded
        said = officer.run("--version", env={"LD_DEBUG": "files"})
        loaded = {ln.split("file=", 1)[1].split()[0] for ln in said.splitlines() if "file=" in ln}
        qt = sorted(name for name in loaded if "Qt6" in name or "shiboken" in name)
        if qt:
            raise SmokeFailed(f"--version loaded Qt before answering: {qt}")
        step("--version loads no Qt library")
    officer.run("demo")
    step("demo")
    data = json.loads(officer.run("summary", "--as-of", "19/12/2023", "--json"))
    t, k = data["targets"], data["tasks"]
    bands = [t["by_band"][b] for b in ("completed", "above_70", "from_50_to_70", "below_50")]
    if (t["total"], bands, k["total"]) != (30, [20, 3, 3, 4], 75):
        raise SmokeFailed(f"summary --json: not the Lào Cai figures: {t} {k}")
    step("summary --json (30 mục tiêu 20/3/3/4, 75 nhiệm vụ)")
    officer.run("brief", "--as-of", "19/12/2023", "--out", "brief.pdf")
    _fonts_ok(officer.work / "brief.pdf")
    officer.run("notice", "--meeting", "HN-Q3-2023", "--out", "notice.pdf")
    _fonts_ok(officer.work / "notice.pdf")
    step("brief, notice (fonts embedded)")
    for kind in PLOT_KINDS:
        extra = ("--target", "MT03") if kind == "trajectory" else ()
        for ext in ("png", "svg"):
            officer.run("plot", kind, "--as-of", "19/12/2023", "--out", f"{kind}.{ext}", *extra)
            if (officer.work / f"{kind}.{ext}").stat().st_size < 2000:
                raise SmokeFailed(f"plot {kind}: {kind}.{ext} is nearly empty")
    step(f"plot {', '.join(PLOT_KINDS)} (png, svg)")
    officer.run("template", "template.xlsx")
    officer.run("export", "export.xlsx")
    _expect(officer.run("--db", "copy.db", "import", "--new", "export.xlsx"), "Đã nhập")
    copy = json.loads(officer.run("--db", "copy.db", "summary", "--as-of", "19/12/2023", "--json"))
    if copy["targets"]["by_band"] != t["by_band"] or copy["tasks"]["total"] != k["total"]:
        raise SmokeFailed("export → import: the copy's figures differ")
    step("template, export, import (same figures)")
    officer.run("exchange", "issue", "--agency", "SYT", "--out", "SYT.dxp")
    officer.run("--db", "syt.db", "exchange", "open", "SYT.dxp")
    officer.run("--db", "syt.db", "task", "update", "NV27", "--status", "done", "--note", "Xong")
    officer.run("--db", "syt.db", "exchange", "report", "--out", "SYT-1.dxp")
    _expect(
        officer.run("exchange", "merge", "SYT-1.dxp"),
        "Đã hợp nhất báo cáo số 1",
        "giữ lại 0 xung đột",
    )
    step("exchange issue → open → report → merge")
    shots = officer.work / "shots"
    officer.run("screenshots", "--as-of", "19/12/2023", "--out", shots)
    missing = [n for n in ("overview", "tasks", "task-dialog") if not (shots / f"{n}.png").exists()]
    if missing:
        raise SmokeFailed(f"screenshots: missing {missing}")
    step("screenshots")
    _, line = officer.window("gui", "--page", "tasks", display=display)
    rows = int(line.rsplit("rows=", 1)[-1]) if "rows=" in line else 0
    if rows <= 0:
        raise SmokeFailed(f"the window's tasks page has no rows: {line}")
    step(f"window ({display}): {line}")


def folder_mb(path: Path) -> float:
    return (
        sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    )


def compare(bundle: list[str], source: list[str], display: str, runs: int, base: Path) -> str:
    """The last line of build-bundle.sh: size, and window start-up against the source run
    (median of ``runs`` pairs run back to back, so a slow spell of the machine hits both)."""
    import statistics

    a, b = Officer(bundle, base / "bundle"), Officer(source, base / "source")
    for officer in (a, b):
        officer.run("demo")
        officer.window("gui", display=display)  # warm: the day's backup, the OS file cache
    pairs = [(a.window("gui", display=display)[0], b.window("gui", display=display)[0])
             for _ in range(runs)]  # fmt: skip
    ratio = statistics.median(x / y for x, y in pairs)
    med_a = statistics.median(x for x, _ in pairs)
    med_b = statistics.median(y for _, y in pairs)
    size = folder_mb(Path(bundle[0]).parent)
    num = lambda v, d=2: f"{v:.{d}f}".replace(".", ",")  # noqa: E731 - Vietnamese decimal comma
    return (
        f"bundle {Path(bundle[0]).parent}: {num(size, 0)} MB; window start-up "
        f"{num(ratio)} × the source run ({num(med_a)} s vs {num(med_b)} s, median of "
        f"{runs} pairs, display {display})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", nargs="+", help="the program to test, with its first words")
    parser.add_argument("--display", choices=["auto", "xvfb", "offscreen", "native"],
                        default="auto", help="where the window opens")  # fmt: skip
    parser.add_argument("--compare", type=int, metavar="N", help="time N window starts of "
                        "COMMAND against those of the program after --")  # fmt: skip
    argv = list(sys.argv[1:] if argv is None else argv)
    source: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, source = argv[:cut], argv[cut + 1 :]
    args = parser.parse_args(argv)
    display = args.display
    if display == "auto":
        display = ("native" if os.name == "nt" or os.environ.get("DISPLAY")
                   else "xvfb" if shutil.which("xvfb-run") else "offscreen")  # fmt: skip
    # paths made absolute (the program runs from another folder); symlinks kept (a venv's python)
    absolute = lambda words: [str(Path(w).absolute()) if Path(w).exists() else w for w in words]  # noqa: E731
    command = absolute(args.command)
    with tempfile.TemporaryDirectory(prefix="dxdesk-smoke-") as tmp:
        try:
            if args.compare:
                if not source:
                    parser.error("--compare needs the source run after --")
                print(compare(command, absolute(source), display, args.compare, Path(tmp)))
                return 0
            officer = Officer(command, Path(tmp))
            print(f"smoke test of {' '.join(command)} (HOME={officer.home})", flush=True)
            smoke(officer, display)
        except (SmokeFailed, subprocess.TimeoutExpired) as exc:
            print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
            return 1
    print("smoke test passed", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
