"""Bars of the main window: the as-of date and period selector, and a long job's progress."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from dxdesk.core.domain.formats import fmt_date
from dxdesk.gui import labels
from dxdesk.gui.context import AppState
from dxdesk.gui.ops import Job
from dxdesk.gui.widgets.dates import DateEdit


def periods_of(years: list[int]) -> list[str]:
    """Period codes offered for some years: the year, its halves and quarters."""
    out: list[str] = []
    for y in years:
        out += [str(y), f"{y}-H1", f"{y}-H2", f"{y}-Q1", f"{y}-Q2", f"{y}-Q3", f"{y}-Q4"]
    return out


SHORT_NAME = 28  # characters of a programme's name shown in the bar


class AsOfBar(QWidget):
    """'Tính đến ngày [19/12/2023] Kỳ [năm 2023] Chương trình [NQ57]': what every view shows."""

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.date = DateEdit(self)
        self.date.line.setMaximumWidth(100)
        self.date.line.setToolTip(self.tr("Mọi danh sách và số liệu tính đến ngày này"))
        self.period = QComboBox(self)
        self.period.setMinimumContentsLength(16)
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.programme_label = QLabel(self.tr("Chương trình"), self)
        self.programme = QComboBox(self)
        self.programme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.programme.setToolTip(
            self.tr("Danh sách, số liệu và biểu đồ chỉ tính việc của chương trình này")
        )
        self.today = QPushButton(self.tr("Hôm nay"), self)
        self.today.setToolTip(self.tr("Tính đến ngày hôm nay"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(QLabel(self.tr("Tính đến ngày"), self))
        layout.addWidget(self.date)
        layout.addWidget(QLabel(self.tr("Kỳ báo cáo"), self))
        layout.addWidget(self.period)
        layout.addWidget(self.today)
        layout.addWidget(self.programme_label)
        layout.addWidget(self.programme)
        self.date.line.editingFinished.connect(self._date_typed)
        self.date.picked.connect(self._date_typed)
        self.period.activated.connect(self._period_picked)
        self.programme.activated.connect(
            lambda i: self.state.set_programme(self.programme.itemData(i))
        )
        self.today.clicked.connect(lambda: self._set_date(date.today()))
        state.changed.connect(self.show_state)
        self.set_years([state.as_of.year])
        self.set_programmes([])

    def set_programmes(self, programmes: list[tuple]) -> None:
        """The register's programmes (code, name): all, each one, or work of none."""
        self.programme.blockSignals(True)
        self.programme.clear()
        self.programme.addItem(self.tr("Tất cả"), None)
        for code, name, *_ in programmes:
            # a long name ("Nghị quyết 57-NQ/TW về đột phá …") is shortened visibly; whole in
            # the tooltip
            short = name if len(name) <= SHORT_NAME else name[: SHORT_NAME - 1].rstrip() + "…"
            self.programme.addItem(f"{code} – {short}", code)
            self.programme.setItemData(
                self.programme.count() - 1, f"{code} – {name}", Qt.ItemDataRole.ToolTipRole
            )
        self.programme.addItem(self.tr("Không thuộc chương trình nào"), "khong")
        self.programme.blockSignals(False)
        for widget in (self.programme_label, self.programme):
            widget.setVisible(bool(programmes))
        if self.state.programme and self.programme.findData(self.state.programme) < 0:
            self.state.set_programme(None)  # another register: its programmes
        self.show_state()

    def set_years(self, years: list[int]) -> None:
        years = sorted(set(years) | {self.state.as_of.year, date.today().year})
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("(theo ngày)"), None)
        for code in periods_of(years):
            self.period.addItem(labels.period(code), code)
        self.period.blockSignals(False)
        self.show_state()

    def show_state(self) -> None:
        self.date.line.setText(fmt_date(self.state.as_of))
        self.period.setCurrentIndex(max(self.period.findData(self.state.period), 0))
        self.programme.setCurrentIndex(max(self.programme.findData(self.state.programme), 0))

    def _date_typed(self) -> None:
        try:
            value = self.date.value()
        except ValueError:
            value = None
        if value is None:
            self.show_state()
            return
        self._set_date(value)

    def _set_date(self, value: date) -> None:
        if self.state.period:
            self.state.period = None
        self.state.set_as_of(value)
        self.show_state()

    def _period_picked(self, index: int) -> None:
        self.state.set_period(self.period.itemData(index))


class JobBar(QWidget):
    """Progress of a long job (import, export, brief) with a Cancel button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel = QPushButton(self.tr("Hủy"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.job: Job | None = None
        self.cancel.clicked.connect(self._cancel)
        self.hide()

    def follow(self, job: Job, text: str) -> None:
        """Show this job's progress until it finishes."""
        self.job = job
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        job.progressed.connect(self._progress)
        # (a job whose result starts the next one finishes after it: only its own end hides)
        job.finished.connect(lambda: self._finished(job))
        self.show()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel.setEnabled(False)
            self.label.setText(self.tr("Đang dừng…"))

    def _finished(self, job: Job | None = None) -> None:
        if job is not None and job is not self.job:
            return
        self.job = None
        self.hide()


def align_right() -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
