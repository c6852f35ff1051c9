"""The plots' entries of ``dxdesk bench``: the overview page with its plots, on the large
synthetic province (``dxdesk.bench.synthetic``).

``bench_plots(workdir, quick)`` returns ``{name, seconds, floor_seconds, ratio[, goal]}`` dicts.
Everything is measured in a fresh child process (``QT_QPA_PLATFORM=offscreen``), so that the
first figure pays for importing pyqtgraph as a user's first look at the overview does:

* **overview page + plots, first open** — from asking the window for the overview page to the
  page painted with its cards, tables and the first plot drawn (pyqtgraph imported meanwhile).
* **overview page + plots, as-of date changed** — the same page recomputed and repainted.
* **plots panel alone** — ``install_plots`` + ``refresh(as_of)`` computing its own series
  (one summary, one task tally) + paint.
* **trend** — the trend series (``summarize`` at each quarter end / meeting) and its plot.

Floors, measured in the same child: the page's floor is ``summarize`` (what the page must
compute) plus a bare pyqtgraph ``PlotWidget`` with one ``BarGraphItem`` of the band counts,
painted; the panel's floor adds the task tally; the trend's is ``summarize`` at each of its
dates. ``python -m dxdesk.bench.plots_entries WORKDIR [--quick]`` prints the lines alone.

This module is the parent's side (the province, the child's command line, the entries); what
the child measures in the window is ``plots_child``, its floors ``plots_floors``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from dxdesk.bench.synthetic import AS_OF, build_province
from dxdesk.bench.timing import Goal

PAGE_GOAL_S = 0.300
PLOTS_SHARE_GOAL_S = 0.100  # the plots' part of the page's 300 ms
QUICK_SCALE = 0.1  # 500 targets, 5,000 tasks
RUNS = 3


def _goal(max_seconds: float) -> Goal:
    return Goal(max_seconds=max_seconds)


def province(workdir: Path, quick: bool) -> Path:
    """The synthetic province (built once per scale in ``workdir``)."""
    scale = QUICK_SCALE if quick else 1.0
    path = Path(workdir) / f"plots-province-{scale:g}.db"
    if not path.exists():
        build_province(path, scale)
    return path


def bench_plots(workdir: Path, quick: bool) -> list[dict[str, Any]]:
    """Time the overview's plots on the synthetic province (a tenth of it when ``quick``)."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db = province(workdir, quick)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        DXDESK_SETTINGS=str(workdir / "plots-bench-settings.ini"),
    )
    cmd = [
        sys.executable,
        "-m",
        "dxdesk.bench.plots_entries",
        "child",
        str(db),
        AS_OF.isoformat(),
        str(1 if quick else RUNS),
    ]
    subprocess.run([*cmd, "--warm-only"], env=env, check=True, capture_output=True)  # OS cache
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    got = json.loads(next(line[6:] for line in out.splitlines() if line.startswith("TIMES ")))
    return _entries(got, quick)


def _entries(got: dict[str, Any], quick: bool) -> list[dict[str, Any]]:
    scale = "1/10 tỉnh giả lập" if quick else "tỉnh giả lập lớn"
    page_floor = got["summary_s"] + got["bare_plot_s"]
    panel_floor = page_floor + got["tally_s"]

    def entry(
        name: str, seconds: float, floor: float | None, floor_text: str, goal: Any = None
    ) -> dict[str, Any]:
        return {
            "name": name,
            "seconds": seconds,
            "floor_seconds": floor,
            "ratio": seconds / floor if floor else None,
            "goal": goal,
            "floor": floor_text,
        }

    page = (
        "summarize (số liệu trang phải tính) + một PlotWidget pyqtgraph trần với một "
        "BarGraphItem số mục tiêu theo mức, vẽ xong; không tính nạp pyqtgraph"
    )
    bare = "một PlotWidget pyqtgraph trần với một BarGraphItem số mục tiêu theo mức, vẽ xong"
    return [
        entry(
            f"Biểu đồ: mở trang Tổng quan lần đầu, có biểu đồ ({scale}; gồm nạp pyqtgraph "
            f"{got['import_s'] * 1000:.0f} ms)",
            got["page_cold_s"],
            page_floor,
            page,
            _goal(PAGE_GOAL_S),
        ),
        entry(
            f"Biểu đồ: trang Tổng quan tính lại khi đổi ngày ({scale})",
            got["page_warm_s"],
            page_floor,
            page,
            _goal(PAGE_GOAL_S),
        ),
        entry(
            f"Biểu đồ: quay lại trang Tổng quan sau khi dữ liệu đổi ({scale})",
            got["page_reopen_s"],
            page_floor,
            page,
            _goal(PAGE_GOAL_S),
        ),
        entry(
            f"Biểu đồ: phần của biểu đồ sau khi trang có số liệu, đổi ngày ({scale})",
            got["plots_share_s"],
            got["bare_plot_s"],
            bare,
            _goal(PLOTS_SHARE_GOAL_S),
        ),
        entry(
            f"Biểu đồ: khung biểu đồ tự tính số liệu, dựng + vẽ ({scale})",
            got["panel_s"],
            panel_floor,
            page + " + đếm nhiệm vụ theo tình trạng (task_state_tally)",
        ),
        entry(
            f"Biểu đồ: xu hướng, {got['trend_points']} mốc ({scale})",
            got["trend_s"],
            got["trend_floor_s"],
            "summarize tại mỗi mốc của xu hướng",
        ),
    ]


def _main(argv: list[str]) -> int:
    if argv[:1] == ["child"]:
        from dxdesk.bench.plots_child import child

        child(argv[1], argv[2], int(argv[3]), "--warm-only" in argv)
        return 0
    workdir = Path(argv[0]) if argv else Path(tempfile.gettempdir()) / "dxdesk-plots-bench"
    for row in bench_plots(workdir, quick="--quick" in argv):
        goal = row.get("goal")
        row = {**row, "goal": goal.text() if hasattr(goal, "text") else goal}
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
