"""``dxdesk register merge``: two registers become one — preview with collisions, all or
nothing, every summary count the sum of the two, provenance, and merging again adds nothing."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

from dxdesk.cli.main import main


def _run(capsys, *args, ok: bool = True) -> str:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    assert (code == 0) == ok, out.out + out.err
    return out.out + out.err


def _counts(data, path: str = "") -> Counter:
    """Every count of a summary, lists summed field by field (their entries may split)."""
    out: Counter = Counter()
    if isinstance(data, dict):
        for key, value in data.items():
            if key not in ("as_of", "figure_checks", "completion_rate", "date"):
                out.update(_counts(value, f"{path}.{key}"))
    elif isinstance(data, list):
        for entry in data:
            out.update(_counts(entry, f"{path}[]"))
    elif isinstance(data, int | float) and not isinstance(data, bool):
        out[path] += data
    return out


def _dump(path) -> list[str]:
    with sqlite3.connect(path) as con:
        return list(con.iterdump())


def test_two_demo_registers_become_one(tmp_path, capsys):
    mine, other = tmp_path / "laocai.db", tmp_path / "yenbai.db"
    _run(capsys, "--db", mine, "demo")
    _run(capsys, "--db", other, "demo")
    day = "2023-12-19"
    before = json.loads(_run(capsys, "--db", mine, "summary", "--as-of", day, "--json"))
    theirs = json.loads(_run(capsys, "--db", other, "summary", "--as-of", day, "--json"))

    preview = _run(capsys, "--db", mine, "register", "merge", other, "--preview")
    assert "mã trùng (chưa có cách xử lý)" in preview and "nhiệm vụ NV01 → ?" in preview
    untouched = _dump(mine)
    refused = _run(capsys, "--db", mine, "register", "merge", other, ok=False)
    assert "hãy gộp với --prefix" in refused and refused.count("\n") == 1
    assert _dump(mine) == untouched

    out = _run(capsys, "--db", mine, "register", "merge", other, "--prefix", "YB")
    assert "nhiệm vụ NV01 → YB-NV01" in out and "thêm 75 nhiệm vụ" in out
    assert "dùng chung 4 trụ cột" in out and "không gộp 9 số liệu đã công bố" in out
    merged = json.loads(_run(capsys, "--db", mine, "summary", "--as-of", day, "--json"))
    assert _counts(merged) == _counts(before) + _counts(theirs)
    assert merged["tasks"]["total"] == 150 and merged["targets"]["total"] == 60
    with sqlite3.connect(mine) as con:
        origins = con.execute(
            "SELECT COUNT(*), COUNT(DISTINCT source) FROM merge_origin"
        ).fetchone()
        tasks = con.execute(
            "SELECT COUNT(*) FROM merge_origin WHERE entity = 'task' AND "
            "key = 'YB-NV01' AND original_key = 'NV01'"
        ).fetchone()[0]
    assert origins[0] > 150 and origins[1] == 1 and tasks == 1

    snapshot = _dump(mine)
    again = _run(capsys, "--db", mine, "register", "merge", other, "--prefix", "YB")
    assert "Không có gì mới để gộp." in again and _dump(mine) == snapshot

    _run(capsys, "--db", mine, "undo")  # the whole merge is one change set
    undone = json.loads(_run(capsys, "--db", mine, "summary", "--as-of", day, "--json"))
    assert _counts(undone) == _counts(before)
