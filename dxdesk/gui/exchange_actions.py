"""The Exchange menu: slices for agencies, their reports, merges and conflicts.

The rules live in ``dxdesk.core.exchange.offline``; this module only asks for files and
agencies, runs the use cases on the database lane and shows what they return.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QMessageBox, QPushButton, QWidget

from dxdesk.gui import file_actions
from dxdesk.gui.i18n import translator_for
from dxdesk.gui.ops import ALL
from dxdesk.gui.qtcompat import emit

if TYPE_CHECKING:  # the dialogs module is loaded when a dialog opens, not at start-up
    from dxdesk.gui.dialogs.tables import TableDialog

PACKAGE = "dxdesk (*.dxp);;Tất cả (*)"  # saved as .dxp (core/exchange/package.py)
PACKAGE_OPEN = "dxdesk (*.dxp *.dxgoi);;Tất cả (*)"  # .dxgoi: the name earlier docs suggested
tr = translator_for("ExchangeActions")


def _offline() -> Any:
    from dxdesk.core.exchange import offline

    return offline


def choose_agency(parent: QWidget | None, agencies: list[tuple[str, str]]) -> str | None:
    """Pick the agency a slice is for (module function: tests replace it)."""
    labels = [f"{code} – {name}" for code, name in agencies]
    label, ok = QInputDialog.getItem(
        parent, tr("Giao dữ liệu cho đơn vị"), tr("Đơn vị nhận:"), labels, 0, False
    )
    return agencies[labels.index(label)][0] if ok and label in labels else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class ExchangeActions(QObject):
    """Starts the offline-exchange use cases for a window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_dialog: TableDialog | None = None
        self.last_job: Any = None  # the preview or merge running (tests cancel it)

    @property
    def ctx(self):
        return self.window.ctx

    def _run(self, fn, label: str, done, changes=()) -> Any:
        return self.ctx.ops.run(fn, done=done, changes=changes, label=label)

    # -- secretariat -------------------------------------------------------------------------
    def issue_slice(self, agency: str | None = None, path: str | None = None) -> Any:
        from dxdesk.core.services import lists

        agencies = [(row[0], row[1]) for row in self.ctx.ops.call(lists.choices, "agency")]
        agency = agency or choose_agency(self.window, agencies)
        if not agency:
            return None
        path = path or file_actions.choose_save(
            self.window, tr("Lưu gói dữ liệu cho đơn vị"), f"{agency}.dxp", PACKAGE
        )
        if not path:
            return None
        who = self.ctx.who

        def done(result: Any) -> None:
            emit(
                self.ctx.notify,
                tr(
                    "Đã giao dữ liệu cho {name}: {tasks} nhiệm vụ, {targets} mục tiêu ({file})."
                ).format(
                    name=result.agency_name,
                    tasks=result.tasks,
                    targets=result.targets,
                    file=Path(path).name,
                )
                + (" " + result.left_out if result.left_out else ""),
            )

        return self._run(
            lambda: _offline().issue_slice(agency, path, who=who), tr("Đang lập gói dữ liệu…"), done
        )

    def merge_report(self, path: str | None = None, *, ask=confirm) -> Any:
        path = path or file_actions.choose_open(
            self.window, tr("Mở báo cáo của đơn vị"), PACKAGE_OPEN
        )
        if not path:
            return None
        who = self.ctx.who

        def previewed(plan: Any) -> None:
            from dxdesk.gui.dialogs.tables import TableDialog

            rows = [[item.line] for item in plan.items]
            title = tr("Báo cáo số {seq} của {agency}").format(
                seq=plan.seq, agency=plan.agency_name
            )
            self.last_dialog = TableDialog(
                title,
                tr("Các thay đổi báo cáo sẽ áp dụng (+), đã có (=) và xung đột (!):"),
                [tr("Thay đổi")],
                rows,
                self.window,
            )
            self.last_dialog.show()
            if plan.merged_at is not None:
                emit(self.ctx.notify, tr("Báo cáo này đã được hợp nhất trước đây."))
                return
            if ask(self.window, title, tr("Hợp nhất báo cáo này vào sổ?")):
                self.last_job = self._follow(
                    lambda job: _offline().merge(
                        path, who=who, progress=job.report, cancelled=job.cancelled
                    ),
                    tr("Đang hợp nhất…"),
                    lambda result: emit(self.ctx.notify, result.message),
                    ALL,
                )

        self.last_job = self._follow(
            lambda job: _offline().preview(path, progress=job.report, cancelled=job.cancelled),
            tr("Đang kiểm tra báo cáo…"),
            previewed,
        )
        return self.last_job

    def _follow(self, fn, label: str, done, changes=()) -> Any:
        """Run on the lane with the window's progress bar and its Cancel (a cancelled merge
        is rolled back whole by the core)."""
        job = self.ctx.ops.run(
            fn,
            with_job=True,
            done=done,
            failed=lambda error: self._failed(error, label),
            changes=changes,
            label=label,
        )
        self.window.job_bar.follow(job, label)
        return job

    def _failed(self, error: BaseException, label: str) -> None:
        if type(error).__name__ == "MergeCancelled":
            emit(self.ctx.notify, tr("Đã hủy; không có gì thay đổi."))
            return
        self.ctx.ops.report_error(label, error)

    def show_conflicts(self, select: int | None = None) -> Any:
        """The conflicts waiting, each resolvable; ``select``: the one to open on (the "Cần
        xử lý" view's "Giải quyết"), selected and scrolled to."""

        def shown(conflicts: list) -> None:
            from dxdesk.gui.dialogs.tables import TableDialog

            rows = [
                [
                    str(c.id),
                    c.what,
                    c.unit_label,
                    _value(c.secretariat),
                    _value(c.agency_value),
                    f"{c.officer} ({c.agency})",
                    _when(c.at_agency),
                ]
                for c in conflicts
            ]
            headers = [
                tr("Số"),
                tr("Bản ghi"),
                tr("Nội dung"),
                tr("Giá trị của Tổ giúp việc"),
                tr("Giá trị của đơn vị"),
                tr("Người báo cáo"),
                tr("Thời điểm"),
            ]
            dialog = TableDialog(
                tr("Xung đột chờ giải quyết"),
                tr(
                    "{n} xung đột: giá trị của Tổ giúp việc được giữ cho đến khi có người chọn."
                ).format(n=len(conflicts)),
                headers,
                rows,
                self.window,
            )
            row = QHBoxLayout()
            for keep, text in (
                ("secretariat", tr("Giữ giá trị của Tổ giúp việc")),
                ("agency", tr("Nhận giá trị của đơn vị")),
            ):
                button = QPushButton(text, dialog)
                button.clicked.connect(lambda _c=False, k=keep: self._resolve(dialog, conflicts, k))
                row.addWidget(button)
            row.addStretch(1)
            dialog.layout().insertLayout(2, row)
            at = [i for i, c in enumerate(conflicts) if c.id == select]
            if at:
                dialog.table.selectRow(at[0])
                dialog.table.scrollTo(dialog.table.model().index(at[0], 0))
            self.last_dialog = dialog
            dialog.show()

        return self._run(lambda: _offline().list_conflicts(), tr("Đang tải xung đột…"), shown)

    def _resolve(self, dialog: TableDialog, conflicts: list, keep: str) -> None:
        rows = sorted({i.row() for i in dialog.table.selectedIndexes()})
        if not rows:
            emit(self.ctx.notify, tr("Hãy chọn một xung đột."))
            return
        ids = [conflicts[r].id for r in rows]
        who = self.ctx.who

        def work() -> None:
            for conflict_id in ids:
                _offline().resolve_conflict(conflict_id, keep=keep, who=who)

        dialog.accept()
        self._run(
            work,
            tr("Đang giải quyết xung đột…"),
            lambda _r: emit(self.ctx.notify, tr("Đã giải quyết {n} xung đột.").format(n=len(ids))),
            ALL,
        )

    # -- agency ------------------------------------------------------------------------------
    def send_report(self, path: str | None = None) -> Any:
        path = path or file_actions.choose_save(
            self.window, tr("Gửi báo cáo cho Tổ giúp việc"), "bao-cao.dxp", PACKAGE
        )
        if not path:
            return None
        who = self.ctx.who
        return self._run(
            lambda: _offline().write_report(path, who=who),
            tr("Đang lập báo cáo…"),
            lambda r: emit(
                self.ctx.notify,
                tr("Đã lập báo cáo số {seq}: {n} thay đổi ({file}).").format(
                    seq=r.seq, n=r.changes, file=Path(path).name
                ),
            ),
        )


def _value(values: dict | None) -> str:
    from dxdesk.core.exchange.offline.wording import fmt_values

    return fmt_values(values) if values else ""


def _when(moment: Any) -> str:
    return moment.strftime("%d/%m/%Y %H:%M") if moment else ""
