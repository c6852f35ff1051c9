"""The reminder letter (công văn đôn đốc) to one agency (issue 15)."""

from __future__ import annotations

import re
from datetime import date

from pypdf import PdfReader

from dxdesk.cli.main import main
from dxdesk.core.reports.pdf.brief_data import brief_data
from dxdesk.core.services.summary import summarize

AS_OF = date(2023, 12, 19)


def test_reminder_lists_exactly_the_overdue_tasks_the_agency_leads(demo_session, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert (
        main(
            [
                "--db",
                str(demo_session.path),
                "reminder",
                "--agency",
                "STTTT",
                "--as-of",
                "2023-12-19",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    listed = set(re.findall(r"\bNV\d+\b", text))
    summary = summarize(AS_OF, with_checks=False)["tasks"]["overdue_by_agency"]
    count = next(a["overdue"] for a in summary if a["code"] == "STTTT")
    group = next(g for g in brief_data(AS_OF).overdue if g.agency == "Sở Thông tin và Truyền thông")
    assert listed == {t.code for t in group.tasks} and len(listed) == count == 8
    assert "Kính gửi: Sở Thông tin và Truyền thông" in text
    assert "V/v đôn đốc" in text and "Nơi nhận:" in text and "Như trên" in text
    # its conclusion items past their deadline, with the days overdue
    assert "Rà soát số liệu các chỉ tiêu chưa có phương pháp tính" in " ".join(text.split())


def test_reminder_as_word_and_unknown_agency(demo_session, tmp_path, capsys):
    from docx import Document

    out = tmp_path / "r.docx"
    db = str(demo_session.path)
    assert (
        main(
            [
                "--db",
                db,
                "reminder",
                "--agency",
                "STTTT",
                "--as-of",
                "19/12/2023",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    cells = "\n".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
    assert "NV21. Xây dựng Trung tâm dữ liệu tỉnh" in cells
    assert main(["--db", db, "reminder", "--agency", "KHONG", "--out", str(out)]) == 1
    assert "Không có cơ quan mã “KHONG”" in capsys.readouterr().err
