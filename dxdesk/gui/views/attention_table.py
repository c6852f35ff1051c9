"""The "Cần xử lý" table: a model over the service's rows, its cells made when painted.

On the 50,000-task province the view has ~16,000 rows (15,000 overdue tasks). A
QTableWidget made 130,000 items for them before the first paint; this model makes the texts
of the rows the view paints (and the 200 its columns are measured on), so showing a group
costs the same for 10 rows or 16,000.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Index = QModelIndex | QPersistentModelIndex


class AttentionModel(QAbstractTableModel):
    """Rows of ``core.services.attention`` shown as ``cells(row)`` says (one tuple of texts
    per row, the action columns last); ``icon(row)`` decorates the first column, the
    ``links`` columns read as links."""

    def __init__(
        self,
        headers: list[str],
        cells: Callable[[Any], tuple[str, ...]],
        icon: Callable[[Any], Any],
        links: tuple[int, ...],
        link_colour: str,
        tooltip: Callable[[Any, int, str], str],
        parent: Any = None,
    ):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[Any] = []
        self._cells, self._icon, self._tooltip = cells, icon, tooltip
        self._made: dict[int, tuple[str, ...]] = {}
        self.links = links
        self.link_brush = QBrush(QColor(link_colour))
        self.link_font = QFont()
        self.link_font.setUnderline(True)

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._made = {}
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        made = self._made.get(row)
        if made is None:
            made = self._made[row] = self._cells(self.rows[row])
        return made[column] if column < len(made) else ""

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r, c)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(self.rows[r], c, self.text(r, c))
        if role == Qt.ItemDataRole.DecorationRole and c == 0:
            return self._icon(self.rows[r])
        if c in self.links:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self.link_brush
            if role == Qt.ItemDataRole.FontRole:
                return self.link_font
        return None


SAMPLE_ROWS = 200  # the rows a column's width is measured on (Qt's own precision before)
PADDING = 18  # the cell's margins and the grid line


def fit_columns(table: Any, model: AttentionModel, columns: tuple[int, ...]) -> None:
    """Size ``columns`` to their header and the texts of their first SAMPLE_ROWS rows, by
    font metrics: Qt's ResizeToContents measured each of them through every role of the
    model after each change (~150 ms for a group of 15,000 rows)."""
    cells = table.fontMetrics()
    heads = table.horizontalHeader().fontMetrics()
    sample = range(min(model.rowCount(), SAMPLE_ROWS))
    icon = table.iconSize().width() if table.iconSize().isValid() else 16
    for c in columns:
        width = heads.horizontalAdvance(model.headers[c])
        for text in {model.text(r, c) for r in sample}:  # a group's labels repeat
            width = max(width, cells.horizontalAdvance(text))
        if c == 0:
            width += icon + 4
        table.setColumnWidth(c, width + PADDING)
