"""Issue 14 points 6 and 8: one language at a time, labels not codes, "&" shown, two words
for "Tiến độ", every year in the period selector."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from dxdesk.core.services import tasks
from tests.gui.conftest import AS_OF, open_page, settle


def test_in_english_the_plots_panel_is_english_too(window, qtbot):
    from dxdesk.gui import app, i18n

    fresh = app.switch_language(window, "en")
    qtbot.addWidget(fresh)
    try:
        fresh.show_page("overview")
        settle(fresh)
        panel = fresh.pages["overview"].plots
        names = [panel.selector.item(i).text() for i in range(panel.selector.count())]
        assert names[0] == "Targets by pillar" and "Share of all" in names
        assert panel.save_button.text() == "Save chart…"
        panel.select("tasks")
        settle(fresh)
        plot = panel.plot("tasks")
        title = plot.title_html(plot.series)
        assert "Tasks by status and timeliness" in title and "as of" in title
        assert "nhiệm vụ" not in title
        fresh.ops.wait_idle()
    finally:
        i18n.install(QApplication.instance(), "vi")
        fresh.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_qt_own_dialog_texts_are_vietnamese():
    assert QCoreApplication.translate("QMessageBox", "Show Details...") == "Xem chi tiết…"
    assert QCoreApplication.translate("QFileDialog", "Directory:") == "Thư mục:"


def test_history_shows_labels_not_stored_codes(window):
    from dxdesk.gui.dialogs.tables import HistoryDialog

    window.ops.call(lambda: tasks.update_task("NV02", status="done", today=AS_OF))
    settle(window)
    page = open_page(window, "tasks")
    dialog = HistoryDialog(window.ctx, "task", "NV02", page)
    cells = [
        dialog.table.item(r, c).text()
        for r in range(dialog.table.rowCount())
        for c in range(dialog.table.columnCount())
    ]
    assert "Đang triển khai" in cells and "Đã hoàn thành" in cells
    assert "in_progress" not in " ".join(cells) and "done" not in cells
    dialog.close()


def test_menu_shows_the_ampersand_and_progress_has_two_words(window):
    texts = [a.text() for a in window.view_menu.actions()]
    assert "Cuộc họp && Kết luận" in texts  # shown as "Cuộc họp & Kết luận"
    window.ops.call(lambda: tasks.update_task("NV02", note="Đã khảo sát", today=AS_OF))
    page = open_page(window, "tasks")
    page.select_key("NV02")
    settle(window)
    assert "Ghi chú tiến độ" in page.detail.toHtml()  # the notes: "progress notes"
    column = [c.key for c in page.model.columns].index("timeliness")
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "Tiến độ"  # timeliness


def test_the_period_selector_lists_every_year_of_the_plans(demo_session):
    from dxdesk.core.services import lists

    assert lists.data_years() == [2021, 2022, 2023, 2024, 2025]  # targets run to 2025


def test_the_long_text_column_takes_the_spare_width_until_sized_by_hand(window):
    page = open_page(window, "tasks")
    header = page.table.horizontalHeader()
    keys = [c.key for c in page.model.columns]
    text, time = keys.index("text"), keys.index("timeliness")
    for size in ((1366, 768), (1920, 1080)):
        window.resize(*size)
        settle(window)
        shown = sum(
            header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
        )
        assert shown >= page.table.viewport().width() - 2  # no empty band at the right
        assert header.sectionSize(text) > header.sectionSize(time)
    wide = header.sectionSize(text)
    header.resizeSection(time, 300)  # by hand: the officer's widths are kept from now on
    window.resize(1500, 900)
    settle(window)
    assert header.sectionSize(time) == 300 and header.sectionSize(text) == wide
