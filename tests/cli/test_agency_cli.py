"""``dxdesk agency succeed`` on the demo: Sở TT&TT's open tasks pass to Sở KH&CN; undo."""

from __future__ import annotations

import json

from dxdesk.cli.main import main


def _run(capsys, *args: str) -> str:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_a_district_succeeded_by_a_commune_through_the_cli(tmp_path, capsys):
    db = tmp_path / "laocai.db"
    _run(capsys, "--db", db, "demo")
    from dxdesk.core.services import entities
    from dxdesk.core.session import Session

    with Session(db, daily_backup=False):
        entities.save(
            "agency", {"code": "SKHCN", "name": "Sở Khoa học và Công nghệ", "kind": "so_nganh"}
        )
    out = _run(
        capsys, "--db", db, "agency", "succeed", "STTTT", "--by", "SKHCN", "--on", "01/03/2025"
    )
    assert out.startswith(
        "Từ ngày 01/03/2025, Sở Khoa học và Công nghệ (SKHCN) kế tục Sở Thông "
        "tin và Truyền thông (STTTT): chuyển giao "
    )

    def overdue(day: str) -> set[str]:
        data = json.loads(_run(capsys, "--db", db, "summary", "--as-of", day, "--json"))
        return {e["code"] for e in data["tasks"]["overdue_by_agency"]}

    assert "STTTT" in overdue("2023-12-19") and "SKHCN" not in overdue("2023-12-19")
    assert "SKHCN" in overdue("2026-01-05") and "STTTT" not in overdue("2026-01-05")
    history = _run(capsys, "--db", db, "agency", "history", "SKHCN")
    assert "kế tục Sở Thông tin và Truyền thông (STTTT) từ ngày 01/03/2025" in history
    _run(capsys, "--db", db, "undo")
    assert "STTTT" in overdue("2026-01-05") and "SKHCN" not in overdue("2026-01-05")
