"""Pages of the register's drafts and index scores (issue 16 parts 3 and 5): read-only
tables built from the services (``drafts.draft_view``, ``indices.family_view``), reloaded
when the data they show changes. Editing goes through the CLI, the workbook or the record
dialogs; the table of comments is printed from here."""

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
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dxdesk.gui import labels
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


class DraftsPage(_PickerPage):
    """A draft: its indicators at their latest version, and the comments with their
    handling; "In bảng tổng hợp…" prints the official table."""

    watches = frozenset({"draft", "draft_indicator", "draft_comment", "target"})

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        self.title = self.tr("Dự thảo & Góp ý")
        super().__init__(ctx, parent)
        self.heading.setText(self.title)
        self.print_button = QPushButton(self.tr("In bảng tổng hợp ý kiến…"), self)
        self.print_button.clicked.connect(self.print_table)
        self.top.addWidget(self.print_button)
        self.indicators = _table(
            self,
            [
                self.tr("Mã"),
                self.tr("Lần"),
                self.tr("Chỉ tiêu"),
                self.tr("Năm 2025"),
                self.tr("Năm 2030"),
                self.tr("Mục tiêu"),
            ],
            [2],
        )
        self.comments = _table(
            self,
            [
                self.tr("TT"),
                self.tr("Người góp ý"),
                self.tr("Về"),
                self.tr("Nội dung góp ý"),
                self.tr("Xử lý"),
                self.tr("Lý do, cách tiếp thu"),
            ],
            [3, 5],
        )
        self.body.addWidget(QLabel("<b>" + self.tr("Chỉ tiêu của dự thảo") + "</b>", self))
        self.body.addWidget(self.indicators, 2)
        self.body.addWidget(
            QLabel("<b>" + self.tr("Ý kiến góp ý và việc tiếp thu, giải trình") + "</b>", self)
        )
        self.body.addWidget(self.comments, 3)

    def fetch(self, chosen: str | None, as_of: date) -> dict[str, Any]:
        from dxdesk.core.services import drafts

        choices = drafts.draft_choices()
        code = chosen if chosen in dict(choices) else (choices[0][0] if choices else None)
        return {"choices": choices, "view": drafts.draft_view(code) if code else None}

    def show_data(self, data: dict[str, Any]) -> None:
        view = data["view"]
        self.print_button.setEnabled(view is not None)
        if view is None:
            self.intro.setText(
                self.tr(
                    "Sổ chưa có dự thảo nào (dxdesk draft add, hoặc trang “Dự thảo” của tệp Excel)."
                )
            )
            _fill(self.indicators, [])
            _fill(self.comments, [])
            return
        counts = {k: 0 for k in ("tiep_thu", "giai_trinh", "khong_tiep_thu", "chua_xu_ly")}
        for c in view["comments"]:
            counts[c["handling"]] += 1
        adopted = (
            self.tr(" Đã thông qua bởi văn bản {doc}.").format(doc=view["adopted_document"])
            if view["adopted_document"]
            else ""
        )
        self.intro.setText(
            self.tr(
                "{n} ý kiến: tiếp thu {a}, giải trình {e}, không tiếp thu {r}, chưa xử lý {p}."
            ).format(
                n=len(view["comments"]),
                a=counts["tiep_thu"],
                e=counts["giai_trinh"],
                r=counts["khong_tiep_thu"],
                p=counts["chua_xu_ly"],
            )
            + adopted
        )
        rows = []
        for ind in view["indicators"]:
            v = ind["versions"][-1]
            rows.append(
                [
                    v["code"],
                    str(v["version"]),
                    v["text"],
                    labels.number(v["value_2025"]),
                    labels.number(v["value_2030"]),
                    v["target"] or "",
                ]
            )
        _fill(self.indicators, rows)
        _fill(
            self.comments,
            [
                [
                    str(c["seq"]),
                    c["by"],
                    c["indicator"] or c["passage"] or "",
                    c["content"],
                    labels.tr(c["handling_label"]),
                    c["reason"],
                ]
                for c in view["comments"]
            ],
        )

    def print_table(self) -> None:
        from dxdesk.gui import file_actions

        code = self.chosen()
        if not code:
            return
        path = file_actions.choose_save(
            self,
            self.tr("In bảng tổng hợp ý kiến góp ý"),
            "bang-tong-hop-y-kien.pdf",
            self.tr("PDF hoặc Word (*.pdf *.docx)"),
        )
        if not path:
            return
        from dxdesk.core.reports.draft_doc import build_comment_table

        day = self.ctx.state.as_of
        self.ctx.ops.run(
            lambda: build_comment_table(path, draft_code=code, day=day),
            done=lambda _pages: self.ctx.notify.emit(self.tr("Đã ghi {file}.").format(file=path)),
            label=self.tr("Đang in bảng tổng hợp…"),
        )


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
