"""The merge entries of ``dxdesk bench``: an agency's report of 1,000 / 10,000 / 100,000
changes (new progress notes) merged at the secretariat, with the cost per change.

The report is built directly (signed with the key the slice gave the agency), so the entry
times the merge alone: reading and checking the package, the plan, the writes, the change
log and the provenance. Merge cost must grow linearly: the cost per change at 100,000 stays
within 2× of that at 1,000 (issue 13). No floor: the entry states the cost per change.
"""

from __future__ import annotations

import shutil
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from dxdesk.bench.timing import Entry, Goal, progress

SIZES = (1_000, 10_000, 100_000)
MERGE_GOAL = Goal(max_seconds=10.0)  # at 100,000 changes, on the reference machine


def _secretariat(folder: Path) -> tuple[Path, str, str]:
    from dxdesk.core.exchange import package
    from dxdesk.core.exchange.offline import issue_slice
    from dxdesk.core.services import register
    from dxdesk.core.session import Session

    path = folder / "vanphong.db"
    with Session(path, who="Văn phòng", daily_backup=False):
        register.load(
            {
                "agency": [{"code": "BX", "name": "UBND huyện Bát Xát", "kind": "huyen"}],
                "task": [
                    {
                        "code": "NV01",
                        "text": "Nhiệm vụ thử",
                        "status": "in_progress",
                        "lead_agency": "BX",
                        "assigned_on": date(2023, 3, 10),
                    }
                ],
            },
            action="Khởi tạo",
            who="Văn phòng",
        )
        issue_slice("BX", folder / "giao.dxpkg", who="Văn phòng")
    pkg = package.read(folder / "giao.dxpkg")
    return path, pkg.payload()["agency_private_key"], pkg.manifest


def build_report(
    out: Path,
    n: int,
    key: str,
    slice_man: dict[str, Any],
    *,
    task: str = "NV01",
    agency: tuple[str, str] = ("BX", "UBND huyện Bát Xát"),
) -> Path:
    """A signed report of ``n`` new progress notes on one task (tests use it too)."""
    from dxdesk.core.exchange import package

    start, now = date(2023, 1, 1), datetime.now().replace(microsecond=0)
    changes = []
    for i in range(n):
        record = {
            "task": task,
            "noted_on": start + timedelta(days=i % 365),
            "text": f"Ghi chú tiến độ số {i}",
            "author": "Đơn vị",
        }
        key_fields = {k: record[k] for k in ("task", "noted_on", "text")}
        changes.append(
            {
                "entity": "note",
                "key": key_fields,
                "unit": "ghi_chu",
                "op": "insert",
                "old": None,
                "new": record,
                "who": "Đơn vị",
                "at": now,
            }
        )
    manifest = {
        "kind": package.REPORT,
        "package_id": str(uuid.uuid4()),
        "committee_uid": slice_man["committee_uid"],
        "committee_name": "",
        "agency": agency[0],
        "agency_name": agency[1],
        "seq": 1,
        "slice_id": slice_man["package_id"],
        "key_id": slice_man["agency_key_id"],
        "created_at": now.isoformat(timespec="seconds"),
        "created_by": "Đơn vị",
        "app_version": "bench",
    }
    return package.write_file(package.build(manifest, {"changes": changes}, key), out)


def time_merge(folder: Path, n: int) -> float:
    """Seconds to merge a report of ``n`` changes into a fresh copy of the register."""
    from dxdesk.core.exchange.offline import merge
    from dxdesk.core.session import Session

    folder.mkdir(parents=True, exist_ok=True)
    base, key, slice_man = _secretariat(folder)
    report = build_report(folder / f"bc-{n}.dxpkg", n, key, slice_man)
    copy = folder / f"merge-{n}.db"
    shutil.copy(base, copy)
    with Session(copy, who="Văn phòng", daily_backup=False):
        t0 = time.perf_counter()
        result = merge(report, who="Văn phòng")
        seconds = time.perf_counter() - t0
    assert result.applied == n, result.message
    return seconds


def bench_merge(workdir: Path, quick: bool) -> list[Entry]:
    """One entry per size; the label states the cost per change."""
    out = []
    for n in SIZES[:1] if quick else SIZES:
        progress(f"hợp nhất báo cáo {n} thay đổi…")
        seconds = time_merge(workdir / f"merge-{n}", n)
        per = seconds / n * 1e6
        out.append(
            Entry(
                f"merge {n}",
                seconds,
                None,
                None,
                goal=MERGE_GOAL if n == SIZES[-1] else None,
                label=f"hợp nhất {n:,} thay đổi ({per:.0f} µs/thay đổi)".replace(",", "."),
                floor="không có: chi phí mỗi thay đổi phải gần như không đổi",
            )
        )
    return out
