"""A list page's search and filters: the search box, the filter combos and their options
from the fetched rows, and the "12 / 75 nhiệm vụ" count."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from dxdesk.core.domain.formats import fmt_number
from dxdesk.core.services.tables import Table
from dxdesk.gui.models import textkeys
from dxdesk.gui.models.proxy import RowFilter


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass
class ListFilter:
    """A filter combo: its 'all' label, options from the rows, and the row test per value."""

    name: str
    all_label: str
    options: Callable[[Table], list[tuple[str, Any]]]  # (label, value) from the fetched rows
    predicate: Callable[[Any, Table], RowFilter]


def distinct_options(table: Table, value_col: str, label_col: str | None = None) -> list[tuple]:
    """(label, value) of the distinct non-empty values of a column, in Vietnamese order."""
    vi, li = table.index(value_col), table.index(label_col or value_col)
    seen: dict[Any, str] = {}
    for row in table.rows:
        value = row[vi]
        if value not in (None, "") and value not in seen:
            seen[value] = str(row[li] or value)
    return sorted(
        ((label, value) for value, label in seen.items()), key=lambda o: textkeys.sort_key(o[0])
    )


class SearchBox(QLineEdit):
    """The search field: accents and case do not matter."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Tìm (không cần dấu)…  Ctrl+F"))
        self.setMinimumWidth(220)


class ListFilters:
    """Mixed into ListPage: its filter combos (``_filters``, built by the page) and counts."""

    _filters: dict[str, tuple[ListFilter, QComboBox]]

    def _update_filter_options(self, options: dict[str, list[tuple[str, Any]]]) -> None:
        for name in self._filters:
            self.refill_filter(name, options.get(name, ()))

    def refill_filter(self, name: str, choices: Any) -> None:
        """Offer ``choices`` ((label, value) pairs) in filter ``name``, keeping its pick."""
        f, combo = self._filters[name]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(f.all_label, None)
        for label, value in choices:
            combo.addItem(label, value)
        i = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(False)
        if current is not None and i < 0:
            self.proxy.set_filter(f.name, None)

    def _filter_picked(self, name: str) -> None:
        f, combo = self._filters[name]
        value = combo.currentData()
        table = Table(self.model._names, self.model.rows)
        self.proxy.set_filter(name, None if value is None else f.predicate(value, table))

    def set_filter_value(self, name: str, value: Any) -> None:
        """Choose a filter option by value (tests, links from the overview); None: all."""
        combo = self._filters[name][1]
        combo.setCurrentIndex(0 if value is None else max(combo.findData(value), 0))

    def filter_names(self) -> list[str]:
        return list(self._filters)

    def _show_counts(self, visible: int, total: int) -> None:
        if visible == total:
            text = self.tr("{n} {noun}").format(n=fmt_number(total), noun=self.noun)
        else:
            text = self.tr("{shown} / {n} {noun}").format(
                shown=fmt_number(visible), n=fmt_number(total), noun=self.noun
            )
        self.count_label.setText(text)
