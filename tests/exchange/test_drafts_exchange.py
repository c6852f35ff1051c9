"""Drafts and their comments in the offline exchange (issue 16 part 5; docs/exchange.md):
drafts stay with the secretariat. A slice does not carry them and says so; a unit's register
refuses to record a comment (a unit sends its comments as a letter, the secretariat records
them against the unit); a report and its merge leave the secretariat's drafts, comments and
the links of adopted indicators as they were. Nothing about a draft is dropped silently."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest

from dxdesk.core.exchange import package
from dxdesk.core.exchange.offline import issue_slice
from dxdesk.core.exchange.offline.permissions import PermissionDenied
from dxdesk.core.services import drafts, entities, targets
from dxdesk.core.storage import draft_models as dm
from tests.exchange.conftest import dump, open_db


def _draft_with_comments(path) -> None:
    """A draft of two indicators, adopted (CT01 becomes target NQ-CT01, led by BX), and a
    second draft still open with BX's comment taken in and one not handled yet."""
    with open_db(path):
        entities.save(
            "document",
            {
                "code": "NQ09",
                "symbol": "09-NQ/TU",
                "style": "dang",
                "doc_type": "Nghị quyết",
                "issuer": "Tỉnh ủy",
                "issue_date": date(2023, 6, 20),
            },
        )
        entities.save("draft", {"code": "DT1", "title": "Dự thảo Nghị quyết chuyển đổi số"})
        drafts.revise_indicator("DT1", "CT01", {"text": "Hồ sơ trực tuyến", "value_2025": 80})
        drafts.add_comment(
            "DT1",
            {
                "agency": "BX",
                "indicator": "CT01",
                "content": "Nâng lên 80 %.",
                "handling": "tiep_thu",
            },
        )
        drafts.adopt("DT1", "NQ09", prefix="NQ-")
        entities.save("target", {"code": "NQ-CT01", "lead_agency": "BX"})
        entities.save("draft", {"code": "DT2", "title": "Dự thảo Kế hoạch năm 2024"})
        drafts.revise_indicator("DT2", "CT01", {"text": "Xã có điểm Wi-Fi", "value_2025": 50})
        drafts.add_comment(
            "DT2",
            {
                "agency": "BX",
                "indicator": "CT01",
                "content": "Đề nghị giảm còn 40.",
                "handling": "giai_trinh",
                "reason": "Đã có nguồn vốn.",
            },
        )
        drafts.add_comment("DT2", {"commenter": "Sở Tư pháp", "content": "Sửa căn cứ."})


def _drafts(path) -> dict:
    with open_db(path):
        return {d.code: drafts.draft_view(d.code) for d in dm.Draft.select()}


def test_a_slice_leaves_the_drafts_out_and_says_so(secretariat, tmp_path):
    _draft_with_comments(secretariat)
    with open_db(secretariat):
        result = issue_slice("BX", tmp_path / "g.goi")
    assert result.left_out == (
        "Gói không mang 2 dự thảo và 3 ý kiến góp ý: dự thảo do Văn phòng BCĐ quản lý; "
        "đơn vị gửi ý kiến góp ý bằng văn bản để Văn phòng ghi vào sổ."
    )
    with zipfile.ZipFile(result.path) as zf:
        payload = package.loads(zf.read(package.PAYLOAD))
    assert not {"draft", "draft_indicator", "draft_comment"} & set(payload["records"])
    assert "NQ-CT01" in {t["code"] for t in payload["records"]["target"]}


def test_a_slice_without_drafts_says_nothing_about_them(secretariat, tmp_path):
    with open_db(secretariat):
        assert issue_slice("BX", tmp_path / "g.goi").left_out == ""


def test_issue_open_report_merge_keeps_every_draft_and_comment(secretariat, tmp_path, cli):
    _draft_with_comments(secretariat)
    before = _drafts(secretariat)
    out = cli(
        "--db", secretariat, "exchange", "issue", "--agency", "BX", "--out", tmp_path / "g.goi"
    )
    assert "Gói không mang 2 dự thảo và 3 ý kiến góp ý" in out
    office = tmp_path / "bx.db"
    cli("--db", office, "exchange", "open", tmp_path / "g.goi")
    with open_db(office):
        assert dm.Draft.select().count() == 0
        unchanged = dump(office)
        with pytest.raises(PermissionDenied) as err:
            entities.save("draft", {"code": "DT2", "title": "Dự thảo của đơn vị"})
        assert str(err.value) == (
            "Ở chế độ đơn vị không ghi được dự thảo hay ý kiến góp ý: đơn vị gửi ý kiến góp ý "
            "bằng văn bản cho Văn phòng BCĐ để Văn phòng ghi vào sổ."
        )
        assert dump(office) == unchanged
        targets.measure("NQ-CT01", period="2024-Q1", value=85, agency="BX")
    cli("--db", office, "exchange", "report", "--out", tmp_path / "bc1.goi")
    assert "áp dụng 1 thay đổi" in cli(
        "--db", secretariat, "exchange", "merge", tmp_path / "bc1.goi"
    )
    assert _drafts(secretariat) == before  # drafts, versions, comments, handling, reasons
    with open_db(secretariat):
        link = dm.DraftIndicator.get(dm.DraftIndicator.code == "CT01", dm.DraftIndicator.draft == 1)
        assert link.target.code == "NQ-CT01"  # the adopted indicator still names its target
        assert link.target.measurements.count() == 1
