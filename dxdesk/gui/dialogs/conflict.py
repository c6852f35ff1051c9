"""Saving a record someone else changed since the form opened it (a shared register, issue 20).

The core refuses such a save with nothing written (``versions.ChangedMeanwhile``); this
dialog shows, for each field both changed, the value when the form opened, the other
officer's value with who saved it and when, and the officer's own, and lets them keep
theirs, take the other's, or go back to the form to write a value of their own (the other's
shown under the field). Whatever they choose, nothing is lost without them seeing it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dxdesk.core.domain.formats import fmt_date, fmt_number
from dxdesk.core.services import entities
from dxdesk.core.services.entities import DATE, ENUM, FLOAT, REFS
from dxdesk.gui import labels
from dxdesk.gui.dialogs import forms
from dxdesk.gui.i18n import translator_for

MINE, THEIRS, EDIT = "mine", "theirs", "edit"

tr = translator_for("Conflict")


def shown(entity: str, name: str, value: Any, empty: str) -> str:
    """A field's value as the form shows it (dates dd/mm/yyyy, decimal comma, labels)."""
    if value in (None, "", [], ()):
        return empty
    kind = entities.spec(entity).field(name).kind
    if kind == DATE and hasattr(value, "isoformat"):
        return fmt_date(value)
    if kind == FLOAT and isinstance(value, int | float):
        return fmt_number(value)
    if kind == ENUM:
        enum = entities.spec(entity).field(name).enum
        return labels.enum_labels(enum).get(value, str(value))
    if kind == REFS and isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


class ConflictDialog(QDialog):
    """Both values of each field changed twice; ``choice`` is MINE, THEIRS or EDIT."""

    def __init__(self, entity: str, error, parent: QWidget | None = None):
        super().__init__(parent)
        self.entity, self.error, self.choice = entity, error, EDIT
        fields = error.fields
        self.who = next((f.who for f in fields if f.who), "") or self.tr("cán bộ khác")
        self.at = next((f.at for f in fields if f.at), "")
        self.setWindowTitle(
            self.tr("{what} {code} đã được sửa sau khi bạn mở").format(
                what=forms.title(entity), code=error.code
            )
        )
        self.setMinimumWidth(720)
        when = self.tr(" lúc {at}").format(at=self.at) if self.at else ""
        intro = QLabel(
            self.tr(
                "Trong lúc bạn sửa, {who} đã lưu thay đổi{when}. Chưa có gì được ghi và không "
                "thay đổi nào bị mất: hãy chọn giá trị được lưu."
            ).format(who=self.who, when=when),
            self,
        )
        intro.setWordWrap(True)
        self.table = QLabel(self._table(), self)
        self.table.setWordWrap(True)  # a long text wraps in its cell
        self.table.setMinimumWidth(680)  # (so the label's height is reckoned for this width)
        self.keep = QPushButton(self.tr("Giữ giá trị của tôi"), self)
        self.take = QPushButton(self.tr("Lấy giá trị của {who}").format(who=self.who), self)
        self.edit = QPushButton(self.tr("Sửa lại…"), self)
        self.keep.setToolTip(self.tr("Lưu giá trị bạn đã nhập, thay giá trị {who} đã lưu."))
        self.take.setToolTip(
            self.tr("Giữ giá trị {who} đã lưu; các thay đổi khác của bạn vẫn được lưu.")
        )
        self.edit.setToolTip(
            self.tr("Quay lại biểu mẫu để ghi giá trị khác (giá trị {who} đã lưu hiện dưới ô).")
        )
        for button, choice in ((self.keep, MINE), (self.take, THEIRS), (self.edit, EDIT)):
            button.clicked.connect(lambda _=False, c=choice: self._chose(c))
        self.edit.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.keep, self.take, self.edit):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _table(self) -> str:
        empty = self.tr("(trống)")
        head = [
            self.tr("Trường"),
            self.tr("Khi bạn mở"),
            self.tr("{who} đã lưu").format(who=self.who),
            self.tr("Bạn định lưu"),
        ]
        cell = "<td style='padding:4px 10px; border-bottom:1px solid #ddd'>{}</td>"
        rows = [
            "<tr>" + "".join(f"<th align='left' style='padding:4px 10px'>{h}</th>" for h in head)
        ]
        for f in self.error.fields:
            values = (
                forms.label(self.entity, f.field),
                shown(self.entity, f.field, f.opened, empty),
                "<b>" + html.escape(shown(self.entity, f.field, f.theirs, empty)) + "</b>",
                "<b>" + html.escape(shown(self.entity, f.field, f.yours, empty)) + "</b>",
            )
            rows.append(
                "<tr>"
                + "".join(
                    cell.format(v if i >= 2 else html.escape(v)) for i, v in enumerate(values)
                )
                + "</tr>"
            )
        return "<table cellspacing='0' width='100%'>" + "".join(rows) + "</table>"

    def _chose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def describe(error) -> str:
    """One sentence for a small form's refused save: who saved what meanwhile (labels, dates
    as the window shows them); nothing was written."""
    empty = tr("(trống)")
    fields = "; ".join(
        f"{forms.label(error.entity, f.field)}: “{shown(error.entity, f.field, f.theirs, empty)}”"
        for f in error.fields
    )
    who = next((f.who for f in error.fields if f.who), "") or tr("cán bộ khác")
    at = next((f.at for f in error.fields if f.at), "")
    return tr(
        "{who} đã lưu thay đổi{when} sau khi bạn mở ({fields}); chưa có gì được ghi. Hãy xem "
        "lại rồi làm lại nếu vẫn cần."
    ).format(who=who, when=tr(" lúc {at}").format(at=at) if at else "", fields=fields)


def choose(box: ConflictDialog) -> str:
    """Show the dialog and wait for the officer's choice (module function: tests answer)."""
    box.exec()
    return box.choice


def settle(form, error) -> str:
    """After a refused save of the record dialog ``form``: ask, then save again with the
    choice (the other's values become the form's starting point, so the save goes through
    unless someone changes it yet again), or go back to the form showing the other's values."""
    box = ConflictDialog(form.entity, error, form)
    form.last_conflict = box
    choice = choose(box)
    form.opened = {**(form.opened or {}), **{f.field: f.theirs for f in error.fields}}
    if choice == THEIRS:
        for f in error.fields:
            widget = form.widgets.get(f.field)
            if widget is not None:
                widget.set_value(f.theirs)
    if choice in (MINE, THEIRS):
        form.save()
        return choice
    empty = tr("(trống)")
    for f in error.fields:
        value = shown(form.entity, f.field, f.theirs, empty)
        note = tr("{who} đã lưu “{value}”").format(who=f.who or box.who, value=value)
        form.show_field_error(f.field, note + (f" ({f.at})" if f.at else ""))
    form.show_message(
        tr("Biểu mẫu được giữ để bạn sửa lại; Lưu sẽ thay giá trị người khác đã lưu.")
    )
    return choice
