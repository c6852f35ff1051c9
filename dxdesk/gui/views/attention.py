"""Cần xử lý: what needs the secretariat at the as-of date, each row with its action.

The rows come from one core service (``core.services.attention``), the same that
``dxdesk attention`` prints. A count above the table shows exactly its rows; a row's action
(ghi tiến độ, hoàn thành, giao nhiệm vụ, ghi kết quả, giải quyết) opens the dialog the other
pages use, and "Công văn đôn đốc…" writes the reminder letter to the selected row's agency.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dxdesk.core.domain.enums import TaskStatus
from dxdesk.core.domain.formats import fmt_date
from dxdesk.gui import labels, style
from dxdesk.gui.context import Context
from dxdesk.gui.i18n import translator_for
from dxdesk.gui.qtcompat import emit
from dxdesk.gui.views.attention_table import AttentionModel, fit_columns
from dxdesk.gui.views.loading import LoadsWhenShown

tr = translator_for("AttentionPage")

GROUPS = ("overdue", "due_soon", "not_assigned", "unmeasured", "conflicts")
ALL_GROUPS = ""
ACTION_COLUMNS = (6, 7)
FITTED_COLUMNS = (0, 1, 4, 5, 6, 7)  # the text (2) stretches, the agency (3) keeps 160 px
LINK = "#0B5CAD"


def period_name(code: str) -> str:
    """'2023-Q3' → 'quý III/2023' (English: 'Q3 2023'); other periods as ``labels.period``."""
    year, _, part = code.partition("-Q")
    if part.isdigit() and 1 <= int(part) <= 4:
        roman = ("I", "II", "III", "IV")[int(part) - 1]
        return tr("quý {roman}/{year}").format(roman=roman, n=part, year=year)
    return labels.period(code)


def group_label(group: str, period: str = "") -> str:
    return {
        "overdue": tr("Quá hạn"),
        "due_soon": tr("Đến hạn trong 7 ngày"),
        "not_assigned": tr("Kết luận chưa giao"),
        "unmeasured": tr("Chưa có kết quả {p}").format(p=period_name(period))
        if period
        else tr("Chưa có kết quả kỳ gần nhất"),
        "conflicts": tr("Xung đột chờ giải quyết"),
    }[group]


def short_label(group: str) -> str:
    """The group in a few words, for the table's first column."""
    return {
        "overdue": tr("Quá hạn"),
        "due_soon": tr("Sắp đến hạn"),
        "not_assigned": tr("Chưa giao"),
        "unmeasured": tr("Chưa có kết quả"),
        "conflicts": tr("Xung đột"),
    }[group]


def action_labels(group: str) -> list[tuple[str, str]]:
    """(action, label) of a row's one-click actions."""
    return {
        "overdue": [("note", tr("Ghi tiến độ")), ("done", tr("Hoàn thành"))],
        "due_soon": [("note", tr("Ghi tiến độ")), ("done", tr("Hoàn thành"))],
        "not_assigned": [("assign", tr("Giao nhiệm vụ"))],
        "unmeasured": [("measure", tr("Ghi kết quả"))],
        "conflicts": [("resolve", tr("Giải quyết"))],
    }[group]


def _day(value: str | None) -> str:
    return fmt_date(date.fromisoformat(value[:10])) if value else ""


def situation(row: Any) -> str:
    """What the row is about, in a few words ('quá 80 ngày', 'còn 3 ngày' …)."""
    if row.group == "overdue":
        return tr("quá {n} ngày").format(n=row.days) if row.days is not None else ""
    if row.group == "due_soon":
        return tr("còn {n} ngày").format(n=row.days) if row.days else tr("đến hạn hôm nay")
    if row.group == "not_assigned":
        return tr("họp ngày {d}").format(d=_day(row.meeting_on))
    if row.group == "unmeasured":
        if not row.last_period:
            return tr("chưa có kết quả nào")
        return tr("kết quả gần nhất: {p}").format(p=period_name(row.last_period))
    return tr("báo cáo của đơn vị {a}").format(a=row.agency)


class AttentionPage(LoadsWhenShown, QWidget):
    """The five groups of what needs doing, a count each, one table of rows."""

    loaded = Signal()
    assigned = Signal(dict)  # a task given from a conclusion item: the window shows it
    open_conflicts = Signal(int)  # "Giải quyết": the window's conflicts dialog, on this one

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.title = tr("Cần xử lý")
        self.data: Any = None
        self.group = ALL_GROUPS
        self.shown: list[Any] = []  # the rows in the table, in its order
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        self.buttons: dict[str, QPushButton] = {}
        self.button_group = QButtonGroup(self)
        self.button_group.setExclusive(True)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        for group in (ALL_GROUPS, *GROUPS):
            button = QPushButton(self)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, g=group: self.show_group(g))
            self.button_group.addButton(button)
            self.buttons[group] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.buttons[ALL_GROUPS].setChecked(True)
        self.table = self._make_table()
        self.reminder_button = QPushButton(tr("Công văn đôn đốc…"), self)
        self.reminder_button.setToolTip(
            tr(
                "Lập công văn đôn đốc gửi cơ quan chủ trì của dòng đang chọn (PDF hoặc Word); "
                "kết luận giao cho nhiều cơ quan: hỏi gửi cơ quan nào"
            )
        )
        self.reminder_button.clicked.connect(lambda: self.write_reminder())
        self.reminder_button.setEnabled(False)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color:#555")
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.reminder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        ctx.state.changed.connect(self.mark_stale)
        ctx.ops.changed.connect(lambda _e: self.mark_stale())
        self._show_counts()

    def _make_table(self) -> QTableView:
        headers = [
            tr("Việc cần làm"),
            tr("Mã"),
            self.tr("Nội dung"),  # self.tr: its own English here (not "Field")
            self.tr("Cơ quan"),
            tr("Thời hạn"),
            tr("Tình trạng"),
            tr("Thao tác"),
            "",
        ]
        self.model = AttentionModel(
            headers,
            cells=_cells,
            icon=lambda row: labels.dot(_COLOURS[row.group]),
            links=ACTION_COLUMNS,
            link_colour=LINK,
            tooltip=_tooltip,
            parent=self,
        )
        table = QTableView(self)
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setStyleSheet(style.HEADER)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # columns fit their words (``fit_columns`` on each group shown); the text takes the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(3, 160)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.clicked.connect(lambda i: self._cell_clicked(i.row(), i.column()))
        table.doubleClicked.connect(lambda i: self.act(i.row(), 0))
        table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        return table

    # -- loading -------------------------------------------------------------------------
    def start_load(self, as_of: date) -> None:
        from dxdesk.core.services import attention

        self.ctx.ops.run(
            lambda: attention.attention(as_of),
            done=self._loaded,
            failed=self.load_failed,
            label=self.title,
        )

    def _loaded(self, data: Any) -> None:
        if not self.load_finished():
            return
        self.data = data
        self.heading.setText(
            "<span style='font-size:15px'><b>"
            + html.escape(tr("Cần xử lý"))
            + "</b> – "
            + html.escape(tr("tính đến ngày {d}").format(d=fmt_date(data.as_of)))
            + "</span>"
        )
        self._show_counts()
        self.show_group(self.group)
        emit(self.loaded)

    def _show_counts(self) -> None:
        if self.data is None:  # not read yet: no count rather than a wrong "(0)"
            self.buttons[ALL_GROUPS].setText(tr("Tất cả"))
            for group in GROUPS:
                self.buttons[group].setText(group_label(group))
            self.hint.setText(tr("Đang đọc những việc cần xử lý…"))
            return
        counts = self.data.counts()
        total = sum(counts.values())
        self.buttons[ALL_GROUPS].setText(tr("Tất cả ({n})").format(n=total))
        for group in GROUPS:
            label = group_label(group, self.data.last_period)
            self.buttons[group].setText(f"{label} ({counts.get(group, 0)})")

    # -- showing -------------------------------------------------------------------------
    def show_group(self, group: str) -> None:
        """Show exactly the rows a count counted (``ALL_GROUPS``: every row)."""
        self.group = group
        self.buttons[group].setChecked(True)
        data = self.data
        rows = []
        if data is not None:
            for g in GROUPS if group == ALL_GROUPS else (group,):
                rows += data.groups[g]
        self.shown = rows
        self.model.set_rows(rows)
        fit_columns(self.table, self.model, FITTED_COLUMNS)
        if not rows:
            self.hint.setText(tr("Không có việc nào cần xử lý."))
        else:
            self.hint.setText(tr("Bấm vào thao tác của một dòng để xử lý ngay."))
        self._selection_changed()

    def row_count(self) -> int:
        return self.model.rowCount()

    def cell(self, row: int, column: int) -> str:
        """The text the table shows in a cell."""
        return self.model.text(row, column)

    # -- actions -------------------------------------------------------------------------
    def _cell_clicked(self, row: int, column: int) -> None:
        if column in ACTION_COLUMNS:
            self.act(row, ACTION_COLUMNS.index(column))

    def act(self, index: int, which: int = 0):
        """Run the ``which``-th action of row ``index`` (returns its dialog, if any)."""
        if not 0 <= index < len(self.shown) or self.ctx.session is None:
            return None
        row = self.shown[index]
        actions = action_labels(row.group)
        if which >= len(actions):
            return None
        action = actions[which][0]
        if action == "note":
            from dxdesk.gui.dialogs.small import NoteDialog

            dialog = NoteDialog(self.ctx, row.key, row.text, self)
            dialog.open()
            return dialog
        if action == "done":
            from dxdesk.gui.dialogs.task_status import close_task

            return close_task(self.ctx, {"code": row.key, "text": row.text}, TaskStatus.DONE, self)
        if action == "assign":
            from dxdesk.gui.views.meetings import assign_dialog

            dialog = assign_dialog(self.ctx, row.key, self)
            dialog.saved.connect(lambda task: emit(self.assigned, task))
            return dialog
        if action == "measure":
            return self._measure(row)
        emit(self.open_conflicts, int(row.key))
        return None

    def _measure(self, row: Any):
        from dxdesk.gui.dialogs.small import MeasureDialog

        dialog = MeasureDialog(self.ctx, row.key, row.text, row.unit, self)
        combo = dialog.period  # the quarter the result is missing for comes first
        found = combo.findData(row.period)
        if found < 0:
            combo.insertItem(0, f"{row.period} ({labels.period(row.period)})", row.period)
            found = 0
        combo.setCurrentIndex(found)
        dialog.open()
        return dialog

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows and rows[0].row() < len(self.shown) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        ok = row is not None and bool(row.agency_code) and row.group != "conflicts"
        self.reminder_button.setEnabled(ok and self.ctx.session is not None)

    def write_reminder(self, path: str | None = None, agency: str | None = None):
        """Công văn đôn đốc to the selected row's agency (asked when the row names several;
        ``attention_reminder``)."""
        from dxdesk.gui.views.attention_reminder import write_reminder

        return write_reminder(self, path, agency)


def _cells(row: Any) -> tuple[str, ...]:
    """The texts of a row: group, code, text, agency, day, situation, then its actions."""
    day = _day(row.day) if row.group != "unmeasured" else period_name(row.period)
    actions = tuple(text for _action, text in action_labels(row.group))
    return (short_label(row.group), row.key, row.text, row.agency, day, situation(row), *actions)


def _tooltip(row: Any, column: int, text: str) -> str | None:
    if column in ACTION_COLUMNS:
        return None
    return row.meeting if column == 5 and row.meeting else text


_COLOURS = {
    "overdue": "#C0392B",
    "due_soon": "#E69F00",
    "not_assigned": "#8E44AD",
    "unmeasured": "#0072B2",
    "conflicts": "#7F8C8D",
}
