"""A list page's columns remembered in the settings: shown or hidden, order, widths, and
the detail pane's width."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from dxdesk.gui.context import settings

HEADER_STATE_VERSION = 1


class RememberedColumns:
    """Mixed into ListPage: the column menu and the layout kept per page.

    The long text column (``long_column``) takes the width the other columns leave, at any
    window size, until the officer resizes a column by hand (then their widths are kept)."""

    long_column = "text"
    _auto_fit = True
    _fitting = False

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
        self.fit_long_column()
        self.save_layout()

    def fit_long_column(self) -> None:
        """Give the long text column the spare width (not after a hand-made resize)."""
        keys = [c.key for c in self.model.columns]
        header = self.table.horizontalHeader()
        if not self._auto_fit or self.long_column not in keys:
            return
        i = keys.index(self.long_column)
        if header.isSectionHidden(i):
            return
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != i and not header.isSectionHidden(c)
        )
        width = max(self.model.columns[i].width, self.table.viewport().width() - others)
        if width != header.sectionSize(i):
            self._fitting = True
            header.resizeSection(i, width)
            self._fitting = False

    def _section_resized(self, _index: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._auto_fit = False  # the officer sized a column: keep their widths

    def _state_key(self) -> str:
        keys = ",".join(c.key for c in self.model.columns)
        return f"views/{self.settings_key}/v{HEADER_STATE_VERSION}-{zlib.crc32(keys.encode()):08x}"

    def _apply_default_columns(self) -> None:
        header = self.table.horizontalHeader()
        for i, col in enumerate(self.model.columns):
            header.resizeSection(i, col.width)
            header.setSectionHidden(i, col.hidden)

    def _restore_layout(self) -> None:
        self._fitting = True  # not the officer's doing
        self._apply_default_columns()
        store = settings()
        state = store.value(self._state_key() + "/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
            self.table.horizontalHeader().setStretchLastSection(False)
        self._fitting = False
        self._auto_fit = store.value(f"views/{self.settings_key}/fit", "true", str) == "true"
        split = store.value(f"views/{self.settings_key}/splitter")
        if split is not None:
            self.splitter.restoreState(split)
        else:
            self.splitter.setSizes([880, 250])

    def reset_columns(self) -> None:
        header = self.table.horizontalHeader()
        for visual in range(header.count()):
            header.moveSection(header.visualIndex(visual), visual)
        self._fitting = True
        self._apply_default_columns()
        self._fitting = False
        self._auto_fit = True
        self.fit_long_column()
        self.save_layout()

    def save_layout(self) -> None:
        """Remember the columns (shown, order, widths) and the detail pane's width."""
        store = settings()
        store.setValue(self._state_key() + "/header", self.table.horizontalHeader().saveState())
        store.setValue(f"views/{self.settings_key}/splitter", self.splitter.saveState())
        store.setValue(f"views/{self.settings_key}/fit", "true" if self._auto_fit else "false")
        store.sync()
