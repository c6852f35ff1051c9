"""Reference structures of index families shipped with dxdesk (DOMAIN.md §5).

DTI (Chỉ số chuyển đổi số cấp tỉnh), version of QĐ 922/QĐ-BTTTT (2022): 9 main indices, 1000
points. The main indices and their points are as published; the 98 components below them are
not shipped (import them from a workbook, sheet "Cấu trúc chỉ số", with any other family).
"""

from __future__ import annotations

DTI = "DTI"
DTI_2022 = "QĐ 922/QĐ-BTTTT (2022)"

FAMILIES = [  # code, name
    (DTI, "Chỉ số chuyển đổi số cấp tỉnh (DTI)"),
    ("ICT", "Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT (ICT Index)"),
    ("PAR", "Chỉ số cải cách hành chính (PAR Index)"),
    ("SIPAS", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)"),
    ("PCI", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"),
]

DTI_2022_MAIN = [  # code, name, points
    ("CS1", "Nhận thức số", 100),
    ("CS2", "Thể chế số", 100),
    ("CS3", "Hạ tầng số", 100),
    ("CS4", "Nhân lực số", 100),
    ("CS5", "An toàn thông tin mạng", 100),
    ("CS6", "Đô thị thông minh", 0),
    ("CS7", "Hoạt động chính quyền số", 200),
    ("CS8", "Hoạt động kinh tế số", 150),
    ("CS9", "Hoạt động xã hội số", 150),
]


def reference_rows() -> tuple[list[dict], list[dict]]:
    """(families, components) to insert where missing."""
    families = [{"code": c, "name": n} for c, n in FAMILIES]
    components = [
        {
            "family": DTI,
            "version": DTI_2022,
            "code": c,
            "name": n,
            "parent": "",
            "max_points": float(p),
            "sort_order": i,
        }
        for i, (c, n, p) in enumerate(DTI_2022_MAIN, start=1)
    ]
    return families, components
