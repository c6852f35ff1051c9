"""File → Gộp sổ…: another committee's register merged into this one (``register merge``).

Asks for the file and a prefix for colliding codes, shows the core's preview (what is added,
shared, renamed, left out) and merges only when the officer confirms: all or nothing, undoable
with Ctrl+Z like every change set.
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


def ask_prefix(parent: QWidget | None) -> str | None:
    """The prefix for the other register's colliding codes ("" for none; None: cancelled)."""
    text, ok = QInputDialog.getText(parent, tr("Gộp sổ"), tr(
        "Tiền tố cho các mã trùng của sổ kia (ví dụ YB: NV01 → YB-NV01); để trống nếu không "
        "cần:"))  # fmt: skip
    return text.strip() if ok else None


class MergeActions(QObject):
    """Starts the register-merge use case for a window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_dialog: Any = None

    @property
    def ctx(self) -> Any:
        return self.window.ctx

    def merge_register(self, path: str | None = None, prefix: str | None = None, *,
                       ask=confirm) -> Any:  # fmt: skip
        from dxdesk.core.services import register_merge

        path = path or file_actions.choose_open(self.window, tr("Gộp sổ dữ liệu khác vào sổ này"),
                                                "dxdesk (*.db);;*")  # fmt: skip
        if not path:
            return None
        prefix = ask_prefix(self.window) if prefix is None else prefix
        if prefix is None:
            return None
        who = self.ctx.who

        def previewed(plan: Any) -> None:
            from dxdesk.gui.dialogs.tables import TableDialog

            title = tr("Gộp sổ")
            self.last_dialog = TableDialog(title, tr("Xem trước những gì sẽ được gộp:"),
                                           [tr("Nội dung")], [[line] for line in plan.lines()],
                                           self.window)  # fmt: skip
            self.last_dialog.show()
            if not plan.batch:
                emit(self.ctx.notify, tr("Không có gì mới để gộp."))
                return
            if ask(self.window, title, tr("Gộp sổ này vào sổ đang mở?")):
                self.ctx.ops.run(lambda: register_merge.merge_register(path, prefix=prefix,
                                                                      who=who),
                                 done=lambda _p: emit(self.ctx.notify, tr("Đã gộp sổ.")),
                                 changes=ALL, label=tr("Đang gộp sổ…"))  # fmt: skip

        return self.ctx.ops.run(lambda: register_merge.plan_merge(path, prefix=prefix),
                                done=previewed, label=tr("Đang đọc sổ cần gộp…"))  # fmt: skip
