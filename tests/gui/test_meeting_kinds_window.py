"""Meeting kinds beyond the four quarterly ones (issue 16 part 5) in the window: the meeting
form offers every kind and the meetings list names it, in Vietnamese and in English."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from dxdesk.core.services import entities
from dxdesk.gui.dialogs.record import RecordDialog
from tests.gui.conftest import open_page

KINDS_VI = [
    "Hội nghị quý",
    "Hội nghị tổng kết năm",
    "Hội nghị sơ kết",
    "Họp chuyên đề",
    "Phiên họp Ban Thường vụ",
    "Họp thường kỳ",
    "Cuộc họp khác",
]
KINDS_EN = [
    "Quarterly meeting",
    "Year-end review",
    "Interim review",
    "Thematic meeting",
    "Standing board session",
    "Regular meeting",
    "Other meeting",
]
MEETINGS = {"BTV-05": "ban_thuong_vu", "CD-07": "chuyen_de", "SK-06": "so_ket", "TK-12": "tong_ket"}


def _meetings() -> None:
    for i, (code, kind) in enumerate(MEETINGS.items(), 1):
        entities.save(
            "meeting",
            {
                "code": code,
                "title": f"Cuộc họp {code}",
                "kind": kind,
                "meeting_date": date(2023, i, 5),
            },
        )


def _form_kinds(window) -> list[str]:
    dialog = RecordDialog(window.ctx, "meeting", parent=window)
    combo = dialog.widgets["kind"]
    texts = [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]
    dialog.reject()
    return texts


def _listed_kinds(window) -> dict[str, str]:
    page = open_page(window, "meetings")
    model = page.meetings.model
    col = next(c for c, spec in enumerate(model.columns) if spec.key == "kind")
    out = {}
    for row in range(model.rowCount()):
        code = model.key_at(row)
        if code in MEETINGS:
            out[code] = model.data(model.index(row, col))
    return out


def test_every_kind_in_the_form_and_the_list_in_vietnamese(window):
    window.ops.call(_meetings)
    assert _form_kinds(window) == KINDS_VI
    assert _listed_kinds(window) == {
        "BTV-05": "Phiên họp Ban Thường vụ",
        "CD-07": "Họp chuyên đề",
        "SK-06": "Hội nghị sơ kết",
        "TK-12": "Hội nghị tổng kết năm",
    }


def test_every_kind_in_the_form_and_the_list_in_english(window, qtbot):
    from dxdesk.gui import app, i18n

    window.ops.call(_meetings)
    fresh = app.switch_language(window, "en")
    qtbot.addWidget(fresh)
    try:
        assert _form_kinds(fresh) == KINDS_EN
        assert _listed_kinds(fresh) == {
            "BTV-05": "Standing board session",
            "CD-07": "Thematic meeting",
            "SK-06": "Interim review",
            "TK-12": "Year-end review",
        }
        fresh.ops.wait_idle()
    finally:
        i18n.install(QApplication.instance(), "vi")
        fresh.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
