"""Drafts and their comments (issue 16 part 5): indicators in versions, comments handled with
their reason, the official table of comments, adoption into targets with 2025 and 2030
milestones (linked back), kept by export → import and undoable; older registers migrate."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from dxdesk.cli.main import main
from dxdesk.core.errors import DxError, ValidationError
from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.reports.draft_doc import build_comment_table
from dxdesk.core.services import drafts, entities
from dxdesk.core.services.changes import undo_last
from dxdesk.core.session import Session
from dxdesk.core.storage import draft_models as dm
from dxdesk.core.storage import models as m
from tests.core.test_committee import v5_register

BTTU = "Đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy"


def _draft() -> None:
    entities.save(
        "draft",
        {
            "code": "DT-NQ",
            "title": "Dự thảo Nghị quyết về chuyển đổi số tỉnh đến năm 2025, định hướng 2030",
            "doc_type": "Nghị quyết",
            "submitted_to": "Ban Thường vụ Tỉnh ủy",
        },
    )
    drafts.revise_indicator(
        "DT-NQ", "CT01", {"text": "Phủ sóng 4G, 5G tại khu dân cư trung tâm", "value_2025": 100}
    )
    drafts.revise_indicator("DT-NQ", "CT02", {"text": "Kinh tế số trong GRDP", "unit": "%"})
    drafts.revise_indicator("DT-NQ", "CT02", {"value_2025": 20, "value_2030": 30})
    entities.save(
        "document",
        {
            "code": "NQ09",
            "symbol": "09-NQ/TU",
            "style": "dang",
            "doc_type": "Nghị quyết",
            "issuer": "Tỉnh ủy",
            "issue_date": date(2022, 6, 20),
        },
    )


@pytest.fixture
def draft(session):
    _draft()
    return session


def test_an_indicator_keeps_each_version(draft):
    drafts.revise_indicator(
        "DT-NQ", "CT01", {"text": "Phủ sóng 4G, 5G tại 100% khu dân cư", "note": "Tiếp thu ý kiến"}
    )
    view = drafts.draft_view("DT-NQ")
    ct01 = next(i for i in view["indicators"] if i["code"] == "CT01")["versions"]
    assert [(v["version"], v["text"], v["value_2025"]) for v in ct01] == [
        (1, "Phủ sóng 4G, 5G tại khu dân cư trung tâm", 100),
        (2, "Phủ sóng 4G, 5G tại 100% khu dân cư", 100),  # unchanged fields carried on
    ]
    assert ct01[1]["note"] == "Tiếp thu ý kiến"


def test_a_comment_explained_or_not_taken_in_needs_its_reason(draft):
    seq = drafts.add_comment(
        "DT-NQ", {"commenter": BTTU, "indicator": "CT01", "content": "Mục tiêu còn thấp."}
    )
    for handling in ("giai_trinh", "khong_tiep_thu"):
        with pytest.raises(ValidationError, match="hãy ghi lý do"):
            drafts.handle_comment("DT-NQ", seq, handling, "  ")
    drafts.handle_comment("DT-NQ", seq, "tiep_thu")  # taken in: the new version says how
    assert drafts.draft_view("DT-NQ")["comments"][0]["handling_label"] == "Tiếp thu"
    with pytest.raises(ValidationError, match="không có chỉ tiêu"):
        drafts.add_comment("DT-NQ", {"commenter": BTTU, "indicator": "CT99", "content": "x"})
    with pytest.raises(ValidationError, match="người góp ý"):
        drafts.add_comment("DT-NQ", {"content": "Không rõ ai góp ý."})


def test_adoption_waits_for_every_comment_then_makes_linked_targets(draft):
    drafts.add_comment("DT-NQ", {"commenter": BTTU, "content": "Bổ sung chỉ tiêu đào tạo."})
    with pytest.raises(ValidationError, match="1 ý kiến chưa xử lý"):
        drafts.adopt("DT-NQ", "NQ09")
    assert m.Target.select().count() == 0  # nothing written
    drafts.handle_comment("DT-NQ", 1, "giai_trinh", "Đã có trong Kế hoạch nhân lực số.")
    assert drafts.adopt("DT-NQ", "NQ09", prefix="NA-") == ["NA-CT01", "NA-CT02"]
    t2 = entities.get("target", "NA-CT02")
    assert (t2["target_value"], t2["deadline"], t2["source_document"]) == (
        30,
        date(2030, 12, 31),
        "NQ09",
    )
    assert t2["unit"] == "%" and "phiên bản 2" in t2["method"]
    milestones = {
        (r.year, r.value)
        for r in m.Milestone.select().join(m.Target).where(m.Target.code == "NA-CT02")
    }
    assert milestones == {(2025, 20), (2030, 30)}
    t1 = entities.get("target", "NA-CT01")
    assert (t1["target_value"], t1["deadline"]) == (100, date(2025, 12, 31))
    link = dm.DraftIndicator.get(
        (dm.DraftIndicator.code == "CT02") & (dm.DraftIndicator.version == 2)
    )
    assert link.target.code == "NA-CT02"
    assert drafts.draft_view("DT-NQ")["adopted_document"] == "NQ09"
    with pytest.raises(ValidationError, match="đã được thông qua"):
        drafts.adopt("DT-NQ", "NQ09", prefix="X-")
    undo_last()  # the adoption is one change set
    assert m.Target.select().count() == 0
    assert drafts.draft_view("DT-NQ")["adopted_document"] is None


def test_a_code_already_taken_refuses_the_whole_adoption(draft):
    entities.save("target", {"code": "CT02", "text": "Một mục tiêu đã có"})
    with pytest.raises(ValidationError, match="CT02"):
        drafts.adopt("DT-NQ", "NQ09")
    assert m.Target.select().count() == 1


def test_the_official_table_of_comments(draft, tmp_path):
    drafts.add_comment(
        "DT-NQ",
        {
            "commenter": BTTU,
            "indicator": "CT01",
            "content": "Mục tiêu còn thấp, có thể mở rộng phạm vi.",
        },
    )
    drafts.handle_comment("DT-NQ", 1, "tiep_thu", "Mở rộng ra toàn tỉnh.")
    pdf = tmp_path / "bang.pdf"
    assert build_comment_table(pdf, draft_code="DT-NQ", day=date(2022, 5, 30)) == 1
    text = " ".join((p.extract_text() or "") for p in PdfReader(str(pdf)).pages)
    text = " ".join(text.split())
    for words in (
        "BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý",
        "Thái Thanh Quý",
        "Tiếp thu.",
        "Mở rộng ra toàn tỉnh",
        "tiếp thu 1, giải trình 0",
    ):
        assert words in text, words
    docx = tmp_path / "bang.docx"
    assert build_comment_table(docx, draft_code="DT-NQ", day=date(2022, 5, 30)) == 0
    import docx as python_docx

    cells = [
        c.text for t in python_docx.Document(str(docx)).tables for r in t.rows for c in r.cells
    ]
    assert "Ý kiến tiếp thu, giải trình" in cells and BTTU in cells
    with pytest.raises(DxError, match="Không có dự thảo"):
        build_comment_table(pdf, draft_code="KHONG", day=date(2022, 5, 30))


def test_export_import_keeps_drafts_and_comments(draft, tmp_path):
    drafts.add_comment("DT-NQ", {"commenter": BTTU, "content": "Ý kiến."})
    before = drafts.draft_view("DT-NQ")
    wbk.export_workbook(tmp_path / "a.xlsx")
    with Session(tmp_path / "b.db", who="kiểm thử"):
        wbk.import_workbook(tmp_path / "a.xlsx")
        assert drafts.draft_view("DT-NQ") == before


def test_a_register_of_before_drafts_gains_them(tmp_path):
    path = v5_register(tmp_path / "v5.db")
    with Session(path, daily_backup=False):
        _draft()
        assert len(drafts.draft_view("DT-NQ")["indicators"]) == 2


def test_the_cli(tmp_path, capsys):
    db = ["--db", str(tmp_path / "r.db")]
    assert main([*db, "demo"]) == 0
    assert main([*db, "draft", "add", "DT1", "--title", "Dự thảo Kế hoạch năm 2024"]) == 0
    assert (
        main(
            [
                *db,
                "draft",
                "indicator",
                "DT1",
                "MT-A",
                "--text",
                "Hồ sơ trực tuyến",
                "--y2025",
                "92,5",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert (
        main(
            [
                *db,
                "draft",
                "comment",
                "DT1",
                "--by",
                "Sở Y tế",
                "--indicator",
                "MT-A",
                "--text",
                "Nâng lên 95 %",
            ]
        )
        == 0
    )
    assert main([*db, "draft", "handle", "DT1", "1", "--as", "khong_tiep_thu"]) == 1
    assert "hãy ghi lý do" in capsys.readouterr().err
    assert main([*db, "draft", "show", "DT1"]) == 0
    out = capsys.readouterr().out
    assert "MT-A lần 1: Hồ sơ trực tuyến (2025: 92,5; 2030: —)" in out
    assert "Chưa xử lý" in out
