""" "Công văn đôn đốc…" from the "Cần xử lý" view: the letter goes to the row's responsible
agency. A task or target row has one (its lead at the date); a conclusion item not yet
given may name several agencies, none of them lead yet: the officer is asked which (the
first named, who would lead the task, is offered first).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dxdesk.gui.i18n import translator_for
from dxdesk.gui.qtcompat import emit

tr = translator_for("AttentionPage")


class AgencyChoice(QDialog):
    """Which of the row's agencies the letter is for."""

    def __init__(self, row: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Công văn đôn đốc"))
        intro = QLabel(
            tr("Nội dung kết luận {code} giao cho {n} cơ quan. Gửi công văn đôn đốc cho:").format(
                code=row.key, n=len(row.recipients())
            ),
            self,
        )
        intro.setWordWrap(True)
        self.agency = QComboBox(self)
        for code, name in row.recipients():
            self.agency.addItem(f"{name} ({code})", code)
        self.agency.setMinimumWidth(320)
        form = QFormLayout()
        form.addRow(tr("Cơ quan"), self.agency)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Lập công văn…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def chosen(self) -> str:
        return self.agency.currentData()


def write_reminder(page: Any, path: str | None = None, agency: str | None = None) -> Any:
    """The letter to the selected row's agency (``agency``: chosen already); when the row
    names several, the choice dialog (returned) writes it once the officer picks one."""
    row = page.selected()
    if row is None or not row.agency_code:
        return None
    codes = [code for code, _name in row.recipients()]
    if agency is None and len(codes) > 1:
        return _ask(page, row, path)
    code, as_of = agency or codes[0], page.ctx.state.as_of
    from dxdesk.gui.file_actions import choose_save

    path = path or choose_save(
        page,
        tr("Lưu công văn đôn đốc"),
        f"cong-van-don-doc-{code}-{as_of.isoformat()}.pdf",
        "PDF (*.pdf);;Word (*.docx)",
    )
    if not path:
        return None

    def work() -> int:
        from dxdesk.core.reports.pdf import build_reminder

        return build_reminder(path, agency_code=code, as_of=as_of)

    return page.ctx.ops.run(
        work,
        done=lambda _pages: emit(
            page.ctx.notify,
            tr("Đã lưu công văn đôn đốc gửi {agency}: {file}").format(agency=code, file=path),
        ),
        label=tr("Đang lập công văn đôn đốc…"),
    )


def _ask(page: Any, row: Any, path: str | None) -> AgencyChoice:
    dialog = AgencyChoice(row, page)
    dialog.accepted.connect(lambda: write_reminder(page, path, dialog.chosen()))
    page.agency_choice = dialog
    dialog.open()
    return dialog
