"""Editing a draft in the window (issue 16 part 5): a comment on an indicator or a passage, its
handling and reason, a new version of an indicator, adopting the draft (asked first) into
targets with 2025 and 2030 milestones, each through ``services.drafts`` and undoable."""

from __future__ import annotations

import pytest

from dxdesk.core.services import drafts, entities
from dxdesk.core.storage import models as m
from dxdesk.gui.dialogs import common
from tests.gui.conftest import commit_text, open_page, settle


def _draft() -> None:
    entities.save("draft", {"code": "DT1", "title": "Dự thảo Kế hoạch năm 2024"})
    drafts.revise_indicator("DT1", "CT01", {"text": "Hồ sơ trực tuyến", "value_2025": 50})
    drafts.revise_indicator("DT1", "CT01", {"value_2025": 60, "value_2030": 90})
    drafts.add_comment("DT1", {"member": "TV01", "indicator": "CT01", "content": "Nâng lên."})
    drafts.handle_comment("DT1", 1, "tiep_thu", "Nâng lên 60%.")
    drafts.add_comment("DT1", {"commenter": "Sở Tư pháp", "passage": "Mục II", "content": "Sửa."})


@pytest.fixture
def page(window):
    window.ops.call(_draft)
    return open_page(window, "drafts")


def _rows(table, cols: int) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(cols)] for r in range(table.rowCount())]


def test_a_comment_is_added_on_the_selected_indicator_and_undone(window, page):
    page.indicators.selectRow(0)
    dialog = page.add_comment()
    assert dialog.indicator.currentData() == "CT01"  # on the indicator selected
    dialog.agency.set_value("STTTT")
    commit_text(dialog.content, "Đề nghị làm rõ cách tính tỷ lệ hồ sơ trực tuyến.")
    dialog.save()
    settle(window)
    rows = _rows(page.comments, 5)
    assert len(rows) == 3
    assert rows[2][2:] == ["CT01", "Đề nghị làm rõ cách tính tỷ lệ hồ sơ trực tuyến.", "Chưa xử lý"]
    window.undo()
    settle(window)
    assert page.comments.rowCount() == 2


def test_a_comment_without_content_is_refused_and_nothing_written(window, page):
    dialog = page.add_comment()
    dialog.agency.set_value("STTTT")
    dialog.save()
    settle(window)
    assert dialog.isVisible() and dialog.message.text() == "Hãy ghi nội dung góp ý."
    assert page.comments.rowCount() == 2


def test_the_handling_of_a_comment_needs_a_reason_when_explained(window, page):
    page.comments.selectRow(1)
    dialog = page.handle_comment()
    dialog.handling.setCurrentIndex(dialog.handling.findData("giai_trinh"))
    dialog.save()
    settle(window)
    assert "hãy ghi lý do" in dialog.message.text()
    assert window.ops.call(drafts.draft_view, "DT1")["comments"][1]["handling"] == "chua_xu_ly"
    commit_text(dialog.reason, "Căn cứ đã đủ theo Nghị định 42/2022/NĐ-CP.")
    dialog.save()
    settle(window)
    assert _rows(page.comments, 6)[1][4:] == [
        "Giải trình",
        "Căn cứ đã đủ theo Nghị định 42/2022/NĐ-CP.",
    ]
    assert "giải trình 1" in page.intro.text() and "chưa xử lý 0" in page.intro.text()


def test_an_indicator_gets_a_new_version(window, page):
    page.indicators.selectRow(0)
    dialog = page.edit_indicator()
    assert dialog.numbers["value_2025"].text() == "60" and dialog.code.isReadOnly()
    dialog.numbers["value_2025"].setText("65,5")
    commit_text(dialog.note, "Tiếp thu ý kiến 1")
    dialog.save()
    settle(window)
    assert _rows(page.indicators, 5) == [["CT01", "3", "Hồ sơ trực tuyến", "65,5", "90"]]
    versions = window.ops.call(drafts.draft_view, "DT1")["indicators"][0]["versions"]
    assert [v["value_2025"] for v in versions] == [50, 60, 65.5]
    assert versions[-1]["note"] == "Tiếp thu ý kiến 1"


def test_adopting_asks_first_then_makes_targets_with_milestones(window, page, monkeypatch):
    window.ops.call(drafts.handle_comment, "DT1", 2, "tiep_thu", "Đã sửa.")
    settle(window)
    questions: list[str] = []
    answer = [False]

    def ask(_parent, _title, text):
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(common, "ask", ask)
    dialog = page.adopt()
    dialog.document.set_value("KH09")
    dialog.prefix.setText("KH-")
    dialog.save()
    settle(window)
    assert "1 chỉ tiêu sẽ thành mục tiêu" in questions[0] and "KH-CT01" in questions[0]
    assert window.ops.call(lambda: m.Target.get_or_none(m.Target.code == "KH-CT01")) is None
    answer[0] = True
    dialog.save()
    settle(window)

    def made():
        target = m.Target.get(m.Target.code == "KH-CT01")
        return target.source_document.code, sorted((s.year, s.value) for s in target.milestones)

    assert window.ops.call(made) == ("KH09", [(2025, 60.0), (2030, 90.0)])
    assert page.indicators.item(0, 5).text() == "KH-CT01"  # the link kept and shown
    assert "Đã thông qua bởi văn bản KH09" in page.intro.text()
    assert not page.adopt_button.isEnabled() and not page.add_indicator_button.isEnabled()
    window.undo()
    settle(window)
    assert window.ops.call(lambda: m.Target.get_or_none(m.Target.code == "KH-CT01")) is None
    assert page.adopt_button.isEnabled()


def test_adopting_with_a_comment_not_handled_is_refused(window, page, monkeypatch):
    monkeypatch.setattr(common, "ask", lambda *_a: True)
    dialog = page.adopt()
    dialog.document.set_value("KH09")
    dialog.save()
    settle(window)
    assert "còn 1 ý kiến chưa xử lý (số 2)" in dialog.message.text()
    assert window.ops.call(drafts.draft_view, "DT1")["adopted_document"] is None


def test_a_slice_says_it_leaves_the_drafts_and_a_units_page_says_why(window, page, tmp_path):
    import subprocess
    import sys

    from dxdesk.gui import app

    slice_path = tmp_path / "SGDDT.dxp"
    window.exchange.issue_slice("SGDDT", str(slice_path))
    settle(window)
    message = window.statusBar().currentMessage()
    assert "Gói không mang 1 dự thảo và 2 ý kiến góp ý" in message
    unit = tmp_path / "donvi.db"
    done = subprocess.run(
        [sys.executable, "-m", "dxdesk", "--db", str(unit), "exchange", "open", str(slice_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert app.open_register(window, unit)
    drafts_page = open_page(window, "drafts")
    assert drafts_page.intro.text() == (
        "Dự thảo và góp ý không có trong sổ của đơn vị: đơn vị gửi ý kiến góp ý bằng văn bản "
        "cho Văn phòng BCĐ."
    )
    assert not drafts_page.comment_button.isEnabled()
