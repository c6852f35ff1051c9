"""What an Excel import will do, shown before it does it: per sheet the records added,
changed (field by field, old → new) and unchanged, with "Nhập vào sổ" and "Hủy".

The plan comes from the core (``exchange.workbook.plan_import``: the import's own load,
rolled back); this dialog only shows it. A file with errors is shown by ImportErrorsDialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dxdesk.core.domain.formats import fmt_number
from dxdesk.gui.dialogs import forms
from dxdesk.gui.dialogs.tables import _shown

# Rows of detail shown at most (an import into an empty register may add 50.000 records;
# the counts above the table are always whole).
MAX_ROWS = 2000


def _code(key: str) -> str:
    """A record's key as read: "MT01 · 2023-Q4" for a key of several fields."""
    return key.replace("|", " · ")


def _table(
    headers: list[str], rows: list[list[str]], parent: QWidget, numbers: tuple[int, ...] = ()
) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text if len(text) > 30 else "")
            if c in numbers:
                item.setTextAlignment(right)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    return table


class ImportPreviewDialog(QDialog):
    """The plan of one import; ``accepted`` means "apply it"."""

    def __init__(self, plan: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Xem trước khi nhập tệp Excel"))
        self.resize(1000, 600)
        added = sum(len(e.added) for e in plan.entities)
        changed = sum(e.changed_records for e in plan.entities)
        unchanged = sum(e.unchanged for e in plan.entities)
        if plan.changes:
            text = self.tr(
                "Tệp {file}: thêm {added} bản ghi, sửa {changed} bản ghi, {unchanged} bản ghi "
                "giữ nguyên. Chưa có gì được ghi vào sổ; bấm “Nhập vào sổ” để ghi tất cả "
                "trong một lần (hoàn tác được bằng Ctrl+Z)."
            )
        else:
            text = self.tr(
                "Tệp {file} không có gì mới so với sổ ({unchanged} bản ghi giữ nguyên): "
                "không có gì để nhập."
            )
        self.intro = QLabel(
            text.format(
                file=plan.path.name,
                added=fmt_number(added),
                changed=fmt_number(changed),
                unchanged=fmt_number(unchanged),
            ),
            self,
        )
        self.intro.setWordWrap(True)
        # the sheets the import changes first (in the file's order), then the others
        ordered = sorted(plan.entities, key=lambda e: not (e.added or e.changed))
        self.sheets = _table(
            [self.tr("Trang tính"), self.tr("Thêm"), self.tr("Sửa"), self.tr("Giữ nguyên")],
            [
                [
                    e.sheet,
                    fmt_number(len(e.added)),
                    fmt_number(e.changed_records),
                    fmt_number(e.unchanged),
                ]
                for e in ordered
            ],
            self,
            numbers=(1, 2, 3),
        )
        for r, e in enumerate(ordered):
            if e.added or e.changed:
                for c in range(4):
                    font = self.sheets.item(r, c).font()
                    font.setBold(True)
                    self.sheets.item(r, c).setFont(font)
        self.sheets.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = self.detail_rows()
        self.details = _table(
            [
                self.tr("Trang tính"),
                self.tr("Mã"),
                self.tr("Thay đổi"),
                self.tr("Trường"),
                self.tr("Giá trị cũ"),
                self.tr("Giá trị mới"),
            ],
            rows[:MAX_ROWS],
            self,
        )
        header = self.details.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((4, 260), (5, 260)):
            self.details.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.more = QLabel(
            self.tr("… và {n} thay đổi nữa (chỉ hiện {shown} dòng đầu).").format(
                n=fmt_number(len(rows) - MAX_ROWS), shown=fmt_number(MAX_ROWS)
            ),
            self,
        )
        self.more.setVisible(len(rows) > MAX_ROWS)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.sheets)
        split.addWidget(self.details)
        split.setStretchFactor(1, 1)
        split.setSizes([min(40 + 30 * len(plan.entities), 220), 400])
        buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(self.tr("Nhập vào sổ"), self)
        self.apply_button.setEnabled(bool(plan.changes))
        self.apply_button.setDefault(bool(plan.changes))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Hủy"))
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.more)
        layout.addWidget(buttons)

    def detail_rows(self) -> list[list[str]]:
        """One row per record added, one per field changed (old → new), sheet by sheet."""
        add, edit = self.tr("thêm"), self.tr("sửa")
        rows: list[list[str]] = []
        for e in self.plan.entities:
            what = self._what(e.entity, e.added) if e.added else {}
            rows += [[e.sheet, _code(code), add, *what.get(code, ["", "", ""])] for code in e.added]
            rows += [
                [
                    e.sheet,
                    _code(c.code),
                    edit,
                    forms.label(e.entity, c.field),
                    _shown(e.entity, c.field, c.old),
                    _shown(e.entity, c.field, c.new),
                ]
                for c in e.changed
            ]
        return rows

    def _what(self, entity: str, codes: list[str]) -> dict[str, list[str]]:
        """For each record added: its main text (name or content) as field and new value."""
        from dxdesk.core.services.entities import spec as spec_of

        spec, wanted = spec_of(entity), set(codes)
        out = {}
        for record in self.plan.batch.get(entity, []):
            code = spec.key_of(record)
            if code not in wanted:
                continue
            name = next((n for n in ("name", "text", "title") if record.get(n)), None)
            if name is not None:
                out[code] = [forms.label(entity, name), "", _shown(entity, name, record[name])]
        return out

    def apply(self) -> None:
        """As the "Nhập vào sổ" button (tests and the screenshots)."""
        self.apply_button.click()
