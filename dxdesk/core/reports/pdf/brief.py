"""Building the meeting brief and the draft notice, as PDF or Word.

``build_brief`` reads the register (``brief_data``), lists the published figures that disagree
with the register (a warning, never a correction), puts the words together as blocks
(``reports.brief_doc``) and draws them (``render`` for PDF, ``reports.word`` for DOCX).
Both documents of a meeting default to the committee's style (``default_style``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dxdesk.core.errors import ValidationError
from dxdesk.core.reports.blocks import Document
from dxdesk.core.reports.common_doc import STYLES, Signer, check_style
from dxdesk.core.reports.pdf import brief_data as bd

FORMATS = ("pdf", "docx")
Steps = Callable[[int, int], None]
__all__ = [
    "STYLES",
    "BriefResult",
    "build_brief",
    "build_notice",
    "build_reminder",
    "default_style",
]


@dataclass
class BriefResult:
    path: Path
    pages: int  # 0 for a Word copy (Word lays out its own pages)
    meeting: str
    mismatches: list[str] = field(default_factory=list)
    seconds: float = 0.0
    style: str = "state"


def _say(progress: Callable[[str], None] | None, message: str) -> None:
    if progress is not None:
        progress(message)


def default_style() -> str:
    """The committee's default style (``dxdesk committee``): both documents of a meeting use it
    unless another is asked for."""
    return bd.committee_info().style


def format_of(out_path: str | Path, fmt: str | None) -> str:
    """The format asked for, else the one the file name says (.docx), else PDF."""
    chosen = (fmt or ("docx" if str(out_path).lower().endswith(".docx") else "pdf")).lower()
    if chosen not in FORMATS:
        raise ValidationError(f"Định dạng “{fmt}” không có: chọn pdf hoặc docx.")
    return chosen


def write(doc: Document, out_path: str | Path, fmt: str, steps: Steps | None = None) -> int:
    """Write ``doc`` as PDF (returns its pages) or as Word (returns 0)."""
    if fmt == "docx":
        from dxdesk.core.reports.word import write_docx

        write_docx(doc, out_path)
        return 0
    from dxdesk.core.reports.pdf.render import write_pdf

    return write_pdf(doc, out_path, steps)


def _part(steps: Steps | None, first: int, share: int) -> Steps | None:
    """A phase's (done, total) as steps ``first … first + share`` of a bar of 100."""
    if steps is None:
        return None
    return lambda done, total: steps(first + share * min(done, total) // max(total, 1), 100)


def build_brief(
    out_path: str | Path,
    *,
    meeting_code: str | None = None,
    as_of: date,
    style: str | None = None,
    progress: Callable[[str], None] | None = None,
    signer: Signer | None = None,
    fmt: str | None = None,
    steps: Steps | None = None,
    appendices: bool = True,
) -> BriefResult:
    """Write the brief of the meeting (the next one on or after ``as_of`` when not named).
    ``steps`` hears (step, 100) over the whole run: drawing the pages is most of it (on the
    demo 0,59 s of 0,62 s), so it has steps 15–100 and moves page by page.
    ``appendices=False``: without Phụ lục I and II (the window's print dialog)."""
    from dxdesk.core.reports.brief_doc import brief_document
    from dxdesk.core.services.figures import check_figures

    if style is not None:
        check_style(style)
    fmt = format_of(out_path, fmt)
    start = time.perf_counter()
    _say(progress, "Đang đối chiếu số liệu đã công bố…")
    mismatches = [c.message for c in check_figures()]
    for message in mismatches:
        _say(progress, f"Cảnh báo: {message}")
    if steps is not None:
        steps(5, 100)
    _say(progress, "Đang đọc số liệu…")
    data = bd.brief_data(as_of, meeting_code, mismatches)
    style = style or default_style()
    if steps is not None:
        steps(15, 100)
    _say(progress, "Đang dựng báo cáo…")
    doc = brief_document(data, style, signer, appendices_on=appendices)
    pages = write(doc, out_path, fmt, _part(steps, 15, 85))
    if steps is not None:
        steps(100, 100)
    return BriefResult(
        Path(out_path), pages, data.meeting.code, mismatches, time.perf_counter() - start, style
    )


def build_notice(
    out_path: str | Path,
    *,
    meeting_code: str,
    style: str | None = None,
    signer: Signer | None = None,
    fmt: str | None = None,
) -> int:
    """Write the draft notice of the meeting; return its number of pages (0 for Word)."""
    from dxdesk.core.reports.notice_doc import notice_document

    if style is not None:
        check_style(style)
    fmt = format_of(out_path, fmt)
    data = bd.notice_data(meeting_code)
    style = style or default_style()
    return write(notice_document(data, style, signer), out_path, fmt)


def build_reminder(
    out_path: str | Path,
    *,
    agency_code: str,
    as_of: date,
    style: str | None = None,
    signer: Signer | None = None,
    fmt: str | None = None,
) -> int:
    """Write the reminder letter to one agency; return its pages (0 for Word)."""
    from dxdesk.core.reports.reminder_doc import reminder_data, reminder_document

    if style is not None:
        check_style(style)
    fmt = format_of(out_path, fmt)
    data = reminder_data(agency_code, as_of)
    return write(reminder_document(data, style or default_style(), signer), out_path, fmt)
