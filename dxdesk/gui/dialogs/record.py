"""The record dialog: create or edit any entity, built from the core's SPECS.

Required fields are marked; dates are dd/MM/yyyy and may stay empty; references are
picked by code or name with completion. Saving runs ``entities.save`` on the database
lane; a ``FieldError`` is shown beside the field at fault, any other error at the bottom.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dxdesk.core.services import entities, lists, meetings
from dxdesk.core.services.entities import DATE, ENUM, FLOAT, INT, REF, REFS, TEXT
from dxdesk.gui import labels
from dxdesk.gui.context import Context
from dxdesk.gui.dialogs import forms
from dxdesk.gui.ops import affected
from dxdesk.gui.qtcompat import emit
from dxdesk.gui.widgets.dates import date_problem
from dxdesk.gui.widgets.fields import (
    CodePicker,
    DateEdit,
    MultiPicker,
    NumberEdit,
    TextEdit,
    nfc,
)

ERROR_STYLE = "color:#C0392B;"


class LongText(QPlainTextEdit):
    """A multi-line text field (contents of tasks, targets, conclusions)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(60)
        self.setMaximumHeight(110)

    def value(self) -> str:
        return nfc(self.toPlainText()).strip()

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")


class EnumCombo(QComboBox):
    def __init__(self, enum_cls, parent: QWidget | None = None, *, allow_empty: bool = False):
        super().__init__(parent)
        if allow_empty:
            self.addItem("", None)
        for code, text in labels.enum_labels(enum_cls).items():
            self.addItem(text, code)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, code: str | None) -> None:
        self.setCurrentIndex(max(self.findData(code), 0))


class IntEdit(QSpinBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, 1_000_000)
        self.setMaximumWidth(110)

    def value(self) -> int:  # type: ignore[override]
        return super().value()

    def set_value(self, value: int | None) -> None:
        self.setValue(int(value or 0))


class RecordDialog(QDialog):
    """Create (``record`` None) or edit one record of ``entity``."""

    saved = Signal(dict)

    def __init__(
        self,
        ctx: Context,
        entity: str,
        record: dict[str, Any] | None = None,
        *,
        defaults: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx, self.entity, self.spec = ctx, entity, entities.spec(entity)
        self.original = record
        self.opened = dict(record) if record else None  # as read: others' later saves show
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.setWindowTitle(
            (self.tr("Sửa: {what}") if record else self.tr("Thêm: {what}")).format(
                what=forms.title(entity)
            )
        )
        self._build()
        self._fill(record or self._new_defaults(defaults or {}))
        if entity == "task":  # the dates follow the status (core: domain.task_dates)
            from dxdesk.gui.dialogs.task_status import TaskFormDates

            self.task_dates = TaskFormDates(self)
        self.setMinimumWidth(560 if len(forms.FORMS[entity][1]) == 1 else 980)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        columns = QHBoxLayout()
        columns.setSpacing(16)
        for names in forms.FORMS[self.entity][1]:
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            for name in names:
                f = self.spec.field(name)
                widget = self._make_widget(name)
                self.widgets[name] = widget
                error = QLabel(self)
                error.setStyleSheet(ERROR_STYLE)
                error.setWordWrap(True)
                error.hide()
                self.errors[name] = error
                box = QVBoxLayout()
                box.setSpacing(1)
                box.addWidget(widget)
                box.addWidget(error)
                text = forms.label(self.entity, name)
                caption = QLabel(
                    f"<b>{text} <span style='color:#C0392B'>*</span></b>" if f.required else text,
                    self,
                )
                caption.setBuddy(widget)
                caption.setContentsMargins(0, 4, 0, 0)
                form.addRow(caption, box)
            holder = QVBoxLayout()
            holder.addLayout(form)
            holder.addStretch(1)
            columns.addLayout(holder, 1)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        note = QLabel(self.tr("<span style='color:#C0392B'>*</span> bắt buộc"), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(note)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

    def _make_widget(self, name: str) -> QWidget:
        f = self.spec.field(name)
        if f.kind == DATE:
            return DateEdit(self)
        if f.kind == FLOAT:
            widget = NumberEdit(self)
            widget.setMaximumWidth(160)
            return widget
        if f.kind == INT:
            return IntEdit(self)
        if f.kind == ENUM:
            return EnumCombo(f.enum, self)
        if f.kind == REF:
            choices = self.ctx.ops.call(lists.choices, f.ref)
            return CodePicker(choices, self, allow_empty=not f.required)
        if f.kind == REFS:
            return MultiPicker(self.ctx.ops.call(lists.choices, f.ref), self)
        if (self.entity, name) in forms.LONG_TEXT:
            return LongText(self)
        return TextEdit(self)

    def _new_defaults(self, defaults: dict[str, Any]) -> dict[str, Any]:
        record = dict(entities.DEFAULTS.get(self.entity, {}))
        prefix = forms.CODE_PREFIX.get(self.entity)
        if prefix and "code" not in defaults:
            record["code"] = self.ctx.ops.call(meetings.next_code, self.entity, prefix)
        return {**record, **defaults}

    def _fill(self, record: dict[str, Any]) -> None:
        for name, widget in self.widgets.items():
            widget.set_value(record.get(name))  # type: ignore[attr-defined]
        first = next(iter(self.widgets.values()))
        if self.original is None and "code" in self.widgets and record.get("code"):
            first = self.widgets.get("text") or self.widgets.get("name") or first
        first.setFocus()

    # -- saving --------------------------------------------------------------------------
    def values(self) -> dict[str, Any] | None:
        """The record typed in, or None (errors shown) when a date or number is unreadable."""
        record: dict[str, Any] = {}
        ok = True
        for name, widget in self.widgets.items():
            try:
                record[name] = widget.value()  # type: ignore[attr-defined]
            except ValueError as error:
                kind = self.spec.field(name).kind
                self.show_field_error(
                    name,
                    date_problem(error)
                    if kind == DATE
                    else self.tr("Số không hợp lệ: ví dụ 92,5 hoặc 21.914."),
                )
                ok = False
        for name, f in ((f.name, f) for f in self.spec.fields if f.name in record):
            if f.kind == TEXT and record[name] is None:
                record[name] = ""
        return record if ok else None

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.message.hide()

    def show_field_error(self, name: str, message: str) -> None:
        label = self.errors.get(name)
        if label is None:
            self.show_message(message)
            return
        label.setText(message)
        label.show()
        self.widgets[name].setFocus()

    def show_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def save(self) -> None:
        self.clear_errors()
        record = self.values()
        if record is None:
            return
        original = (
            {"code": self.original["code"]} if self.original and "code" in self.original else None
        )
        entity, who, opened = self.entity, self.ctx.who, self.opened
        day = min(self.ctx.state.as_of, date.today())  # a finished task's default date
        self.buttons.setEnabled(False)
        self.ctx.ops.run(
            lambda: entities.save(
                entity, record, original_key=original, who=who, working_date=day, opened=opened
            ),
            done=self._saved,
            failed=self._failed,
            changes=affected(entity),
            label=self.windowTitle(),
        )

    def _saved(self, record: dict[str, Any]) -> None:
        self.buttons.setEnabled(True)
        emit(
            self.ctx.notify,
            self.tr("Đã lưu {what} {code}.").format(
                what=forms.title(self.entity).lower(), code=self.spec.key_of(record)
            ),
        )
        emit(self.saved, record)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        from dxdesk.core.services.versions import ChangedMeanwhile

        if isinstance(error, entities.FieldError):
            self.show_field_error(error.field, str(error))
        elif isinstance(error, ChangedMeanwhile):  # someone saved it since: both shown
            from dxdesk.gui.dialogs.conflict import settle

            settle(self, error)
        else:
            from dxdesk.core.errors import DxError

            if not isinstance(error, DxError):
                self.ctx.ops.report_error(self.windowTitle(), error)
            self.show_message(str(error))
