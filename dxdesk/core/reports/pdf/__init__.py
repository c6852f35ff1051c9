"""Printed documents of dxdesk: PDF with ReportLab (headless, no Qt), Word with python-docx.

* :func:`build_brief` — the meeting brief (báo cáo tóm tắt phục vụ hội nghị);
* :func:`build_notice` — the draft conclusion notice (thông báo kết luận) of a meeting;
* :func:`build_reminder` — the reminder letter (công văn đôn đốc) to one agency.

Each document is built in three steps: a data step (``brief_data``: plain dataclasses read from
the core services), a words step (``reports.*_doc``: blocks) and a drawing step (``render``
for PDF, ``reports.word`` for DOCX). Format: Nghị định 30/2020/NĐ-CP or Hướng dẫn 36-HD/VPTW
(see docs/brief.md).
"""

from __future__ import annotations

from dxdesk.core.reports.pdf.brief import BriefResult, build_brief, build_notice, build_reminder

__all__ = ["BriefResult", "build_brief", "build_notice", "build_reminder"]
