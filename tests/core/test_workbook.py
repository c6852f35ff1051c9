"""The Excel workbook: template, import (every error, all or nothing), export round trip."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from dxdesk.core.domain.text import fold
from dxdesk.core.errors import DxError, ImportFailed
from dxdesk.core.exchange import workbook as wbk
from dxdesk.core.exchange.workbook_format import (
    BY_ENTITY,
    GUIDE_SHEET,
    IDENTITY_COLUMNS,
    LISTS_SHEET,
    SHEETS,
    TEXTS,
    markdown_tables,
)
from dxdesk.core.services import register
from dxdesk.core.session import Session
from dxdesk.core.storage import models as m
from dxdesk.core.storage.records import ENUM, LOAD_ORDER, SPECS

FORMULA = "=cmd|' /C calc'!A0"

# A small province, as an officer would type it (labels, text dates, Vietnamese numbers).
PROVINCE = {
    "Trụ cột": [
        {"Mã": "CQS", "Tên": "Chính quyền số", "Thứ tự": 1},
        {"Mã": "KTS", "Tên": "Kinh tế số", "Thứ tự": 2},
        {"Mã": "XHS", "Tên": "Xã hội số", "Thứ tự": 3},
    ],
    "Cơ quan": [  # the district comes before its parent: the order must not matter
        {
            "Mã": "UBND_BX",
            "Tên": "UBND huyện Bát Xát",
            "Loại": "UBND huyện, thị xã, thành phố",
            "Cơ quan cấp trên": "UBND_TINH",
            "Hiệu lực đến": "30/06/2025",
        },
        {"Mã": "UBND_TINH", "Tên": "UBND tỉnh", "Loại": "Khác"},
        {"Mã": "SKHCN", "Tên": "Sở Khoa học và Công nghệ", "Loại": "Sở, ban, ngành"},
        {"Mã": "SNV", "Tên": "  Sở Nội vụ ", "Loại": "so_nganh"},  # a code, and spaces
    ],
    "Văn bản": [
        {
            "Mã": "KH09",
            "Số, ký hiệu": "09-KH/BCĐCĐS",
            "Khối văn bản": "Văn bản của Đảng",
            "Loại văn bản": "Kế hoạch",
            "Cơ quan ban hành": "Ban Chỉ đạo chuyển đổi số tỉnh",
            "Ngày ban hành": datetime(2023, 3, 10),
            "Trích yếu": "Chuyển đổi số năm 2023",
        },
    ],
    "Cuộc họp": [
        {
            "Mã": "HNQ2",
            "Tên cuộc họp": "Hội nghị Ban Chỉ đạo quý II/2023",
            "Loại": "Hội nghị quý",
            "Ngày họp": "14/07/2023",
            "Buổi": "sáng",
        },
    ],
    "Kết luận": [
        {
            "Mã": "KL1",
            "Cuộc họp": "HNQ2",
            "Số thứ tự": 1,
            "Nội dung": "Xây dựng kho dữ liệu",
            "Thời hạn": "31/12/2023",
            "Cơ quan được giao": "SKHCN; SNV",
        },
    ],
    "Mục tiêu": [
        {
            "Mã": "MT01",
            "Nội dung": "Tỷ lệ hồ sơ trực tuyến toàn trình",
            "Trụ cột": "CQS",
            "Văn bản nguồn": "KH09",
            "Cơ quan chủ trì": "SKHCN",
            "Đơn vị tính": "%",
            "Chiều đánh giá": "Càng cao càng tốt",
            "Loại chỉ tiêu": "Số liệu",
            "Giá trị ban đầu": "30,5",
            "Giá trị mục tiêu": 80,
            "Thời hạn": "31/12/2025",
            "Ngày giao": "10/03/2023",
        },
        {
            "Mã": "MT02",
            "Nội dung": "Thứ hạng ICT Index",
            "Trụ cột": "CQS",
            "Văn bản nguồn": "KH09",
            "Cơ quan chủ trì": "SKHCN",
            "Đơn vị tính": "hạng",
            "Chiều đánh giá": "Càng thấp càng tốt",
            "Loại chỉ tiêu": "Số liệu",
            "Giá trị mục tiêu": 20,
            "Thời hạn": "31/12/2023",
            "Ngày giao": "10/03/2023",
        },
        {
            "Mã": "MT03",
            "Nội dung": "Xây dựng trung tâm dữ liệu",
            "Trụ cột": "KTS",
            "Cuộc họp bổ sung": "HNQ2",
            "Cơ quan chủ trì": "SKHCN",
            "Chiều đánh giá": "Càng cao càng tốt",
            "Loại chỉ tiêu": "Có/Không",
            "Giá trị mục tiêu": 1,
            "Thời hạn": "31/12/2023",
            "Ngày giao": "14/07/2023",
        },
    ],
    "Lộ trình": [{"Mục tiêu": "MT01", "Năm": 2023, "Giá trị": 50}],
    "Kết quả đo": [
        {
            "Mục tiêu": "MT01",
            "Kỳ": "2023",
            "Ngày số liệu": "31/12/2023",
            "Giá trị": "55,5",
            "Cơ quan báo cáo": "SKHCN",
        },
        {"Mục tiêu": "MT02", "Kỳ": "2023", "Ngày số liệu": datetime(2023, 12, 31), "Giá trị": 17},
    ],
    "Nhiệm vụ": [
        {
            "Mã": "NV01",
            "Nội dung": "Triển khai nền tảng tích hợp, chia sẻ dữ liệu",
            "Trụ cột": "CQS",
            "Văn bản nguồn": "KH09",
            "Cơ quan chủ trì": "SKHCN",
            "Thời hạn": "30/09/2023",
            "Ngày giao": "10/03/2023",
            "Trạng thái": "Đã hoàn thành",
            "Ngày hoàn thành": "15/09/2023",
        },
        {
            "Mã": "NV02",
            "Nội dung": "Số hóa hồ sơ, kết quả thủ tục hành chính",
            "Trụ cột": "CQS",
            "Văn bản nguồn": "KH09",
            "Cơ quan chủ trì": "SNV",
            "Cơ quan phối hợp": "SKHCN; UBND_BX",
            "Thời hạn": "31/12/2024",
            "Ngày giao": "10/03/2023",
            "Trạng thái": "Đang triển khai",
        },
        {
            "Mã": "NV03",
            "Nội dung": "Xây dựng kho dữ liệu dùng chung",
            "Trụ cột": "XHS",
            "Kết luận nguồn": "KL1",
            "Cơ quan chủ trì": "SKHCN",
            "Ngày giao": "14/07/2023",
            "Trạng thái": "Chưa triển khai",
            "Vướng mắc": "Chưa có hướng dẫn của Bộ",
        },
    ],
    "Tiến độ": [{"Nhiệm vụ": "NV02", "Ngày": "01/10/2023", "Nội dung": "Đã số hóa 40 %"}],
}


def fill(path: Path, rows: dict[str, list[dict]], *, template: bool = True) -> Path:
    """Write rows (header → value) into a fresh template's sheets, as an officer would."""
    if template:
        wbk.write_template(path, agencies=[])
    wb = openpyxl.load_workbook(path)
    for sheet, records in rows.items():
        ws = wb[sheet]
        headers = {str(c.value).removesuffix(" *"): c.column for c in ws[1] if c.value}
        start = ws.max_row + 1
        for offset, record in enumerate(records):
            for header, value in record.items():
                ws.cell(row=start + offset, column=headers[header], value=value)
    wb.save(path)
    return path


def counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in m.ALL_MODELS}


def cells(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb}


def errors_of(excinfo) -> set[tuple[str, int, str]]:
    return {(e.sheet, e.row, e.column) for e in excinfo.value.errors}


@pytest.fixture
def province(session, tmp_path):
    wbk.import_workbook(fill(tmp_path / "tinh.xlsx", PROVINCE), who="kiểm thử")
    return session


# --- the format -------------------------------------------------------------------------


def test_every_field_of_every_entity_has_a_vietnamese_column():
    assert [s.entity for s in SHEETS] == LOAD_ORDER
    for entity, spec in SPECS.items():
        sheet = BY_ENTITY[entity]
        extra = [f.name for f in IDENTITY_COLUMNS.get(entity, ())]  # a note's identity
        assert [c.name for c in sheet.columns] == [f.name for f in spec.fields] + extra
        for column in sheet.columns:
            assert column.name in TEXTS[entity][1], f"{entity}.{column.name}: no header"
            assert column.header and column.description
        keys = [fold(c.header) for c in sheet.columns]
        assert len(set(keys)) == len(keys), f"{sheet.name}: two headers read alike"
        assert len(sheet.name) <= 31


def test_docs_list_every_sheet_and_column():
    doc = (Path(__file__).parents[2] / "docs" / "workbook.md").read_text(encoding="utf-8")
    generated = doc.split("<!-- BEGIN generated", 1)[1].split("-->\n", 1)[1]
    assert generated.split("<!-- END generated -->")[0] == markdown_tables(), (
        "docs/workbook.md is out of step: regenerate its Sheets section with markdown_tables()"
    )


def test_template_layout(session, tmp_path):
    path = wbk.write_template(tmp_path / "mau.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == GUIDE_SHEET
    assert wb.sheetnames[1:-1] == [s.name for s in SHEETS]
    assert wb[LISTS_SHEET].sheet_state == "hidden"
    guide = "\n".join(str(c.value) for c in wb[GUIDE_SHEET]["A"] if c.value)
    assert "dd/mm/yyyy" in guide and "“;”" in guide
    assert all(s.name in guide for s in SHEETS)
    task = wb["Nhiệm vụ"]
    headers = [c.value for c in task[1]]
    assert headers[:2] == ["Mã *", "Nội dung *"] and "Cơ quan phối hợp" in headers
    assert task["A1"].font.b and task.freeze_panes == "A2"
    assert task.column_dimensions["B"].width >= 40
    deadline = task.cell(row=1, column=headers.index("Thời hạn") + 1).column_letter
    assert task.column_dimensions[deadline].number_format == "DD/MM/YYYY"
    # drop-downs: every enumeration column; no agency list while the register has none
    for sheet in SHEETS:
        ws = wb[sheet.name]
        validated = {
            str(r).split(":")[0]
            for dv in ws.data_validations.dataValidation
            for r in dv.sqref.ranges
        }
        for i, column in enumerate(sheet.columns, start=1):
            letter = ws.cell(row=1, column=i).column_letter
            listed = column.kind == ENUM or (sheet.entity, column.name) == ("figure", "metric")
            assert (f"{letter}2" in validated) == listed, (sheet.name, column)


def test_template_offers_the_registers_agencies(province, tmp_path):
    wb = openpyxl.load_workbook(wbk.write_template(tmp_path / "mau.xlsx"))
    listed = [cell.value for col in wb[LISTS_SHEET].iter_cols() for cell in col if cell.value]
    assert {"SKHCN", "SNV", "UBND_BX", "Mã cơ quan"} <= set(listed)
    task = wb["Nhiệm vụ"]
    formulas = {str(dv.sqref): dv.formula1 for dv in task.data_validations.dataValidation}
    assert set(formulas.values()) == {"DS_TaskStatus", "DS_agency"}
    assert "Danh mục" in wb.defined_names["DS_agency"].attr_text
    assert len(formulas) == 3  # status, lead agency, coordinating agencies


# --- import -----------------------------------------------------------------------------


def test_a_filled_template_imports_the_province(session, tmp_path):
    result = wbk.import_workbook(fill(tmp_path / "tinh.xlsx", PROVINCE), who="Lan")
    assert result.created == {
        "pillar": 3,
        "agency": 4,
        "document": 1,
        "meeting": 1,
        "conclusion": 1,
        "target": 3,
        "milestone": 1,
        "measurement": 2,
        "task": 3,
        "note": 1,
    }
    assert result.updated == {}  # a parent written later in the sheet is no "change"
    assert "thêm 4 cơ quan" in result.description and "thêm 3 nhiệm vụ" in result.description
    bx = m.Agency.get(m.Agency.code == "UBND_BX")
    assert bx.parent.code == "UBND_TINH" and bx.valid_to == date(2025, 6, 30)
    assert bx.kind == "huyen" and m.Agency.get(m.Agency.code == "SNV").name == "Sở Nội vụ"
    assert m.Document.get().issue_date == date(2023, 3, 10)
    mt1 = m.Target.get(m.Target.code == "MT01")
    assert (mt1.baseline, mt1.target_value, mt1.direction) == (30.5, 80.0, "tang")
    assert m.Target.get(m.Target.code == "MT02").direction == "giam"
    assert [x.value for x in m.Measurement.select().order_by(m.Measurement.id)] == [55.5, 17.0]
    exported = register.export_batch()
    nv2 = next(t for t in exported["task"] if t["code"] == "NV02")
    assert nv2["coordinators"] == ["SKHCN", "UBND_BX"] and nv2["status"] == "in_progress"
    assert exported["conclusion"][0]["agencies"] == ["SKHCN", "SNV"]
    assert m.ChangeSet.get().action == "Nhập tệp Excel tinh.xlsx"
    assert m.ChangeSet.get().who == "Lan"


def test_summary_agrees_with_the_imported_workbook(province):
    from dxdesk.core.services import summary

    data = summary.summarize(date(2023, 12, 31), with_checks=False)
    assert data["targets"]["total"] == 3
    assert data["tasks"]["total"] == 3
    assert data["tasks"]["by_status"] == {
        "not_started": 1,
        "in_progress": 1,
        "done": 1,
        "dropped": 0,
    }


def test_five_mistakes_are_all_reported_and_nothing_is_written(province, tmp_path):
    before, log = counts(), [(c.id, c.action) for c in m.ChangeSet.select()]
    bad = fill(
        tmp_path / "loi.xlsx",
        {
            "Trụ cột": [{"Mã": "DT", "Tên": "Đô thị thông minh"}, {"Mã": "DT", "Tên": "Trùng"}],
            "Cơ quan": [{"Mã": "SYT", "Loại": "Sở, ban, ngành"}],  # no name
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
    with pytest.raises(ImportFailed) as excinfo:
        wbk.import_workbook(bad)
    assert len(excinfo.value.errors) == 5
    assert errors_of(excinfo) == {
        ("Trụ cột", 3, "Mã"),
        ("Cơ quan", 2, "Tên"),
        ("Văn bản", 2, "Ngày ban hành"),
        ("Mục tiêu", 2, "Giá trị mục tiêu"),
        ("Nhiệm vụ", 2, "Cơ quan chủ trì"),
    }
    messages = {e.sheet: e.message for e in excinfo.value.errors}
    assert messages["Văn bản"] == ("Ngày 31/02/2023 không có thật: tháng 02/2023 chỉ có 28 ngày.")
    assert "SXYZ" in messages["Nhiệm vụ"] and "dòng 2" in messages["Trụ cột"]
    assert "tám mươi" in messages["Mục tiêu"] and "trống" in messages["Cơ quan"]
    assert counts() == before
    assert [(c.id, c.action) for c in m.ChangeSet.select()] == log


def test_a_document_already_registered_under_another_code_is_an_error(province, tmp_path):
    doc = {
        "Số, ký hiệu": "09-KH/BCĐCĐS",
        "Khối văn bản": "dang",
        "Ngày ban hành": "10/03/2023",
        "Cơ quan ban hành": "Ban Chỉ đạo chuyển đổi số tỉnh",
    }
    path = fill(tmp_path / "vb.xlsx", {"Văn bản": [{"Mã": "KH09-BIS", **doc}]})
    with pytest.raises(ImportFailed) as excinfo:
        wbk.import_workbook(path)
    assert errors_of(excinfo) == {("Văn bản", 2, "Số, ký hiệu")}
    assert "KH09" in excinfo.value.errors[0].message
    same = fill(tmp_path / "vb2.xlsx", {"Văn bản": [{"Mã": "KH09", **doc, "Trích yếu": "Mới"}]})
    assert wbk.import_workbook(same).updated == {"document": 1}


def test_sheet_and_header_mistakes(session, tmp_path):
    path = tmp_path / "cot.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Ghi chép"  # not a sheet of the format
    ws = wb.create_sheet("nhiem vu")  # accents and case do not matter
    ws.append(["Mã", "Nội dung *", "Ghi chú riêng", None, "Trạng thái"])
    ws.append(["NV1", "Việc", "x", "dữ liệu không tiêu đề", "Đang triển khai"])
    agencies = wb.create_sheet("Cơ quan")
    agencies.append(["Mã *", "Loại"])  # the required "Tên" is missing
    agencies.append(["SKHCN", "Sở, ban, ngành"])
    wb.create_sheet("Hướng dẫn")  # ignored
    wb.save(path)
    with pytest.raises(ImportFailed) as excinfo:
        wbk.read_workbook(path)
    assert errors_of(excinfo) == {
        ("Ghi chép", 0, ""),
        ("nhiem vu", 1, "Ghi chú riêng"),
        ("nhiem vu", 1, "D"),
        ("Cơ quan", 1, "Tên"),
    }


def test_cell_forms_that_are_accepted_and_refused(session, tmp_path):
    path = fill(
        tmp_path / "o.xlsx",
        {
            "Trụ cột": [
                {"Mã": " CQS ", "Tên": "Chi\u0301nh quyê\u0300n sô\u0301", "Thứ tự": "2"},
                {},
                {"Mã": "KTS", "Tên": "Kinh tế số", "Thứ tự": 1.5},
            ],
            "Cơ quan": [
                {
                    "Mã": "S1",
                    "Tên": "Sở 1",
                    "Loại": "sở, BAN, ngành",
                    "Hiệu lực từ": "2023-01-01",
                    "Hiệu lực đến": 45000,
                }
            ],
            "Nhiệm vụ": [{"Mã": 12, "Nội dung": "Việc", "Trạng thái": "Xong rồi"}],
        },
    )
    with pytest.raises(ImportFailed) as excinfo:
        wbk.read_workbook(path)
    by_cell = {(e.sheet, e.row, e.column): e.message for e in excinfo.value.errors}
    assert set(by_cell) == {
        ("Trụ cột", 4, "Thứ tự"),
        ("Cơ quan", 2, "Hiệu lực đến"),
        ("Nhiệm vụ", 2, "Trạng thái"),
    }
    assert "số nguyên" in by_cell[("Trụ cột", 4, "Thứ tự")]
    assert "Đã hoàn thành" in by_cell[("Nhiệm vụ", 2, "Trạng thái")]  # lists the labels
    ok = fill(
        tmp_path / "ok.xlsx",
        {
            "Trụ cột": [
                {"Mã": " CQS ", "Tên": "Chi\u0301nh quyê\u0300n sô\u0301", "Thứ tự": "2"},
                {},
                {"Mã": "KTS", "Tên": "Kinh tế số"},
            ],
            "Nhiệm vụ": [{"Mã": 12, "Nội dung": "Việc", "Trạng thái": "done"}],
        },
    )
    batch = wbk.read_workbook(ok)
    assert [r["_row"] for r in batch["pillar"]] == [2, 4]  # the empty row 3 is skipped
    assert batch["pillar"][0]["code"] == "CQS" and batch["pillar"][0]["sort_order"] == 2
    assert batch["pillar"][0]["name"] == "Chính quyền số"  # NFC
    assert batch["task"][0]["code"] == "12" and batch["task"][0]["status"] == "done"


def test_a_formula_counts_as_its_value_and_an_uncomputed_one_is_an_error(session, tmp_path):
    path = fill(tmp_path / "f.xlsx", {"Trụ cột": [{"Mã": "CQS", "Tên": '=UPPER("x")'}]})
    with pytest.raises(ImportFailed) as excinfo:  # written by a program: Excel never ran it
        wbk.read_workbook(path)
    assert errors_of(excinfo) == {("Trụ cột", 2, "Tên")}
    assert "công thức chưa được tính" in excinfo.value.errors[0].message


def test_agencies_that_are_each_others_parent_still_load(session):
    result = register.load(
        {
            "agency": [
                {"code": "A", "name": "A", "kind": "khac", "parent": "B"},
                {"code": "B", "name": "B", "kind": "khac", "parent": "A"},
            ]
        },
        action="thử",
    )
    assert result.created == {"agency": 2}
    assert {a.code: a.parent.code for a in m.Agency.select()} == {"A": "B", "B": "A"}


def test_progress_and_cancel(session, tmp_path):
    path = fill(tmp_path / "tinh.xlsx", PROVINCE)
    seen: list[tuple[int, int]] = []
    wbk.read_workbook(path, progress=lambda done, total: seen.append((done, total)))
    total = sum(len(rows) for rows in PROVINCE.values())
    assert seen[-1] == (total, total)
    with pytest.raises(wbk.ImportCancelled):
        wbk.import_workbook(path, cancelled=lambda: True)
    assert counts()["Task"] == 0


def test_a_file_that_is_not_a_workbook_gives_one_clear_sentence(session, tmp_path):
    fake = tmp_path / "so lieu.xlsx"
    fake.write_text("Mã;Tên\nCQS;Chính quyền số\n", encoding="utf-8")
    with pytest.raises(DxError) as excinfo:
        wbk.import_workbook(fake)
    assert not isinstance(excinfo.value, ImportFailed)
    assert "không phải tệp Excel .xlsx hợp lệ" in str(excinfo.value)
    assert "\n" not in str(excinfo.value)
    with pytest.raises(DxError, match="Không tìm thấy tệp"):
        wbk.read_workbook(tmp_path / "khong-co.xlsx")
    with pytest.raises(DxError, match=r"\.xlsx"):
        wbk.write_template(tmp_path / "mau.xls")


# --- export -----------------------------------------------------------------------------


def test_export_then_import_into_an_empty_register_gives_the_same_workbook(province, tmp_path):
    m.Task.update(blocker=FORMULA).where(m.Task.code == "NV03").execute()
    m.Pillar.update(name="+84 912 345 678").where(m.Pillar.code == "KTS").execute()
    m.ProgressNote.update(author="@Lan -").execute()
    register.load(
        {
            "figure": [
                {
                    "code": "SL1",
                    "metric": "tasks.by_status.done",
                    "as_of": date(2023, 12, 19),
                    "value": 1,
                    "percent": 33.33,
                    "percent_places": 2,
                    "printed_text": "-1 nhiệm vụ",
                }
            ],
            "member": [
                {
                    "code": "TV1",
                    "name": "Nguyễn Văn A",
                    "role": "truong_ban",
                    "agency": "UBND_TINH",
                    "position": "=SUM(A1)",
                }
            ],
        },
        action="thêm",
    )
    first = wbk.export_workbook(tmp_path / "xuat-1.xlsx")
    records = register.export_batch()
    province.close()

    with Session(tmp_path / "trong.db", who="kiểm thử") as empty:
        result = wbk.import_workbook(first)
        assert result.updated == {}
        assert register.export_batch() == records
        second = wbk.export_workbook(tmp_path / "xuat-2.xlsx")
        assert empty.path.exists()
    assert cells(first) == cells(second)
    sheets = cells(first)
    assert set(sheets) == {GUIDE_SHEET, LISTS_SHEET, *(s.name for s in SHEETS)}
    task_header = tuple(h.removesuffix(" *") for h in sheets["Nhiệm vụ"][0])
    nv3 = next(r for r in sheets["Nhiệm vụ"] if r[0] == "NV03")
    assert nv3[task_header.index("Vướng mắc")] == FORMULA
    nv2 = next(r for r in sheets["Nhiệm vụ"] if r[0] == "NV02")
    assert nv2[task_header.index("Cơ quan phối hợp")] == "SKHCN; UBND_BX"
    assert nv2[task_header.index("Trạng thái")] == "Đang triển khai"
    assert nv2[task_header.index("Thời hạn")] == datetime(2024, 12, 31)


def test_formula_like_text_is_written_as_text_that_excel_will_not_run(session, tmp_path):
    register.load(
        {"pillar": [{"code": "P", "name": FORMULA}, {"code": "Q", "name": "-1"}]}, action="thêm"
    )
    path = wbk.export_workbook(tmp_path / "x.xlsx")
    ws = openpyxl.load_workbook(path)["Trụ cột"]
    assert ws["B2"].value == FORMULA and ws["B2"].data_type == "s" and ws["B2"].quotePrefix
    assert ws["B3"].value == "-1" and ws["B3"].data_type == "s"
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets"))
    assert "<f>" not in xml and "<f " not in xml
    batch = wbk.read_workbook(path)
    assert [r["name"] for r in batch["pillar"]] == [FORMULA, "-1"]


def test_reimport_updates_by_code_and_says_what_it_added_and_changed(province, tmp_path):
    path = wbk.export_workbook(tmp_path / "xuat.xlsx")
    assert wbk.import_workbook(path).description == "không có thay đổi"
    sets = m.ChangeSet.select().count()
    wb = openpyxl.load_workbook(path)
    ws = wb["Nhiệm vụ"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "NV02")
    row[header.index("Trạng thái *")].value = "Đã hoàn thành"
    row[header.index("Ngày hoàn thành")].value = datetime(2023, 11, 20)
    ws.append({1: "NV04", 2: "Việc mới", header.index("Trạng thái *") + 1: "Chưa triển khai"})
    wb.save(path)
    result = wbk.import_workbook(path)
    assert result.created == {"task": 1} and result.updated == {"task": 1}
    assert result.description == "thêm 1 nhiệm vụ, sửa 1 nhiệm vụ"
    assert m.ChangeSet.select().count() == sets + 1
    nv2 = m.Task.get(m.Task.code == "NV02")
    assert (nv2.status, nv2.completed_on) == ("done", date(2023, 11, 20))
    assert m.Task.select().count() == 4


def test_a_huge_whole_number_is_a_cell_error_not_a_crash(tmp_path, session):
    # found by the workbook fuzzer: 10^20 in "Thứ tự" overflowed SQLite's INTEGER
    path = tmp_path / "huge.xlsx"
    wbk.write_workbook(path, {"pillar": [{"code": "CQS", "name": "Chính quyền số"}]})
    book = openpyxl.load_workbook(path)
    sheet = book["Trụ cột"]
    order_col = next(c.column for c in sheet[1] if str(c.value).startswith("Thứ tự"))
    sheet.cell(row=2, column=order_col, value=10**20)
    book.save(path)
    with pytest.raises(ImportFailed) as err:
        wbk.import_workbook(path)
    assert [(e.row, e.message) for e in err.value.errors] == [
        (
            2,
            "Số “100000000000000000000” vượt giới hạn: sổ chỉ nhận số có độ lớn không quá "
            "1.000.000.000.000.000.",
        )
    ]
    assert m.Pillar.select().count() == 0
