"""The committee's identity in the window (issue 16 part 1): its name, level, place, symbol,
default style, standing agency and usual signer, as ``dxdesk committee set``.

One form (:class:`CommitteeFields`) serves the "Ban Chỉ đạo" tab of Công cụ → Cài đặt… and the
question asked when a new empty register is created (welcome screen, Tệp → Tạo sổ mới…):
there it is prefilled with a new committee's usual values, the name and place follow the
province typed, and "Để sau" skips it without writing anything."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from dxdesk.core.domain.enums import CommitteeLevel, DocumentStyle
from dxdesk.core.services import committee as committee_service
from dxdesk.gui import labels
from dxdesk.gui.context import Context
from dxdesk.gui.dialogs.small import _Form
from dxdesk.gui.widgets.fields import nfc

ENUMS = {"level": CommitteeLevel, "doc_style": DocumentStyle}


class CommitteeFields(QWidget):
    """The committee's fields in a form; ``values()`` as ``committee.set_committee`` takes."""

    def __init__(self, record: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        names = {
            "name": self.tr("Tên Ban Chỉ đạo"),
            "short_name": self.tr("Tên viết tắt"),
            "level": self.tr("Cấp"),
            "province": self.tr("Tỉnh, thành phố"),
            "place": self.tr("Địa danh ghi ngày tháng"),
            "symbol": self.tr("Ký hiệu trong số văn bản"),
            "doc_style": self.tr("Thể thức văn bản"),
            "standing_agency": self.tr("Cơ quan thường trực"),
            "signer_authority": self.tr("Quyền hạn ký"),
            "signer_title": self.tr("Chức vụ người ký"),
            "signer_name": self.tr("Người ký"),
        }
        hints = {
            "name": self.tr("ví dụ Ban Chỉ đạo chuyển đổi số tỉnh Lào Cai"),
            "place": self.tr("ví dụ Lào Cai (trong “Lào Cai, ngày … tháng … năm …”)"),
            "symbol": self.tr("ví dụ BCĐCĐS (trong “09-KH/BCĐCĐS”)"),
            "signer_authority": self.tr("ví dụ KT. TRƯỞNG BAN"),
            "signer_title": self.tr("ví dụ PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
        }
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QWidget] = {}
        star = " <span style='color:#C0392B'>*</span>"
        for name in committee_service.FIELDS:
            if name in ENUMS:
                widget = QComboBox(self)
                for member in ENUMS[name]:
                    widget.addItem(labels.tr(member.label), member.value)
            else:
                widget = QLineEdit(self)
                widget.setPlaceholderText(hints.get(name, ""))
            self.fields[name] = widget
            self.form.addRow(names[name] + (star if name == "name" else ""), widget)
        self.load(record)
        self.follow = False  # the name and place follow the province (a new committee)
        self.fields["province"].textEdited.connect(self._province_typed)

    def load(self, record: dict[str, Any]) -> None:
        for name, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(record.get(name)), 0))
            else:
                widget.setText(record.get(name) or "")
        self.loaded = self.values()
        self._auto = {"name": self.loaded["name"], "place": self.loaded["place"]}

    def _province_typed(self, text: str) -> None:
        """A new committee: its default name and its place follow the province, until the
        officer writes them."""
        if not self.follow:
            return
        province = nfc(text).strip()
        name = committee_service.name_for(province, self.fields["level"].currentData())
        for field, value in (("name", name), ("place", province)):
            widget = self.fields[field]
            if value is not None and widget.text() == self._auto[field]:
                widget.setText(value)
                self._auto[field] = value

    def values(self) -> dict[str, str]:
        out = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            else:
                out[name] = nfc(widget.text()).strip()
        return out

    def changed(self) -> bool:
        return self.values() != self.loaded


class CommitteeDialog(_Form):
    """Edit the committee's record; the name is required. ``first_run``: a new register's
    question, prefilled and skippable ("Để sau" writes nothing)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, first_run: bool = False):
        super().__init__(ctx, self.tr("Thông tin Ban Chỉ đạo"), parent)
        self.setMinimumWidth(640)
        record = ctx.ops.call(committee_service.committee)
        if first_run and not record["name"]:
            record = committee_service.new_register_defaults()
        if first_run:
            intro = QLabel(
                self.tr(
                    "Tên và người ký của Ban Chỉ đạo được in trên mọi báo cáo, thông báo. "
                    "Có thể sửa sau trong Công cụ → Cài đặt…, trang “Ban Chỉ đạo”."
                ),
                self,
            )
            intro.setWordWrap(True)
            self.form.addRow(intro)
            later = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            later.setText(self.tr("Để sau"))
        self.committee = CommitteeFields(record, self)
        self.committee.follow = first_run
        self.fields = self.committee.fields
        self.form.addRow(self.committee)

    def values(self) -> dict[str, str]:
        return self.committee.values()

    def save(self) -> None:
        values, who = self.values(), self.ctx.who
        if not values["name"]:
            self.fail(self.tr("Hãy ghi tên Ban Chỉ đạo."))
            return
        self.run(
            lambda: committee_service.set_committee(values, who),
            "committee",
            self.tr("Đã lưu thông tin Ban Chỉ đạo."),
        )
