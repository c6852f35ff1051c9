"""Dialogs that show a table the user can read and copy: a record's history, import errors."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dxdesk.core.domain.formats import fmt_date
from dxdesk.gui import labels
from dxdesk.gui.context import Context
from dxdesk.gui.dialogs import forms


class TableDialog(QDialog):
    """A read-only table with a 'copy all' button (tab-separated: pastes into Excel)."""

    def __init__(
        self,
        title: str,
        intro: str,
        headers: list[str],
        rows: list[list[str]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 480)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            len(headers) - 1, QHeaderView.ResizeMode.Stretch
        )
        copy = QPushButton(self.tr("Sao chép tất cả"), self)
        copy.clicked.connect(self.copy_all)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_selection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def text(self, rows: list[int] | None = None) -> str:
        """The table (or some rows) as tab-separated text with its header."""
        cols = range(self.table.columnCount())
        lines = ["\t".join(self.table.horizontalHeaderItem(c).text() for c in cols)]
        for r in rows if rows is not None else range(self.table.rowCount()):
            lines.append("\t".join(self.table.item(r, c).text() for c in cols))
        return "\n".join(lines)

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def copy_selection(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        QGuiApplication.clipboard().setText(self.text(rows or None))


class ImportErrorsDialog(TableDialog):
    """The errors of a refused import: sheet, row, column, message."""

    def __init__(self, errors: list[Any], path: str = "", parent: QWidget | None = None):
        intro = self.tr(
            "Tệp {file} có {n} lỗi. Không có dữ liệu nào được ghi; hãy sửa các ô "
            "dưới đây rồi nhập lại."
        ).format(file=path, n=len(errors))
        headers = [self.tr("Trang tính"), self.tr("Dòng"), self.tr("Cột"), self.tr("Lỗi")]
        rows = [
            [str(e.sheet), str(e.row or ""), str(e.column or ""), str(e.message)] for e in errors
        ]
        super().__init__(self.tr("Lỗi khi nhập tệp Excel"), intro, headers, rows, parent)


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_show(v)}" for k, v in value.items() if v not in (None, "", []))
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value)
    return str(value)


def _shown(entity: str, field: str, value: Any) -> str:
    """A value as the officer reads it: an enum's label ("Đã hoàn thành"), never its code."""
    from dxdesk.core.services.entities import ENUM
    from dxdesk.core.services.entities import spec as spec_of

    try:
        spec = spec_of(entity)
    except KeyError:
        spec = None
    f = next((f for f in spec.fields if f.name == field), None) if spec and field else None
    if f is not None and f.kind == ENUM and isinstance(value, str) and value:
        try:
            return labels.tr(f.enum(value).label)
        except ValueError:
            return value
    if isinstance(value, dict) and spec is not None:  # a whole record (insert, delete)
        return "; ".join(
            f"{forms.label(entity, k)}: {_shown(entity, k, v)}"
            for k, v in value.items()
            if v not in (None, "", [])
        )
    return _show(value)


class HistoryDialog(TableDialog):
    """Every logged change of one record, oldest first (undone ones marked)."""

    def __init__(self, ctx: Context, entity: str, code: str, parent: QWidget | None = None):
        from dxdesk.core.services import changes

        log = ctx.ops.call(changes.history, entity, code)
        ops = {"insert": self.tr("thêm"), "update": self.tr("sửa"), "delete": self.tr("xóa")}
        rows = []
        for c in log:
            field = forms.label(entity, c["field"]) if c["field"] else ""
            undone = self.tr(" (đã hoàn tác)") if c["undone"] else ""
            rows.append(
                [
                    _show(c["at"]),
                    c["who"] or "",
                    ops.get(c["op"], c["op"]) + undone,
                    field,
                    _shown(entity, c["field"], c["old"]),
                    _shown(entity, c["field"], c["new"]),
                ]
            )
        headers = [
            self.tr("Lúc"),
            self.tr("Người"),
            self.tr("Thao tác"),
            self.tr("Trường"),
            self.tr("Giá trị cũ"),
            self.tr("Giá trị mới"),
        ]
        intro = self.tr("Lịch sử thay đổi của {what} {code}: {n} thay đổi.").format(
            what=forms.title(entity).lower() if entity in forms.FORMS else entity,
            code=code,
            n=len(rows),
        )
        super().__init__(self.tr("Lịch sử thay đổi"), intro, headers, rows, parent)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for c, width in enumerate((120, 90, 110, 130, 220, 220)):
            self.table.setColumnWidth(c, width)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
