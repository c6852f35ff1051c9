"""Cuộc họp & Kết luận: meetings above, the conclusion items of the selected one below.

"Giao nhiệm vụ" opens the task form filled in from a conclusion item: the core proposes the
agencies (the first named leads), the deadline, the assignment date and the source.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dxdesk.core.domain.enums import ConclusionState, MeetingKind
from dxdesk.core.services import lists, meetings
from dxdesk.core.services.tables import Table
from dxdesk.gui import labels
from dxdesk.gui.dialogs import common
from dxdesk.gui.i18n import translator_for
from dxdesk.gui.models.table import COUNT, DATE, ENUM, Column
from dxdesk.gui.qtcompat import emit
from dxdesk.gui.views.base import ListFilter, ListPage
from dxdesk.gui.views.records import RecordActions

tr = translator_for("MeetingsPage")


class MeetingList(ListPage):
    entity = "meeting"
    settings_key = "meetings"
    watches = frozenset({"meeting", "conclusion", "task", "target"})
    long_column = "title"

    def __init__(self, ctx, parent=None):
        self.title = tr("Cuộc họp")
        self.noun = tr("cuộc họp")
        super().__init__(ctx, parent)
        self.actions_ = RecordActions(self, "meeting")
        self.add_button(tr("Thêm cuộc họp"), self.new_record, tr("Ctrl+N"))

    def columns(self) -> list[Column]:
        return [
            Column("meeting_date", tr("Ngày họp"), 88, DATE),
            Column("title", tr("Cuộc họp"), 280),
            Column("kind", tr("Loại"), 165, ENUM, labels.enum_labels(MeetingKind)),
            Column("items", tr("Kết luận"), 70, COUNT),
            Column("done", tr("Đã xong"), 70, COUNT),
            Column("not_assigned", tr("Chưa giao"), 80, COUNT),
            Column("notice_symbol", tr("Thông báo kết luận"), 140, hidden=True),
            Column("code", tr("Mã"), 70, hidden=True),
            Column("place", tr("Địa điểm"), 150, hidden=True),
            Column("chair", tr("Chủ trì"), 150, hidden=True),
        ]

    def fetch(self, as_of: date) -> Table:
        return lists.meeting_list(as_of)

    def detail_title(self, row: dict[str, Any]) -> str:
        return str(row["title"])

    label_field = "title"


class ConclusionList(ListPage):
    entity = "conclusion"
    settings_key = "conclusions"
    watches = frozenset({"conclusion", "meeting", "task", "target", "agency"})
    assigned = Signal(dict)  # the task created by "Giao nhiệm vụ"

    def __init__(self, ctx, parent=None):
        self.title = tr("Kết luận")
        self.noun = tr("nội dung kết luận")
        super().__init__(ctx, parent)
        self.meeting_code: str | None = None
        self.actions_ = RecordActions(self, "conclusion")
        self.add_button(tr("Thêm kết luận"), self.new_record)
        self.assign_button = self.add_button(
            tr("Giao nhiệm vụ"), self.assign, tr("Tạo nhiệm vụ từ nội dung kết luận đang chọn")
        )

    def columns(self) -> list[Column]:
        return [
            Column("seq", tr("TT"), 36, COUNT),
            Column("text", tr("Nội dung kết luận"), 280),
            Column("agencies", tr("Cơ quan được giao"), 170),
            Column("deadline", tr("Thời hạn"), 86, DATE),
            Column("tasks", tr("Nhiệm vụ"), 95),
            Column(
                "state",
                tr("Kết quả"),
                165,
                ENUM,
                labels.enum_labels(ConclusionState),
                labels.CONCLUSION_COLOURS,
            ),
            Column("code", tr("Mã"), 70, hidden=True),
            Column("meeting", tr("Cuộc họp"), 200, hidden=True),
            Column("targets", tr("Mục tiêu"), 90, hidden=True),
        ]

    def fetch(self, as_of: date) -> Table:
        return lists.conclusion_list(as_of)

    def list_filters(self) -> list[ListFilter]:
        def state(value: Any, table: Table):
            i = table.index("state")
            return lambda r: r[i] == value

        return [
            ListFilter(
                "state",
                tr("Mọi kết quả"),
                lambda _t: [(labels.tr(s.label), s.value) for s in ConclusionState],
                state,
            )
        ]

    def show_meeting(self, code: str | None) -> None:
        """Show the items of one meeting (all meetings when None)."""
        self.meeting_code = code
        i = self.model.field_index("meeting_code") if self.model._names else None
        if code is None or i is None:
            self.proxy.set_filter("meeting", None if code is None else (lambda r: False))
        else:
            self.proxy.set_filter("meeting", lambda r: r[i] == code)

    def _loaded(self, prepared) -> None:
        super()._loaded(prepared)
        self.show_meeting(self.meeting_code)

    def detail_title(self, row: dict[str, Any]) -> str:
        return f"{row['code']} – {row['meeting']}"

    def fill_row_menu(self, menu: QMenu, row: dict[str, Any] | None) -> None:
        if row is not None:
            menu.addAction(tr("Giao nhiệm vụ"), self.assign)

    def new_record(self) -> None:
        defaults: dict[str, Any] = {}
        if self.meeting_code:
            seqs = [
                r[self.model.field_index("seq")] or 0
                for r in self.model.rows
                if r[self.model.field_index("meeting_code")] == self.meeting_code
            ]
            defaults = {
                "meeting": self.meeting_code,
                "seq": max(seqs, default=0) + 1,
                # the meeting's own pattern: KL-TK-07 after KL-TK-06
                "code": self.ctx.ops.call(meetings.next_conclusion_code, self.meeting_code),
            }
        self.actions_.new(defaults)

    def assign(self, *, lead_agency: str | None = None, confirm: bool = True):
        """Giao nhiệm vụ: the task form, filled in from this conclusion item for the officer
        to check; saved, the task is linked to the item and shown (returns the dialog)."""
        row = self.selected_row()
        if row is None:
            return None
        if (
            row["tasks"]
            and confirm
            and not common.ask(
                self,
                tr("Giao nhiệm vụ"),
                tr("Kết luận {code} đã có nhiệm vụ {tasks}. Giao thêm một nhiệm vụ nữa?").format(
                    code=row["code"], tasks=row["tasks"]
                ),
            )
        ):
            return None
        dialog = assign_dialog(self.ctx, row["code"], self, lead_agency=lead_agency)
        dialog.saved.connect(lambda task: emit(self.assigned, task))
        return dialog


def assign_dialog(ctx, code: str, parent: QWidget, *, lead_agency: str | None = None):
    """Giao nhiệm vụ from conclusion item ``code``: the task form filled in from the item
    (open, returned); saved, the task is linked to the item and the status bar says so. The
    conclusions list and the "Cần xử lý" view both use it."""
    from dxdesk.gui.dialogs.record import RecordDialog

    draft = ctx.ops.call(meetings.task_draft, code, lead_agency=lead_agency)
    dialog = RecordDialog(ctx, "task", defaults=draft, parent=parent)
    dialog.setWindowTitle(tr("Giao nhiệm vụ từ kết luận {code}").format(code=code))
    dialog.saved.connect(
        lambda task: emit(
            ctx.notify,
            tr("Đã giao nhiệm vụ {task} từ kết luận {item}.").format(task=task["code"], item=code),
        )
    )
    dialog.open()
    return dialog


class MeetingsPage(QWidget):
    """Meetings and their conclusions, one above the other."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.title = tr("Cuộc họp & Kết luận")
        self.meetings = MeetingList(ctx, self)
        self.conclusions = ConclusionList(ctx, self)
        self.meetings.selection_changed.connect(
            lambda row: self.conclusions.show_meeting(row["code"] if row else None)
        )
        self.heading = QLabel(self)
        self.heading.setContentsMargins(10, 4, 10, 0)
        self.meetings.selection_changed.connect(self._show_heading)
        lower = QWidget(self)
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.heading)
        box.addWidget(self.conclusions, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.meetings)
        splitter.addWidget(lower)
        splitter.setSizes([260, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _show_heading(self, row: dict[str, Any] | None) -> None:
        title = html.escape(row["title"]) if row else ""
        self.heading.setText(
            "<b>" + html.escape(tr("Nội dung kết luận")) + "</b>" + (f" – {title}" if title else "")
        )

    def current(self) -> ListPage:
        return self.conclusions if self.conclusions.table.hasFocus() else self.meetings
