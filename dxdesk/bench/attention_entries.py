"""``dxdesk bench``: the "Cần xử lý" view on the large synthetic province (~16,000 rows: 15,000
overdue tasks, the items not given, the targets without the last quarter's result).

Measured in a fresh child process (``QT_QPA_PLATFORM=offscreen``), the window started as
``dxdesk`` starts it, on a light page (documents), its register open and the lane idle:

* **the rows** — ``attention(AS_OF)``, the service the view and ``dxdesk attention`` read
  (best of 3). Floor: the same SQL run by a bare ``sqlite3`` connection, rows not built.
* **the view opened** — from asking for the page to its rows painted (the read included).
  Goal: < 1 s.
* **a group chosen** — "Quá hạn" (15,000 rows) then "Tất cả" clicked, each until painted.
  Goal: < 100 ms.

``python -m dxdesk.bench.attention_entries WORKDIR [--quick]`` prints the lines alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from dxdesk.bench.plots_entries import province
from dxdesk.bench.synthetic import AS_OF
from dxdesk.bench.timing import Goal

OPEN_GOAL_S = 1.0
GROUP_GOAL_S = 0.100


def bench_attention(workdir: Path, quick: bool) -> list[dict[str, Any]]:
    """Time the "Cần xử lý" view on the synthetic province (a tenth of it when ``quick``)."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db = province(workdir, quick)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        DXDESK_SETTINGS=str(workdir / "attention-bench.ini"),
    )
    cmd = [sys.executable, "-m", "dxdesk.bench.attention_entries", "child", str(db)]
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    got = json.loads(next(ln[6:] for ln in out.splitlines() if ln.startswith("TIMES ")))
    return _entries(got, quick)


def _entries(got: dict[str, Any], quick: bool) -> list[dict[str, Any]]:
    scale = "1/10 tỉnh giả lập" if quick else "tỉnh giả lập lớn"
    rows = _number(got["rows"])
    floor_text = "cùng các câu SQL chạy bằng sqlite3 trần, không dựng dòng"

    def entry(name: str, seconds: float, goal: Any = None) -> dict[str, Any]:
        floor = got["floor_s"]
        return {
            "name": name,
            "seconds": seconds,
            "floor_seconds": floor,
            "ratio": seconds / floor if floor else None,
            "goal": goal,
            "floor": floor_text,
        }

    return [
        entry(f"Cần xử lý: đọc {rows} dòng (attention, {scale})", got["service_s"]),
        entry(
            f"Cần xử lý: mở trang đến khi vẽ xong {rows} dòng ({scale})",
            got["open_s"],
            Goal(max_seconds=OPEN_GOAL_S),
        ),
        entry(
            f"Cần xử lý: chọn nhóm “Quá hạn” ({_number(got['overdue'])} dòng, {scale})",
            got["group_s"],
            Goal(max_seconds=GROUP_GOAL_S),
        ),
        entry(
            f"Cần xử lý: quay lại “Tất cả” ({scale})",
            got["all_s"],
            Goal(max_seconds=GROUP_GOAL_S),
        ),
    ]


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# -- the child process -----------------------------------------------------------------------
def _child(db: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from dxdesk.bench.idle_entries import _wait
    from dxdesk.gui.app import create_app, start_window
    from dxdesk.gui.context import settings

    create_app()
    store = settings()
    store.setValue("window/page", "documents")
    store.setValue("officer", "Bench")
    store.sync()
    window = start_window(Path(db), as_of=AS_OF)
    window.resize(1366, 768)
    window.show()
    _wait(window, lambda: window.ctx is not None and window.ctx.session is not None)
    window.ops.wait_idle(120000)
    times: dict[str, Any] = {}
    start = time.perf_counter()
    window.show_page("attention")
    page = window.pages["attention"]
    _wait(window, lambda: page.data is not None)
    window.repaint()
    QCoreApplication.processEvents()
    times["open_s"] = time.perf_counter() - start
    times["rows"] = page.row_count()
    times["overdue"] = page.data.counts()["overdue"]
    window.ops.wait_idle(120000)

    def clicked(group: str) -> float:
        began = time.perf_counter()
        page.buttons[group].click()
        window.repaint()
        QCoreApplication.processEvents()
        return time.perf_counter() - began

    times["group_s"] = min(clicked("overdue") for _ in range(3))
    times["all_s"] = min(clicked("") for _ in range(3))
    times["service_s"] = window.ops.call(_service_seconds)
    window.close()
    window.ops.shutdown()
    times["floor_s"] = _floor_seconds(db)
    print("TIMES " + json.dumps(times), flush=True)


def _service_seconds() -> float:
    from dxdesk.core.services.attention import attention

    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        attention(AS_OF)
        best = min(best, time.perf_counter() - start)
    return best


def _floor_seconds(db: str) -> float:
    """The service's SQL alone, by a bare sqlite3 connection: its task rows, its items not
    given and the targets' latest measurement at the date."""
    import sqlite3
    from datetime import timedelta

    from dxdesk.core.domain.rules import DUE_SOON_DAYS
    from dxdesk.core.services.attention import NOT_ASSIGNED_SQL, TASK_ROWS_SQL

    targets = """SELECT t.code, t.text, t.deadline, t.lead_agency_id, t.unit,
      (SELECT m.period FROM measurement m WHERE m.target_id = t.id AND m.unit_id IS NULL
       AND m.measured_on <= :d ORDER BY m.measured_on DESC, m.id DESC LIMIT 1)
      FROM target t WHERE t.assigned_on IS NULL OR t.assigned_on <= :d"""
    params = {
        "d": AS_OF.isoformat(),
        "soon": (AS_OF + timedelta(days=DUE_SOON_DAYS)).isoformat(),
    }
    best = float("inf")
    with sqlite3.connect(db) as con:
        for _ in range(3):
            start = time.perf_counter()
            for sql in (TASK_ROWS_SQL, NOT_ASSIGNED_SQL, targets):
                con.execute(sql, params).fetchall()
            best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str]) -> None:
    if argv[:1] == ["child"]:
        _child(argv[1])
        return
    workdir = Path(argv[0]) if argv else Path("bench-work")
    for row in bench_attention(workdir, quick="--quick" in argv):
        print(
            f"{row['name']}: {row['seconds'] * 1000:.0f} ms (sàn {row['floor_seconds'] * 1000:.0f})"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
