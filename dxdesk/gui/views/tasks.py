"""Nhiệm vụ: every task with its status and timeliness at the as-of date."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtWidgets import QMenu

from dxdesk.core.domain import agency_roles
from dxdesk.core.domain.enums import TaskStatus, Timeliness
from dxdesk.core.services.tables import FIRST_ROWS, Table
from dxdesk.gui import labels
from dxdesk.gui.i18n import translator_for
from dxdesk.gui.models.table import DATE, ENUM, FLAG, Column
from dxdesk.gui.views import since as since_view
from dxdesk.gui.views.base import ListFilter, ListPage, distinct_options
from dxdesk.gui.views.records import RecordActions

tr = translator_for("TasksPage")


def task_columns() -> list[Column]:
    return [
        Column("code", tr("Mã"), 80),
        Column("text", tr("Nội dung nhiệm vụ"), 235),
        Column("lead_agency", tr("Chủ trì"), 140),
        Column("deadline", tr("Thời hạn"), 86, DATE),
        Column(
            "status_at",
            tr("Trạng thái"),
            130,
            ENUM,
            labels.enum_labels(TaskStatus),
            labels.STATUS_COLOURS,
        ),
        Column(
            "timeliness",
            tr("Tiến độ"),
            205,
            ENUM,
            labels.enum_labels(Timeliness),
            labels.TIMELINESS_COLOURS,
        ),
        # what changed since the last meeting (or the chosen date): views/since.py
        Column("change", tr("Thay đổi"), 150, ENUM, since_view.change_labels(), hidden=True),
        Column("coordinators", tr("Phối hợp"), 160, hidden=True),
        Column("source", tr("Nguồn giao"), 150, hidden=True),
        Column("pillar", tr("Trụ cột"), 120, hidden=True),
        Column("task_group", tr("Nhóm nhiệm vụ"), 120, hidden=True),
        Column("assigned_on", tr("Ngày giao"), 88, DATE, hidden=True),
        Column("completed_on", tr("Ngày hoàn thành"), 100, DATE, hidden=True),
        Column("blocker", tr("Khó khăn, vướng mắc"), 200, hidden=True),
        Column("last_note_on", tr("Ghi tiến độ gần nhất"), 100, DATE, hidden=True),
        Column("due_soon", tr("Sắp đến hạn"), 80, FLAG, hidden=True, searchable=False),
    ]


def _agency_options(table: Table) -> list[tuple[str, Any]]:
    options = dict((v, label) for label, v in distinct_options(table, "lead_code", "lead_agency"))
    ci, ni = table.index("coordinator_codes"), table.index("coordinators")
    for row in table.rows:
        if row[ci]:
            for code, name in zip(row[ci].split(","), row[ni].split("; "), strict=False):
                options.setdefault(code, name)
    from dxdesk.gui.models import textkeys

    out = sorted(
        ((name, code) for code, name in options.items()), key=lambda o: textkeys.sort_key(o[0])
    )
    li = table.index("lead_code")
    if any(not row[li] for row in table.rows):
        out.append((tr("Chưa giao cơ quan chủ trì"), agency_roles.NO_LEAD))
    return out


def _role_options(_table: Table) -> list[tuple[str, Any]]:
    return [(tr("Chủ trì"), agency_roles.LEAD)]


def _any_row(_value: Any, _table: Table):
    return lambda _r: True


def _equals(column: str):
    def make(value: Any, table: Table):
        i = table.index(column)
        return lambda r: r[i] == value

    return make


def _timeliness_options(_table: Table) -> list[tuple[str, Any]]:
    return [
        *((labels.tr(t.label), t.value) for t in Timeliness),
        (tr("Sắp đến hạn (7 ngày)"), "due_soon"),
    ]


def _timeliness_filter(value: str, table: Table):
    if value == "due_soon":
        i = table.index("due_soon")
        return lambda r: bool(r[i])
    i = table.index("timeliness")
    return lambda r: r[i] == value


class TasksPage(ListPage):
    """The tasks of the register at the as-of date."""

    entity = "task"
    settings_key = "tasks"
    since_data = None  # the changes the last fetch counted (core.services.since.Since)
    watches = frozenset({"task", "note", "agency", "document", "conclusion", "meeting", "pillar"})

    def __init__(self, ctx, parent=None):
        self.title = tr("Nhiệm vụ")
        self.noun = tr("nhiệm vụ")
        super().__init__(ctx, parent)
        self.actions_ = RecordActions(self, "task")
        self.add_button(tr("Thêm nhiệm vụ"), self.new_record, tr("Ctrl+N"))
        self.add_button(tr("Ghi tiến độ…"), self.add_note)
        self.add_button(tr("Hoàn thành…"), self.mark_done, tr("Đánh dấu hoàn thành"))
        role = self._filters["role"][1]  # its meaning must read whole
        role.setMinimumWidth(role.fontMetrics().horizontalAdvance(role.itemText(0)) + 44)
        ctx.state.changed.connect(self._period_options)
        ctx.state.since_changed.connect(self.mark_stale)

    def columns(self) -> list[Column]:
        return task_columns()

    first_rows = FIRST_ROWS

    # The core's services (and peewee under them) are imported on the lane, when the page
    # first reads: the start-up preview paints this page before they are loaded.
    def fetch(self, as_of: date) -> Table:
        from dxdesk.core.services import lists, since

        changes = since.changes_since(self.ctx.state.since, as_of)
        self.since_data = changes  # the filter's choices name its date
        return since_view.with_changes(lists.task_list(as_of), changes.by_task if changes else {})

    def fetch_first(self, as_of: date, limit: int) -> Table:
        from dxdesk.core.services import lists

        return since_view.with_changes(lists.task_list(as_of, limit=limit), {})

    def show_preview(self, table: Table) -> None:
        super().show_preview(since_view.with_changes(table, {}))

    def list_filters(self) -> list[ListFilter]:
        return [
            ListFilter(
                "pillar",
                tr("Mọi trụ cột"),
                lambda t: distinct_options(t, "pillar_code", "pillar"),
                _equals("pillar_code"),
            ),
            ListFilter("agency", tr("Mọi cơ quan"), _agency_options, self._agency_filter),
            # what "an agency's tasks" means (core: domain.agency_roles); the figures count
            # by lead agency, and a click on one sets "Chủ trì" here
            ListFilter("role", tr("Chủ trì hoặc phối hợp"), _role_options, _any_row),
            ListFilter(
                "source",
                tr("Mọi nguồn giao"),
                lambda t: distinct_options(t, "source_key", "source"),
                _equals("source_key"),
            ),
            ListFilter(
                "status",
                tr("Mọi trạng thái"),
                lambda _t: [(labels.tr(s.label), s.value) for s in TaskStatus],
                _equals("status_at"),
            ),
            ListFilter("timeliness", tr("Mọi tiến độ"), _timeliness_options, _timeliness_filter),
            ListFilter("period", tr("Mọi kỳ"), self._period_choices, self._period_filter),
            ListFilter(
                "change",
                tr("Mọi thay đổi"),
                lambda _t: since_view.change_options(
                    self.since_data.since if self.since_data else None
                ),
                since_view.change_filter,
            ),
        ]

    def _agency_filter(self, code: str, table: Table):
        li, ci = table.index("lead_code"), table.index("coordinator_codes")
        role = self._filters["role"][1].currentData() or agency_roles.LEAD_OR_COORDINATING
        return lambda r: agency_roles.involves(role, code, r[li], r[ci])

    def _filter_picked(self, name: str) -> None:
        super()._filter_picked(name)
        if name == "role":  # the agency filter reads the role
            super()._filter_picked("agency")
        elif name == "change":
            self._show_changes(self._filters["change"][1].currentData() is not None)

    _change_shown_by_filter = False

    def set_column_visible(self, column: int, visible: bool) -> None:
        if self.model.columns[column].key == "change":  # the officer's choice from now on
            self._change_shown_by_filter = False
        super().set_column_visible(column, visible)

    def _show_changes(self, filtered: bool) -> None:
        """Filtering by a change shows the "Thay đổi" column (hidden by default), so each
        row says what changed; back to every change, it hides again if the filter showed
        it (not if the officer did). The remembered columns are left as they were."""
        header = self.table.horizontalHeader()
        column = [c.key for c in self.model.columns].index("change")
        if filtered and header.isSectionHidden(column):
            header.setSectionHidden(column, False)
            self._change_shown_by_filter = True
        elif not filtered and self._change_shown_by_filter:
            header.setSectionHidden(column, True)
            self._change_shown_by_filter = False
        else:
            return
        self.fit_long_column()

    def _period_choices(self, _table: Table) -> list[tuple[str, Any]]:
        if not self.ctx.state.period:
            return []
        name = labels.period(self.ctx.state.period)
        return [
            (tr("Hạn trong {p}").format(p=name), "deadline"),
            (tr("Giao trong {p}").format(p=name), "assigned_on"),
            (tr("Hoàn thành trong {p}").format(p=name), "completed_on"),
        ]

    def _period_filter(self, column: str, table: Table):
        from dxdesk.core.services import lists

        start, end = lists.period_bounds(self.ctx.state.period or str(self.ctx.state.as_of.year))
        i, lo, hi = table.index(column), start.isoformat(), end.isoformat()
        return lambda r: r[i] is not None and lo <= r[i] <= hi

    def _period_options(self) -> None:
        """The period changed: only the period filter's choices follow (named after it)."""
        self.refill_filter("period", self._period_choices(Table(self.model._names, [])))

    def detail_title(self, row: dict[str, Any]) -> str:
        return f"{row['code']} – {row['text']}"

    def detail_extra(self, row: dict[str, Any]) -> Any:
        from dxdesk.core.services import lists

        return lists.note_list(row["code"])

    def detail_extra_html(self, row: dict[str, Any], extra: Table) -> str:
        if not extra.rows:
            return "<p style='color:#666'>" + html.escape(tr("Chưa có ghi chú tiến độ.")) + "</p>"
        items = "".join(
            f"<li><b>{labels.iso_to_display(d)}</b> {html.escape(t)}"
            f"{' – ' + html.escape(a) if a else ''}</li>"
            for d, t, a in extra.rows
        )
        return (
            "<h4 style='margin:8px 0 2px 0'>"
            + html.escape(tr("Ghi chú tiến độ"))
            + f"</h4><ul>{items}</ul>"
        )

    def fill_row_menu(self, menu: QMenu, row: dict[str, Any] | None) -> None:
        if row is not None:
            menu.addAction(tr("Ghi tiến độ…"), self.add_note)
            if row.get("status") in (TaskStatus.DONE.value, TaskStatus.DROPPED.value):
                menu.addAction(tr("Mở lại nhiệm vụ"), self.reopen)
            else:
                menu.addAction(tr("Đánh dấu hoàn thành…"), self.mark_done)
                menu.addAction(tr("Không thực hiện nữa…"), self.mark_dropped)

    def mark_done(self, status: TaskStatus = TaskStatus.DONE):
        """Ask the completion date (the working date by default), then record it."""
        row = self.selected_row()
        if row is None or not self.editable():
            return None
        from dxdesk.gui.dialogs.task_status import close_task

        return close_task(self.ctx, row, status, self)

    def mark_dropped(self):
        return self.mark_done(TaskStatus.DROPPED)

    def reopen(self) -> None:
        row = self.selected_row()
        if row is not None and self.editable():
            from dxdesk.gui.dialogs.task_status import reopen_task

            reopen_task(self.ctx, row)

    def add_note(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from dxdesk.gui.dialogs.small import NoteDialog

        NoteDialog(self.ctx, row["code"], row["text"], self).open()
