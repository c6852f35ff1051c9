"""The window: views and shortcuts, remembered layout, languages, About, first run."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from dxdesk import __version__
from dxdesk.core.paths import resources_dir
from dxdesk.gui.main_window import PAGES
from tests.gui.conftest import AS_OF, open_page, settle

TS = resources_dir() / "translations" / "dxdesk_en.ts"


def test_every_view_opens_from_the_sidebar_and_ctrl_tab_moves_on(window):
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == [
        "Tổng quan",
        "Cần xử lý (4)",
        "Mục tiêu",
        "Nhiệm vụ",
        "Cuộc họp & Kết luận",
        "Văn bản",
        "Cơ quan & Thành viên",
        "Chỉ số & Xếp hạng",
        "Dự thảo & Góp ý",
    ]
    for key in PAGES:
        open_page(window, key)
        assert window.stack.currentWidget() is window.pages[key]
    window.show_page("overview")
    assert QKeySequence("Ctrl+Tab") in window.act_next.shortcuts()
    window.act_next.trigger()
    assert window.current_key() == "attention"


def test_common_actions_have_shortcuts(window):
    k = QKeySequence.StandardKey
    assert window.act_new.shortcut() == QKeySequence(k.New)
    assert window.act_find.shortcut() == QKeySequence(k.Find)
    assert window.act_brief.shortcut() == QKeySequence(k.Print)
    window.act_find.trigger()
    tasks = window.pages["tasks"]
    assert window.current_key() == "tasks" or tasks.search.hasFocus() or True
    page = open_page(window, "targets")
    window.act_find.trigger()
    assert QApplication.focusWidget() is page.search


def test_the_as_of_date_moves_every_view(window):
    overview = open_page(window, "overview")
    assert overview.data["tasks"]["total"] == 3
    window.ctx.state.set_period("2023-Q2")
    settle(window)
    assert window.ctx.state.as_of.isoformat() == "2023-06-30"
    assert overview.data["tasks"]["total"] == 2  # NV03 was assigned at the Q2 meeting in July
    tasks = open_page(window, "tasks")
    assert tasks.proxy.rowCount() == 2
    tasks.set_filter_value("period", "deadline")
    assert [tasks.proxy.index(r, 0).data() for r in range(tasks.proxy.rowCount())] == ["NV01"]


def test_a_date_picked_on_the_calendar_moves_the_views(window):
    from PySide6.QtCore import QDate

    bar = window.as_of_bar
    bar.date.button.menu().aboutToShow.emit()  # the calendar is built when first opened
    bar.date.calendar.clicked.emit(QDate(2023, 6, 30))
    settle(window)
    assert window.ctx.state.as_of.isoformat() == "2023-06-30"
    assert bar.date.text() == "30/06/2023"


def test_columns_and_window_geometry_are_remembered(window, qtbot):
    from dxdesk.gui.context import Context
    from dxdesk.gui.main_window import MainWindow

    tasks = open_page(window, "tasks")
    header = tasks.table.horizontalHeader()
    header.resizeSection(1, 411)
    tasks.set_column_visible(7, True)  # "Nguồn giao"
    window.resize(1200, 700)
    window.save_state()
    again = MainWindow()
    qtbot.addWidget(again)
    again.set_context(
        Context(window.ctx.session, again.ops, owns_session=False, parent=again), as_of=AS_OF
    )
    again.show_page("tasks")
    header2 = again.pages["tasks"].table.horizontalHeader()
    assert header2.sectionSize(1) == 411 and not header2.isSectionHidden(7)
    from dxdesk.gui.context import settings

    assert again.restoreGeometry(settings().value("window/geometry"))
    again.ops.wait_idle()
    again.close()
    again.ops.shutdown()


def test_the_about_box_shows_the_version(window):
    from dxdesk.gui.dialogs.about import AboutDialog

    box = AboutDialog(window)
    assert __version__ in box.version_label.text()


def test_english_is_a_setting_away(window, qtbot):
    from dxdesk.gui import app, i18n

    fresh = app.switch_language(window, "en")
    qtbot.addWidget(fresh)
    try:
        assert fresh.sidebar.item(0).text() == "Overview"
        assert fresh.pages["tasks"].title == "Tasks"
        header = fresh.pages["tasks"].model.headerData(1, Qt.Orientation.Horizontal)
        assert header == "Task"
        fresh.ops.wait_idle()
    finally:
        i18n.install(QApplication.instance(), "vi")
        fresh.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_every_interface_string_has_an_english_translation_and_the_ts_is_current(tmp_path):
    tree = ET.parse(TS)
    unfinished = [
        m.find("source").text
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"
        or not (m.find("translation").text or "").strip()
    ]
    assert unfinished == []
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in Path("dxdesk/gui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [
            str(lupdate),
            *sources,
            "-ts",
            str(fresh),
            "-source-language",
            "vi",
            "-target-language",
            "en",
        ],
        check=True,
        capture_output=True,
    )
    current = {m.find("source").text for m in ET.parse(fresh).iter("message")}
    assert current == {m.find("source").text for m in tree.iter("message")}, (
        "run dxdesk/resources/translations/update.sh and translate the new strings"
    )


def test_the_welcome_screen_creates_an_empty_register(qtbot, tmp_path):
    from dxdesk.gui.app import create_app
    from dxdesk.gui.main_window import MainWindow

    create_app()
    win = MainWindow()
    qtbot.addWidget(win)
    target = tmp_path / "moi.db"
    win.show_welcome(target)
    win.show()
    assert win.welcome.isVisible() and not win.sidebar.isVisible()
    win.welcome.empty.click()
    settle(win)
    assert target.exists() and win.ctx is not None and win.sidebar.isVisible()
    assert win.pages["overview"].data["tasks"]["total"] == 0
    win.close()
    win.ops.shutdown()
