"""Word copies of the brief and the notice open in LibreOffice with the same figures."""

from __future__ import annotations

import shutil
import subprocess

from pypdf import PdfReader

from dxdesk.cli.main import main


def _convert(files, out_dir, tmp_path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is missing: run scripts/setup.sh"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )


def _text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).replace(
        "\u00a0", " "
    )


def test_brief_and_notice_as_docx_open_in_libreoffice(demo_session, tmp_path, capsys):
    db = str(demo_session.path)
    brief, notice = tmp_path / "brief.docx", tmp_path / "notice.docx"
    assert (
        main(
            ["--db", db, "brief", "--as-of", "19/12/2023", "--format", "docx", "--out", str(brief)]
        )
        == 0
    )
    assert main(["--db", db, "notice", "--meeting", "HN-TK-2023", "--out", str(notice)]) == 0
    assert "bản Word" in capsys.readouterr().out
    _convert([brief, notice], tmp_path / "pdf", tmp_path)
    text = _text(tmp_path / "pdf" / "brief.pdf")
    for needle in (
        "20/30",
        "66,7 %",
        "50/75",
        "80,6 %",
        "BÁO CÁO TÓM TẮT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Lào Cai, ngày 19 tháng 12 năm 2023",
        "III. NHỮNG NỘI DUNG XIN Ý KIẾN CHỈ ĐẠO",
        "Nơi nhận:",
        "Đặng Xuân Phong",
        "Phụ lục II",
        "NV42",
    ):
        assert needle in text, needle
    # the same words as the PDF: every line of the PDF's section I is in the Word copy
    main(["--db", db, "brief", "--as-of", "19/12/2023", "--out", str(tmp_path / "b.pdf")])
    pdf = _text(tmp_path / "b.pdf")
    start = pdf.index("Tính đến ngày")
    sentence = " ".join(pdf[start : pdf.index("II. NHỮNG VIỆC")].split())
    assert sentence == " ".join(
        text[text.index("Tính đến ngày") : text.index("II. NHỮNG VIỆC")].split()
    )
    notice_text = _text(tmp_path / "pdf" / "notice.pdf")
    assert "THÔNG BÁO KẾT LUẬN" in notice_text and "38-TB/BCĐCĐS" in notice_text
    assert "Xây dựng Đề án Cửa khẩu thông minh" in notice_text


def test_party_docx_and_any_text(demo_session, tmp_path):
    from datetime import date

    from docx import Document

    from dxdesk.core.reports.pdf import build_brief
    from dxdesk.core.storage import models as m

    m.Task.update(text="x\x00y\x0b 😀 " * 3000).where(m.Task.code == "NV42").execute()
    out = tmp_path / "p.docx"
    build_brief(out, as_of=date(2023, 12, 19), style="party", fmt="docx")
    words = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "T/M BAN CHỈ ĐẠO" in "\n".join(
        c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells
    )
    assert "BÁO CÁO TÓM TẮT" in words
