"""A list page's columns remembered in the settings: shown or hidden, order, widths, and
the detail pane's width."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from dxdesk.gui.context import settings

HEADER_STATE_VERSION = 1


class RememberedColumns:
    """Mixed into ListPage: the column menu and the layout kept per page."""

    def _column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for i, col in enumerate(self.model.columns):
            action = menu.addAction(col.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i: self.set_column_visible(i, on))
        menu.addSeparator()
        menu.addAction(self.tr("Khôi phục cột mặc định"), self.reset_columns)
        menu.exec(header.mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self.save_layout()

    def _state_key(self) -> str:
        keys = ",".join(c.key for c in self.model.columns)
        return f"views/{self.settings_key}/v{HEADER_STATE_VERSION}-{zlib.crc32(keys.encode()):08x}"

    def _apply_default_columns(self) -> None:
        header = self.table.horizontalHeader()
        for i, col in enumerate(self.model.columns):
            header.resizeSection(i, col.width)
            header.setSectionHidden(i, col.hidden)

    def _restore_layout(self) -> None:
        self._apply_default_columns()
        store = settings()
        state = store.value(self._state_key() + "/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        split = store.value(f"views/{self.settings_key}/splitter")
        if split is not None:
            self.splitter.restoreState(split)
        else:
            self.splitter.setSizes([880, 250])

    def reset_columns(self) -> None:
        header = self.table.horizontalHeader()
        for visual in range(header.count()):
            header.moveSection(header.visualIndex(visual), visual)
        self._apply_default_columns()
        self.save_layout()

    def save_layout(self) -> None:
        """Remember the columns (shown, order, widths) and the detail pane's width."""
        store = settings()
        store.setValue(self._state_key() + "/header", self.table.horizontalHeader().saveState())
        store.setValue(f"views/{self.settings_key}/splitter", self.splitter.saveState())
        store.sync()
