"""The printed brief, read back with pypdf."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from dxdesk.core.reports.pdf import build_brief
from dxdesk.core.reports.pdf.brief_data import brief_data
from dxdesk.core.storage import models as m

AS_OF = date(2023, 12, 19)


def _text(path) -> list[str]:
    # "%" is tied to its number by a no-break space
    return [
        (page.extract_text() or "").replace("\u00a0", " ") for page in PdfReader(str(path)).pages
    ]


@pytest.fixture
def brief(demo_session, tmp_path):
    out = tmp_path / "brief.pdf"
    result = build_brief(out, as_of=AS_OF)
    return result, _text(out), out


def test_headline_figures_and_headings(brief):
    result, pages, _ = brief
    assert result.meeting == "HN-TK-2023"
    assert result.pages == len(pages) > 2
    text = "\n".join(pages)
    for needle in (
        "BÁO CÁO TÓM TẮT",
        "20/30",
        "66,7 %",
        "50/75",
        "I. KẾT QUẢ CHUNG",
        "II. NHỮNG VIỆC CHẬM TIẾN ĐỘ",
        "III. NHỮNG NỘI DUNG XIN Ý KIẾN",
        "IV. KẾT QUẢ THỰC HIỆN MỤC TIÊU",
        "V. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        "VI. KẾT QUẢ THỰC HIỆN KẾT LUẬN",
        "Mục tiêu",
        "Nhiệm vụ",
        "Phụ lục I",
        "Phụ lục II",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Lào Cai, ngày 19 tháng 12 năm 2023",
        "Số:",
        "/BC-BCĐ",
    ):
        assert needle in text, needle


def test_page_numbers_from_page_two(brief):
    _, pages, _ = brief
    assert not pages[0].lstrip().startswith("1")
    assert pages[1].lstrip().startswith("2")
    assert pages[-1].lstrip().startswith(str(len(pages)))


def test_fonts_are_embedded(brief):
    _, _, out = brief
    seen = 0
    for page in PdfReader(str(out)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font.get("/BaseFont")
            seen += 1
    assert seen


def test_previous_meeting_items_and_proposals(demo_session):
    data = brief_data(AS_OF)
    assert data.previous is not None and data.previous.code == "HN-Q3-2023"
    assert [i.seq for i in data.items] == [1, 2, 3, 4]  # numbered within their notice
    assert data.proposals and all(p.startswith("Đề nghị") for p in data.proposals)
    assert (
        sum(len(g.tasks) for g in data.overdue) == data.summary["tasks"]["by_timeliness"]["overdue"]
    )


def test_user_text_is_printed_literally(demo_session, tmp_path):
    long_word = "X" * 300
    task = m.Task.get(m.Task.code == "NV42")
    task.text = f"<b>x</b> & \"quote\" 'a' {long_word}"
    task.save()
    out = tmp_path / "brief.pdf"
    build_brief(out, as_of=AS_OF)
    text = "\n".join(_text(out))
    assert "<b>x</b> &" in text
    assert text.replace("\n", "").count("X" * 40) >= 1


def test_party_style(demo_session, tmp_path):
    out = tmp_path / "party.pdf"
    build_brief(out, as_of=AS_OF, style="party", meeting_code="HN-Q3-2023")
    first = _text(out)[0]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in first
    assert "CỘNG HÒA XÃ HỘI" not in first
    assert "Số:" not in first and "Số " in first


def test_cli_writes_the_brief(demo_session, tmp_path, capsys):
    from dxdesk.cli.main import main

    out = tmp_path / "cli.pdf"
    code = main(
        ["--db", str(demo_session.path), "brief", "--as-of", "19/12/2023", "--out", str(out)]
    )
    assert code == 0
    assert out.stat().st_size > 10_000
    pages = len(PdfReader(str(out)).pages)
    assert f"{pages} trang" in capsys.readouterr().out
