"""The sort/filter proxy in front of every list.

``QSortFilterProxyModel`` asks the source model for every row through Python on each filter
change and for every comparison when it sorts: seconds on 50,000 rows. This proxy keeps the
visible rows as a list of source row numbers instead: sorting takes the column's order from
the model (computed once per fetch), and a filter or a search keystroke is one list
comprehension over the precomputed folded texts, then one model reset (the views keep their
selection by code).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from dxdesk.gui.models import textkeys
from dxdesk.gui.models.table import ANSWERED_ROLES, RecordTableModel
from dxdesk.gui.qtcompat import emit

_ROOT = QModelIndex()  # the invisible root: the default parent
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # built once, not per cell

RowFilter = Callable[[tuple], bool]


class FilterProxy(QAbstractProxyModel):
    """Accent-blind search, named row filters and Vietnamese sorting over a RecordTableModel."""

    counts_changed = Signal(int, int)  # visible, total

    def __init__(self, parent=None):
        super().__init__(parent)
        self._src: RecordTableModel | None = None
        self._rows: list[int] = []
        self._words: list[str] = []
        self._filters: dict[str, RowFilter] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- configuration -------------------------------------------------------------------
    def setSourceModel(self, model: RecordTableModel) -> None:  # noqa: N802
        self.beginResetModel()
        if self._src is not None:
            self._src.modelReset.disconnect(self._refilter)
            self._src.dataChanged.disconnect(self._on_data_changed)
        super().setSourceModel(model)
        self._src = model
        model.modelReset.connect(self._refilter)
        model.dataChanged.connect(self._on_data_changed)
        self._compute()
        self.endResetModel()
        self._emit_counts()

    def set_search(self, text: str) -> None:
        """Show only rows containing every word of ``text``, ignoring accents and case."""
        words = textkeys.fold(unicodedata.normalize("NFC", text)).split()
        if words != self._words:
            self._words = words
            self._refilter()

    def set_filter(self, name: str, predicate: RowFilter | None) -> None:
        """Add, replace or (with None) remove a named filter on the row tuples."""
        if predicate is None and name not in self._filters:
            return
        if predicate is None:
            del self._filters[name]
        else:
            self._filters[name] = predicate
        self._refilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self._refilter()

    def sort_column(self) -> int:
        return self._sort_column

    # -- the visible rows ----------------------------------------------------------------
    def _base_order(self) -> list[int]:
        src = self._src
        n = src.rowCount() if src is not None else 0
        if src is None or n == 0 or not 0 <= self._sort_column < src.columnCount():
            return list(range(n))
        order = src.sort_order(self._sort_column)  # computed once per fetch and column
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            order = order[::-1]
        return order

    def _compute(self) -> None:
        rows = self._base_order()
        if self._src is not None:
            data = self._src.rows
            for predicate in self._filters.values():
                rows = [i for i in rows if predicate(data[i])]
            search = self._src.ensure_search() if self._words else []
            for word in self._words:
                rows = [i for i in rows if word in search[i]]
        self._rows = rows

    def _refilter(self) -> None:
        self.beginResetModel()
        self._compute()
        self.endResetModel()
        self._emit_counts()

    def _emit_counts(self) -> None:
        total = self._src.rowCount() if self._src is not None else 0
        emit(self.counts_changed, len(self._rows), total)

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        self._refilter()

    # -- mapping -------------------------------------------------------------------------
    def source_row(self, row: int) -> int:
        return self._rows[row]

    def proxy_row(self, source_row: int) -> int:
        """The visible position of a source row, or -1 when it is filtered out (a scan in C:
        ~0,2 ms on 50,000 rows, where a position dict cost 40 ms after each reset)."""
        try:
            return self._rows.index(source_row)
        except ValueError:
            return -1

    def row_of_key(self, key: str) -> int:
        if self._src is None or key not in self._src.row_of:
            return -1
        return self.proxy_row(self._src.row_of[key])

    def mapToSource(self, proxy: QModelIndex | QPersistentModelIndex) -> QModelIndex:  # noqa: N802
        if self._src is None or not proxy.isValid() or proxy.row() >= len(self._rows):
            return QModelIndex()
        return self._src.index(self._rows[proxy.row()], proxy.column())

    def mapFromSource(self, source: QModelIndex | QPersistentModelIndex) -> QModelIndex:  # noqa: N802
        if not source.isValid():
            return QModelIndex()
        row = self.proxy_row(source.row())
        return self.index(row, source.column()) if row >= 0 else QModelIndex()

    # -- Qt interface --------------------------------------------------------------------
    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows)):
            return QModelIndex()
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: QModelIndex | QPersistentModelIndex | None = None) -> Any:  # type: ignore[override]
        if child is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        if parent.isValid() or self._src is None:
            return 0
        return self._src.columnCount()

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and bool(self._rows)

    def sibling(
        self, row: int, column: int, idx: QModelIndex | QPersistentModelIndex
    ) -> QModelIndex:
        return self.index(row, column)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in ANSWERED_ROLES or self._src is None or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._rows):
            return None
        return self._src.cell(self._rows[row], index.column(), role)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and self._src is not None:
            return self._src.headerData(section, orientation, role)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1 if 0 <= section < len(self._rows) else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS
