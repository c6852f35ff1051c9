"""The File menu's work: Excel import/export and template, the printed brief, backups.

Each runs on the database lane with a progress bar and a Cancel button; an import with
errors writes nothing and shows its errors as a table the user can copy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from dxdesk.core.errors import DxError, ImportFailed
from dxdesk.gui.i18n import translator_for
from dxdesk.gui.ops import ALL, Job
from dxdesk.gui.qtcompat import emit

EXCEL = "Excel (*.xlsx)"
PDF = "PDF (*.pdf)"


tr = translator_for("FileActions")


def choose_save(parent: QWidget | None, title: str, suggested: str, filter_: str) -> str:
    """A save-as dialog (module function: tests replace it)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_)
    return path


def choose_open(parent: QWidget | None, title: str, filter_: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filter_)
    return path


def _plan(path: str, job: Job) -> Any:
    from dxdesk.core.exchange.workbook import plan_import

    return plan_import(path, progress=job.report, cancelled=job.cancelled)


def _apply(plan: Any, who: str, job: Job) -> Any:
    from dxdesk.core.exchange.workbook import apply_import

    return apply_import(plan, who=who, progress=job.report)


def _export(path: str, job: Job) -> Any:
    from dxdesk.core.exchange.workbook import export_workbook

    return export_workbook(path)


def _template(path: str, job: Job) -> Any:
    from dxdesk.core.exchange.workbook import write_template

    return write_template(path)


def _brief(path: str, as_of, meeting_code: str | None, job: Job) -> Any:
    from dxdesk.core.reports.pdf import build_brief

    return build_brief(
        path, meeting_code=meeting_code, as_of=as_of, style="state", steps=job.report
    )


def _mismatches() -> list[str]:
    from dxdesk.core.services.figures import check_figures

    return [c.message for c in check_figures()]


def confirm_mismatches(parent: QWidget | None, messages: list[str]) -> bool:
    """Published figures that disagree are shown before printing, never corrected silently."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Số liệu đã công bố không khớp"))
    box.setText(
        tr(
            "{n} số liệu đã công bố khác với số liệu tính từ sổ. Báo cáo sẽ in số liệu "
            "tính từ sổ; hãy kiểm tra trước khi trình."
        ).format(n=len(messages))
    )
    box.setDetailedText("\n".join(messages))
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(tr("Vẫn in báo cáo"))
    box.button(QMessageBox.StandardButton.Cancel).setText(tr("Hủy"))
    return box.exec() == QMessageBox.StandardButton.Ok


class FileActions(QObject):
    """Starts the File menu's long jobs for a window and reports how they ended."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    @property
    def ctx(self):
        return self.window.ctx

    def _start(
        self,
        fn: Callable[[Job], Any],
        text: str,
        *,
        changes=(),
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Job:
        job = self.ctx.ops.run(
            fn, with_job=True, changes=changes, done=done, failed=failed or self._failed, label=text
        )
        self.window.job_bar.follow(job, text)
        return job

    def _failed(self, error: BaseException) -> None:
        if type(error).__name__ == "ImportCancelled":
            emit(self.ctx.notify, tr("Đã hủy; không có gì thay đổi."))
            return
        if isinstance(error, ModuleNotFoundError):
            error = DxError(tr("Chức năng này chưa có trong bản dxdesk này."))
        self.ctx.ops.report_error(tr("Tệp"), error)

    # -- Excel -----------------------------------------------------------------------------
    def import_workbook(self, path: str | None = None) -> Job | None:
        """Read and check the file, then show what importing it will do (ImportPreviewDialog,
        ``self.last_preview``); "Nhập vào sổ" writes it. A file with errors shows them
        (``self.last_errors``) and writes nothing."""
        path = path or choose_open(self.window, tr("Nhập từ tệp Excel"), EXCEL)
        if not path:
            return None

        def planned(plan: Any) -> None:
            if plan.errors:
                from dxdesk.gui.dialogs.tables import ImportErrorsDialog

                self.last_errors = ImportErrorsDialog(plan.errors, Path(path).name, self.window)
                self.last_errors.open()
                return
            from dxdesk.gui.dialogs.import_preview import ImportPreviewDialog

            self.last_preview = ImportPreviewDialog(plan, self.window)
            self.last_preview.accepted.connect(lambda: self._apply_import(plan))
            self.last_preview.open()

        self.last_errors = self.last_preview = None
        return self._start(
            lambda job: _plan(path, job),
            tr("Đang đọc {file}…").format(file=Path(path).name),
            done=planned,
        )

    def _apply_import(self, plan: Any) -> Job:
        name = plan.path.name

        def failed(error: BaseException) -> None:
            if isinstance(error, ImportFailed):  # the register changed since the preview
                from dxdesk.gui.dialogs.tables import ImportErrorsDialog

                self.last_errors = ImportErrorsDialog(error.errors, name, self.window)
                self.last_errors.open()
            else:
                self._failed(error)

        def done(result: Any) -> None:
            text = getattr(result, "description", "") or ""
            emit(self.ctx.notify, tr("Đã nhập {file}: {what}.").format(file=name, what=text))

        who = self.ctx.who
        return self._start(
            lambda job: _apply(plan, who, job),
            tr("Đang nhập {file}…").format(file=name),
            changes=ALL,
            done=done,
            failed=failed,
        )

    def export_workbook(self, path: str | None = None) -> Job | None:
        path = path or choose_save(
            self.window, tr("Xuất ra tệp Excel"), f"{self.ctx.name}.xlsx", EXCEL
        )
        if not path:
            return None
        return self._start(
            lambda job: _export(path, job),
            tr("Đang xuất…"),
            done=lambda _r: emit(self.ctx.notify, tr("Đã xuất ra {file}.").format(file=path)),
        )

    def write_template(self, path: str | None = None) -> Job | None:
        path = path or choose_save(self.window, tr("Tạo mẫu Excel trống"), "mau-dxdesk.xlsx", EXCEL)
        if not path:
            return None
        return self._start(
            lambda job: _template(path, job),
            tr("Đang tạo mẫu…"),
            done=lambda _r: emit(self.ctx.notify, tr("Đã tạo mẫu {file}.").format(file=path)),
        )

    # -- brief and backup --------------------------------------------------------------------
    def print_brief(
        self, path: str | None = None, meeting_code: str | None = None, *, ask=confirm_mismatches
    ) -> Job | None:
        as_of = self.ctx.state.as_of
        path = path or choose_save(
            self.window, tr("In báo cáo tóm tắt (PDF)"), f"bao-cao-{as_of.isoformat()}.pdf", PDF
        )
        if not path:
            return None
        messages = self.ctx.ops.call(_mismatches)
        if messages and not ask(self.window, messages):
            return None
        return self._start(
            lambda job: _brief(path, as_of, meeting_code, job),
            tr("Đang lập báo cáo…"),
            done=lambda _r: self._brief_done(path),
        )

    def print_dialog(self) -> Any:
        """File → In báo cáo… (Ctrl+P): options, page preview, then PDF or Word."""
        from dxdesk.gui.dialogs.print_brief import PrintDialog

        dialog = PrintDialog(self.ctx, self.window)
        dialog.show()
        self.last_print_dialog = dialog
        return dialog

    def _brief_done(self, path: str) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        emit(self.ctx.notify, tr("Đã lập báo cáo {file}.").format(file=path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def backup(self, path: str | None = None) -> Job | None:
        session = self.ctx.session
        path = path or choose_save(
            self.window,
            tr("Sao lưu sổ dữ liệu"),
            f"{self.ctx.name}-sao-luu.db",
            "dxdesk (*.db)",
        )
        if not path:
            return None
        return self._start(
            lambda job: session.backup(Path(path)),
            tr("Đang sao lưu…"),
            done=lambda out: emit(self.ctx.notify, tr("Đã sao lưu vào {file}.").format(file=out)),
        )
