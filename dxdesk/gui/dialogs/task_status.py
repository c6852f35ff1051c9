"""Finishing, dropping and reopening a task, and the task form's status with its dates.

The rule that a status and its dates agree lives in the core (``domain.task_dates``); here
the officer is asked for the completion date (the working date by default) and sees the
dates follow the status in the form before saving.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget

from dxdesk.core.domain.enums import TaskStatus, Timeliness
from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.domain.rules import TaskFacts, task_status_at, timeliness_of
from dxdesk.core.domain.task_dates import CLOSED
from dxdesk.gui import labels
from dxdesk.gui.dialogs.small import _Form
from dxdesk.gui.i18n import translator_for
from dxdesk.gui.widgets.dates import date_problem
from dxdesk.gui.widgets.fields import DateEdit

if TYPE_CHECKING:
    from dxdesk.gui.context import Context
    from dxdesk.gui.dialogs.record import RecordDialog

tr = translator_for("TaskStatus")


def working_date(ctx: Context) -> date:
    """The day the officer is working on: the as-of date shown, never after today."""
    return min(ctx.state.as_of, date.today())


class CloseTaskDialog(_Form):
    """Mark a task done (or no longer carried out): asks the completion date."""

    def __init__(
        self, ctx: Context, code: str, text: str, status: TaskStatus, parent: QWidget | None = None
    ):
        title = (
            tr("Đánh dấu hoàn thành nhiệm vụ {code}")
            if status is TaskStatus.DONE
            else tr("Không thực hiện nữa nhiệm vụ {code}")
        )
        super().__init__(ctx, title.format(code=code), parent)
        self.code, self.status = code, status
        from dxdesk.core.services import entities

        # the task as this dialog opened it: a status someone saves meanwhile is not overwritten
        self.opened = ctx.ops.call(entities.get, "task", code)
        heading = QLabel(text, self)
        heading.setWordWrap(True)
        self.done_on = DateEdit(self)
        self.done_on.set_value(working_date(ctx))
        self.form.addRow(tr("Nhiệm vụ"), heading)
        self.form.addRow(
            "<b>" + tr("Ngày hoàn thành") + " <span style='color:#C0392B'>*</span></b>",
            self.done_on,
        )
        self.done_on.line.setFocus()

    def save(self) -> None:
        from dxdesk.core.services import tasks

        try:
            done_on = self.done_on.value()
        except ValueError as error:
            self.fail(date_problem(error))
            return
        if done_on is None:
            self.fail(tr("Hãy ghi ngày hoàn thành."))
            return
        code, status, who, opened = self.code, self.status, self.ctx.who, self.opened
        self.run(
            lambda: tasks.update_task(code, status=status, done_on=done_on, who=who, opened=opened),
            "task",
            tr("Đã cập nhật nhiệm vụ {code}: {status}, ngày {day}.").format(
                code=code, status=labels.tr(status.label), day=fmt_date(done_on)
            ),
        )


def close_task(ctx: Context, row: dict[str, Any], status: TaskStatus, parent: QWidget):
    dialog = CloseTaskDialog(ctx, row["code"], row["text"], status, parent)
    dialog.open()
    return dialog


def reopen_task(ctx: Context, row: dict[str, Any]) -> None:
    """Back to "Đang triển khai": the completion date goes (Ctrl+Z brings it back)."""
    from dxdesk.core.services import tasks
    from dxdesk.gui.ops import affected
    from dxdesk.gui.qtcompat import emit

    code, who = row["code"], ctx.who
    ctx.ops.run(
        lambda: tasks.update_task(
            code, status=TaskStatus.IN_PROGRESS, today=working_date(ctx), who=who
        ),
        done=lambda _r: emit(
            ctx.notify,
            tr("Đã mở lại nhiệm vụ {code}: Đang triển khai (Ctrl+Z để hoàn tác).").format(
                code=code
            ),
        ),
        changes=affected("task"),
        label=tr("Mở lại nhiệm vụ"),
    )


class TaskFormDates:
    """In the task form: the dates follow the status as it is picked, and a line says what
    the lists will show at the as-of date."""

    def __init__(self, dialog: RecordDialog):
        self.dialog = dialog
        self.ctx = dialog.ctx
        w = dialog.widgets
        self.status, self.started, self.completed = w["status"], w["started_on"], w["completed_on"]
        self.state = QLabel(dialog)
        self.state.setObjectName("derivedState")
        self.state.setWordWrap(True)
        self.state.setStyleSheet("color:#444;")
        dialog.layout().insertWidget(1, self.state)
        self.status.currentIndexChanged.connect(self._status_picked)
        for widget in (self.started, self.completed, w["deadline"], w["assigned_on"]):
            widget.changed.connect(self.show_state)
        self.show_state()

    def _status_picked(self, _index: int) -> None:
        status = TaskStatus(self.status.value())
        if status in CLOSED:
            if self._value(self.completed) is None:  # asked: the working date, to check
                self.completed.set_value(working_date(self.ctx))
            self.completed.line.setFocus()
            self.completed.line.selectAll()
        else:
            self.completed.set_value(None)  # reopened: no completion date
            if status is TaskStatus.NOT_STARTED:
                self.started.set_value(None)
        self.show_state()

    @staticmethod
    def _value(widget: Any) -> date | None:
        try:
            return widget.value()
        except ValueError:
            return None

    def show_state(self) -> None:
        """The status and timeliness the lists will show at the as-of date."""
        w = self.dialog.widgets
        as_of = self.ctx.state.as_of
        facts = TaskFacts(
            TaskStatus(self.status.value()),
            self._value(w["assigned_on"]),
            self._value(self.started),
            self._value(self.completed),
            self._value(w["deadline"]),
        )
        status = task_status_at(facts, as_of)
        timeliness: Timeliness | None = timeliness_of(facts, as_of)
        shown = labels.tr(status.label)
        if timeliness is not None:
            shown += ", " + labels.tr(timeliness.label)
        self.state.setText(
            tr("Tại ngày xem {day}, danh sách sẽ ghi: {state}").format(
                day=fmt_date(as_of), state=shown
            )
        )
