"""The Quảng Ngãi demo's draft (illustrative, issue 16 part 5): Chỉ thị 19-CT/TU asks the
committee to issue a plan of activities every year; this is a draft of the 2024 plan as it
went round the members, its indicators revised after their comments. The draft, its
indicators, the comments and how each was handled are **illustrative**, not the province's
real documents (the demo's DESCRIPTION says its members and figures are illustrative)."""

from __future__ import annotations

from datetime import date
from typing import Any

DRAFT = "DT-KH2024"


def draft_records() -> dict[str, list[dict[str, Any]]]:
    """The draft, its indicators in versions and the members' comments, handled."""
    ind = [
        (
            "CT01",
            1,
            "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình",
            "CQS",
            "%",
            40.0,
            50.0,
            80.0,
            "",
        ),
        (
            "CT01",
            2,
            "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình",
            "CQS",
            "%",
            40.0,
            60.0,
            80.0,
            "Tiếp thu ý kiến số 1: nâng mục tiêu năm 2025 lên 60%.",
        ),
        ("CT02", 1, "Tỷ trọng kinh tế số trong GRDP của tỉnh", "KTS", "%", 7.0, 10.0, 20.0, ""),
        (
            "CT03",
            1,
            "Tỷ lệ người dân trưởng thành có tài khoản thanh toán điện tử",
            "XHS",
            "%",
            45.0,
            60.0,
            80.0,
            "Bổ sung theo ý kiến số 3.",
        ),
    ]
    comments = [
        (
            "TV02",
            None,
            "CT01",
            "",
            "Mục tiêu năm 2025 còn thấp so với khả năng của các sở, ngành; đề nghị nâng lên.",
            "tiep_thu",
            "Nâng mục tiêu năm 2025 từ 50% lên 60%.",
        ),
        (
            "TV06",
            None,
            "CT02",
            "",
            "Đề nghị làm rõ cơ sở tính tỷ trọng kinh tế số trong GRDP.",
            "giai_trinh",
            "Tính theo phương pháp của Tổng cục Thống kê; nêu tại phần căn cứ.",
        ),
        (
            "TV07",
            None,
            "",
            "Mục II.3",
            "Bổ sung chỉ tiêu về tài khoản thanh toán điện tử của người dân.",
            "tiep_thu",
            "Đã bổ sung chỉ tiêu CT03.",
        ),
        (
            "TV05",
            None,
            "",
            "Mục III",
            "Đề nghị đưa thêm nhiệm vụ xây dựng trung tâm dữ liệu riêng của tỉnh.",
            "khong_tiep_thu",
            "Tỉnh thuê dịch vụ trung tâm dữ liệu; không đầu tư mới trong năm 2024.",
        ),
    ]
    return {
        "draft": [
            {
                "code": DRAFT,
                "title": "Dự thảo Kế hoạch hoạt động năm 2024 của Ban Chỉ đạo chuyển đổi số tỉnh",
                "doc_type": "Kế hoạch",
                "drafted_by": "Sở Thông tin và Truyền thông",
                "submitted_to": "Ban Chỉ đạo chuyển đổi số tỉnh",
            }
        ],
        "draft_indicator": [
            {
                "draft": DRAFT,
                "code": c,
                "version": v,
                "text": t,
                "pillar": p,
                "unit": u,
                "baseline": b,
                "value_2025": y25,
                "value_2030": y30,
                "note": n,
            }
            for c, v, t, p, u, b, y25, y30, n in ind
        ],
        "draft_comment": [
            {
                "draft": DRAFT,
                "seq": i,
                "member": mem,
                "agency": ag,
                "indicator": ct,
                "passage": part,
                "content": text,
                "received_on": date(2023, 12, 20),
                "handling": how,
                "reason": why,
            }
            for i, (mem, ag, ct, part, text, how, why) in enumerate(comments, 1)
        ],
    }
