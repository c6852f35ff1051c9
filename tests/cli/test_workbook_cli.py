"""dxdesk template / import / export, run in-process as an officer would."""

from __future__ import annotations

from datetime import date

import openpyxl

from dxdesk.cli.main import main
from dxdesk.core.session import Session
from dxdesk.core.storage import models as m
from tests.core.test_workbook import PROVINCE, cells, counts, fill


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_template_fill_import_summary(tmp_path, capsys):
    db, path = tmp_path / "so.db", tmp_path / "mau.xlsx"
    code, out, _ = run(capsys, "template", path)
    assert code == 0 and "Đã tạo tệp mẫu" in out and path.exists()
    assert not db.exists()  # a template alone creates no register
    code, _, err = run(capsys, "template", path)  # never overwrites silently
    assert code == 1 and "--force" in err
    fill(path, PROVINCE, template=False)
    code, out, err = run(capsys, "--db", db, "import", "--new", path)
    assert code == 0, err
    assert out.startswith("Đã nhập: ") and "thêm 3 nhiệm vụ" in out and "sửa" not in out
    with Session(db):
        assert m.Task.select().count() == 3 and m.Agency.select().count() == 4
    code, out, err = run(capsys, "--db", db, "summary", "--as-of", "31/12/2023", "--json")
    assert code == 0, err
    assert '"total": 3' in out and '"done": 1' in out


def test_import_lists_every_error_and_writes_nothing(tmp_path, capsys):
    db = tmp_path / "so.db"
    assert (
        run(capsys, "--db", db, "import", "--new", fill(tmp_path / "tinh.xlsx", PROVINCE))[0] == 0
    )
    with Session(db):
        before = counts()
        changes = [(c.id, c.action) for c in m.ChangeSet.select()]
    bad = fill(
        tmp_path / "loi.xlsx",
        {
            "Trụ cột": [{"Mã": "DT", "Tên": "Đô thị thông minh"}, {"Mã": "DT", "Tên": "Trùng"}],
            "Cơ quan": [{"Mã": "SYT", "Loại": "Sở, ban, ngành"}],
            "Văn bản": [
                {
                    "Mã": "KH13",
                    "Số, ký hiệu": "13-KH/BCĐCĐS",
                    "Khối văn bản": "dang",
                    "Cơ quan ban hành": "BCĐ",
                    "Ngày ban hành": "31/02/2023",
                }
            ],
            "Mục tiêu": [
                {
                    "Mã": "MT09",
                    "Nội dung": "Doanh nghiệp số",
                    "Chiều đánh giá": "tang",
                    "Loại chỉ tiêu": "so_lieu",
                    "Giá trị mục tiêu": "tám mươi",
                }
            ],
            "Nhiệm vụ": [
                {
                    "Mã": "NV09",
                    "Nội dung": "Việc mới",
                    "Cơ quan chủ trì": "SXYZ",
                    "Trạng thái": "Đang triển khai",
                }
            ],
        },
    )
    code, out, err = run(capsys, "--db", db, "import", bad)
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert lines[:5] == [
        "Trụ cột, dòng 3, cột Mã: Mã “DT” trùng với dòng 2.",
        "Cơ quan, dòng 2, cột Tên: Ô bắt buộc còn trống.",
        "Văn bản, dòng 2, cột Ngày ban hành: Ngày 31/02/2023 không có thật: "
        "tháng 02/2023 chỉ có 28 ngày.",
        "Mục tiêu, dòng 2, cột Giá trị mục tiêu: “tám mươi” không phải là số.",
        "Nhiệm vụ, dòng 2, cột Cơ quan chủ trì: Không có cơ quan mã “SXYZ”.",
    ]
    assert lines[5:] == ["Lỗi: Tệp có 5 lỗi, không có dữ liệu nào được ghi."]
    with Session(db):
        assert counts() == before
        assert [(c.id, c.action) for c in m.ChangeSet.select()] == changes


def test_export_import_export_is_identical_and_reimport_reports_changes(tmp_path, capsys):
    full, empty = tmp_path / "day-du.db", tmp_path / "moi.db"
    assert (
        run(capsys, "--db", full, "import", "--new", fill(tmp_path / "tinh.xlsx", PROVINCE))[0] == 0
    )
    first, second = tmp_path / "xuat-1.xlsx", tmp_path / "xuat-2.xlsx"
    code, out, _ = run(capsys, "--db", full, "export", first)
    assert code == 0 and "Đã xuất 34 dòng dữ liệu" in out  # 20 + the index reference data (14)
    assert run(capsys, "--db", empty, "import", "--new", first)[0] == 0
    assert run(capsys, "--db", empty, "export", second)[0] == 0
    assert cells(first) == cells(second)
    assert run(capsys, "--db", empty, "export", second)[0] == 1  # exists: needs --force
    assert run(capsys, "--db", empty, "export", second, "--force")[0] == 0

    wb = openpyxl.load_workbook(first)
    ws = wb["Nhiệm vụ"]
    header = [str(c.value).removesuffix(" *") for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "NV03")
    row[header.index("Trạng thái")].value = "Đang triển khai"
    blocker = row[header.index("Vướng mắc")]
    blocker.value, blocker.data_type = "=cmd|' /C calc'!A0", "s"  # typed as '=cmd…
    ws.append({1: "NV04", 2: "Việc mới", header.index("Trạng thái") + 1: "Chưa triển khai"})
    wb.save(first)
    code, out, err = run(capsys, "--db", full, "import", first)
    assert code == 0, err
    assert out.strip() == "Đã nhập: thêm 1 nhiệm vụ, sửa 1 nhiệm vụ."
    with Session(full):
        nv3 = m.Task.get(m.Task.code == "NV03")
        assert (nv3.status, nv3.blocker) == ("in_progress", "=cmd|' /C calc'!A0")
        assert nv3.assigned_on == date(2023, 7, 14)
    code, out, _ = run(capsys, "--db", full, "import", first)
    assert out.strip() == "Đã nhập: không có thay đổi."


def test_a_file_that_is_not_xlsx_gives_one_clear_error(tmp_path, capsys):
    fake = tmp_path / "bang.xlsx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0 an old .xls or anything else")
    code, out, err = run(capsys, "--db", tmp_path / "so.db", "import", "--new", fake)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("Lỗi: Tệp bang.xlsx không phải tệp Excel")
    code, _, err = run(
        capsys, "--db", tmp_path / "so.db", "import", "--new", tmp_path / "khong-co.xlsx"
    )
    assert code == 1 and "Không tìm thấy tệp" in err
    assert not (tmp_path / "so.db").exists()  # a failed import --new leaves no empty register
    code, _, err = run(capsys, "template", tmp_path / "mau.csv")
    assert code == 1 and ".xlsx" in err
