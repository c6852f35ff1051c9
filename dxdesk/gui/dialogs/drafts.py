"""Editing a draft in the window (issue 16 part 5), through ``core.services.drafts`` only: a
comment on an indicator or a passage, how a comment was handled and why, a new version of an
indicator, and adopting the draft (asked first). Every change is undoable (Sửa → Hoàn tác)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from dxdesk.core.domain.enums import CommentHandling
from dxdesk.core.services import drafts, lists
from dxdesk.gui import labels
from dxdesk.gui.context import Context
from dxdesk.gui.dialogs.record import LongText
from dxdesk.gui.dialogs.small import _Form
from dxdesk.gui.widgets.dates import date_problem
from dxdesk.gui.widgets.fields import CodePicker, DateEdit, NumberEdit, nfc

STAR = " <span style='color:#C0392B'>*</span>"


def _handling_combo(parent: QWidget, current: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for h in CommentHandling:
        combo.addItem(labels.tr(h.label), h.value)
    combo.setCurrentIndex(max(combo.findData(current or CommentHandling.PENDING.value), 0))
    return combo


class CommentDialog(_Form):
    """A new comment on the draft: who (a member, an agency or a name), on what (an indicator
    or a passage), what it says, when it came, and how it was handled if already decided."""

    def __init__(
        self,
        ctx: Context,
        draft: str,
        indicators: list[str],
        parent: QWidget | None = None,
        *,
        indicator: str | None = None,
    ):
        super().__init__(ctx, self.tr("Thêm ý kiến góp ý – {code}").format(code=draft), parent)
        self.setMinimumWidth(640)
        self.draft = draft
        self.member = CodePicker(ctx.ops.call(lists.choices, "member"), self)
        self.agency = CodePicker(ctx.ops.call(lists.choices, "agency"), self)
        self.commenter = QLineEdit(self)
        self.commenter.setPlaceholderText(self.tr("khi không là thành viên hay cơ quan trong sổ"))
        self.indicator = QComboBox(self)
        self.indicator.addItem(self.tr("(không về một chỉ tiêu)"), None)
        for code in indicators:
            self.indicator.addItem(code, code)
        self.indicator.setCurrentIndex(max(self.indicator.findData(indicator), 0))
        self.passage = QLineEdit(self)
        self.passage.setPlaceholderText(self.tr("ví dụ Mục II.1, Phần đánh giá tình hình"))
        self.content = LongText(self)
        self.received_on = DateEdit(self)
        self.received_on.set_value(min(date.today(), ctx.state.as_of))
        self.handling = _handling_combo(self)
        self.reason = LongText(self)
        self.reason.setPlaceholderText(self.tr("cần khi giải trình hoặc không tiếp thu"))
        self.form.addRow(self.tr("Thành viên góp ý"), self.member)
        self.form.addRow(self.tr("hoặc cơ quan"), self.agency)
        self.form.addRow(self.tr("hoặc người góp ý khác"), self.commenter)
        self.form.addRow(self.tr("Về chỉ tiêu"), self.indicator)
        self.form.addRow(self.tr("hoặc đoạn văn"), self.passage)
        self.form.addRow("<b>" + self.tr("Nội dung góp ý") + STAR + "</b>", self.content)
        self.form.addRow(self.tr("Ngày nhận"), self.received_on)
        self.form.addRow(self.tr("Xử lý"), self.handling)
        self.form.addRow(self.tr("Lý do, cách tiếp thu"), self.reason)
        self.content.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "member": self.member.value(),
            "agency": self.agency.value(),
            "commenter": nfc(self.commenter.text()).strip(),
            "indicator": self.indicator.currentData() or "",
            "passage": nfc(self.passage.text()).strip(),
            "content": self.content.value(),
            "received_on": self.received_on.value(),
            "handling": self.handling.currentData(),
            "reason": self.reason.value(),
        }

    def save(self) -> None:
        try:
            comment = self.values()
        except ValueError as error:
            self.fail(date_problem(error))
            return
        if not comment["content"]:
            self.fail(self.tr("Hãy ghi nội dung góp ý."))
            return
        draft, who = self.draft, self.ctx.who
        self.run(
            lambda: drafts.add_comment(draft, comment, who=who),
            "draft_comment",
            self.tr("Đã ghi ý kiến góp ý vào dự thảo {code}.").format(code=draft),
        )


class HandleDialog(_Form):
    """How one comment was handled (tiếp thu / giải trình / không tiếp thu) and why."""

    def __init__(self, ctx: Context, draft: str, comment: dict, parent: QWidget | None = None):
        title = self.tr("Xử lý ý kiến {seq} – {code}").format(seq=comment["seq"], code=draft)
        super().__init__(ctx, title, parent)
        self.setMinimumWidth(640)
        self.draft, self.seq = draft, comment["seq"]
        about = comment["indicator"] or comment["passage"] or ""
        text = QLabel(f"{comment['by']}{' – ' + about if about else ''}: {comment['content']}")
        text.setWordWrap(True)
        self.handling = _handling_combo(self, comment["handling"])
        self.reason = LongText(self)
        self.reason.set_value(comment["reason"])
        self.reason.setPlaceholderText(self.tr("cần khi giải trình hoặc không tiếp thu"))
        self.form.addRow(self.tr("Ý kiến"), text)
        self.form.addRow("<b>" + self.tr("Xử lý") + STAR + "</b>", self.handling)
        self.form.addRow(self.tr("Lý do, cách tiếp thu"), self.reason)
        self.handling.setFocus()

    def save(self) -> None:
        draft, seq, who = self.draft, self.seq, self.ctx.who
        handling, reason = self.handling.currentData(), self.reason.value()
        self.run(
            lambda: drafts.handle_comment(draft, seq, handling, reason, who=who),
            "draft_comment",
            self.tr("Đã ghi cách xử lý ý kiến {seq}.").format(seq=seq),
        )


class IndicatorDialog(_Form):
    """A new version of an indicator (or its first, for a new code): the latest version's
    values to change, and why this version differs."""

    def __init__(
        self, ctx: Context, draft: str, latest: dict | None, parent: QWidget | None = None
    ):
        code = latest["code"] if latest else ""
        title = (
            self.tr("Sửa chỉ tiêu {code} – {draft}").format(code=code, draft=draft)
            if latest
            else self.tr("Thêm chỉ tiêu – {draft}").format(draft=draft)
        )
        super().__init__(ctx, title, parent)
        self.setMinimumWidth(640)
        self.draft, self.latest = draft, latest or {}
        self.code = QLineEdit(code, self)
        self.code.setReadOnly(bool(latest))
        self.text = LongText(self)
        self.text.set_value(self.latest.get("text"))
        self.pillar = CodePicker(ctx.ops.call(lists.choices, "pillar"), self)
        self.pillar.set_value(self.latest.get("pillar"))
        self.unit = QLineEdit(self.latest.get("unit") or "", self)
        self.numbers = {}
        for name in ("baseline", "value_2025", "value_2030"):
            edit = NumberEdit(self)
            if self.latest.get(name) is not None:
                edit.setText(labels.number(self.latest[name]))
            self.numbers[name] = edit
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("ví dụ Tiếp thu ý kiến 3: nâng lên 60 %"))
        version = (latest["version"] + 1) if latest else 1
        self.form.addRow(self.tr("Phiên bản"), QLabel(str(version), self))
        self.form.addRow("<b>" + self.tr("Mã") + STAR + "</b>", self.code)
        self.form.addRow("<b>" + self.tr("Chỉ tiêu") + STAR + "</b>", self.text)
        self.form.addRow(self.tr("Trụ cột"), self.pillar)
        self.form.addRow(self.tr("Đơn vị tính"), self.unit)
        self.form.addRow(self.tr("Giá trị hiện nay"), self.numbers["baseline"])
        self.form.addRow(self.tr("Năm 2025"), self.numbers["value_2025"])
        self.form.addRow(self.tr("Năm 2030"), self.numbers["value_2030"])
        self.form.addRow(self.tr("Lý do sửa"), self.note)

    def save(self) -> None:
        code = nfc(self.code.text()).strip()
        try:
            numbers = {k: w.value() for k, w in self.numbers.items()}
        except ValueError:
            self.fail(self.tr("Số không hợp lệ (ví dụ 92,5)."))
            return
        if not code or not self.text.value():
            self.fail(self.tr("Hãy ghi mã và nội dung chỉ tiêu."))
            return
        changes = {
            "text": self.text.value(),
            "pillar": self.pillar.value(),
            "unit": nfc(self.unit.text()).strip(),
            **numbers,
            "note": nfc(self.note.text()).strip(),
        }
        draft, who = self.draft, self.ctx.who
        self.run(
            lambda: drafts.revise_indicator(draft, code, changes, who=who),
            "draft_indicator",
            self.tr("Đã ghi phiên bản mới của chỉ tiêu {code}.").format(code=code),
        )


class AdoptDialog(_Form):
    """Adopt the draft by a document of the register: asked first, since each indicator
    becomes a target with its 2025 and 2030 milestones (Hoàn tác undoes it)."""

    def __init__(self, ctx: Context, view: dict, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Thông qua dự thảo {code}").format(code=view["code"]), parent)
        self.setMinimumWidth(640)
        self.view = view
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Thông qua…"))
        codes = ", ".join(i["code"] for i in view["indicators"])
        intro = QLabel(
            self.tr(
                "Mỗi chỉ tiêu (phiên bản mới nhất) thành một mục tiêu của sổ, với mốc năm 2025 "
                "và 2030, nguồn là văn bản thông qua: {codes}."
            ).format(codes=codes),
            self,
        )
        intro.setWordWrap(True)
        self.document = CodePicker(ctx.ops.call(lists.choices, "document"), self)
        self.prefix = QLineEdit(self)
        self.prefix.setPlaceholderText(self.tr("ví dụ NQ- (khi mã chỉ tiêu đã là mã mục tiêu)"))
        self.form.addRow(intro)
        self.form.addRow("<b>" + self.tr("Văn bản thông qua") + STAR + "</b>", self.document)
        self.form.addRow(self.tr("Tiền tố mã mục tiêu"), self.prefix)

    def save(self) -> None:
        from dxdesk.gui.dialogs import common

        document = self.document.value()
        if not document:
            self.fail(self.tr("Hãy chọn văn bản thông qua dự thảo."))
            return
        prefix = nfc(self.prefix.text()).strip()
        code, n = self.view["code"], len(self.view["indicators"])
        question = self.tr(
            "Thông qua dự thảo {code} bằng văn bản {doc}? {n} chỉ tiêu sẽ thành mục tiêu của "
            "sổ (mã {first}…), dự thảo không sửa được nữa. Có thể hoàn tác bằng Ctrl+Z."
        ).format(code=code, doc=document, n=n, first=prefix + self.view["indicators"][0]["code"])
        if not common.ask(self, self.tr("Thông qua dự thảo?"), question):
            return
        who = self.ctx.who
        self.run(
            lambda: drafts.adopt(code, document, prefix=prefix, who=who),
            "draft",
            self.tr("Đã thông qua dự thảo {code}: {n} mục tiêu mới.").format(code=code, n=n),
        )
