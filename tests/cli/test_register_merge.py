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
            # documents are shared reference data (one document, however many registers
            # name it): their count is not a sum
            if key not in ("as_of", "figure_checks", "completion_rate", "date", "documents"):
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


def _agencies(path) -> int:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT COUNT(*) FROM agency").fetchone()[0]


def test_a_mapping_table_makes_the_same_department_one_agency(tmp_path, capsys):
    mine, other = tmp_path / "laocai.db", tmp_path / "yenbai.db"
    _run(capsys, "--db", mine, "demo")
    _run(capsys, "--db", other, "demo")
    with sqlite3.connect(other) as con:  # Yên Bái's codes and names differ from Lào Cai's
        con.execute(
            "UPDATE agency SET code = 'YB-STTTT', name = 'Sở TT&TT tỉnh Yên Bái' "
            "WHERE code = 'STTTT'"
        )
        con.execute("UPDATE agency SET name = 'Sở Y tế tỉnh Yên Bái' WHERE code = 'SYT'")
    day = "2023-12-19"
    before = json.loads(_run(capsys, "--db", mine, "summary", "--as-of", day, "--json"))
    theirs = json.loads(_run(capsys, "--db", other, "summary", "--as-of", day, "--json"))
    agencies = _agencies(mine)
    table = tmp_path / "anh-xa.csv"
    table.write_text(
        "Loại;Mã ở sổ kia;Mã ở sổ này\n"
        "cơ quan;YB-STTTT;STTTT\n"
        "Cơ quan;SYT;SYT\n"
        "nhiệm vụ;NV01;YB01\n",
        encoding="utf-8-sig",
    )

    preview = _run(capsys, "--db", mine, "register", "merge", other, "--map", table, "--preview")
    assert "cơ quan SYT → SYT (bảng ánh xạ: dùng chung cơ quan đã có ở sổ này)" in preview
    assert "nhiệm vụ NV01 → YB01 (bảng ánh xạ: mã mới)" in preview
    assert "1 mã theo bảng ánh xạ (không trùng):" in preview
    assert "cơ quan YB-STTTT → STTTT" in preview
    assert "nhiệm vụ NV02 → ?" in preview  # the other tasks still collide: said, not guessed
    untouched = _dump(mine)
    refused = _run(capsys, "--db", mine, "register", "merge", other, "--map", table, ok=False)
    assert "--map" in refused and _dump(mine) == untouched

    out = _run(capsys, "--db", mine, "register", "merge", other, "--map", table, "--prefix", "YB")
    assert "nhiệm vụ NV02 → YB-NV02" in out and "nhiệm vụ NV01 → YB01" in out
    assert "thêm 75 nhiệm vụ" in out and "thêm" not in out.split("cơ quan")[0].split("\n")[-1]
    assert _agencies(mine) == agencies  # the same Sở is one agency, not two
    merged = json.loads(_run(capsys, "--db", mine, "summary", "--as-of", day, "--json"))
    assert _counts(merged) == _counts(before) + _counts(theirs)
    with sqlite3.connect(mine) as con:
        led = con.execute(
            "SELECT COUNT(*) FROM task JOIN agency ON agency.id = task.lead_agency_id "
            "WHERE agency.code = 'STTTT'"
        ).fetchone()[0]
        with sqlite3.connect(other) as theirs_con:
            their_led = theirs_con.execute(
                "SELECT COUNT(*) FROM task JOIN agency ON agency.id = task.lead_agency_id "
                "WHERE agency.code = 'YB-STTTT'"
            ).fetchone()[0]
    assert their_led > 0 and led == 2 * their_led  # Yên Bái's Sở TT&TT tasks came to STTTT

    snapshot = _dump(mine)
    again = _run(capsys, "--db", mine, "register", "merge", other, "--map", table, "--prefix", "YB")
    assert "Không có gì mới để gộp." in again and _dump(mine) == snapshot


def test_a_bad_mapping_table_is_one_sentence_and_writes_nothing(tmp_path, capsys):
    mine, other = tmp_path / "laocai.db", tmp_path / "yenbai.db"
    _run(capsys, "--db", mine, "demo")
    _run(capsys, "--db", other, "demo")
    untouched = _dump(mine)
    cases = {
        "cơ quan,KHONGCO,STTTT\n": "không có cơ quan KHONGCO",
        "nhiệm vụ,NV01,NV02\n": "không thể nhập vào nhiệm vụ NV02 đã có",
        "hồ sơ,NV01,NV02\n": "không phải một loại có mã",
        "nhiệm vụ,NV01\n": "cần đủ ba cột",
    }
    for row, sentence in cases.items():
        table = tmp_path / "bad.csv"
        table.write_text(row, encoding="utf-8")
        out = _run(
            capsys,
            "--db",
            mine,
            "register",
            "merge",
            other,
            "--map",
            table,
            "--prefix",
            "YB",
            ok=False,
        )
        assert sentence in out and out.count("\n") == 1, out
    assert _dump(mine) == untouched


def test_the_mapping_table_may_be_a_workbook(tmp_path, capsys):
    from openpyxl import Workbook

    mine, other = tmp_path / "laocai.db", tmp_path / "yenbai.db"
    _run(capsys, "--db", mine, "demo")
    _run(capsys, "--db", other, "demo")
    book = Workbook()
    book.active.append(["Loại", "Mã ở sổ kia", "Mã ở sổ này"])
    book.active.append(["nhiệm vụ", "NV01", "YB01"])
    book.save(tmp_path / "map.xlsx")
    out = _run(
        capsys,
        "--db",
        mine,
        "register",
        "merge",
        other,
        "--map",
        tmp_path / "map.xlsx",
        "--prefix",
        "YB",
        "--preview",
    )
    assert "nhiệm vụ NV01 → YB01 (bảng ánh xạ: mã mới)" in out


def test_a_register_of_an_older_dxdesk_is_merged_and_left_unchanged(tmp_path, capsys):
    from dxdesk.core.storage import migrations

    mine, other = tmp_path / "laocai.db", tmp_path / "yenbai.db"
    _run(capsys, "--db", mine, "demo")
    _run(capsys, "--db", other, "demo")
    with sqlite3.connect(other) as con:  # written by the dxdesk before the latest schema
        con.execute(f"PRAGMA user_version = {migrations.LATEST - 1}")
    untouched = other.read_bytes()
    out = _run(capsys, "--db", mine, "register", "merge", other, "--prefix", "YB")
    assert "thêm 75 nhiệm vụ" in out and "Đã gộp xong." in out
    assert other.read_bytes() == untouched  # read from a migrated copy, never upgraded
