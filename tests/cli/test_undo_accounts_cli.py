"""``dxdesk undo`` per account (issue 20): two officers on one register, each with their own
account (a server login; on a file, their login name). Each undoes their own change; one
whose change another officer changed after is refused with one sentence, nothing written."""

from __future__ import annotations

import pytest

from dxdesk.cli.main import main
from dxdesk.core.session import Session
from dxdesk.core.storage import models as m

LAN, MINH = "lan_vp", "minh_vp"


@pytest.fixture
def as_officer(engine, tmp_path, request, monkeypatch):
    """``as_officer(account)`` → the ``--db`` arguments that open the demo as that account."""
    if engine == "postgresql":
        from dxdesk.core.storage import server_admin
        from tests.conftest import _pg_register

        cluster = request.getfixturevalue("pg_cluster")
        registers = _pg_register(cluster, request.getfixturevalue("pg_demo_template"))
        url = next(registers)
        request.addfinalizer(lambda: next(registers, None))
        with Session(url) as s, s.db.atomic():
            server_admin.grant_rights(s.db)
            for account in (LAN, MINH):
                server_admin.create_account(s.db, account, role="secretariat")
        return lambda account: ["--db", url.replace("user=dxdesk", f"user={account}")]
    from dxdesk.core.demo import load_demo

    path = tmp_path / "so.db"
    with Session(path, who="kiểm thử", daily_backup=False):
        load_demo()

    def officer(account: str) -> list[str]:
        for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
            monkeypatch.setenv(name, account)
        return ["--db", str(path)]

    return officer


def _blockers(db_args: list[str]) -> tuple[str, str]:
    with Session(db_args[1], daily_backup=False):
        return tuple(m.Task.get(m.Task.code == c).blocker for c in ("NV01", "NV02"))


def test_each_account_undoes_its_own_change_and_not_over_anothers(as_officer, capsys):
    before = _blockers(as_officer(LAN))
    assert main([*as_officer(LAN), "task", "update", "NV01", "--blocker", "Chờ kinh phí"]) == 0
    assert main([*as_officer(MINH), "task", "update", "NV02", "--blocker", "Chờ đất"]) == 0
    capsys.readouterr()
    assert main([*as_officer(LAN), "undo"]) == 0  # Lan's, past Minh's later one
    assert "Đã hoàn tác: Cập nhật nhiệm vụ NV01" in capsys.readouterr().out
    assert _blockers(as_officer(LAN)) == (before[0], "Chờ đất")

    assert main([*as_officer(LAN), "task", "update", "NV02", "--blocker", "Chờ vốn"]) == 0
    assert main([*as_officer(MINH), "undo"]) == 1  # Lan changed NV02's blocker since
    said = capsys.readouterr().err
    assert LAN in said and "NV02" in said and "blocker" in said
    assert _blockers(as_officer(MINH)) == (before[0], "Chờ vốn")  # nothing written
    assert main([*as_officer(LAN), "undo"]) == 0
    assert main([*as_officer(MINH), "undo"]) == 0
    assert _blockers(as_officer(MINH)) == before
