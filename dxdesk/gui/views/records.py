"""New, edit and delete of one entity from a list page (dialogs, confirmation, change set)."""

from __future__ import annotations

from typing import Any

from dxdesk.gui.i18n import translator_for
from dxdesk.gui.ops import affected
from dxdesk.gui.qtcompat import emit

tr = translator_for("RecordActions")


class RecordActions:
    """The record actions of a page; the saved record is selected once the list refetches."""

    def __init__(self, page, entity: str):
        self.page, self.entity = page, entity

    @property
    def ctx(self):
        return self.page.ctx

    def new(self, defaults: dict[str, Any] | None = None):
        """Open the dialog for a new record (returned, already open)."""
        from dxdesk.gui.dialogs.record import RecordDialog

        dialog = RecordDialog(self.ctx, self.entity, defaults=defaults, parent=self.page)
        dialog.saved.connect(self._select_later)
        dialog.open()
        return dialog

    def edit(self, code: str):
        from dxdesk.core.services import entities
        from dxdesk.gui.dialogs.record import RecordDialog

        record = self.ctx.ops.call(entities.get, self.entity, code)
        dialog = RecordDialog(self.ctx, self.entity, record, parent=self.page)
        dialog.saved.connect(self._select_later)
        dialog.open()
        return dialog

    def delete(self, code: str, label: str = "", *, confirm: bool = True) -> None:
        """Delete after a question; what the record takes along is restored by Ctrl+Z."""
        from dxdesk.gui.dialogs import common, forms  # dialogs load when first used

        what = forms.title(self.entity).lower()
        question = tr("Xóa {what} {code}?\n{label}\n\nCó thể hoàn tác bằng Ctrl+Z.").format(
            what=what, code=code, label=label
        )
        if confirm and not common.ask(self.page, tr("Xóa"), question):
            return
        from dxdesk.core.services import entities

        entity, who = self.entity, self.ctx.who
        self.ctx.ops.run(
            lambda: entities.delete(entity, code, who=who),
            done=lambda _r: emit(
                self.ctx.notify,
                tr("Đã xóa {what} {code} (Ctrl+Z để hoàn tác).").format(what=what, code=code),
            ),
            changes=affected(entity),
            label=tr("Xóa"),
        )

    def _select_later(self, record: dict[str, Any]) -> None:
        code = record.get("code")
        if code:
            self.page._want_key = str(code)
