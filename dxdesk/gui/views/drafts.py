"""The "Dự thảo & Góp ý" page (issue 16 part 5): a draft's indicators at their latest version
and the comments with their handling, edited here through ``core.services.drafts`` (a
comment, its handling and reason, a new version of an indicator, adopting the draft, each
undoable with Sửa → Hoàn tác); "In bảng tổng hợp…" prints the official table."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from dxdesk.gui import labels
from dxdesk.gui.context import Context
from dxdesk.gui.views.register_pages import _fill, _PickerPage, _table


class DraftsPage(_PickerPage):
    """A draft: its indicators and its comments, with the buttons that change them."""

    watches = frozenset({"draft", "draft_indicator", "draft_comment", "target"})

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        self.title = self.tr("Dự thảo & Góp ý")
        super().__init__(ctx, parent)
        self.view: dict[str, Any] | None = None
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
        self.indicators.doubleClicked.connect(lambda _i: self.edit_indicator())
        self.comments.doubleClicked.connect(lambda _i: self.handle_comment())
        self.indicators.itemSelectionChanged.connect(self._enable)
        self.comments.itemSelectionChanged.connect(self._enable)
        self.add_indicator_button = self._button(self.tr("Thêm chỉ tiêu…"), self.add_indicator)
        self.edit_button = self._button(self.tr("Sửa chỉ tiêu…"), self.edit_indicator)
        self.adopt_button = self._button(self.tr("Thông qua dự thảo…"), self.adopt)
        self.comment_button = self._button(self.tr("Thêm góp ý…"), self.add_comment)
        self.handle_button = self._button(self.tr("Xử lý góp ý…"), self.handle_comment)
        self.body.addLayout(
            self._row(
                self.tr("Chỉ tiêu của dự thảo"),
                self.add_indicator_button,
                self.edit_button,
                self.adopt_button,
            )
        )
        self.body.addWidget(self.indicators, 2)
        self.body.addLayout(
            self._row(
                self.tr("Ý kiến góp ý và việc tiếp thu, giải trình"),
                self.comment_button,
                self.handle_button,
            )
        )
        self.body.addWidget(self.comments, 3)
        self._enable()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _row(self, heading: str, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel("<b>" + heading + "</b>", self))
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        return row

    def fetch(self, chosen: str | None, as_of: date) -> dict[str, Any]:
        from dxdesk.core.exchange.offline import agency_mode
        from dxdesk.core.services import drafts

        choices = drafts.draft_choices()
        code = chosen if chosen in dict(choices) else (choices[0][0] if choices else None)
        view = drafts.draft_view(code) if code else None
        return {"choices": choices, "view": view, "unit": agency_mode() is not None}

    def show_data(self, data: dict[str, Any]) -> None:
        view = self.view = data["view"]
        self.print_button.setEnabled(view is not None)
        if view is None:
            self.intro.setText(
                self.tr(
                    "Dự thảo và góp ý không có trong sổ của đơn vị: đơn vị gửi ý kiến góp ý "
                    "bằng văn bản cho Văn phòng BCĐ."
                )
                if data.get("unit")
                else self.tr(
                    "Sổ chưa có dự thảo nào (dxdesk draft add, hoặc trang “Dự thảo” của tệp Excel)."
                )
            )
            _fill(self.indicators, [])
            _fill(self.comments, [])
            self._enable()
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
        self._enable()

    def _enable(self) -> None:
        """What the draft allows: an adopted one keeps its indicators; one is adopted once."""
        view = getattr(self, "view", None)
        open_ = view is not None and not view["adopted_document"]
        self.add_indicator_button.setEnabled(open_)
        self.edit_button.setEnabled(open_ and self.selected_indicator() is not None)
        self.adopt_button.setEnabled(open_ and bool(view and view["indicators"]))
        self.comment_button.setEnabled(view is not None)
        self.handle_button.setEnabled(self.selected_comment() is not None)

    def selected_indicator(self) -> dict[str, Any] | None:
        """The latest version of the indicator of the selected row."""
        row = self.indicators.currentRow() if self.indicators.selectedItems() else -1
        if self.view is None or not 0 <= row < len(self.view["indicators"]):
            return None
        return self.view["indicators"][row]["versions"][-1]

    def selected_comment(self) -> dict[str, Any] | None:
        row = self.comments.currentRow() if self.comments.selectedItems() else -1
        if self.view is None or not 0 <= row < len(self.view["comments"]):
            return None
        return self.view["comments"][row]

    def add_comment(self):
        from dxdesk.gui.dialogs.drafts import CommentDialog

        if self.view is None:
            return None
        ind = self.selected_indicator()
        codes = [i["code"] for i in self.view["indicators"]]
        dialog = CommentDialog(
            self.ctx, self.view["code"], codes, self, indicator=ind and ind["code"]
        )
        dialog.open()
        return dialog

    def handle_comment(self):
        from dxdesk.gui.dialogs.drafts import HandleDialog

        comment = self.selected_comment()
        if comment is None or self.view is None:
            return None
        dialog = HandleDialog(self.ctx, self.view["code"], comment, self)
        dialog.open()
        return dialog

    def add_indicator(self):
        return self._indicator_dialog(None)

    def edit_indicator(self):
        latest = self.selected_indicator()
        return None if latest is None else self._indicator_dialog(latest)

    def _indicator_dialog(self, latest: dict[str, Any] | None):
        from dxdesk.gui.dialogs.drafts import IndicatorDialog

        if self.view is None or self.view["adopted_document"]:
            return None
        dialog = IndicatorDialog(self.ctx, self.view["code"], latest, self)
        dialog.open()
        return dialog

    def adopt(self):
        from dxdesk.gui.dialogs.drafts import AdoptDialog

        if self.view is None or self.view["adopted_document"] or not self.view["indicators"]:
            return None
        dialog = AdoptDialog(self.ctx, self.view, self)
        dialog.open()
        return dialog

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
