"""The brief's form (ND 30 / HD 36) and the chair's page 1 (issue 15, fixes 2-4)."""

from __future__ import annotations

import re
from datetime import date

from pypdf import PdfReader

from dxdesk.core.reports.pdf import build_brief, build_notice
from dxdesk.core.storage import models as m

AS_OF = date(2023, 12, 19)


def _pages(path) -> list[str]:
    return [(p.extract_text() or "").replace("\u00a0", " ") for p in PdfReader(str(path)).pages]


def test_date_line_pads_days_below_10_and_months_1_and_2_only(demo_session, tmp_path):
    build_brief(tmp_path / "m.pdf", as_of=date(2024, 3, 5), style="state")
    assert "Lào Cai, ngày 05 tháng 3 năm 2024" in _pages(tmp_path / "m.pdf")[0]
    build_brief(tmp_path / "f.pdf", as_of=date(2024, 2, 5), style="state")
    assert "Lào Cai, ngày 05 tháng 02 năm 2024" in _pages(tmp_path / "f.pdf")[0]


def test_signature_recipients_and_appendix_titles(demo_session, tmp_path):
    out = tmp_path / "b.pdf"
    build_brief(out, as_of=AS_OF, style="state")
    pages = _pages(out)
    text = "\n".join(pages)
    # the committee's signer (dxdesk committee) and "Nơi nhận", before the appendices
    body = text[: text.index("Phụ lục I\n")]
    for needle in ("Nơi nhận:", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Đặng Xuân Phong", "Lưu: VT."):
        assert needle in body, needle
    assert "(Kèm theo Báo cáo số" in text and "ngày 19 tháng 12 năm 2023" in text
    assert "chi tiết tại Phụ lục I" in text  # referred to in the body
    assert "Phụ lục II" in text.replace("Phụ lục I và Phụ lục II", "")


def test_page_one_names_the_most_overdue_task_and_a_late_conclusion_item(demo_session, tmp_path):
    out = tmp_path / "b.pdf"
    build_brief(out, as_of=AS_OF, style="state")
    first = _pages(out)[0].replace("\n", " ")
    assert "NV42" in first and "Văn phòng Tỉnh ủy" in first and "172" in first
    # items 2 and 4 of the Q3 meeting are past their deadline, no longer plain "Đang thực hiện"
    assert "Rà soát số liệu các chỉ tiêu" in first
    assert "Quá hạn 34 ngày" in first


def test_one_rounding_yes_no_targets_and_percent_kept_with_its_number(demo_session, tmp_path):
    out = tmp_path / "b.pdf"
    build_brief(out, as_of=AS_OF, style="state")
    text = "\n".join(_pages(out))
    assert "80,6 %" in text and "80,7 %" not in text  # 50/62 rounded once
    assert not re.search(r"(?<![\d,])0,0 % kế hoạch", text) and "Chưa đạt" in text
    assert not re.search(r"\d\s*\n%", text), "a % sign wrapped away from its number"


def test_no_blank_page_with_33_targets(demo_session, tmp_path):
    for k in range(3):
        m.Target.create(code=f"MT9{k}", text=f"Mục tiêu thêm {k} " * 6, unit="%", target_value=100)
    for n in (33, 36, 45):
        out = tmp_path / f"{n}.pdf"
        build_brief(out, as_of=AS_OF, style="state")
        for k, page in enumerate(_pages(out), 1):
            assert page.strip() not in ("", str(k)), f"page {k} is blank"
        m.Target.create(code=f"MX{n}", text="Mục tiêu bổ sung " * 8, unit="%", target_value=1)


def test_party_style_follows_hd_36(demo_session, tmp_path):
    out = tmp_path / "p.pdf"
    build_brief(out, as_of=AS_OF, style="party")
    sizes: dict[str, set[float]] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.setdefault(text.strip(), set()).add(round(size * tm[0], 1))

    reader = PdfReader(str(out))
    reader.pages[0].extract_text(visitor_text=visit)
    assert sizes["ĐẢNG CỘNG SẢN VIỆT NAM"] == {15.0}
    issuer = [v for k, v in sizes.items() if k.startswith("BAN CHỈ ĐẠO")]
    assert issuer and all(v == {14.0} for v in issuer)  # issuer 14, bold
    assert [v for k, v in sizes.items() if k.startswith("Lào Cai, ngày")] == [{14.0}]
    body = [v for k, v in sizes.items() if k.startswith("Tính đến ngày")]
    assert body and body[0] == {14.0}
    text = "\n".join(_pages(out))
    assert "T/M BAN CHỈ ĐẠO" in text and "Lưu Văn phòng" in text
    assert "CỘNG HÒA XÃ HỘI" not in text


def test_notice_takes_a_style_and_the_committee_default(demo_session, tmp_path):
    build_notice(tmp_path / "s.pdf", meeting_code="HN-TK-2023")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in _pages(tmp_path / "s.pdf")[0]
    build_notice(tmp_path / "p.pdf", meeting_code="HN-TK-2023", style="party")
    text = "\n".join(_pages(tmp_path / "p.pdf"))
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "T/L TRƯỞNG BAN" in text
