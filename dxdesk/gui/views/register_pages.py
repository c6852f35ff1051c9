"""Pages of the register's index scores (issue 16 part 3): read-only tables built from the
services (``indices.family_view``), reloaded when the data they show changes; the picker page
and table helpers the drafts page (``views/drafts.py``) shares."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dxdesk.gui.context import Context
from dxdesk.gui.views.loading import LoadsWhenShown


def _table(parent: QWidget, headers: list[str], stretch: list[int]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for c in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if c in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(c, mode)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()


def _cell(entry: dict[str, Any]) -> str:
    """'0,8000', 'hạng 17/63' or '0,8000; hạng 17/63': only what was published."""
    from dxdesk.core.services.indices import rank_text, score_text

    parts = [score_text(entry["score"])] if entry.get("score") is not None else []
    if entry.get("rank") is not None:
        parts.append(
            QCoreApplication.translate("IndicesPage", "hạng {rank}").format(rank=rank_text(entry))
        )
    return "; ".join(parts)


class _PickerPage(LoadsWhenShown, QWidget):
    """A heading, a picker of one record (a draft, an index family) and what it shows."""

    loaded = Signal()
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        self.picker = QComboBox(self)
        self.picker.setMinimumContentsLength(30)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.currentIndexChanged.connect(lambda _i: self.refresh())
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.top = QHBoxLayout()
        self.top.addWidget(self.heading)
        self.top.addSpacing(16)
        self.top.addWidget(self.picker, 1)  # the spare width: a draft's title reads whole
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 8)
        self.body.addLayout(self.top)
        self.body.addWidget(self.intro)
        ctx.state.changed.connect(self.mark_stale)
        ctx.ops.changed.connect(self._on_changed)

    def _on_changed(self, entities: frozenset[str]) -> None:
        if not self.watches or entities & self.watches:
            self.mark_stale()

    def chosen(self) -> str | None:
        return self.picker.currentData()

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """Keep the chosen record when it is still there."""
        keep = self.chosen()
        self.picker.blockSignals(True)
        self.picker.clear()
        for code, label in choices:
            self.picker.addItem(label, code)
        i = self.picker.findData(keep) if keep else -1
        self.picker.setCurrentIndex(i if i >= 0 else 0)
        self.picker.blockSignals(False)

    def start_load(self, as_of: date) -> None:
        chosen = self.chosen()
        self.ctx.ops.run(
            lambda: self.fetch(chosen, as_of),
            done=self._loaded,
            failed=self.load_failed,
            label=self.title,
        )

    def _loaded(self, data: dict[str, Any]) -> None:
        if not self.load_finished():
            return
        self.set_choices(data["choices"])
        self.show_data(data)
        self.loaded.emit()


class IndicesPage(_PickerPage):
    """An index family: the province's score and rank over the years, and its components."""

    watches = frozenset({"index_family", "index_component", "index_score"})

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        self.title = self.tr("Chỉ số & Xếp hạng")
        super().__init__(ctx, parent)
        self.heading.setText(self.title)
        self.overall = _table(
            self,
            [
                self.tr("Năm"),
                self.tr("Điểm"),
                self.tr("Xếp hạng"),
                self.tr("Thay đổi thứ hạng"),
                self.tr("Phiên bản"),
            ],
            [4],
        )
        self.components = _table(self, [self.tr("Chỉ số thành phần")], [0])
        self.body.addWidget(QLabel("<b>" + self.tr("Điểm và thứ hạng của tỉnh") + "</b>", self))
        self.body.addWidget(self.overall, 2)
        self.body.addWidget(
            QLabel("<b>" + self.tr("Chỉ số thành phần qua các năm (điểm; thứ hạng)") + "</b>", self)
        )
        self.body.addWidget(self.components, 3)

    def fetch(self, chosen: str | None, as_of: date) -> dict[str, Any]:
        from dxdesk.core.services import indices

        choices = indices.family_choices()
        with_scores = [c for c, _ in choices if indices.scores(c)]
        code = chosen or (with_scores[0] if with_scores else (choices[0][0] if choices else None))
        return {"choices": choices, "view": indices.family_view(code) if code else None}

    def show_data(self, data: dict[str, Any]) -> None:
        from dxdesk.core.services.indices import rank_text, score_text

        view = data["view"]
        if view is None or not view["overall"]:
            self.intro.setText(self.tr("Chưa có điểm, thứ hạng nào của bộ chỉ số này."))
        else:
            self.intro.setText(view["name"])
        rows, before = [], None
        for e in view["overall"] if view else []:
            move = ""
            if before is not None and e["rank"] is not None and before is not None:
                d = before - e["rank"]
                move = (
                    self.tr("tăng {n} bậc").format(n=d)
                    if d > 0
                    else (self.tr("giảm {n} bậc").format(n=-d) if d < 0 else self.tr("giữ nguyên"))
                )
            before = e["rank"]
            rows.append([str(e["year"]), score_text(e["score"]), rank_text(e), move, e["version"]])
        _fill(self.overall, rows)
        years = view["years"] if view else []
        names = {c["code"]: c["name"] for c in (view["structure"] if view else [])}
        comps = sorted(
            {e["component"] for e in (view["components"] if view else [])},
            key=lambda c: list(names).index(c) if c in names else 999,
        )
        self.components.setColumnCount(1 + len(years))
        self.components.setHorizontalHeaderLabels(
            [self.tr("Chỉ số thành phần")] + [str(y) for y in years]
        )
        cell = {(e["component"], e["year"]): e for e in (view["components"] if view else [])}
        crow = []
        for comp in comps:
            row = [f"{comp} {names.get(comp, '')}".strip()]
            for y in years:
                e = cell.get((comp, y))
                row.append("" if e is None else _cell(e))
            crow.append(row)
        header = self.components.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 1 + len(years)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        _fill(self.components, crow)
