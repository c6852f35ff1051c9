"""The draft conclusion notice, read back with pypdf."""

from __future__ import annotations

from pypdf import PdfReader

from dxdesk.core.reports.pdf import build_notice


def test_notice_of_the_year_end_meeting(demo_session, tmp_path):
    out = tmp_path / "notice.pdf"
    pages = build_notice(out, meeting_code="HN-TK-2023")
    reader = PdfReader(str(out))
    assert pages == len(reader.pages)
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "THÔNG BÁO KẾT LUẬN" in text
    assert "Nơi nhận" in text
    assert "38-TB/BCĐCĐS" in text
    for k in range(1, 7):
        assert f"{k}. " in text
    for needle in (
        "Xây dựng Đề án Cửa khẩu thông minh",
        "Chuyển đổi số ba bệnh viện tuyến tỉnh",
        "30/06/2024",
    ):
        assert needle in text


def test_notice_cli(demo_session, tmp_path, capsys):
    from dxdesk.cli.main import main

    out = tmp_path / "n.pdf"
    assert (
        main(
            ["--db", str(demo_session.path), "notice", "--meeting", "HN-TK-2023", "--out", str(out)]
        )
        == 0
    )
    assert out.exists() and "trang" in capsys.readouterr().out
    assert (
        main(["--db", str(demo_session.path), "notice", "--meeting", "KHONG-CO", "--out", str(out)])
        == 1
    )
