"""Everyday small dialogs: a dated progress note on a task, a target's measurement."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dxdesk.core.domain.enums import TaskStatus
from dxdesk.core.domain.formats import fmt_date, fmt_number, quarter_of
from dxdesk.core.services import entities, lists, targets, tasks
from dxdesk.gui import labels
from dxdesk.gui.context import Context
from dxdesk.gui.dialogs.record import ERROR_STYLE, LongText
from dxdesk.gui.ops import affected
from dxdesk.gui.qtcompat import emit
from dxdesk.gui.widgets.dates import date_problem
from dxdesk.gui.widgets.fields import CodePicker, DateEdit, NumberEdit, TextEdit


class _Form(QDialog):
    """A small form with a message line and Save/Cancel; ``run`` saves on the lane."""

    def __init__(self, ctx: Context, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def fail(self, error: BaseException | str) -> None:
        from dxdesk.core.services.versions import ChangedMeanwhile

        if isinstance(error, ChangedMeanwhile):  # someone saved it meanwhile: theirs is kept
            from dxdesk.gui.dialogs.conflict import describe

            error = describe(error)
        self.buttons.setEnabled(True)
        self.message.setText(str(error))
        self.message.show()

    def run(self, fn, entity: str, done_text: str) -> None:
        self.message.hide()
        self.buttons.setEnabled(False)

        def done(_result) -> None:
            emit(self.ctx.notify, done_text)
            self.accept()

        self.ctx.ops.run(
            fn, done=done, failed=self.fail, changes=affected(entity), label=self.windowTitle()
        )

    def save(self) -> None:
        raise NotImplementedError


class NoteDialog(_Form):
    """Add a dated progress note to a task, optionally changing its status."""

    def __init__(self, ctx: Context, code: str, text: str, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Ghi tiến độ nhiệm vụ {code}").format(code=code), parent)
        self.code = code
        self.opened = ctx.ops.call(entities.get, "task", code)  # a status saved meanwhile stays
        heading = QLabel(text, self)
        heading.setWordWrap(True)
        self.noted_on = DateEdit(self)
        self.noted_on.set_value(min(date.today(), ctx.state.as_of))
        self.text = LongText(self)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("(giữ nguyên)"), None)
        for s in TaskStatus:
            self.status.addItem(labels.tr(s.label), s.value)
        self.form.addRow(self.tr("Nhiệm vụ"), heading)
        self.form.addRow(
            self.tr("<b>Ngày ghi <span style='color:#C0392B'>*</span></b>"), self.noted_on
        )
        self.form.addRow(self.tr("<b>Nội dung <span style='color:#C0392B'>*</span></b>"), self.text)
        self.form.addRow(self.tr("Trạng thái mới"), self.status)
        self.text.setFocus()

    def save(self) -> None:
        try:
            noted_on = self.noted_on.value()
        except ValueError as error:
            self.fail(date_problem(error))
            return
        note = self.text.value()
        if noted_on is None or not note:
            self.fail(self.tr("Hãy ghi ngày và nội dung tiến độ."))
            return
        status = self.status.currentData()
        status = TaskStatus(status) if status else None
        code, who, opened = self.code, self.ctx.who, self.opened
        done_on = noted_on if status in (TaskStatus.DONE, TaskStatus.DROPPED) else None
        self.run(
            lambda: tasks.update_task(
                code,
                status=status,
                note=note,
                done_on=done_on,
                today=noted_on,
                who=who,
                opened=opened,
            ),
            "note",
            self.tr("Đã ghi tiến độ nhiệm vụ {code}.").format(code=code),
        )


class MeasureDialog(_Form):
    """Record (or correct) the value a target reached in a period."""

    def __init__(
        self, ctx: Context, code: str, text: str, unit: str = "", parent: QWidget | None = None
    ):
        super().__init__(ctx, self.tr("Ghi kết quả mục tiêu {code}").format(code=code), parent)
        self.code = code
        heading = QLabel(text, self)
        heading.setWordWrap(True)
        self.period = QComboBox(self)
        self.period.setEditable(True)
        as_of = ctx.state.as_of
        for p in (
            quarter_of(as_of),
            f"{as_of.year}-H{1 if as_of.month <= 6 else 2}",
            str(as_of.year),
            ctx.state.period or "",
        ):
            if p and self.period.findData(p) < 0:
                self.period.addItem(f"{p} ({labels.period(p)})", p)
        self.period.setToolTip(
            self.tr("2023-Q2 (quý), 2023-H1 (6 tháng), 2023-06 (tháng), 2023 (năm)")
        )
        self.value = NumberEdit(self)
        self.value.setPlaceholderText(unit or self.tr("ví dụ 92,5"))
        self.measured_on = DateEdit(self)
        self.measured_on.line.setPlaceholderText(self.tr("cuối kỳ nếu để trống"))
        self.measured_on.set_value(min(date.today(), as_of))
        self.agency = CodePicker(ctx.ops.call(lists.choices, "agency"), self)
        self.unit = CodePicker(ctx.ops.call(lists.choices, "agency"), self)
        self.unit.setToolTip(
            self.tr(
                "Để trống: số chung của Ban Chỉ đạo; chọn một đơn vị (sở, xã…): số của "
                "đơn vị đó, được tổng hợp theo cách của mục tiêu."
            )
        )
        self.note = TextEdit(self)
        self.note.setPlaceholderText(self.tr("căn cứ, minh chứng"))
        star = " <span style='color:#C0392B'>*</span></b>"
        self.form.addRow(self.tr("Mục tiêu"), heading)
        self.form.addRow("<b>" + self.tr("Kỳ") + star, self.period)
        self.form.addRow("<b>" + self.tr("Kết quả") + star, self.value)
        self.form.addRow(self.tr("Ngày đo"), self.measured_on)
        self.form.addRow(self.tr("Số liệu của đơn vị"), self.unit)
        self.form.addRow(self.tr("Cơ quan báo cáo"), self.agency)
        self.form.addRow(self.tr("Ghi chú"), self.note)
        self.value.setFocus()

    def save(self) -> None:
        i = self.period.findText(self.period.currentText())
        period = self.period.itemData(i) if i >= 0 else self.period.currentText().split(" ")[0]
        try:
            value = self.value.value()
            measured_on = self.measured_on.value()
        except ValueError:
            self.fail(self.tr("Kết quả hoặc ngày đo không hợp lệ (ví dụ 92,5 và 19/12/2023)."))
            return
        if value is None:
            self.fail(self.tr("Hãy ghi kết quả đạt được."))
            return
        code, who, agency, note = self.code, self.ctx.who, self.agency.value(), self.note.value()
        unit = self.unit.value() or None
        try:
            old = self.ctx.ops.call(targets.recorded_value, code, period, unit)
        except Exception as exc:  # a period that is not one: the message says so
            self.fail(exc)
            return
        if old is not None and not self.confirm_replace(period, old, value):
            self.fail(self.tr("Chưa ghi: kết quả cũ được giữ nguyên."))
            return
        self.run(
            lambda: targets.measure(
                code,
                period=period,
                value=value,
                agency=agency,
                note=note,
                measured_on=measured_on,
                who=who,
                unit=unit,
            ),
            "measurement",
            self.tr("Đã ghi kết quả mục tiêu {code}.").format(code=code),
        )

    def confirm_replace(self, period: str, old: dict, value: float) -> bool:
        """A value already recorded for this period is replaced only when the officer says
        so, having seen both and who recorded the old one, when."""
        from dxdesk.gui.dialogs import common

        when = old["at"].strftime("%d/%m/%Y %H:%M") if old.get("at") else "–"
        text = self.tr(
            "Kỳ {period} đã có kết quả {old} (đo ngày {measured}), do {who} ghi lúc {when}."
            "\n\nThay bằng {new}? Kết quả cũ và ghi chú của nó sẽ được thay "
            "(có thể hoàn tác bằng Ctrl+Z)."
        ).format(
            period=labels.period(period),
            old=fmt_number(old["value"]),
            measured=fmt_date(old["measured_on"]),
            who=old.get("who") or self.tr("(không rõ)"),
            when=when,
            new=fmt_number(value),
        )
        return common.ask(self, self.tr("Thay kết quả đã ghi?"), text)
