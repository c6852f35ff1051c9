"""In English the window's period labels are English: the units × periods headers, the
targets list's period, the as-of bar's periods and the trend's points (issue 16; the core's
``formats.period_label`` stays Vietnamese for the documents and the CLI)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from dxdesk.core.domain.formats import period_label
from dxdesk.core.services.series import TrendPoint
from dxdesk.gui import labels
from dxdesk.gui.dialogs.target_units import units_table
from tests.gui.conftest import open_page, settle
from tests.gui.test_register_pages import _units

VIETNAMESE = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĐ]"
    r"|\b(quy|nam|thang|Het)\b"
)


def _point(kind: str, day: date) -> TrendPoint:
    return TrendPoint(day, kind, "nhãn của lõi", 0, 0, 0, 0)


def test_in_english_no_period_header_is_vietnamese(window, qtbot):
    from dxdesk.gui import app, i18n
    from dxdesk.gui.plots.trend import point_label

    data = _units(window)
    fresh = app.switch_language(window, "en")
    qtbot.addWidget(fresh)
    try:
        headers, _rows = units_table(data)
        assert headers == ["Unit", "Q3 2023", "Q4 2023"]
        shown = [labels.period(p) for p in ("2023", "2023-Q2", "2023-H1", "2023-H2", "2023-06")]
        assert shown == ["2023", "Q2 2023", "H1 2023", "H2 2023", "06/2023"]
        bar = fresh.as_of_bar.period
        settle(fresh)
        periods = [bar.itemText(i) for i in range(1, bar.count())]
        targets = open_page(fresh, "targets")
        column = [c.key for c in targets.model.columns].index("latest_period")
        listed = [targets.model.index(r, column).data() for r in range(targets.model.rowCount())]
        trend = [point_label(_point(k, date(2023, 6, 30))) for k in ("quarter", "as_of")]
        assert periods and any(listed) and trend == ["End of Q2 2023", "As-of date"]
        for text in [*headers, *shown, *periods, *listed, *trend]:
            assert not VIETNAMESE.search(text or ""), text
        fresh.ops.wait_idle()
    finally:
        i18n.install(QApplication.instance(), "vi")
        fresh.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_in_vietnamese_the_window_says_what_the_documents_say():
    for code in ("2023", "2023-Q2", "2023-H1", "2023-H2", "2023-06"):
        assert labels.period(code) == period_label(code)
