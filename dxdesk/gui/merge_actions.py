"""The 2025 reorganisation in the window: File → Gộp sổ… (``register merge``) and Sửa → Kế tục
cơ quan… (``agency succeed``).

Gộp sổ asks for the file and a prefix for colliding codes, shows the core's preview (what is
added, shared, renamed, left out) and merges only when the officer confirms. Kế tục asks for
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


def ask_prefix(parent: QWidget | None) -> str | None:
    """The prefix for the other register's colliding codes ("" for none; None: cancelled)."""
    text, ok = QInputDialog.getText(
        parent,
        tr("Gộp sổ"),
        tr(
            "Tiền tố cho các mã trùng của sổ kia (ví dụ YB: NV01 → YB-NV01); để trống nếu không "
            "cần:"
        ),
    )
    return text.strip() if ok else None


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

    def merge_register(
        self, path: str | None = None, prefix: str | None = None, *, ask=confirm
    ) -> Any:
        from dxdesk.core.services import register_merge

        path = path or file_actions.choose_open(
            self.window, tr("Gộp sổ dữ liệu khác vào sổ này"), "dxdesk (*.db);;*"
        )
        if not path:
            return None
        prefix = ask_prefix(self.window) if prefix is None else prefix
        if prefix is None:
            return None
        who = self.ctx.who

        def previewed(plan: Any) -> None:
            from dxdesk.gui.dialogs.tables import TableDialog

            title = tr("Gộp sổ")
            self.last_dialog = TableDialog(
                title,
                tr("Xem trước những gì sẽ được gộp:"),
                [tr("Nội dung")],
                [[line] for line in plan.lines()],
                self.window,
            )
            self.last_dialog.show()
            if not plan.batch:
                emit(self.ctx.notify, tr("Không có gì mới để gộp."))
                return
            if ask(self.window, title, tr("Gộp sổ này vào sổ đang mở?")):
                self.ctx.ops.run(
                    lambda: register_merge.merge_register(path, prefix=prefix, who=who),
                    done=lambda _p: emit(self.ctx.notify, tr("Đã gộp sổ.")),
                    changes=ALL,
                    label=tr("Đang gộp sổ…"),
                )

        return self.ctx.ops.run(
            lambda: register_merge.plan_merge(path, prefix=prefix),
            done=previewed,
            label=tr("Đang đọc sổ cần gộp…"),
        )

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
