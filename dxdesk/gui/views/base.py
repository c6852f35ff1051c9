"""The list page every view is made of: search, filters, counts, table, detail pane, menus.

A page fetches its rows on the database lane when it is shown and whenever the as-of
date, the period, or the entities it watches change (a hidden page only notes that it is
stale and refetches when shown again). The user's columns, their order and widths are
kept in the settings, per page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dxdesk.core.services.tables import Table
from dxdesk.gui import style
from dxdesk.gui.context import Context
from dxdesk.gui.models.proxy import FilterProxy
from dxdesk.gui.models.table import Column, Prepared, RecordTableModel, compute_later, prepare
from dxdesk.gui.qtcompat import emit
from dxdesk.gui.views.columns import HEADER_STATE_VERSION, RememberedColumns
from dxdesk.gui.views.detail import DetailPane
from dxdesk.gui.views.filters import ListFilter, ListFilters, SearchBox, _nfc, distinct_options
from dxdesk.gui.views.loading import LoadsWhenShown

__all__ = ["HEADER_STATE_VERSION", "ListFilter", "ListPage", "SearchBox", "distinct_options"]


class ListPage(ListFilters, DetailPane, RememberedColumns, LoadsWhenShown, QWidget):
    """A list of records with search, filters, counts, a detail pane and a context menu.

    Filters and counts (``ListFilters``), selection and detail pane (``DetailPane``) and the
    remembered columns (``RememberedColumns``) each live in their own module."""

    loaded = Signal()
    selection_changed = Signal(object)  # the selected row as a dict, or None
    title = ""
    entity = ""
    settings_key = ""
    watches: frozenset[str] = frozenset()
    noun = ""  # "nhiệm vụ": the counts label reads "12 / 75 nhiệm vụ"
    first_rows = 0  # a big list first fetches this many rows, to paint at once

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._filters: dict[str, tuple[ListFilter, QComboBox]] = {}
        self._want_key: str | None = None  # select this code after the next fetch
        self._pending_key: str | None = None
        self._shown_key: str | None = None
        self.model = RecordTableModel(self.columns(), self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        ctx.state.changed.connect(self.mark_stale)
        ctx.ops.changed.connect(self._on_changed)

    # -- to override ---------------------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fetch(self, as_of: date) -> Table:
        """Runs on the lane: the rows of the list at ``as_of``."""
        raise NotImplementedError

    def list_filters(self) -> list[ListFilter]:
        return []

    def fill_row_menu(self, menu: QMenu, row: dict[str, Any] | None) -> None:
        """Add the page's own actions to the right-click menu."""

    # Pages that edit records set ``actions_`` (a RecordActions) and the field that names a
    # row in the delete confirmation; the three actions below then need no code of their own.
    actions_: Any = None
    label_field = "text"

    def new_record(self) -> None:
        """Ctrl+N on this page."""
        if self.actions_ is not None:
            self.actions_.new()

    def edit_record(self, row: dict[str, Any]) -> None:
        """Enter or double-click on a row."""
        if self.actions_ is not None:
            self.actions_.edit(row["code"])

    def delete_record(self, row: dict[str, Any]) -> None:
        """Del on a row."""
        if self.actions_ is not None:
            self.actions_.delete(row["code"], str(row.get(self.label_field) or ""))

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = SearchBox(self)
        self.search.textChanged.connect(lambda text: self.proxy.set_search(_nfc(text)))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        style.count_label(self.count_label)
        self.proxy.counts_changed.connect(self._show_counts)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addLayout(self.buttons)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setSpacing(4)
        for f in self.list_filters():
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
            combo.setMaximumWidth(260)
            combo.addItem(f.all_label, None)
            combo.currentIndexChanged.connect(lambda _i, name=f.name: self._filter_picked(name))
            self.filter_bar.addWidget(combo)
            self._filters[f.name] = (f, combo)
        self.filter_bar.addStretch(1)
        self.table = self._make_table()
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.setMinimumWidth(220)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        if self._filters:
            layout.addLayout(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self._restore_layout()
        self.splitter.splitterMoved.connect(lambda _p, _i: self.fit_long_column())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_long_column)  # after the layout has settled

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(table.fontMetrics().height() + 10)
        hh = table.horizontalHeader()
        hh.setStyleSheet(style.HEADER)
        hh.setSectionsMovable(True)
        hh.setStretchLastSection(False)  # the long text column takes the spare width
        hh.sectionResized.connect(self._section_resized)
        hh.setHighlightSections(False)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._column_menu)
        hh.setSortIndicatorShown(True)
        hh.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._row_menu)
        table.doubleClicked.connect(lambda _i: self._edit_selected())
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.proxy.modelReset.connect(self._after_reset)
        for key, slot in ((QKeySequence.StandardKey.Copy, self.copy_selected),):
            action = QAction(table)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            table.addAction(action)
        return table

    def add_button(self, text: str, slot: Callable[[], None], tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        button.setEnabled(self.editable())
        self.buttons.addWidget(button)
        return button

    def editable(self) -> bool:
        """False while the register is still opening after the start-up preview."""
        return self.ctx.session is not None

    def set_editable(self, on: bool) -> None:
        for i in range(self.buttons.count()):
            widget = self.buttons.itemAt(i).widget()
            if widget is not None:
                widget.setEnabled(on)

    # -- loading -------------------------------------------------------------------------
    def _on_changed(self, entities: frozenset[str]) -> None:
        if entities & self.watches:
            self.mark_stale()

    def start_load(self, as_of: date) -> None:
        if self.first_rows and not self.model.rowCount():
            # a big list shows its first rows at once, then all of them
            self.ctx.ops.run(
                self.ctx.state.scoped(lambda: self._fetch_prepared(as_of, self.first_rows)),
                done=self._first_loaded,
                label=self.title,
            )
        sort_column = self.proxy.sort_column()  # its order is computed on the lane too
        self.ctx.ops.run(
            self.ctx.state.scoped(lambda: self._fetch_prepared(as_of, sort_column=sort_column)),
            done=self._loaded,
            failed=self.load_failed,
            label=self.title,
        )

    def _fetch_prepared(
        self, as_of: date, limit: int | None = None, *, sort_column: int = -1
    ) -> Prepared:
        """Runs on the lane: the rows, and for a whole list the choices of its filters and
        the order of the column it is sorted by (0,2 s and 0,1 s for 50,000 tasks, which the
        GUI thread would otherwise freeze for)."""
        table = self.fetch(as_of) if limit is None else self.fetch_first(as_of, limit)
        prepared = prepare(
            table,
            self.model.columns,
            with_search=len(table.rows) < 2000,
            sort_column=sort_column if limit is None else -1,
        )
        if limit is None:
            prepared.options = {name: f.options(table) for name, (f, _) in self._filters.items()}
        return prepared

    def fetch_first(self, as_of: date, limit: int) -> Table:
        """Runs on the lane: the first rows of a big list (see ``first_rows``)."""
        return self.fetch(as_of)

    def show_preview(self, table: Table) -> None:
        """The start-up preview's first rows (``core.services.tables.read_preview``), shown until the
        register is open and the whole list arrives."""
        self.model.set_prepared(prepare(table, self.model.columns, with_search=False))
        self.count_label.setText(self.tr("Đang tải…"))

    def _first_loaded(self, prepared: Prepared) -> None:
        if self._loading and not self.model.rowCount():
            self.model.set_prepared(prepared)
            self.count_label.setText(self.tr("Đang tải…"))

    def _loaded(self, prepared: Prepared) -> None:
        if not self.load_finished():
            return
        key = self._want_key or self.selected_key()
        self._want_key = None
        self._pending_key = key
        self._update_filter_options(prepared.options or {})
        self.model.set_prepared(prepared)
        emit(self.loaded)
        if prepared.search is None:  # search texts and costly sort orders in the background
            model, generation, table = self.model, self.model.generation, prepared.table
            columns = model.columns
            self.ctx.ops.run(
                lambda: compute_later(table, columns),
                done=lambda later: model.attach_later(later, generation),
                label="",
            )

    # -- menus and actions ---------------------------------------------------------------
    def _row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = self.build_row_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def build_row_menu(self) -> QMenu:
        """The right-click menu of the selected row (built anew each time)."""
        row = self.selected_row()
        menu = QMenu(self)
        menu.addAction(self.tr("Thêm mới…"), self.new_record)
        if row is not None:
            menu.addAction(self.tr("Sửa…"), self._edit_selected)
            menu.addAction(self.tr("Xóa…"), self._delete_selected)
        self.fill_row_menu(menu, row)
        if row is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Lịch sử thay đổi…"), self.show_history)
        if not self.editable():  # the register is still opening: only copying works
            for action in menu.actions():
                action.setEnabled(False)
        if row is not None:
            menu.addAction(self.tr("Sao chép dòng"), self.copy_selected)
        return menu

    def _edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.editable():
            self.edit_record(row)

    def _delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.editable():
            self.delete_record(row)

    def show_history(self) -> None:
        row = self.selected_row()
        if row is None or not self.entity:
            return
        from dxdesk.gui.dialogs.tables import HistoryDialog

        HistoryDialog(self.ctx, self.entity, str(row[self.model.key]), self).open()

    def copy_selected(self) -> None:
        """Copy the selected row's visible cells, tab-separated (pastes into Excel)."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return
        header = self.table.horizontalHeader()
        cols = [header.logicalIndex(v) for v in range(header.count())]
        cols = [c for c in cols if not header.isSectionHidden(c)]
        cells = [str(self.proxy.index(index.row(), c).data() or "") for c in cols]
        QGuiApplication.clipboard().setText("\t".join(cells))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
