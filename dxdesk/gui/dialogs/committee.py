"""The committee's identity in the window (issue 16 part 1): its name, level, place, symbol,
default style, standing agency and usual signer, as ``dxdesk committee set`` (Sửa → Thông tin
Ban Chỉ đạo…); asked when a new empty register is created."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from dxdesk.core.domain.enums import CommitteeLevel, DocumentStyle
from dxdesk.core.services import committee as committee_service
from dxdesk.gui import labels
from dxdesk.gui.context import Context
from dxdesk.gui.dialogs.small import _Form
from dxdesk.gui.widgets.fields import nfc

ENUMS = {"level": CommitteeLevel, "doc_style": DocumentStyle}


class CommitteeDialog(_Form):
    """Edit the committee's record; the name is required."""

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, first_run: bool = False):
        super().__init__(ctx, self.tr("Thông tin Ban Chỉ đạo"), parent)
        self.setMinimumWidth(640)
        record = ctx.ops.call(committee_service.committee)
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
        if first_run:
            from PySide6.QtWidgets import QLabel

            intro = QLabel(
                self.tr("Tên và người ký của Ban Chỉ đạo được in trên mọi báo cáo, thông báo."),
                self,
            )
            intro.setWordWrap(True)
            self.form.addRow(intro)
        self.fields: dict[str, QWidget] = {}
        star = " <span style='color:#C0392B'>*</span>"
        for name in committee_service.FIELDS:
            if name in ENUMS:
                widget = QComboBox(self)
                for member in ENUMS[name]:
                    widget.addItem(labels.tr(member.label), member.value)
                widget.setCurrentIndex(max(widget.findData(record.get(name)), 0))
            else:
                widget = QLineEdit(record.get(name) or "", self)
                widget.setPlaceholderText(hints.get(name, ""))
            self.fields[name] = widget
            self.form.addRow(names[name] + (star if name == "name" else ""), widget)

    def values(self) -> dict[str, str]:
        out = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            else:
                out[name] = nfc(widget.text()).strip()
        return out

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
