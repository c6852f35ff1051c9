"""Since the last meeting, in the window: the tasks list's "Thay đổi" column and filter, the
overview's line ("+24 hoàn thành, 4 mới quá hạn kể từ 12/10/2023"), and choosing the date.

The changes come from one core service (``core.services.since``); the date is the window's
(``AppState.since``: None means the last meeting held before the as-of date).
"""

from __future__ import annotations

import html
from datetime import date
from itertools import combinations
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dxdesk.core.domain.formats import fmt_date
from dxdesk.core.services.tables import Table
from dxdesk.gui.i18n import translator_for

tr = translator_for("SinceView")

KINDS = ("done", "overdue", "new", "started", "dropped")
ANY = "any"


def kind_label(kind: str) -> str:
    return {
        "done": tr("Đã hoàn thành"),
        "overdue": tr("Mới quá hạn"),
        "new": tr("Giao mới"),
        "started": tr("Bắt đầu triển khai"),
        "dropped": tr("Không thực hiện nữa"),
    }[kind]


def change_labels() -> dict[str, str]:
    """Every combination of changes a task can show ("done,overdue" → "Hoàn thành, mới quá
    hạn"), for the column's labels."""
    out: dict[str, str] = {}
    for n in range(1, len(KINDS) + 1):
        for combo in combinations(KINDS, n):
            words = [kind_label(k) for k in combo]
            words[1:] = [w[:1].lower() + w[1:] for w in words[1:]]
            out[",".join(combo)] = ", ".join(words)
    return out


def with_changes(table: Table, by_task: dict[str, tuple[str, ...]]) -> Table:
    """The task list with a "change" column ('done,overdue', or '' for none)."""
    code = table.index("code")
    if not by_task:
        return Table((*table.columns, "change"), [(*r, "") for r in table.rows])
    joined = {k: ",".join(v) for k, v in by_task.items()}
    get = joined.get
    return Table((*table.columns, "change"), [(*r, get(r[code], "")) for r in table.rows])


def change_options(since: date | None) -> list[tuple[str, Any]]:
    if since is None:
        return []
    day = fmt_date(since)
    return [
        (tr("Có thay đổi kể từ {d}").format(d=day), ANY),
        *((tr("{what} kể từ {d}").format(what=kind_label(k), d=day), k) for k in KINDS),
    ]


def change_filter(value: str, table: Table):
    i = table.index("change")
    if value == ANY:
        return lambda r: bool(r[i])
    return lambda r: value in r[i].split(",")


def summary_html(data: Any, link) -> str:
    """The overview's line: '+24 hoàn thành, 4 mới quá hạn kể từ 12/10/2023 (Hội nghị …)'
    with each figure a link (``link(count, kind)`` → the figure's anchor text)."""
    if data is None:
        return ""
    counts = data.counts
    parts = []
    for kind, text in (
        ("done", tr("+{n} hoàn thành")),
        ("overdue", tr("{n} mới quá hạn")),
        ("new", tr("{n} giao mới")),
        ("started", tr("{n} bắt đầu triển khai")),
        ("dropped", tr("{n} không thực hiện nữa")),
    ):
        if counts.get(kind):
            parts.append(link(counts[kind], kind, html.escape(text.format(n=counts[kind]))))
    when = html.escape(tr("kể từ {d}").format(d=fmt_date(data.since)))
    if not parts:
        return html.escape(tr("Không có thay đổi nào kể từ {d}").format(d=fmt_date(data.since)))
    return ", ".join(parts) + " " + when


def heading_html(data: Any, link) -> str:
    """The overview heading's addition: '· +24 hoàn thành, … kể từ 12/10/2023 (đổi ngày)'."""
    if data is None:
        return ""
    change = "<a href='since'>" + html.escape(tr("đổi ngày")) + "</a>"
    return f"<span style='color:#444'>· {summary_html(data, link)} ({change})</span>"


def show_on_heading(page, data: Any) -> None:
    """Beside the overview's heading: what changed since the last meeting, each count a
    click-through figure of the page (``OverviewPage.figures``)."""
    from dxdesk.gui.views.overview import _link

    page.since_text = heading_html(
        data, lambda n, kind, text: _link(page._figure(n, "tasks", change=kind), text)
    )
    if page.since_text:
        page.heading.setText(page.heading.text() + "&nbsp;&nbsp;" + page.since_text)


def overview_reader(as_of: date, since: date | None):
    """The overview's read on the lane: the overview and the changes since ``since``."""

    def read() -> dict[str, Any]:
        from dxdesk.core.services import lists
        from dxdesk.core.services import since as changes

        data = lists.overview(as_of)
        data["since"] = changes.changes_since(since, as_of)
        return data

    return read


class SinceDialog(QDialog):
    """Choose the date the changes are counted from (or the last meeting, the default)."""

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(parent)
        from dxdesk.gui.widgets.dates import DateEdit

        self.state = state
        self.setWindowTitle(tr("So sánh với ngày"))
        self.date = DateEdit(self)
        self.date.set_value(state.since)
        self.date.line.setPlaceholderText(tr("cuộc họp gần nhất"))
        note = QLabel(
            tr(
                "Các thay đổi (hoàn thành, mới quá hạn, giao mới…) được tính từ ngày này đến "
                "ngày xem. Để trống: từ cuộc họp gần nhất trước ngày xem."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Kể từ ngày"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        last = QPushButton(tr("Cuộc họp gần nhất"), self)
        buttons.addButton(last, QDialogButtonBox.ButtonRole.ResetRole)
        last.clicked.connect(lambda: self.choose(None))
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#C0392B")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def _ok(self) -> None:
        try:
            day = self.date.value()
        except ValueError:
            self.error.setText(tr("Ngày không hợp lệ: hãy viết dd/mm/yyyy, ví dụ 12/10/2023."))
            return
        self.choose(day)

    def choose(self, day: date | None) -> None:
        self.state.set_since(day)
        self.accept()
