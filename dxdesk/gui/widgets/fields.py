"""Input widgets of the dialogs: a dd/MM/yyyy date that may be empty, a number with a
decimal comma, a picker of coded records with completion, and a multi-picker of agencies.

Every text they return is NFC (what an input method commits may be decomposed).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dxdesk.core.domain.formats import fmt_number
from dxdesk.core.domain.values import read_number
from dxdesk.gui.models import textkeys
from dxdesk.gui.qtcompat import emit
from dxdesk.gui.widgets.dates import DateEdit  # noqa: F401 - the dialogs import it from here


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class NumberEdit(QLineEdit):
    """A number written the Vietnamese way (92,5; 21.914) or with a decimal point."""

    def set_value(self, value: float | None) -> None:
        self.setText("" if value is None else fmt_number(value))

    def value(self) -> float | None:
        return read_number(self.text())  # the one validator: nan, inf, 1e28 are refused


class TextEdit(QLineEdit):
    """A one-line text that returns NFC."""

    def value(self) -> str:
        return nfc(self.text()).strip()

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")


class CodePicker(QComboBox):
    """Pick one record by code; type any part of its code or name, accents optional."""

    def __init__(
        self, choices: list[tuple], parent: QWidget | None = None, *, allow_empty: bool = True
    ):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self._codes: list[str] = []
        self._labels: list[str] = []
        if allow_empty:
            self.addItem("", None)
            self._codes.append("")
            self._labels.append("")
        for code, label, *_ in choices:
            self.addItem(f"{code} – {label}" if label else str(code), code)
            self._codes.append(code)
            self._labels.append(str(label or ""))
        self.setCompleter(_accent_blind_completer(self))
        self.lineEdit().setPlaceholderText(self.tr("gõ mã hoặc tên, không cần dấu"))

    def set_value(self, code: str | None) -> None:
        i = self.findData(code) if code else (0 if self._codes and not self._codes[0] else -1)
        self.setCurrentIndex(i)
        if i < 0:
            self.setEditText(code or "")
        self.lineEdit().setCursorPosition(0)  # show the code, not the end of a long name

    def value(self) -> str | None:
        """The picked code; a typed text that names no item is returned as typed (the
        service then says which code it does not know)."""
        text = nfc(self.currentText()).strip()
        if not text:
            return None
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if i >= 0:
            return self.itemData(i)
        head = text.split(" – ", 1)[0].strip()
        i = self.findData(head)
        if i >= 0:
            return self.itemData(i)
        folded = textkeys.fold(text)
        for i in range(self.count()):  # a code or a name typed without accents or case
            code = self.itemData(i)
            if code and folded in (textkeys.fold(code), textkeys.fold(self._labels[i])):
                return code
        return head


def _accent_blind_completer(combo: QComboBox) -> QCompleter:
    """A completer that matches any part of an item, without accents ('ba xat' → Bát Xát)."""
    items = [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]
    source = QStringListModel(items, combo)
    proxy = _FoldedFilter(items, combo)
    proxy.setSourceModel(source)
    completer = QCompleter(combo)
    completer.setModel(proxy)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.lineEdit().textEdited.connect(proxy.set_needle)
    return completer


class _FoldedFilter(QSortFilterProxyModel):
    """Keeps the items whose folded text contains every folded word typed (small lists)."""

    def __init__(self, items: list[str], parent=None):
        super().__init__(parent)
        self._folded = textkeys.fold_many(items)
        self._words: list[str] = []

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._words = textkeys.fold(nfc(text)).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        folded = self._folded[row] if row < len(self._folded) else ""
        return all(w in folded for w in self._words)


class MultiPicker(QWidget):
    """Pick several agencies (the first picked leads where order matters)."""

    changed = Signal()

    def __init__(self, choices: list[tuple], parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Lọc danh sách (không cần dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(130)
        # long agency names end in "…" (full name in the tooltip), no sideways scrolling
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._folded = textkeys.fold_many([f"{c[0]} {c[1]}" for c in choices])
        self._order: list[str] = []
        for code, label, *_ in choices:
            item = QListWidgetItem(f"{code} – {label}")
            item.setToolTip(f"{code} – {label}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(self._item_changed)
        self.search.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.list)

    def _filter(self, text: str) -> None:
        words = textkeys.fold(nfc(text)).split()
        for i in range(self.list.count()):
            self.list.item(i).setHidden(not all(w in self._folded[i] for w in words))

    def _item_changed(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and code not in self._order:
            self._order.append(code)
        elif not checked and code in self._order:
            self._order.remove(code)
        emit(self.changed)

    def set_value(self, codes: list[str] | None) -> None:
        codes = list(codes or [])
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        known = {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())}
        self._order = [c for c in codes if c in known]

    def value(self) -> list[str]:
        return list(self._order)
