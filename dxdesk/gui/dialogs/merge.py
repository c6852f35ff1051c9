"""File → Gộp sổ…: another committee's register, previewed, then merged when confirmed.

The officer picks the file, a prefix and/or a mapping table of codes (CSV or Excel: the other
register's code → the code here), and sees the core's plan before anything is written: what
is added and shared, and every code collision with how it is resolved (prefix, mapping table,
or not yet). Reading the other register and merging run on the database lane with the
window's progress; "Gộp vào sổ này" asks once more and is one change set (Ctrl+Z undoes it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dxdesk.gui import file_actions
from dxdesk.gui.ops import ALL
from dxdesk.gui.qtcompat import emit

CONTEXT = "MergeDialog"
ENTITIES = {
    "pillar": QT_TRANSLATE_NOOP("MergeDialog", "Trụ cột"),
    "agency": QT_TRANSLATE_NOOP("MergeDialog", "Cơ quan"),
    "succession": QT_TRANSLATE_NOOP("MergeDialog", "Kế tục"),
    "member": QT_TRANSLATE_NOOP("MergeDialog", "Thành viên"),
    "programme": QT_TRANSLATE_NOOP("MergeDialog", "Chương trình"),
    "document": QT_TRANSLATE_NOOP("MergeDialog", "Văn bản"),
    "meeting": QT_TRANSLATE_NOOP("MergeDialog", "Cuộc họp"),
    "conclusion": QT_TRANSLATE_NOOP("MergeDialog", "Kết luận"),
    "target": QT_TRANSLATE_NOOP("MergeDialog", "Mục tiêu"),
    "milestone": QT_TRANSLATE_NOOP("MergeDialog", "Lộ trình"),
    "measurement": QT_TRANSLATE_NOOP("MergeDialog", "Kết quả đo"),
    "task": QT_TRANSLATE_NOOP("MergeDialog", "Nhiệm vụ"),
    "note": QT_TRANSLATE_NOOP("MergeDialog", "Tiến độ"),
    "figure": QT_TRANSLATE_NOOP("MergeDialog", "Số liệu đã công bố"),
    "task_handover": QT_TRANSLATE_NOOP("MergeDialog", "Chuyển giao nhiệm vụ"),
    "target_handover": QT_TRANSLATE_NOOP("MergeDialog", "Chuyển giao mục tiêu"),
    "index_family": QT_TRANSLATE_NOOP("MergeDialog", "Bộ chỉ số"),
    "index_component": QT_TRANSLATE_NOOP("MergeDialog", "Cấu trúc chỉ số"),
    "index_score": QT_TRANSLATE_NOOP("MergeDialog", "Điểm chỉ số"),
    "index_assignment": QT_TRANSLATE_NOOP("MergeDialog", "Phân công chỉ số"),
    "target_rank_goal": QT_TRANSLATE_NOOP("MergeDialog", "Mục tiêu xếp hạng"),
}
HOW = {
    "prefix": QT_TRANSLATE_NOOP("MergeDialog", "Đổi mã bằng tiền tố"),
    "map": QT_TRANSLATE_NOOP("MergeDialog", "Bảng ánh xạ: mã mới"),
    "same": QT_TRANSLATE_NOOP("MergeDialog", "Bảng ánh xạ: dùng chung bản ghi đã có ở sổ này"),
    "": QT_TRANSLATE_NOOP("MergeDialog", "Chưa có cách xử lý"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def entity_label(entity: str) -> str:
    return _t(ENTITIES[entity]) if entity in ENTITIES else entity


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


class MergeDialog(QDialog):
    """Gộp sổ: file, prefix, mapping table, preview, then merge when confirmed."""

    def __init__(self, ctx: Any, path: str = "", prefix: str = "", mapping: str = "", parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan: Any = None
        self.setWindowTitle(self.tr("Gộp sổ"))
        self.resize(920, 620)
        self.path = QLineEdit(path, self)
        self.path.setReadOnly(True)
        self.prefix = QLineEdit(prefix, self)
        self.prefix.setPlaceholderText(self.tr("ví dụ YB: NV01 → YB-NV01"))
        self.mapping = QLineEdit(mapping, self)
        self.mapping.setReadOnly(True)
        self.mapping.setPlaceholderText(self.tr("không dùng"))
        form = QFormLayout()
        form.addRow(self.tr("Sổ cần gộp:"), self._row(self.path, self._choose_file))
        form.addRow(self.tr("Tiền tố cho mã trùng:"), self.prefix)
        clear = QPushButton(self.tr("Bỏ"), self)
        clear.clicked.connect(self.mapping.clear)
        form.addRow(
            self.tr("Bảng ánh xạ mã (CSV, Excel):"),
            self._row(self.mapping, self._choose_mapping, clear),
        )
        self.preview_button = QPushButton(self.tr("Xem trước"), self)
        self.preview_button.clicked.connect(self.preview)
        self.status = QLabel(self.tr("Chọn sổ cần gộp rồi bấm Xem trước."), self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)  # shown while the lane reads or merges
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.added = _table([self.tr("Việc"), self.tr("Loại"), self.tr("Số lượng")], self)
        self.codes = _table(
            [
                self.tr("Loại"),
                self.tr("Mã ở sổ kia"),
                self.tr("Mã ở sổ này"),
                self.tr("Cách xử lý"),
            ],
            self,
        )
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Gộp vào sổ này"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(lambda: self.apply())
        close = self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        for field in (self.path, self.prefix, self.mapping):
            field.textChanged.connect(self._stale)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(QLabel(self.tr("Những gì sẽ được gộp:"), self))
        layout.addWidget(self.added, 1)
        layout.addWidget(QLabel(self.tr("Mã trùng và mã theo bảng ánh xạ, cách xử lý:"), self))
        layout.addWidget(self.codes, 2)
        layout.addWidget(self.buttons)

    def _row(self, field: QLineEdit, choose: Callable[[], None], *extra: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        button = QPushButton(self.tr("Chọn…"), box)
        button.clicked.connect(choose)
        row.addWidget(button)
        for widget in extra:
            row.addWidget(widget)
        return box

    def _choose_file(self) -> None:
        path = file_actions.choose_open(
            self, self.tr("Gộp sổ dữ liệu khác vào sổ này"), "dxdesk (*.db);;*"
        )
        if path:
            self.path.setText(path)

    def _choose_mapping(self) -> None:
        path = file_actions.choose_open(
            self, self.tr("Bảng ánh xạ mã"), self.tr("Bảng ánh xạ (*.csv *.xlsx);;*")
        )
        if path:
            self.mapping.setText(path)

    def _stale(self) -> None:
        self.plan = None
        self.apply_button.setEnabled(False)

    # -- preview and merge -------------------------------------------------------------
    def _arguments(self) -> tuple[str, str, str]:
        return self.path.text(), self.prefix.text().strip(), self.mapping.text()

    def preview(self) -> Any:
        """Read the other register on the lane and show what merging it would do."""
        from dxdesk.core.services import merge_map, register_merge

        path, prefix, mapping = self._arguments()
        if not path:
            self.status.setText(self.tr("Chọn sổ cần gộp rồi bấm Xem trước."))
            return None
        self._stale()
        self.status.setText(self.tr("Đang đọc sổ cần gộp…"))

        def plan() -> Any:
            table = merge_map.read_mapping(mapping) if mapping else {}
            return register_merge.plan_merge(path, prefix=prefix, mapping=table)

        return self._run(plan, self.show_plan, label=self.tr("Đang đọc sổ cần gộp…"))

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.status.setText(str(error))

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None], **kw: Any) -> Any:
        """``fn`` on the lane, the busy bar shown until it ends."""
        self.busy.show()

        def finished(result: Any) -> None:
            self.busy.hide()
            done(result)

        return self.ctx.ops.run(fn, done=finished, failed=self._failed, **kw)

    def show_plan(self, plan: Any) -> None:
        self.plan = plan
        rows = [[self.tr("Thêm"), entity_label(e), str(n)] for e, n in plan.added.items() if n]
        rows += [[self.tr("Dùng chung"), entity_label(e), str(n)] for e, n in plan.shared.items()]
        rows += [
            [self.tr("Đã gộp trước đây"), entity_label(e), str(n)] for e, n in plan.already.items()
        ]
        rows += [
            [self.tr("Không gộp (số liệu đã công bố của sổ kia)"), entity_label(e), str(n)]
            for e, n in plan.not_merged.items()
            if n and e == "figure"
        ]
        _fill(self.added, rows)
        codes = [
            [entity_label(r.entity), r.code, r.new or "?", _t(HOW[r.how])] for r in plan.resolutions
        ]
        _fill(self.codes, codes)
        added = sum(plan.added.values())
        if plan.unresolved:
            text = self.tr(
                "{n} mã trùng chưa có cách xử lý: hãy nhập tiền tố hoặc chọn bảng ánh xạ mã, "
                "rồi xem trước lại."
            ).format(n=len(plan.unresolved))
        elif not added:
            text = self.tr("Không có gì mới để gộp.")
        else:
            text = self.tr("Sẽ thêm {n} bản ghi; {c} mã trùng đã có cách xử lý.").format(
                n=added, c=len(plan.collisions)
            )
        self.status.setText(text)
        self.apply_button.setEnabled(bool(added) and not plan.unresolved)

    def apply(self, ask: Callable[[QWidget, str, str], bool] | None = None) -> Any:
        """Ask once more, then merge on the lane (one change set: Ctrl+Z undoes it)."""
        from dxdesk.core.services import merge_map, register_merge
        from dxdesk.gui.exchange_actions import confirm

        if self.plan is None or not self.apply_button.isEnabled():
            return None
        ask = ask or confirm
        question = self.tr(
            "Gộp {n} bản ghi của sổ {s} vào sổ đang mở? Có thể hoàn tác bằng Ctrl+Z."
        ).format(n=sum(self.plan.added.values()), s=self.plan.source)
        if not ask(self, self.tr("Gộp sổ"), question):
            return None
        path, prefix, mapping = self._arguments()
        who = self.ctx.who
        self.apply_button.setEnabled(False)

        def merge() -> Any:
            table = merge_map.read_mapping(mapping) if mapping else {}
            return register_merge.merge_register(path, prefix=prefix, mapping=table, who=who)

        def done(_plan: Any) -> None:
            self.status.setText(self.tr("Đã gộp sổ."))
            emit(self.ctx.notify, self.tr("Đã gộp sổ."))

        self.status.setText(self.tr("Đang gộp sổ…"))
        return self._run(merge, done, changes=ALL, label=self.tr("Đang gộp sổ…"))
