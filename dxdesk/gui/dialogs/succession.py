"""Sửa → Kế tục cơ quan…: a merger, a renaming or a split, as ``dxdesk agency succeed``.

The officer ticks the agencies that end (one or several: a merger) and their successors (one,
or several: a split), the date and the kind. With several successors the open work of the old
agencies is listed, each task or target with the successor it goes to (the first by default,
as ``--share`` in the CLI), and each successor's share can be stated in words
(``--share-text``). Confirmed, the core's ``succession.succeed`` runs on the database lane:
one change set, Ctrl+Z takes it back.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dxdesk.gui.widgets.dates import DateEdit
from dxdesk.gui.widgets.fields import MultiPicker

DEFAULT_DAY = date(2025, 7, 1)  # the two-level local government (DOMAIN.md §8)
KINDS = {  # enums.SuccessionKind's labels
    "hop_nhat": QT_TRANSLATE_NOOP("SuccessionDialog", "Hợp nhất, sáp nhập"),
    "doi_ten": QT_TRANSLATE_NOOP("SuccessionDialog", "Đổi tên"),
    "chia_tach": QT_TRANSLATE_NOOP("SuccessionDialog", "Chia, tách"),
}


class SuccessionDialog(QDialog):
    """Old agencies, successors, date, kind; with several successors, who takes what."""

    def __init__(self, ctx: Any, agencies: list[tuple], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Kế tục cơ quan"))
        self.resize(900, 680)
        self.old = MultiPicker(agencies, self)
        self.new = MultiPicker(agencies, self)
        self.day = DateEdit(self)
        self.day.set_value(DEFAULT_DAY)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Tự chọn theo số cơ quan"), "")
        for code, label in KINDS.items():
            self.kind.addItem(QCoreApplication.translate("SuccessionDialog", label), code)
        self.old_chosen, self.new_chosen = QLabel(self), QLabel(self)
        for label in (self.old_chosen, self.new_chosen):
            label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Cơ quan thôi hoạt động (một hoặc nhiều):"), self.old)
        form.addRow("", self.old_chosen)
        form.addRow(self.tr("Cơ quan kế tục (nhiều cơ quan: chia, tách):"), self.new)
        form.addRow("", self.new_chosen)
        dates = QHBoxLayout()
        dates.addWidget(self.day)
        dates.addWidget(QLabel(self.tr("Hình thức:"), self))
        dates.addWidget(self.kind, 1)
        form.addRow(self.tr("Kế tục từ ngày:"), dates)
        self.shares_label = QLabel(
            self.tr(
                "Chia công việc: mỗi nhiệm vụ, mục tiêu đang thực hiện giao cho cơ quan kế tục "
                "nào (mặc định: cơ quan kế tục đầu tiên)."
            ),
            self,
        )
        self.shares_label.setWordWrap(True)
        self.shares = QTableWidget(0, 3, self)
        self.shares.setHorizontalHeaderLabels(
            [self.tr("Mã"), self.tr("Nội dung"), self.tr("Giao cho")]
        )
        self.shares.verticalHeader().hide()
        self.shares.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.shares.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.texts = QTableWidget(0, 2, self)
        self.texts.setHorizontalHeaderLabels(
            [self.tr("Cơ quan kế tục"), self.tr("Phần nhận (mô tả, ví dụ “các xã phía tây”)")]
        )
        self.texts.verticalHeader().hide()
        self.texts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Kế tục"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.shares_label)
        layout.addWidget(self.shares, 2)
        layout.addWidget(self.texts, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.old.changed.connect(self.refresh)
        self.new.changed.connect(self.refresh)
        self.day.changed.connect(self.refresh)
        self.refresh()

    # -- the work to share ----------------------------------------------------------------
    def refresh(self) -> None:
        """List the open work of the old agencies when several successors share it."""
        from dxdesk.core.services import succession

        old, new, day = self.old.value(), self.new.value(), self._day()
        for label, codes in ((self.old_chosen, old), (self.new_chosen, new)):
            label.setText(
                self.tr("Đã chọn: {codes}").format(codes=", ".join(codes))
                if codes
                else self.tr("Chưa chọn cơ quan nào.")
            )
        split = len(new) > 1
        for widget in (self.shares_label, self.shares, self.texts):
            widget.setVisible(split)
        self.ok.setEnabled(bool(old and new and day))
        if not split or not old or day is None:
            self.shares.setRowCount(0)
            self.texts.setRowCount(0)
            return
        work = self.ctx.ops.call(succession.open_work, old, day)
        kept = self.shares_chosen()
        self.shares.setRowCount(len(work))
        for row, (code, text) in enumerate(work):
            self.shares.setItem(row, 0, QTableWidgetItem(code))
            self.shares.setItem(row, 1, QTableWidgetItem(text))
            combo = QComboBox(self.shares)
            combo.addItems(new)
            if kept.get(code) in new:
                combo.setCurrentText(kept[code])
            self.shares.setCellWidget(row, 2, combo)
        said = self.share_texts()
        self.texts.setRowCount(len(new))
        for row, code in enumerate(new):
            item = QTableWidgetItem(code)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.texts.setItem(row, 0, item)
            self.texts.setItem(row, 1, QTableWidgetItem(said.get(code, "")))
        self.texts.resizeColumnToContents(0)
        self.shares.resizeColumnToContents(2)

    def _day(self) -> date | None:
        """The date typed, or None (and the reason shown) while it is not a date."""
        from dxdesk.gui.widgets.dates import date_problem

        try:
            day = self.day.value()
        except ValueError as error:
            self.status.setText(date_problem(error))
            return None
        self.status.setText("")
        return day

    def shares_chosen(self) -> dict[str, str]:
        """Task or target code → the successor it goes to (as ``--share``)."""
        out = {}
        for row in range(self.shares.rowCount()):
            combo = self.shares.cellWidget(row, 2)
            if combo is not None:
                out[self.shares.item(row, 0).text()] = combo.currentText()
        return out

    def share_texts(self) -> dict[str, str]:
        """Successor → its share in words (as ``--share-text``)."""
        out = {}
        for row in range(self.texts.rowCount()):
            text = self.texts.item(row, 1)
            if text is not None and text.text().strip():
                out[self.texts.item(row, 0).text()] = text.text().strip()
        return out

    def choice(self) -> dict[str, Any]:
        """The arguments of ``succession.succeed`` the officer chose."""
        new = self.new.value()
        return {
            "old": self.old.value(),
            "new": new,
            "on": self._day(),
            "kind": self.kind.currentData() or None,
            "shares": self.shares_chosen() if len(new) > 1 else {},
            "share_text": self.share_texts() if len(new) > 1 else {},
        }
