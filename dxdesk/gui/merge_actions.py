"""The 2025 reorganisation in the window: File → Gộp sổ… (``register merge``) and Sửa → Kế tục
cơ quan… (``agency succeed``).

Gộp sổ asks for the file, then its dialog (dialogs/merge.py) takes a prefix and a mapping
table for colliding codes, shows the core's preview (what is added, shared, renamed, left out)
and merges only when the officer confirms. Kế tục opens
dialogs/succession.py: old agencies (a merger), successors (a split, with who takes what),
date and kind, as ``agency succeed``. Both are one change set: Ctrl+Z takes them back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from dxdesk.gui import file_actions
from dxdesk.gui.exchange_actions import confirm
from dxdesk.gui.i18n import translator_for
from dxdesk.gui.ops import ALL
from dxdesk.gui.qtcompat import emit

tr = translator_for("MergeActions")


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

    def succeed_agency(
        self, choice: tuple[str, str, str] | dict[str, Any] | None = None, *, ask=confirm
    ) -> Any:
        """Sửa → Kế tục cơ quan…: the old agencies' open work passes to their successors.
        Without ``choice`` the dialog asks (several old agencies: a merger; several
        successors: a split, with who takes what); ``choice`` is its answer, or (old, new,
        date text) for one of each."""
        from dxdesk.core.domain.formats import parse_date
        from dxdesk.core.services import lists, succession
        from dxdesk.gui.widgets.dates import date_problem

        if choice is None:
            from dxdesk.gui.dialogs.succession import SuccessionDialog

            agencies = self.ctx.ops.call(lists.choices, "agency")
            dialog = SuccessionDialog(self.ctx, agencies, self.window)
            dialog.accepted.connect(lambda: self.succeed_agency(dialog.choice(), ask=ask))
            self.last_dialog = dialog
            dialog.show()
            return dialog
        if isinstance(choice, tuple):
            old_code, new_code, day_text = choice
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
            choice = {"old": [old_code], "new": [new_code], "on": day}
        old, new, day = choice["old"], choice["new"], choice["on"]
        question = tr(
            "Từ ngày {d}, {new} kế tục {old} và nhận các nhiệm vụ, mục tiêu đang thực "
            "hiện của {old}?"
        ).format(d=day.strftime("%d/%m/%Y"), new=", ".join(new), old=", ".join(old))
        if not ask(self.window, tr("Kế tục cơ quan"), question):
            return None
        who = self.ctx.who
        return self.ctx.ops.run(
            lambda: succession.succeed(
                old,
                new,
                day,
                kind=choice.get("kind"),
                shares=choice.get("shares") or {},
                share_text=choice.get("share_text") or {},
                who=who,
            ),
            done=lambda r: emit(self.ctx.notify, r.message),
            changes=ALL,
            label=tr("Đang chuyển giao công việc…"),
        )
