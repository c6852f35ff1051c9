"""Backups and restores from the command line."""

from dxdesk.cli.main import main
from dxdesk.core.session import Session


def test_backup_then_restore_keeps_the_replaced_file(tmp_path, capsys):
    db = str(tmp_path / "so.db")
    Session(db).close()  # an empty register (commands other than demo/import --new create none)
    assert main(["--db", db, "task", "update", "NV01", "--note", "x"]) == 1  # empty register
    capsys.readouterr()
    out_file = tmp_path / "copy.db"
    assert main(["--db", db, "backup", "--out", str(out_file)]) == 0
    assert out_file.exists()
    assert main(["--db", db, "restore", str(out_file)]) == 1  # no terminal: needs --yes
    assert "--yes" in capsys.readouterr().err
    assert main(["--db", db, "restore", str(out_file), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "0 mục tiêu, 0 nhiệm vụ" in out and "Tệp cũ được giữ tại" in out


def test_restoring_something_that_is_not_a_backup_is_refused(tmp_path, capsys):
    bogus = tmp_path / "bogus.db"
    bogus.write_text("không phải cơ sở dữ liệu")
    assert main(["--db", str(tmp_path / "so.db"), "restore", str(bogus), "--yes"]) == 1
    assert "không phải là bản sao lưu" in capsys.readouterr().err
