"""The 2025 reorganisation in the window: File → Gộp sổ… (``register merge``) and Sửa → Kế tục
cơ quan… (``agency succeed``).

Gộp sổ asks for the file, then its dialog (dialogs/merge.py) takes a prefix and a mapping
table for colliding codes, shows the core's preview (what is added, shared, renamed, left out)
and merges only when the officer confirms. Kế tục asks for
the old agency, its successor and the date. Both are one change set: Ctrl+Z takes them back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from dxdesk.gui import file_actions
from dxdesk.gui.exchange_actions import confirm
from dxdesk.gui.i18n import translator_for
from dxdesk.gui.ops import ALL
from dxdesk.gui.qtcompat import emit

tr = translator_for("MergeActions")


def ask_succession(
    parent: QWidget | None, agencies: list[tuple[str, str]]
) -> tuple[str, str, str] | None:
    """(old code, successor code, date text) picked by the officer, or None (cancelled)."""
    labels = [f"{code} – {name}" for code, name in agencies]
    title = tr("Kế tục cơ quan")
    old, ok = QInputDialog.getItem(parent, title, tr("Cơ quan thôi hoạt động:"), labels, 0, False)
    if not ok:
        return None
    new, ok = QInputDialog.getItem(
        parent, title, tr("Cơ quan kế tục (nhận công việc):"), labels, 0, False
    )
    if not ok:
        return None
    day, ok = QInputDialog.getText(parent, title, tr("Từ ngày (dd/mm/yyyy):"), text="01/07/2025")
    if not ok:
        return None
    return agencies[labels.index(old)][0], agencies[labels.index(new)][0], day


class MergeActions(QObject):
    """Starts the register-merge use case for a window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_dialog: Any = None

    @property
    def ctx(self) -> Any:
        return self.window.ctx

    def merge_register(self, path: str | None = None, prefix: str = "", mapping: str = "") -> Any:
        """File → Gộp sổ…: choose the file, then the dialog previews it (prefix and mapping
        table can be changed and previewed again) and merges when confirmed."""
        from dxdesk.gui.dialogs.merge import MergeDialog

        path = path or file_actions.choose_open(
            self.window, tr("Gộp sổ dữ liệu khác vào sổ này"), "dxdesk (*.db);;*"
        )
        if not path:
            return None
        self.last_dialog = MergeDialog(self.ctx, path, prefix, mapping, self.window)
        self.last_dialog.show()
        self.last_dialog.preview()
        return self.last_dialog

    def succeed_agency(self, choice: tuple[str, str, str] | None = None, *, ask=confirm) -> Any:
        """Sửa → Kế tục cơ quan…: the old agency's open work passes to its successor."""
        from dxdesk.core.domain.formats import parse_date
        from dxdesk.core.services import lists, succession
        from dxdesk.gui.widgets.dates import date_problem

        agencies = [(row[0], row[1]) for row in self.ctx.ops.call(lists.choices, "agency")]
        choice = choice or ask_succession(self.window, agencies)
        if choice is None:
            return None
        old, new, day_text = choice
        try:
            day = parse_date(day_text)
        except ValueError as error:
            emit(self.ctx.notify, date_problem(error))
            return None
        if day is None:
            emit(
                self.ctx.notify,
                tr("Ngày “{d}” không hợp lệ: hãy viết dd/mm/yyyy.").format(d=day_text),
            )
            return None
        question = tr(
            "Từ ngày {d}, {new} kế tục {old} và nhận các nhiệm vụ, mục tiêu đang thực "
            "hiện của {old}?"
        ).format(d=day.strftime("%d/%m/%Y"), new=new, old=old)
        if not ask(self.window, tr("Kế tục cơ quan"), question):
            return None
        who = self.ctx.who
        return self.ctx.ops.run(
            lambda: succession.succeed([old], [new], day, who=who),
            done=lambda r: emit(self.ctx.notify, r.message),
            changes=ALL,
            label=tr("Đang chuyển giao công việc…"),
        )
