"""The Quảng Ngãi demo register (``dxdesk demo --province quang-ngai``), built from seed 004.

Published facts it uses, and where each came from:

- Chỉ thị 19-CT/TU of the Ban Thường vụ Tỉnh ủy Quảng Ngãi on the Party's leadership of
  digital transformation to 2025, vision 2030: it continues Kế hoạch 271-KH/TU (27/03/2020)
  implementing Nghị quyết 52-NQ/TW (27/09/2019); it asks to raise the province's DX ranking
  to "trung bình khá" or better from 2022 and to assign each member of the provincial
  committee to one DTI component index (news report of Sở Nội vụ Quảng Ngãi, 01/06/2022,
  shared/seeds/004). The directive's own date is not in that report: 01/06/2022, the date of
  the report, stands in for it.
- DTI structure of QĐ 922/QĐ-BTTTT (2022): 9 main indices, 1000 points (DOMAIN.md §5).
- DTI ranks of the province: 26/63 in 2022, up 34 places from 2021 (so 60/63 in 2021), pillar
  ranks 2022 chính quyền số 17, kinh tế số 17, xã hội số 15 (Bộ TT&TT, 12/07/2023, reported
  by doanhnghiephoinhap.vn; dti.gov.vn/xep-hang-2022); 21/63 in 2023, up 5, pillars 12 / 13 /
  14 (Bộ TT&TT, reported by baomoi).

Everything else is **illustrative**, not the province's real results: what "trung bình khá"
means for target QN01 (judged from the DTI rank: the first half, 31/63; domain.rank_goal), the
members' names and
who answers for which component, the DTI scores (0–1) and the component scores, the commune
list's values (online files of 12 communes of TP Quảng Ngãi, trainees per commune) and the
dates of measurements. ``DESCRIPTION`` says so to users.
"""

from __future__ import annotations

from datetime import date
from typing import Any

DESCRIPTION = (
    "BCĐ CĐS tỉnh Quảng Ngãi (Chỉ thị 19-CT/TU): thứ hạng DTI 2021–2023 theo công bố; "
    "tên thành viên, điểm chỉ số, số liệu các xã và cách hiểu “trung bình khá” (nửa đầu "
    "bảng xếp hạng) là minh họa."
)
AS_OF = date(2023, 12, 31)
VERSION = "QĐ 922/QĐ-BTTTT (2022)"  # the DTI structure scored from 2022 (2021: an older one)

COMMITTEE = {
    "name": "Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi",
    "short_name": "BCĐ CĐS tỉnh Quảng Ngãi",
    "level": "tinh",
    "province": "Quảng Ngãi",
    "place": "Quảng Ngãi",
    "symbol": "BCĐCĐS",
    "doc_style": "nha_nuoc",
    "standing_agency": "Sở Thông tin và Truyền thông",
    "signer_authority": "TM. BAN CHỈ ĐẠO",
    "signer_title": "TRƯỞNG BAN",
    "signer_name": "",
}

DEPARTMENTS = [
    ("VPTU", "Văn phòng Tỉnh ủy", "khac"),
    ("VPUBND", "Văn phòng UBND tỉnh", "so_nganh"),
    ("STTTT", "Sở Thông tin và Truyền thông", "so_nganh"),
    ("SNV", "Sở Nội vụ", "so_nganh"),
    ("STP", "Sở Tư pháp", "so_nganh"),
    ("SKHDT", "Sở Kế hoạch và Đầu tư", "so_nganh"),
    ("SCT", "Sở Công Thương", "so_nganh"),
    ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "so_nganh"),
    ("CAT", "Công an tỉnh", "so_nganh"),
    ("TPQN", "UBND thành phố Quảng Ngãi", "huyen"),
]
COMMUNES = [
    "Tịnh Kỳ",
    "Tịnh Châu",
    "Tịnh Long",
    "Tịnh Thiện",
    "Tịnh Hòa",
    "Tịnh Khê",
    "Tịnh An",
    "Tịnh Ấn Đông",
    "Tịnh Ấn Tây",
    "Nghĩa Hà",
    "Nghĩa Phú",
    "Nghĩa An",
]
# online files share of each commune in 2023 (illustrative), and trainees
ONLINE_2023 = [62.5, 48.0, 55.1, 71.3, 50.0, 66.8, 39.5, 58.2, 45.7, 80.1, 52.4, 49.9]
TRAINED_2023 = [18, 12, 15, 20, 9, 22, 11, 16, 14, 25, 13, 10]

# member code, name (illustrative), position, role, agency, DTI main index answered for
MEMBERS = [
    ("TV01", "Trần Văn A", "Bí thư Tỉnh ủy", "truong_ban", "VPTU", "CS1"),
    ("TV02", "Nguyễn Thị B", "Chủ tịch UBND tỉnh", "pho_truong_ban_thuong_truc", "VPUBND", "CS7"),
    ("TV03", "Lê Văn C", "Giám đốc Sở Thông tin và Truyền thông", "thanh_vien", "STTTT", "CS3"),
    ("TV04", "Phạm Thị D", "Giám đốc Sở Nội vụ", "thanh_vien", "SNV", "CS4"),
    ("TV05", "Hoàng Văn E", "Giám đốc Sở Tư pháp", "thanh_vien", "STP", "CS2"),
    ("TV06", "Võ Thị G", "Giám đốc Sở Kế hoạch và Đầu tư", "thanh_vien", "SKHDT", "CS8"),
    (
        "TV07",
        "Đặng Văn H",
        "Giám đốc Sở Lao động - Thương binh và Xã hội",
        "thanh_vien",
        "SLDTBXH",
        "CS9",
    ),
    ("TV08", "Bùi Văn K", "Phó Giám đốc Công an tỉnh", "thanh_vien", "CAT", "CS5"),
    ("TV09", "Huỳnh Thị L", "Chủ tịch UBND thành phố Quảng Ngãi", "thanh_vien", "TPQN", "CS6"),
]

DOCUMENTS = [  # code, symbol, style, type, issuer, date, subject
    (
        "NQ52",
        "52-NQ/TW",
        "dang",
        "Nghị quyết",
        "Bộ Chính trị",
        date(2019, 9, 27),
        "Một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư",
    ),
    (
        "KH271",
        "271-KH/TU",
        "dang",
        "Kế hoạch",
        "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
        date(2020, 3, 27),
        "Thực hiện Nghị quyết số 52-NQ/TW của Bộ Chính trị",
    ),
    (
        "CT19",
        "19-CT/TU",
        "dang",
        "Chỉ thị",
        "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
        date(2022, 6, 1),
        "Tăng cường sự lãnh đạo, chỉ đạo của Đảng đối với chuyển đổi số tỉnh Quảng Ngãi đến năm "
        "2025, định hướng đến năm 2030",
    ),
]

# DTI of the province: year → (score (illustrative), rank, of)
DTI_OVERALL = {2021: (0.3512, 60, 63), 2022: (0.5706, 26, 63), 2023: (0.6012, 21, 63)}
DTI_PILLARS = {  # published pillar ranks; their scores are not shipped
    2022: {"TC.CQS": 17, "TC.KTS": 17, "TC.XHS": 15},
    2023: {"TC.CQS": 12, "TC.KTS": 13, "TC.XHS": 14},
}
PILLAR_NAMES = {
    "TC.CQS": "Trụ cột chính quyền số",
    "TC.KTS": "Trụ cột kinh tế số",
    "TC.XHS": "Trụ cột xã hội số",
}
DTI_MAIN_SCORES = {  # illustrative component scores (0–1) of the 9 main indices
    2022: [0.80, 0.70, 0.52, 0.48, 0.55, 0.0, 0.66, 0.47, 0.31],
    2023: [0.85, 0.80, 0.58, 0.51, 0.60, 0.0, 0.71, 0.50, 0.36],
}


def _commune_code(i: int) -> str:
    return f"XA{i:02d}"


def build_batch() -> dict[str, list[dict[str, Any]]]:
    """The demo's records (the committee is written separately)."""
    agencies = [{"code": c, "name": n, "kind": k} for c, n, k in DEPARTMENTS]
    agencies += [
        {"code": _commune_code(i), "name": f"UBND xã {n}", "kind": "xa", "parent": "TPQN"}
        for i, n in enumerate(COMMUNES, 1)
    ]
    batch: dict[str, list[dict[str, Any]]] = {
        "agency": agencies,
        "pillar": [
            {"code": "CQS", "name": "Chính quyền số", "sort_order": 1},
            {"code": "KTS", "name": "Kinh tế số", "sort_order": 2},
            {"code": "XHS", "name": "Xã hội số", "sort_order": 3},
        ],
        "member": [
            {"code": c, "name": n, "position": p, "role": r, "agency": a, "sort_order": i}
            for i, (c, n, p, r, a, _) in enumerate(MEMBERS, 1)
        ],
        "document": [
            {
                "code": c,
                "symbol": s,
                "style": st,
                "doc_type": t,
                "issuer": i,
                "issue_date": d,
                "subject": subj,
            }
            for c, s, st, t, i, d, subj in DOCUMENTS
        ],
    }
    batch["target"] = [
        {
            "code": "QN01",
            "text": "Nâng thứ hạng chuyển đổi số (DTI) của tỉnh lên mức trung bình "
            "khá trở lên (trong nửa trên của 63 tỉnh, thành phố) từ năm 2022",
            "pillar": "CQS",
            "source_document": "CT19",
            "lead_agency": "STTTT",
            "unit": "thứ hạng",
            "direction": "giam",
            "kind": "so_lieu",
            "baseline": 60.0,
            "deadline": date(2022, 12, 31),
            "assigned_on": date(2022, 6, 1),
            "sort_order": 1,
            "method": "Đánh giá theo thứ hạng DTI cấp tỉnh do Bộ TT&TT công bố (trang “Điểm "
            "chỉ số”); “trung bình khá” hiểu là nửa đầu bảng xếp hạng: thứ 31/63 trở lên, "
            "17/34 từ năm 2025 (cách hiểu minh họa).",
        },
        {
            "code": "QN02",
            "text": "Số xã có tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến từ 50% trở lên",
            "pillar": "CQS",
            "source_document": "CT19",
            "lead_agency": "TPQN",
            "unit": "xã",
            "direction": "tang",
            "kind": "so_lieu",
            "target_value": 10.0,
            "deadline": date(2025, 12, 31),
            "assigned_on": date(2022, 6, 1),
            "sort_order": 2,
            "rollup": "count_reached",
            "unit_goal": 50.0,
            "method": "Mỗi xã báo cáo tỷ lệ hồ sơ trực tuyến (%); đạt khi từ 50% trở lên.",
        },
        {
            "code": "QN03",
            "text": "Số cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số",
            "pillar": "XHS",
            "source_document": "CT19",
            "lead_agency": "SNV",
            "unit": "người",
            "direction": "tang",
            "kind": "so_lieu",
            "target_value": 200.0,
            "deadline": date(2023, 12, 31),
            "assigned_on": date(2022, 6, 1),
            "sort_order": 3,
            "rollup": "sum",
            "method": "Tổng số người các xã báo cáo.",
        },
    ]
    # QN01 is judged from the DTI ranks below (its rank goal), not from measurements
    batch["measurement"] = []
    for i, (share, trained) in enumerate(zip(ONLINE_2023, TRAINED_2023, strict=True), 1):
        unit = _commune_code(i)
        batch["measurement"] += [
            {
                "target": "QN02",
                "period": "2023",
                "measured_on": date(2023, 12, 15),
                "value": share,
                "unit": unit,
                "agency": unit,
                "note": "số liệu minh họa",
            },
            {
                "target": "QN03",
                "period": "2023",
                "measured_on": date(2023, 12, 15),
                "value": float(trained),
                "unit": unit,
                "agency": unit,
                "note": "số liệu minh họa",
            },
        ]
    batch["index_component"] = [
        {
            "family": "DTI",
            "version": "QĐ 922/QĐ-BTTTT (2022)",
            "code": code,
            "name": name,
            "parent": "",
            "sort_order": 20 + i,
        }
        for i, (code, name) in enumerate(PILLAR_NAMES.items())
    ]
    scores = []
    for year, (score, rank, of) in DTI_OVERALL.items():
        scores.append(
            {
                "family": "DTI",
                "year": year,
                "component": "",
                "score": score,
                "rank": rank,
                "rank_of": of,
                "version": VERSION if year >= 2022 else "",
                "source": "thứ hạng: Bộ TT&TT công bố; điểm: minh họa",
            }
        )
    for year, ranks in DTI_PILLARS.items():
        for code, rank in ranks.items():
            scores.append(
                {
                    "family": "DTI",
                    "year": year,
                    "component": code,
                    "rank": rank,
                    "rank_of": 63,
                    "version": "QĐ 922/QĐ-BTTTT (2022)",
                    "source": "Bộ TT&TT công bố",
                }
            )
    for year, values in DTI_MAIN_SCORES.items():
        for i, value in enumerate(values, 1):
            scores.append(
                {
                    "family": "DTI",
                    "year": year,
                    "component": f"CS{i}",
                    "score": value,
                    "version": "QĐ 922/QĐ-BTTTT (2022)",
                    "source": "minh họa",
                }
            )
    batch["index_score"] = scores
    batch["target_rank_goal"] = [  # CT 19-CT/TU: "trung bình khá" or better (illustrative)
        {"target": "QN01", "family": "DTI", "rank_group": "trung_binh_kha"}
    ]
    batch["index_assignment"] = [
        {"member": c, "family": "DTI", "component": comp} for c, *_, comp in MEMBERS
    ]
    batch["figure"] = [
        {
            "code": "CB-DTI-2022",
            "metric": "indices.DTI.2022.rank",
            "as_of": date(2023, 7, 12),
            "value": 26.0,
            "denominator": 63.0,
            "printed_text": "xếp thứ 26/63 tỉnh, thành phố",
            "source": "Bộ TT&TT công bố DTI 2022 (12/07/2023)",
        },
        {
            "code": "CB-DTI-2023",
            "metric": "indices.DTI.2023.rank",
            "as_of": AS_OF,
            "value": 21.0,
            "denominator": 63.0,
            "printed_text": "xếp vị trí thứ 21/63",
            "source": "Bộ TT&TT công bố DTI 2023",
        },
    ]
    from dxdesk.core.demo.quangngai_draft import draft_records

    batch.update(draft_records())  # illustrative: the 2024 plan as a draft, commented
    return batch
