"""Mục tiêu: every target with its latest result, % of plan and official band."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtWidgets import QMenu

from dxdesk.core.domain.enums import Band, Direction, TargetKind
from dxdesk.core.services import lists
from dxdesk.core.services.tables import Table
from dxdesk.gui import labels
from dxdesk.gui.i18n import translator_for
from dxdesk.gui.models.table import ENUM, NUMBER, PERCENT, PERIOD, Column
from dxdesk.gui.views.base import ListFilter, ListPage, distinct_options
from dxdesk.gui.views.records import RecordActions

tr = translator_for("TargetsPage")


def _equals(column: str):
    def make(value: Any, table: Table):
        i = table.index(column)
        return lambda r: r[i] == value

    return make


def rank_html(e: dict[str, Any]) -> str:
    """The detail pane of a target judged from an index rank (``rank_goals.entry``)."""
    goal = e["goal"]
    if goal["group"]:
        wanted = labels.tr(goal["group_label"])
    elif goal["of"]:
        wanted = tr("top {rank}/{of}").format(rank=goal["rank"], of=goal["of"])
    else:
        wanted = tr("top {rank}").format(rank=goal["rank"])
    what = e["family"] + (f" {e['component']}" if e["component"] else "")
    lines = [tr("Chỉ số: {index}").format(index=what), tr("Mục tiêu: {goal}").format(goal=wanted)]
    used = e["rank_used"]
    if used is None:
        lines.append(tr("Chưa có thứ hạng được công bố."))
    else:
        lines.append(tr("Thứ hạng dùng để đánh giá: {rank}/{of} (năm {year})").format(**used))
        lines.append(
            tr("Ngưỡng đạt với {of} tỉnh: hạng {limit} trở lên").format(
                of=used["of"], limit=e["limit"]
            )
        )
        lines.append(tr("Đánh giá: đạt") if e["met"] else tr("Đánh giá: chưa đạt"))
    head = "<h4 style='margin:8px 0 2px 0'>" + html.escape(tr("Theo thứ hạng chỉ số")) + "</h4>"
    return head + "<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in lines) + "</ul>"


class TargetsPage(ListPage):
    """The targets of the register, judged at the as-of date."""

    entity = "target"
    settings_key = "targets"
    watches = frozenset(
        {"target", "measurement", "milestone", "agency", "document", "meeting", "pillar"}
        | {"target_rank_goal", "index_score"}
    )

    def __init__(self, ctx, parent=None):
        self.title = tr("Mục tiêu")
        self.noun = tr("mục tiêu")
        super().__init__(ctx, parent)
        self.actions_ = RecordActions(self, "target")
        self.add_button(tr("Thêm mục tiêu"), self.new_record, tr("Ctrl+N"))
        self.add_button(tr("Ghi kết quả…"), self.measure)

    def columns(self) -> list[Column]:
        return [
            # at 1366×768 beside the detail pane the shown columns fit (~815 px), so the
            # band's label ("Hoàn thành và vượt kế hoạch giao") is never cut; the text
            # column takes any spare width
            Column("code", tr("Mã"), 64),
            Column("text", tr("Nội dung mục tiêu"), 160),
            Column("goal", tr("Kế hoạch năm"), 104, NUMBER),  # what the % of plan is of
            Column("unit", tr("Đơn vị"), 60),
            Column("latest_value", tr("Kết quả"), 72, NUMBER),
            Column("percent", tr("% kế hoạch"), 86, PERCENT),
            Column(
                "band", tr("Mức đánh giá"), 262, ENUM, labels.enum_labels(Band), labels.BAND_COLOURS
            ),
            Column("latest_period", tr("Kỳ"), 110, PERIOD, hidden=True),
            Column("lead_agency", tr("Chủ trì"), 170, hidden=True),
            Column("pillar", tr("Trụ cột"), 120, hidden=True),
            Column("source", tr("Nguồn giao"), 140, hidden=True),
            Column("target_value", tr("Chỉ tiêu cuối kỳ"), 110, NUMBER, hidden=True),
            Column("baseline", tr("Giá trị gốc"), 90, NUMBER, hidden=True),
            Column(
                "direction",
                tr("Chiều đánh giá"),
                130,
                ENUM,
                labels.enum_labels(Direction),
                hidden=True,
            ),
            Column("kind", tr("Dạng"), 90, ENUM, labels.enum_labels(TargetKind), hidden=True),
        ]

    def fetch(self, as_of: date) -> Table:
        return lists.target_list(as_of)

    def list_filters(self) -> list[ListFilter]:
        return [
            ListFilter(
                "pillar",
                tr("Mọi trụ cột"),
                lambda t: distinct_options(t, "pillar_code", "pillar"),
                _equals("pillar_code"),
            ),
            ListFilter(
                "agency",
                tr("Mọi cơ quan"),
                lambda t: distinct_options(t, "lead_code", "lead_agency"),
                _equals("lead_code"),
            ),
            ListFilter(
                "source",
                tr("Mọi nguồn giao"),
                lambda t: distinct_options(t, "source_key", "source"),
                _equals("source_key"),
            ),
            ListFilter(
                "band",
                tr("Mọi mức đánh giá"),
                lambda _t: [(labels.tr(b.label), b.value) for b in Band],
                _equals("band"),
            ),
        ]

    def detail_title(self, row: dict[str, Any]) -> str:
        return f"{row['code']} – {row['text']}"

    def detail_extra(self, row: dict[str, Any]) -> Any:
        from dxdesk.core.services.rank_goals import code_rank

        as_of = self.ctx.state.as_of
        return lists.measurement_list(row["code"], as_of), code_rank(row["code"], as_of)

    def detail_extra_html(self, row: dict[str, Any], extra: tuple[Table, Any]) -> str:
        extra, ranked = extra
        if ranked is not None:  # judged from an index rank: the goal and the rank used
            return rank_html(ranked)
        head = "<h4 style='margin:8px 0 2px 0'>" + html.escape(tr("Kết quả theo kỳ")) + "</h4>"
        if not extra.rows:
            return head + "<p style='color:#666'>" + html.escape(tr("Chưa có kết quả.")) + "</p>"
        items = "".join(
            f"<li><b>{html.escape(labels.period(p))}</b>{' – ' + html.escape(u) if u else ''}: "
            f"{labels.number(v)} ({labels.iso_to_display(d)}{', ' + html.escape(a) if a else ''})"
            f"{' – ' + html.escape(n) if n else ''}</li>"
            for p, d, v, a, n, u in extra.rows
        )
        return head + f"<ul>{items}</ul>"

    def fill_row_menu(self, menu: QMenu, row: dict[str, Any] | None) -> None:
        if row is not None:
            menu.addAction(tr("Ghi kết quả…"), self.measure)
            menu.addAction(tr("Kết quả theo đơn vị…"), self.show_units)

    def show_units(self) -> None:
        """The units × periods table of the selected target (issue 16 part 2)."""
        row = self.selected_row()
        if row is None:
            return
        from dxdesk.core.services.units import target_units
        from dxdesk.gui.dialogs.target_units import TargetUnitsDialog

        data = self.ctx.ops.call(target_units, row["code"], self.ctx.state.as_of)
        TargetUnitsDialog(data, self).open()

    def measure(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from dxdesk.gui.dialogs.small import MeasureDialog

        MeasureDialog(self.ctx, row["code"], row["text"], row.get("unit") or "", self).open()
