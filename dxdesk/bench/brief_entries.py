"""The PDF entries of ``dxdesk bench``: the brief beside a bare ReportLab build.

* **brief (demo)** — ``build_brief`` of the Lào Cai 2023 demo at 19/12/2023 (data step,
  figure check and render). Floor: a bare ``SimpleDocTemplate`` with the same fonts drawing the
  same tables (targets by pillar, tasks by source, overdue tasks, conclusion items, the two
  appendix tables), each cell a plain string (no Paragraph: ReportLab's cheapest cell), from
  data read beforehand (untimed).
* **brief (2,000 tasks)** — ``build_brief`` on a synthetic province of 2,000 tasks (appendix of
  2,000 rows). Floor: bare ReportLab drawing the same 2,000-row task table, plain strings.

The floor does less than the brief: a plain string does not wrap, so its pages are fewer and
its long cells overflow. The ratio is what the brief's layout (wrapping paragraphs, headers,
charts, figure checks) costs over ReportLab's least.

``bench_reports(workdir)`` returns ``{name, seconds, floor_seconds, ratio, floor}`` dicts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from dxdesk.bench.timing import best_of, progress
from dxdesk.core.domain.formats import fmt_date, fmt_number, fmt_percent
from dxdesk.core.reports.pdf import brief_data as bd
from dxdesk.core.reports.pdf.brief import build_brief
from dxdesk.core.session import Session

DEMO_AS_OF = date(2023, 12, 19)
BIG_TASKS = 2_000
REPEAT = 3


def _bare_build(path: Path, tables: list[list[list[str]]]) -> int:
    """The floor: the same tables, plain string cells, SimpleDocTemplate, same fonts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table
    from reportlab.platypus.tables import TableStyle

    from dxdesk.core.reports.pdf import fonts

    family = fonts.register_fonts()
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        initialFontName=family,
    )
    story = []
    for rows in tables:
        ncols = len(rows[0])
        t = Table(rows, colWidths=[doc.width / ncols] * ncols, repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), family),
                    ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                    ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ]
            )
        )
        story.append(t)
    doc.build(story)
    return doc.page


def _task_table(data: bd.BriefData) -> list[list[str]]:
    rows = [
        [
            "TT",
            "Mã",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Thời hạn",
            "Tình trạng",
            "Tiến độ",
            "Ngày hoàn thành",
        ]
    ]
    for k, t in enumerate(data.tasks, 1):
        rows.append(
            [
                str(k),
                t.code,
                t.text,
                t.agency,
                fmt_date(t.deadline),
                t.status.label,
                t.timeliness.label if t.timeliness else "",
                fmt_date(t.completed_on),
            ]
        )
    return rows


def _brief_tables(data: bd.BriefData) -> list[list[list[str]]]:
    tg, tk = data.summary["targets"], data.summary["tasks"]
    pillars = [["Trụ cột", "Tổng số", "Hoàn thành", "Trên 70 %", "50-70 %", "Dưới 50 %", "Chưa"]]
    pillars += [
        [
            p["label"],
            *(
                fmt_number(p[k])
                for k in ("total", "completed", "above_70", "from_50_to_70", "below_50", "no_data")
            ),
        ]
        for p in tg["by_pillar"]
    ]
    sources = [["Nguồn", "Tổng", "Chưa", "Đang", "Xong", "Quá hạn"]]
    sources += [
        [
            s["label"],
            *(fmt_number(s[k]) for k in ("total", "not_started", "in_progress", "done", "overdue")),
        ]
        for s in tk["by_source"]
    ]
    overdue = [["Cơ quan", "Nhiệm vụ", "Thời hạn", "Số ngày"]]
    overdue += [
        [g.agency, t.text, fmt_date(t.deadline), fmt_number(t.days)]
        for g in data.overdue
        for t in g.tasks
    ]
    items = [["TT", "Nội dung", "Cơ quan", "Thời hạn", "Kết quả"]]
    items += [
        [str(i.seq), i.text, "; ".join(i.agencies), fmt_date(i.deadline), i.state.label]
        for i in data.items
    ]
    targets = [["TT", "Mã", "Mục tiêu", "Trụ cột", "Cơ quan", "Đơn vị", "KH", "KQ", "%", "Mức"]]
    targets += [
        [
            str(k),
            g.code,
            g.text,
            g.pillar,
            g.agency,
            g.unit,
            fmt_number(g.goal),
            fmt_number(g.value),
            fmt_percent(g.percent),
            g.band.label,
        ]
        for k, g in enumerate(data.targets, 1)
    ]
    return [t for t in (pillars, sources, overdue, items, targets) if len(t) > 1] + [
        _task_table(data)
    ]


FLOOR_TEXT = (
    "ReportLab trần (SimpleDocTemplate, cùng phông) vẽ {what}, mỗi ô một chuỗi thường "
    "(không Paragraph), từ dữ liệu đọc trước (không tính giờ)"
)


def _entry(name: str, seconds: float, floor: float, what: str) -> dict[str, Any]:
    return {
        "name": name,
        "seconds": seconds,
        "floor_seconds": floor,
        "ratio": seconds / floor if floor else None,
        "floor": FLOOR_TEXT.format(what=what),
    }


def bench_reports(workdir: Path) -> list[dict]:
    """Time the demo brief and a 2,000-task brief beside bare ReportLab builds."""
    from dxdesk.bench import synthetic
    from dxdesk.core.demo import load_demo

    folder = Path(workdir) / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    out: list[dict] = []

    demo = folder / "demo.db"
    if not demo.exists():
        with Session(demo, who="bench", daily_backup=False):
            load_demo()
    progress("Đang đo: báo cáo tóm tắt (dữ liệu mẫu)…")
    with Session(demo, who="bench", daily_backup=False):
        seconds, _ = best_of(
            lambda: build_brief(folder / "demo-brief.pdf", as_of=DEMO_AS_OF), repeat=REPEAT
        )
        tables = _brief_tables(bd.brief_data(DEMO_AS_OF))
    floor, _ = best_of(lambda: _bare_build(folder / "demo-floor.pdf", tables), repeat=REPEAT)
    out.append(_entry("brief_demo", seconds, floor, "cùng các bảng của báo cáo"))

    big = folder / "province-2000.db"
    if not big.exists():
        progress("Đang tạo tỉnh giả lập 2.000 nhiệm vụ (không tính giờ)…")
        synthetic.build_province(big, BIG_TASKS / 50_000)
    progress("Đang đo: báo cáo tóm tắt với phụ lục 2.000 nhiệm vụ…")
    as_of = synthetic.AS_OF
    with Session(big, who="bench", daily_backup=False):
        seconds, _ = best_of(
            lambda: build_brief(folder / "big-brief.pdf", as_of=as_of), repeat=REPEAT
        )
        task_table = _task_table(bd.brief_data(as_of))
    floor, _ = best_of(lambda: _bare_build(folder / "big-floor.pdf", [task_table]), repeat=REPEAT)
    out.append(_entry("brief_2000_tasks", seconds, floor, "cùng bảng phụ lục 2.000 nhiệm vụ"))
    return out


if __name__ == "__main__":  # python -m dxdesk.bench.brief_entries WORKDIR
    import json
    import sys

    print(
        json.dumps(
            bench_reports(Path(sys.argv[1] if len(sys.argv) > 1 else "bench-work")), indent=2
        )
    )
