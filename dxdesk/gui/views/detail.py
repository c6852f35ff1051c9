"""A list page's selection and detail pane: keeping the selected row across reloads, and
showing the row (with what the page adds from the lane) beside the list."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer

from dxdesk.gui.qtcompat import emit


class DetailPane:
    """Mixed into ListPage: the selection and the detail pane."""

    _pending_key: str | None = None
    _shown_key: str | None = None

    def detail_extra(self, row: dict[str, Any]) -> Any:
        """Runs on the lane: more for the detail pane (notes, measurements…), or None."""
        return None

    def detail_extra_html(self, row: dict[str, Any], extra: Any) -> str:
        return ""

    def _after_reset(self) -> None:
        key = self._pending_key or self._shown_key
        self._pending_key = None
        if not self.select_key(key) and self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        elif not self.proxy.rowCount():
            self._current_changed(QModelIndex(), QModelIndex())

    def selected_row(self) -> dict[str, Any] | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.proxy.rowCount():
            return None
        return self.model.row_dict(self.proxy.source_row(index.row()))

    def selected_key(self) -> str | None:
        row = self.selected_row()
        return str(row[self.model.key]) if row else None

    def select_key(self, key: str | None) -> bool:
        """Select the row with this code, if it is visible; True when found."""
        if not key:
            return False
        row = self.proxy.row_of_key(key)
        if row < 0:
            return False
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.selected_row() if current.isValid() else None
        self._shown_key = str(row[self.model.key]) if row else None
        emit(self.selection_changed, row)
        self._show_detail(row)

    def _show_detail(self, row: dict[str, Any] | None) -> None:
        if row is None:
            self.detail.setHtml(
                "<p style='color:#666'>" + self.tr("Chọn một dòng để xem chi tiết.") + "</p>"
            )
            return
        self.detail.setHtml(self.detail_html(row))
        QTimer.singleShot(0, lambda r=row: self._load_extra(r))

    def _load_extra(self, row: dict[str, Any]) -> None:
        if self._shown_key != str(row[self.model.key]) or self.ctx.session is None:
            return
        if type(self).detail_extra is DetailPane.detail_extra:
            return

        def show(extra: Any, key=self._shown_key) -> None:
            if key == self._shown_key and extra is not None:
                self.detail.setHtml(self.detail_html(row) + self.detail_extra_html(row, extra))

        self.ctx.ops.run(lambda: self.detail_extra(row), done=show, label=self.title)

    def detail_html(self, row: dict[str, Any]) -> str:
        """The detail pane: every column of the row (also the hidden ones)."""
        parts = [
            f"<h3 style='margin:2px 0 6px 0'>{html.escape(self.detail_title(row))}</h3>",
            "<table cellspacing='0' cellpadding='2'>",
        ]
        for col in self.model.columns:
            text = col.display(row.get(col.key))
            if text:
                parts.append(
                    f"<tr><td style='color:#555;padding-right:8px' valign='top'>"
                    f"{html.escape(col.title)}</td><td>{html.escape(text)}</td></tr>"
                )
        parts.append("</table>")
        return "".join(parts)

    def detail_title(self, row: dict[str, Any]) -> str:
        return str(row.get(self.model.key, ""))
