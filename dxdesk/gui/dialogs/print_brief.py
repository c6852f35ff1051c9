"""File → In báo cáo… (Ctrl+P): the brief's options, a page preview, then PDF or Word.

The officer chooses the style (state, ND 30 / Party, HD 36), the as-of date, the meeting, the
sections (appendices on or off), the signer and the format, looks at the pages, then saves.
Building the brief and rendering its pages run on the database lane with the window's
progress (``core.reports.page_images``: pypdfium2, as the pinned PySide6-Essentials has no
QtPdf); the preview is always the PDF, and the Word copy has the same content.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dxdesk.core.domain.formats import fmt_date
from dxdesk.gui import file_actions, labels
from dxdesk.gui.qtcompat import emit
from dxdesk.gui.widgets.dates import DateEdit

AUTHORITIES = ["KT. TRƯỞNG BAN", "TM. BAN CHỈ ĐẠO", "TL. TRƯỞNG BAN", ""]
PREVIEW_DPI = 70


def _defaults() -> dict[str, Any]:
    """Runs on the lane: the committee's style and signer, and the meetings to choose from."""
    from dxdesk.core.services import committee, lists

    record = committee.committee()
    return {
        "style": "party" if record.get("doc_style") == "dang" else "state",
        "authority": record.get("signer_authority") or "",
        "title": record.get("signer_title") or "",
        "name": record.get("signer_name") or "",
        "meetings": [(r[0], r[1]) for r in lists.choices("meeting")],
    }


def build(options: dict[str, Any], path: str, fmt: str, job: Any = None) -> Any:
    """Runs on the lane: write the brief with these options (``build_brief``)."""
    from dxdesk.core.reports.common_doc import Signer
    from dxdesk.core.reports.pdf import build_brief
    from dxdesk.core.services.lists import only_programme

    signer = None
    if options["authority"] or options["title"] or options["name"]:
        signer = Signer(options["authority"], options["title"], options["name"])
    steps = iter(range(1, 100))
    with only_programme(options.get("programme")):
        return build_brief(
            path,
            meeting_code=options.get("meeting"),
            as_of=options["as_of"],
            style=options["style"],
            signer=signer,
            fmt=fmt,
            appendices=options["appendices"],
            progress=(lambda _t: job.report(next(steps), 4)) if job is not None else None,
        )


class PrintDialog(QDialog):
    """In báo cáo: options on the left, the page preview on the right."""

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("In báo cáo"))
        self.resize(1100, 760)
        self._tmp = tempfile.TemporaryDirectory(prefix="dxdesk-preview-")
        self.preview_path = Path(self._tmp.name) / "xem-truoc.pdf"
        self.pages = 0
        self.page = 0
        self.image: QImage | None = None
        self.last_page: Any = None  # the page shown (core.reports.page_images.PageImage)
        self.saved: Any = None
        defaults = ctx.ops.call(_defaults)
        self.style = QComboBox(self)
        self.style.addItem(labels.tr("Văn bản hành chính nhà nước"), "state")
        self.style.addItem(labels.tr("Văn bản của Đảng"), "party")
        self.style.setCurrentIndex(self.style.findData(defaults["style"]))
        self.as_of = DateEdit(self)
        self.as_of.set_value(ctx.state.as_of)
        self.meeting = QComboBox(self)
        self.meeting.addItem(self.tr("Cuộc họp đầu tiên từ ngày tính trở đi"), None)
        for code, title in defaults["meetings"]:
            self.meeting.addItem(f"{code} – {title}", code)
        self.appendices = QCheckBox(self.tr("In kèm các phụ lục (Phụ lục I, II)"), self)
        self.appendices.setChecked(True)
        self.authority = QComboBox(self)
        self.authority.setEditable(True)
        self.authority.addItems(AUTHORITIES)
        self.authority.setCurrentText(defaults["authority"] or AUTHORITIES[0])
        self.signer_title = QLineEdit(defaults["title"] or "Phó Trưởng Ban Thường trực", self)
        self.signer_name = QLineEdit(defaults["name"], self)
        self.signer_name.setPlaceholderText(self.tr("mặc định: theo sổ"))
        self.pdf = QRadioButton(self.tr("PDF"), self)
        self.word = QRadioButton(self.tr("Word (.docx), để sửa trước khi ký"), self)
        self.pdf.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pdf)
        group.addButton(self.word)
        form = QFormLayout()
        form.addRow(self.tr("Thể thức:"), self.style)
        form.addRow(self.tr("Tính đến ngày:"), self.as_of)
        form.addRow(self.tr("Hội nghị:"), self.meeting)
        form.addRow(self.tr("Nội dung:"), self.appendices)
        form.addRow(self.tr("Quyền hạn ký:"), self.authority)
        form.addRow(self.tr("Chức vụ người ký:"), self.signer_title)
        form.addRow(self.tr("Họ tên người ký:"), self.signer_name)
        formats = QVBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.word)
        form.addRow(self.tr("Định dạng:"), formats)
        self.preview_button = QPushButton(self.tr("Xem trước"), self)
        self.preview_button.clicked.connect(self.preview)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)  # shown while the lane builds the brief
        self.busy.setRange(0, 0)
        self.busy.hide()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.preview_button)
        left.addWidget(self.status)
        left.addWidget(self.busy)
        left.addStretch(1)
        self.picture = QLabel(self.tr("Bấm Xem trước để xem các trang."), self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(600)
        self.back = QPushButton("◀", self)
        self.next = QPushButton("▶", self)
        self.page_label = QLabel(self)
        self.back.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        nav = QHBoxLayout()
        nav.addStretch(1)
        nav.addWidget(self.back)
        nav.addWidget(self.page_label)
        nav.addWidget(self.next)
        nav.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addLayout(nav)
        options = QWidget(self)
        options.setLayout(left)
        options.setMaximumWidth(460)  # the page (A4 at 70 dpi: 579 px wide) takes the rest
        body = QHBoxLayout()
        body.addWidget(options)
        body.addLayout(right, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Lưu…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.clicked.connect(lambda: self.save())
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self._nav()

    # -- options ---------------------------------------------------------------------------
    def options(self) -> dict[str, Any] | None:
        """The options chosen; None (the reason shown) while the date is not a date."""
        from dxdesk.gui.widgets.dates import date_problem

        try:
            day = self.as_of.value() or self.ctx.state.as_of
        except ValueError as error:
            self.status.setText(date_problem(error))
            return None
        return {
            "style": self.style.currentData(),
            "as_of": day,
            "meeting": self.meeting.currentData(),
            "appendices": self.appendices.isChecked(),
            "authority": self.authority.currentText().strip(),
            "title": self.signer_title.text().strip(),
            "name": self.signer_name.text().strip(),
            "programme": getattr(self.ctx.state, "programme", None),
        }

    def fmt(self) -> str:
        return "docx" if self.word.isChecked() else "pdf"

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.status.setText(str(error))

    def _run(self, fn: Any, done: Any, **kw: Any) -> Any:
        """``fn`` on the lane, the busy bar shown until it ends."""
        self.busy.show()

        def finished(result: Any) -> None:
            self.busy.hide()
            done(result)

        return self.ctx.ops.run(fn, done=finished, failed=self._failed, **kw)

    def _said(self, result: Any) -> str:
        text = self.tr("{n} trang, hội nghị {m}.").format(n=result.pages, m=result.meeting)
        if result.mismatches:
            text += " " + self.tr(
                "Cảnh báo: {n} số liệu đã công bố lệch với sổ; báo cáo in số liệu tính từ sổ."
            ).format(n=len(result.mismatches))
        return text

    # -- preview ---------------------------------------------------------------------------
    def preview(self) -> Any:
        """Build the PDF with these options on the lane and show its page 1."""
        from dxdesk.core.reports.page_images import render_page

        options, path = self.options(), str(self.preview_path)
        if options is None:
            return None
        self.status.setText(self.tr("Đang lập bản xem trước…"))

        def work(job: Any) -> tuple[Any, Any]:
            result = build(options, path, "pdf", job)
            return result, render_page(path, 0, PREVIEW_DPI)

        def done(out: tuple[Any, Any]) -> None:
            result, image = out
            self.pages, self.page = result.pages, 0
            self._show_image(image)
            self.status.setText(self._said(result))

        return self._run(work, done, with_job=True, label=self.tr("Đang lập báo cáo…"))

    def show_page(self, index: int) -> Any:
        from dxdesk.core.reports.page_images import render_page

        if not self.pages or not 0 <= index < self.pages:
            return None
        path = str(self.preview_path)

        def done(image: Any) -> None:
            self.page = index
            self._show_image(image)

        return self.ctx.ops.run(lambda: render_page(path, index, PREVIEW_DPI), done=done, label="")

    def _show_image(self, image: Any) -> None:
        self.last_page = image
        self.image = QImage(
            image.rgb, image.width, image.height, image.stride, QImage.Format.Format_RGB888
        ).copy()
        self.picture.setPixmap(QPixmap.fromImage(self.image))
        self._nav()

    def _nav(self) -> None:
        self.back.setEnabled(self.page > 0)
        self.next.setEnabled(self.page + 1 < self.pages)
        self.page_label.setText(
            self.tr("Trang {p}/{n}").format(p=self.page + 1, n=self.pages) if self.pages else ""
        )

    # -- saving ----------------------------------------------------------------------------
    def save(self, path: str | None = None, *, open_after: bool = True) -> Any:
        """Write the brief (PDF or Word) where the officer chooses, on the lane."""
        options, fmt = self.options(), self.fmt()
        if options is None:
            return None
        day: date = options["as_of"]
        if path is None:
            filter_ = self.tr("Word (*.docx)") if fmt == "docx" else self.tr("PDF (*.pdf)")
            path = file_actions.choose_save(
                self, self.tr("Lưu báo cáo"), f"bao-cao-{day.isoformat()}.{fmt}", filter_
            )
        if not path:
            return None

        def done(result: Any) -> None:
            self.saved = result
            self.status.setText(
                self.tr("Đã lưu {file} ({d}).").format(file=path, d=fmt_date(day))
                + " "
                + (self._said(result) if result.pages else "")
            )
            emit(self.ctx.notify, self.tr("Đã lập báo cáo {file}.").format(file=path))
            if open_after:
                from PySide6.QtCore import QUrl
                from PySide6.QtGui import QDesktopServices

                QDesktopServices.openUrl(QUrl.fromLocalFile(path))

        self.status.setText(self.tr("Đang lập báo cáo…"))
        return self._run(
            lambda job: build(options, path, fmt, job),
            done,
            with_job=True,
            label=self.tr("Đang lập báo cáo…"),
        )

    def done(self, result: int) -> None:  # closing: the preview's temporary folder goes
        super().done(result)
        self._tmp.cleanup()
