"""A report cannot name another agency as a value's reporter; committees are told apart."""

from __future__ import annotations

from datetime import date

import pytest

from dxdesk.core.exchange.offline import PermissionDenied
from dxdesk.core.services import entities
from dxdesk.core.storage import models as m
from tests.exchange.conftest import dump, load_small, open_db, repack
from tests.exchange.test_permissions import _agency_key

NAME = "Ban Chỉ đạo chuyển đổi số tỉnh Lào Cai"


@pytest.fixture
def office(secretariat, tmp_path, cli):
    path = tmp_path / "bx.db"
    cli("--db", secretariat, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g.goi")
    cli("--db", path, "exchange", "open", tmp_path / "g.goi")
    return path


def test_a_report_naming_another_agency_as_reporter_is_refused(secretariat, office, tmp_path, cli):
    cli("--db", office, "target", "measure", "MT05", "--period", "2023-Q3", "--value", "55")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc1.goi")

    def other_reporter(payload):
        for change in payload["changes"]:
            if change["entity"] == "measurement":
                change["new"]["agency"] = "SP"
        return payload

    bad = repack(
        tmp_path / "bc1.goi", tmp_path / "bad.goi", payload=other_reporter, key=_agency_key(office)
    )
    before = dump(secretariat)
    out = cli("--db", secretariat, "exchange", "merge", bad, ok=False)
    assert "do đơn vị SP báo cáo" in out and "chỉ được báo cáo kết quả của chính mình" in out
    assert dump(secretariat) == before
    assert "Đã hợp nhất" in cli("--db", secretariat, "exchange", "merge", tmp_path / "bc1.goi")


def test_an_agency_cannot_record_a_value_as_reported_by_another(office):
    with open_db(office), pytest.raises(PermissionDenied, match="không được ghi là của đơn vị SP"):
        entities.save(
            "measurement",
            {
                "target": "MT05",
                "period": "2023-Q3",
                "value": 55.0,
                "measured_on": date(2023, 9, 30),
                "agency": "SP",
            },
        )


def test_two_committees_with_the_same_name_are_told_apart_by_identity(secretariat, tmp_path, cli):
    other, office = tmp_path / "khac.db", tmp_path / "bx.db"
    load_small(other)
    for path in (secretariat, other):
        with open_db(path):
            m.Committee.delete().execute()
            m.Committee.create(name=NAME)
    cli("--db", secretariat, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g.goi")
    cli("--db", office, "exchange", "open", tmp_path / "g.goi")
    cli("--db", other, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "khac.goi")
    out = cli("--db", office, "exchange", "open", tmp_path / "khac.goi", ok=False)
    assert "ban chỉ đạo khác" in out and out.count("(mã ") == 2
    codes = [part.split(")")[0] for part in out.split("(mã ")[1:]]
    assert codes[0] != codes[1]
