"""Tổng quan: the register at a glance at the as-of date.

Targets by band, tasks by status and timeliness, overdue tasks by agency, the next meeting
and what remains of the last meeting's conclusions. ``plots_area`` is the slot the plots
(pyqtgraph, another module) are put in: an empty QWidget with a QVBoxLayout.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dxdesk.core.domain import agency_roles
from dxdesk.core.domain.enums import Band, ConclusionState, TaskStatus, Timeliness
from dxdesk.core.domain.formats import fmt_date, fmt_number
from dxdesk.core.domain.rules import completion_rate
from dxdesk.gui import labels, style
from dxdesk.gui.context import Context
from dxdesk.gui.qtcompat import emit
from dxdesk.gui.views.loading import LoadsWhenShown

TABLE_ROWS = 5  # rows each overview table shows at least (1366×768)


def _dot(colour: str) -> str:
    return f"<span style='color:{colour};font-size:15px'>●</span>"


@contextmanager
def _filling(table: QTableWidget) -> Iterator[None]:
    """Refill ``table`` with its column sizes held: a ResizeToContents column measures every
    row again at each ``setItem`` (75 ms for 40 agencies), once is enough."""
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(table.columnCount())]
    for c in range(len(modes)):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
    try:
        yield
    finally:
        for c, mode in enumerate(modes):
            header.setSectionResizeMode(c, mode)


class Card(QFrame):
    """A titled box of rich text."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(style.CARD)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(f"<b>{html.escape(title)}</b>", self)
        self.body = QLabel(self)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)


def _link(figure: int | None, text: str) -> str:
    """A figure the officer can click (``figure``: its index in OverviewPage.figures)."""
    if figure is None:
        return text
    return f"<a href='{figure}' style='color:inherit;text-decoration:none'>{text}</a>"


def _rows(pairs: list[tuple], total: int | None = None) -> str:
    """An HTML table of (colour, label, count[, figure]) lines, with shares of ``total``."""
    out = ["<table cellspacing='0' cellpadding='1' width='100%'>"]
    for colour, label, count, *figure in pairs:
        share = f"{labels.percent(count * 100 / total)}" if total else ""
        link = figure[0] if figure and count else None
        out.append(
            f"<tr><td>{_dot(colour) if colour else ''} {_link(link, html.escape(label))}</td>"
            f"<td align='right'><b>{_link(link, fmt_number(count))}</b></td>"
            f"<td align='right' style='color:#666'>&nbsp;{share}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


class OverviewPage(LoadsWhenShown, QWidget):
    """Cards and tables of the summary at the as-of date."""

    loaded = Signal()
    # a figure was clicked: the list to open, {"view": "tasks", "agency": code, …}
    open_tasks = Signal(dict)

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Tổng quan")
        self.data: dict[str, Any] | None = None
        # every clickable figure shown: (its number, the filters of the list it opens)
        self.figures: list[tuple[int, dict[str, Any]]] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        self.targets_card = Card(self.tr("Mục tiêu theo mức đánh giá"), self)
        self.tasks_card = Card(self.tr("Nhiệm vụ theo trạng thái"), self)
        self.time_card = Card(self.tr("Nhiệm vụ theo tiến độ"), self)
        self.meeting_card = Card(self.tr("Cuộc họp"), self)
        self.overdue = self._table(
            [self.tr("Cơ quan chủ trì"), self.tr("Quá hạn"), self.tr("Đang làm"), self.tr("Tổng")]
        )
        self.overdue.cellClicked.connect(self._agency_clicked)
        for card in (self.targets_card, self.tasks_card, self.time_card):
            card.body.linkActivated.connect(self._figure_clicked)
        self.heading.linkActivated.connect(self._figure_clicked)  # since the last meeting
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.remaining = self._table(
            [self.tr("TT"), self.tr("Nội dung kết luận còn lại"), self.tr("Kết quả")]
        )
        self.overdue_title = QLabel("<b>" + self.tr("Nhiệm vụ quá hạn theo cơ quan") + "</b>", self)
        self.remaining_title = QLabel(self)
        self.plots_area = QWidget(self)
        self.plots_area.setObjectName("plots_area")
        self.plots_area.setLayout(QVBoxLayout())
        self.plots_area.layout().setContentsMargins(0, 0, 0, 0)
        placeholder = QLabel(self.tr("Biểu đồ tiến độ"), self.plots_area)
        placeholder.setObjectName("plots_placeholder")  # the plots module removes it
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setStyleSheet("color:#999; border:1px dashed #C8CDD3; border-radius:6px;")
        self.plots_area.layout().addWidget(placeholder)
        self.plots_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._build()
        ctx.state.changed.connect(self.mark_stale)
        ctx.state.since_changed.connect(self.mark_stale)
        ctx.ops.changed.connect(self._on_changed)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setStyleSheet(style.HEADER)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for c in range(len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1 if len(headers) == 3 else 0, QHeaderView.ResizeMode.Stretch)
        # rows as tall as the text needs, and room for TABLE_ROWS of them at 1366×768
        row = table.fontMetrics().height() + 6
        table.verticalHeader().setDefaultSectionSize(row)
        table.verticalHeader().setMinimumSectionSize(row)
        table.setMinimumHeight(
            header.sizeHint().height() + TABLE_ROWS * row + 2 * table.frameWidth()
        )
        return table

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.heading, 0, 0, 1, 4)
        grid.addWidget(self.targets_card, 1, 0)
        grid.addWidget(self.tasks_card, 1, 1)
        grid.addWidget(self.time_card, 1, 2)
        grid.addWidget(self.meeting_card, 1, 3)
        grid.addWidget(self.overdue_title, 2, 0, 1, 2)
        grid.addWidget(self.remaining_title, 2, 2, 1, 2)
        grid.addWidget(self.overdue, 3, 0, 1, 2)
        grid.addWidget(self.remaining, 3, 2, 1, 2)
        grid.addWidget(self.plots_area, 4, 0, 1, 4)
        for c in range(4):
            grid.setColumnStretch(c, 1)
        # the tables keep their TABLE_ROWS; the room a large screen adds goes mostly to the plot
        grid.setRowStretch(3, 1)
        grid.setRowStretch(4, 3)

    # -- loading -------------------------------------------------------------------------
    def _on_changed(self, _entities: frozenset[str]) -> None:
        self.mark_stale()

    def start_load(self, as_of: date) -> None:
        from dxdesk.gui.views.since import overview_reader

        self.ctx.ops.run(
            self.ctx.state.scoped(overview_reader(as_of, self.ctx.state.since)),
            done=self._loaded,
            failed=self.load_failed,
            label=self.title,
        )

    def _loaded(self, data: dict[str, Any]) -> None:
        if not self.load_finished():
            return
        self.data = data
        self._show(data)
        from dxdesk.gui.views.since import show_on_heading

        show_on_heading(self, data.get("since"))
        emit(self.loaded)

    # -- showing -------------------------------------------------------------------------
    def _show(self, data: dict[str, Any]) -> None:
        as_of = self.ctx.state.as_of
        period = self.ctx.state.period
        when = labels.period(period) + ", " if period else ""
        chosen = (data.get("programme") or {}).get("code")
        if chosen == "khong":
            when = self.tr("việc không thuộc chương trình nào") + ", " + when
        elif chosen:
            when = self.tr("chương trình {code}").format(code=chosen) + ", " + when
        self.heading.setText(
            "<span style='font-size:15px'><b>"
            + html.escape(self.tr("Tình hình thực hiện"))
            + f"</b> "
            f"– {html.escape(when)}"
            + html.escape(self.tr("tính đến ngày"))
            + f" {fmt_date(as_of)}</span>"
        )
        targets, tasks = data["targets"], data["tasks"]
        self.figures = []
        bands = [
            (
                labels.BAND_COLOURS[b.value],
                labels.tr(b.label),
                targets["by_band"][b.value],
                self._figure(targets["by_band"][b.value], "targets", band=b.value),
            )
            for b in Band
        ]
        self.targets_card.body.setText(
            ""
            + self.tr("Tổng số")
            + ": <b>"
            + _link(self._figure(targets["total"], "targets"), fmt_number(targets["total"]))
            + "</b>"
            + _rows(bands, targets["total"])
        )
        statuses = [
            (
                labels.STATUS_COLOURS[s.value],
                labels.tr(s.label),
                tasks["by_status"][s.value],
                self._figure(tasks["by_status"][s.value], "tasks", status=s.value),
            )
            for s in TaskStatus
        ]
        # from the counts, rounded once as in the brief (the summary's is rounded to 2 places)
        rate = completion_rate(tasks["by_status"]["done"], tasks["by_timeliness"]["overdue"])
        self.tasks_card.body.setText(
            ""
            + self.tr("Tổng số")
            + ": <b>"
            + _link(self._figure(tasks["total"], "tasks"), fmt_number(tasks["total"]))
            + "</b>"
            + _rows(statuses, tasks["total"])
            + "<p>"
            + self.tr("Tỷ lệ hoàn thành (QĐ 42/2014: xong ÷ (xong + quá hạn))")
            + f": <b>{labels.percent(rate) if rate is not None else '–'}</b></p>"
        )
        times = [
            (
                labels.TIMELINESS_COLOURS[t.value],
                labels.tr(t.label),
                tasks["by_timeliness"][t.value],
                self._figure(tasks["by_timeliness"][t.value], "tasks", timeliness=t.value),
            )
            for t in Timeliness
        ]
        self.time_card.body.setText(_rows(times))
        self.meeting_card.body.setText(self._meetings_html(data))
        self._fill_overdue(tasks["overdue_by_agency"])
        self._fill_remaining(data.get("last_meeting"))

    def _meetings_html(self, data: dict[str, Any]) -> str:
        parts = []
        nxt = data.get("next_meeting")
        if nxt:
            parts.append(
                "" + self.tr("Cuộc họp tới") + f": <b>{html.escape(nxt['title'])}</b>, "
                f"{labels.iso_to_display(nxt['date'])}"
            )
        else:
            parts.append(
                "<span style='color:#666'>" + self.tr("Chưa có lịch họp tiếp theo.") + "</span>"
            )
        last = data.get("last_meeting")
        if last:
            left = len(last["remaining"])
            parts.append(
                "<p>" + self.tr("Cuộc họp gần nhất") + f": <b>{html.escape(last['title'])}</b> "
                f"({labels.iso_to_display(last['date'])})<br>"
                + self.tr("{left} / {n} nội dung kết luận chưa xong").format(
                    left=left, n=last["items"]
                )
                + "</p>"
            )
        # the meetings before: one line each, told apart by their date (the title, long and
        # with a common prefix, is in the tooltip)
        earlier = [
            c for c in data.get("conclusions", []) if not last or c["meeting"] != last["code"]
        ][-2:]
        for c in earlier:
            parts.append(
                f"<br>{labels.iso_to_display(c['date'])}: "
                + self.tr("{done}/{n} xong, {na} chưa giao").format(
                    done=c["done"], n=c["items"], na=c["not_assigned"]
                )
            )
        self.meeting_card.setToolTip(
            "\n".join(f"{labels.iso_to_display(c['date'])} – {c['label']}" for c in earlier)
        )
        return "".join(parts)

    def _fill_overdue(self, rows: list[dict[str, Any]]) -> None:
        rows = [r for r in rows if r["overdue"]] or rows
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        with _filling(self.overdue):
            self.overdue.setRowCount(len(rows))
            for i, r in enumerate(rows):
                cells = (r["label"], r["overdue"], r["in_progress"], r["total"])
                # each number opens the tasks it counts: by lead agency (FIGURES_ROLE)
                agency = {
                    "agency": r["code"] or agency_roles.NO_LEAD,
                    "role": agency_roles.FIGURES_ROLE,
                }
                wheres = (
                    {"timeliness": "overdue"},
                    {"timeliness": "overdue"},
                    {"status": "in_progress"},
                    {},
                )
                for c, value in enumerate(cells):
                    item = QTableWidgetItem(str(value) if c else value)
                    where = {"view": "tasks", **agency, **wheres[c]}
                    if c:
                        self._figure(int(value), **where)
                    item.setData(Qt.ItemDataRole.UserRole, where)
                    if c:
                        item.setTextAlignment(right)
                    self.overdue.setItem(i, c, item)

    def _fill_remaining(self, last: dict[str, Any] | None) -> None:
        rows = last["remaining"] if last else []
        self.remaining_title.setText(
            "<b>"
            + self.tr("Kết luận chưa xong")
            + "</b>"
            + (f" – {html.escape(last['title'])}" if last else "")
        )
        with _filling(self.remaining):
            self.remaining.setRowCount(len(rows))
            for i, r in enumerate(rows):
                state = r["state"]
                colour = labels.CONCLUSION_COLOURS.get(state, "#999999")
                cells = (str(r["seq"] or ""), r["text"], labels.enum_label(ConclusionState, state))
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    if c == 2:
                        item.setIcon(labels.dot(colour))
                    self.remaining.setItem(i, c, item)

    def _agency_clicked(self, row: int, column: int) -> None:
        item = self.overdue.item(row, column)
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            emit(self.open_tasks, dict(item.data(Qt.ItemDataRole.UserRole)))

    def _figure(self, count: int, view: str | None = None, **filters: Any) -> int:
        """Note a clickable figure; its index (the link the card's text carries)."""
        self.figures.append((count, {"view": view or filters.pop("view"), **filters}))
        return len(self.figures) - 1

    def _figure_clicked(self, link: str) -> None:
        if link == "since":  # "đổi ngày"
            from dxdesk.gui.views.since import SinceDialog

            self.since_dialog = SinceDialog(self.ctx.state, self)
            return self.since_dialog.open()
        emit(self.open_tasks, dict(self.figures[int(link)][1]))
