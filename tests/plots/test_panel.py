"""The overview's plots panel: install_plots fills the overview's slot, refresh draws the
summary's figures, a click on a bar calls open_filtered, pyqtgraph loads only when shown."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

import dxdesk
from dxdesk.core.services import series
from dxdesk.core.services.summary import summarize
from dxdesk.gui.plots.panel import PAGES, install_plots
from tests.plots.conftest import AS_OF


@pytest.fixture
def area(qtbot):
    """An empty plots area as the overview page has it: a placeholder in a QVBoxLayout."""
    widget = QWidget()
    widget.setLayout(QVBoxLayout())
    placeholder = QLabel("Biểu đồ tiến độ", widget)
    placeholder.setObjectName("plots_placeholder")
    widget.layout().addWidget(placeholder)
    qtbot.addWidget(widget)
    widget.resize(1125, 280)
    return widget


def test_install_replaces_the_placeholder_and_refresh_draws(demo_session, qtbot, area):
    asked = []
    panel = install_plots(area, open_filtered=asked.append)
    area.show()
    qtbot.waitExposed(area)
    assert (
        area.findChild(QLabel, "plots_placeholder") is None
        or not area.findChild(QLabel, "plots_placeholder").isVisible()
    )
    panel.refresh(AS_OF)
    bands = panel.plots["bands"]
    assert bands.series.totals == summarize(AS_OF, with_checks=False)["targets"]["by_band"]
    for row, (key, _) in enumerate(PAGES):
        if key == "index":  # the Lào Cai demo has no index ranks: no index plot listed
            assert panel.selector.item(row).isHidden()
            continue
        panel.select(key)
        assert panel.plots[key].series is not None, key
    assert panel.series["trajectory"].code == "MT10"  # the first target below 50 % of plan


def test_a_click_on_a_bar_calls_open_filtered(demo_session, qtbot, area):
    from tests.plots.test_widgets import viewport_point

    asked = []
    panel = install_plots(area, open_filtered=asked.append)
    area.show()
    qtbot.waitExposed(area)
    panel.refresh(AS_OF)
    panel.select("agencies")
    plot = panel.plots["agencies"]
    qtbot.wait(50)  # laid out (and the agencies that fit the height drawn)
    bar = plot.bar_items[0].bars[0]
    qtbot.mouseClick(
        plot.viewport(),
        Qt.MouseButton.LeftButton,
        pos=viewport_point(plot, bar.centre.x(), bar.centre.y()),
    )
    assert asked == [{"view": "tasks", "agency": "STTTT", "role": "lead", "timeliness": "overdue"}]


def test_show_summary_draws_without_a_second_summary(demo_session, qtbot, area, monkeypatch):
    data = summarize(AS_OF, with_checks=False)
    panel = install_plots(area, open_filtered=lambda f: None)
    area.show()
    monkeypatch.setattr(series.summary, "summarize", lambda *a, **k: pytest.fail("queried"))
    panel.show_summary(data)
    assert panel.plots["bands"].series.totals == data["targets"]["by_band"]
    panel.select("tasks")
    assert panel.plots["tasks"].series.by_status == data["tasks"]["by_status"]


def test_late_answers_for_an_older_date_are_dropped(demo_session, qtbot, area):
    queue = []
    panel = install_plots(
        area, open_filtered=lambda f: None, run=lambda fn, done: queue.append((fn, done))
    )
    area.show()
    panel.refresh(date(2023, 6, 30))
    panel.refresh(AS_OF)
    for fn, done in queue:  # the lane answers in order, the first one late
        done(fn())
    assert panel.as_of == AS_OF
    assert panel.plots["bands"].series.as_of == AS_OF
    assert panel.plots["bands"].series.totals["completed"] == 20


def test_the_panel_asks_for_the_height_a_plot_needs(demo_session, qtbot, area):
    panel = install_plots(area, open_filtered=lambda f: None)
    assert panel.minimumHeight() >= 240
    assert area.minimumSizeHint().height() >= 240


def test_pyqtgraph_is_imported_only_when_a_plot_is_shown():
    script = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([])\n"
        "from dxdesk.gui.plots.panel import install_plots\n"
        "import dxdesk.cli.commands.plot, dxdesk.core.services.series\n"
        "panel = install_plots(QWidget(), open_filtered=print)\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=Path(dxdesk.__file__).parents[1],
        timeout=120,
    )
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr


def test_attached_to_the_overview_page_it_follows_the_window(demo_session, qtbot):
    """The main window's overview page, its lane and its summary (how the window wires it)."""
    from dxdesk.gui.app import create_app
    from dxdesk.gui.context import Context
    from dxdesk.gui.main_window import MainWindow
    from dxdesk.gui.plots.panel import attach_to_overview

    create_app()
    window = MainWindow()
    try:
        ctx = Context(demo_session, window.ops, owns_session=False, parent=window)
        window.set_context(ctx, as_of=AS_OF)
        window.resize(1366, 768)
        window.show()
        page = window.pages["overview"]
        asked = []
        panel = attach_to_overview(page, open_filtered=asked.append)
        window.show_page("overview")
        qtbot.waitUntil(
            lambda: "bands" in panel.plots and panel.plots["bands"].series is not None,
            timeout=20000,
        )
        assert panel.plots["bands"].series.totals["below_50"] == 4
        window.ctx.state.set_as_of(date(2023, 6, 30))
        qtbot.waitUntil(
            lambda: panel.plots["bands"].series.as_of == date(2023, 6, 30), timeout=20000
        )
        assert panel.plots["bands"].series.total == 23
        panel.plots["bands"].bar_items[0].click_bar(0)
        assert asked and asked[0]["view"] == "targets"
        window.ops.wait_idle()
    finally:
        ops = window.ops
        window.close()
        ops.shutdown()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_an_empty_register_shows_every_plot_empty(session, qtbot, area):
    panel = install_plots(area, open_filtered=lambda f: None)
    area.show()
    panel.refresh(AS_OF)
    for key, _ in PAGES:
        panel.select(key)
        if key == "index":  # no index ranks: no index plot at all, not an empty one
            assert "index" not in panel.plots and panel.current_key() != "index"
            continue
        plot = panel.plots[key]
        assert plot.bar_items == [], key
    assert panel.plots["bands"].labels.entries[0][1] == "Không có số liệu để vẽ"
    assert panel.series["trajectory"] is None
