"""Packages are written as .dxp; a name without extension gets it, and .dxgoi files (the name
earlier docs suggested) open as well."""

from __future__ import annotations


def test_dxp_is_added_and_dxgoi_is_read(secretariat, tmp_path, cli):
    out = cli(
        "--db", secretariat, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "giao-BX"
    )
    assert (tmp_path / "giao-BX.dxp").is_file() and not (tmp_path / "giao-BX").exists()
    assert "giao-BX.dxp" in out
    (tmp_path / "giao-BX.dxp").rename(tmp_path / "giao-BX.dxgoi")
    opened = cli("--db", tmp_path / "bx.db", "exchange", "open", tmp_path / "giao-BX.dxgoi")
    assert "UBND huyện Bát Xát" in opened
    cli("--db", tmp_path / "bx.db", "task", "update", "NV01", "--note", "Đang làm")
    cli("--db", tmp_path / "bx.db", "exchange", "report", "--out", tmp_path / "bc1")
    assert (tmp_path / "bc1.dxp").is_file()
