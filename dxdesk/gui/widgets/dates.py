"""A date typed as dd/MM/yyyy or picked on a calendar, which may stay empty.

Its own module: the as-of bar shows one at start-up, and the other fields (pickers with
completion) need not be loaded for it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from dxdesk.core.domain.formats import fmt_date, parse_date
from dxdesk.gui.qtcompat import emit

if TYPE_CHECKING:  # built when the calendar is first opened
    from PySide6.QtWidgets import QCalendarWidget


class DateEdit(QWidget):
    """A date typed as dd/MM/yyyy (or picked from a calendar), which may stay empty."""

    changed = Signal()
    picked = Signal()  # a date was picked on the calendar

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.line.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^[0-9./\-]{0,10}$"), self.line)
        )
        self.line.setMaximumWidth(130)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Chọn trên lịch"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        # the calendar is built when first opened: the first one costs ~8 ms, and every
        # window and dialog with a date would pay it before it shows
        menu.aboutToShow.connect(lambda: self.calendar)
        self.button.setMenu(menu)
        self._calendar: QCalendarWidget | None = None
        self.line.textChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.line)

    @property
    def calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            from PySide6.QtWidgets import QCalendarWidget

            menu = self.button.menu()
            self._calendar = QCalendarWidget(menu)
            self._calendar.setGridVisible(True)
            action = QWidgetAction(menu)
            action.setDefaultWidget(self._calendar)
            menu.addAction(action)
            self._calendar.clicked.connect(self._picked)
        return self._calendar

    def _picked(self, qdate: QDate) -> None:
        self.set_value(date(qdate.year(), qdate.month(), qdate.day()))
        self.button.menu().hide()
        emit(self.picked)

    def set_value(self, value: date | None) -> None:
        self.line.setText(fmt_date(value) if value else "")

    def value(self) -> date | None:
        """The date, None when empty; ValueError when the text is not a date."""
        return parse_date(self.line.text())

    def text(self) -> str:
        return self.line.text()


def date_problem(error: ValueError) -> str:
    """The sentence for a date that does not read: a well-written date the calendar lacks
    (31/02/2023, the core's ``ImpossibleDate``) is said not to exist, anything else to be
    written wrongly."""
    from dxdesk.core.domain.formats import ImpossibleDate
    from dxdesk.gui.i18n import translator_for

    tr = translator_for("DateEdit")
    if not isinstance(error, ImpossibleDate):
        return tr("Ngày không hợp lệ: hãy viết dd/mm/yyyy, ví dụ 19/12/2023.")
    if error.year < 1:
        why = tr("không có năm 0")
    elif not 1 <= error.month <= 12:
        why = tr("không có tháng {m}").format(m=error.month)
    elif error.day < 1:
        why = tr("không có ngày 0")
    else:
        why = tr("tháng {m}/{y} chỉ có {n} ngày").format(
            m=f"{error.month:02d}", y=error.year, n=error.days_in_month
        )
    return tr("Ngày {d} không có thật: {why}.").format(d=error.text, why=why)
