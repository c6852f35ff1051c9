"""Printed documents of dxdesk, built with ReportLab (headless, no Qt).

* :func:`build_brief` — the meeting brief (báo cáo tóm tắt phục vụ hội nghị);
* :func:`build_notice` — the draft conclusion notice (thông báo kết luận) of a meeting.

Each document is built in two steps: a data step (``brief_data``: plain dataclasses read from
the core services, no ReportLab) and a render step (``brief``, ``notice``). Format follows
Nghị định 30/2020/NĐ-CP (see docs/brief.md).
"""

from __future__ import annotations

from dxdesk.core.reports.pdf.brief import BriefResult, build_brief
from dxdesk.core.reports.pdf.notice import build_notice

__all__ = ["BriefResult", "build_brief", "build_notice"]
