"""Documents counted (issue 16 part 5): how many documents of each type each issuer issued
over a period, with or without each one listed; in the summary, the brief and figure keys."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dxdesk.cli.main import main
from dxdesk.core.errors import ValidationError
from dxdesk.core.reports.brief_doc import brief_document
from dxdesk.core.reports.pdf.brief_data import brief_data
from dxdesk.core.services import entities
from dxdesk.core.services.documents import document_counts, documents_sentence
from dxdesk.core.services.figures import check_figures
from dxdesk.core.services.summary import summarize

BCD = "Ban Chỉ đạo chuyển đổi số tỉnh"
UBND = "UBND tỉnh"


def _meeting() -> None:
    entities.save(
        "meeting",
        {
            "code": "HN",
            "title": "Hội nghị tổng kết năm",
            "kind": "tong_ket",
            "meeting_date": date(2023, 12, 31),
        },
    )


def _doc(code: str, doc_type: str, issuer: str, day: date) -> None:
    entities.save(
        "document",
        {
            "code": code,
            "symbol": f"{code[2:]}/{code[:2]}-UBND",
            "style": "nha_nuoc",
            "doc_type": doc_type,
            "issuer": issuer,
            "issue_date": day,
            "subject": f"Văn bản {code}",
        },
    )


@pytest.fixture
def documents(session):
    _doc("QD1", "Quyết định", UBND, date(2023, 2, 1))
    _doc("QD2", "quyết định ", UBND, date(2023, 5, 2))  # typed differently: the same type
    _doc("QD3", "Quyết định", BCD, date(2023, 6, 3))
    _doc("KH1", "Kế hoạch", BCD, date(2023, 3, 10))
    _doc("KH2", "Kế hoạch", BCD, date(2023, 11, 20))
    _doc("CV1", "", BCD, date(2023, 7, 1))  # no type written
    _doc("KH0", "Kế hoạch", BCD, date(2022, 12, 30))  # the year before: not counted
    _doc("QD9", "Quyết định", UBND, date(2023, 12, 20))  # after the as-of date
    return session


def test_counts_by_type_and_issuer_over_the_year(documents):
    counts = document_counts(date(2023, 12, 19))
    assert (counts["from"], counts["to"], counts["total"]) == ("2023-01-01", "2023-12-19", 6)
    assert [(e["key"], e["type"], e["count"]) for e in counts["by_type"]] == [
        ("quyet_dinh", "Quyết định", 3),
        ("ke_hoach", "Kế hoạch", 2),
        ("khac", "Văn bản khác", 1),
    ]
    assert counts["by_issuer"] == [
        {"issuer": BCD, "count": 4, "by_type": {"quyet_dinh": 1, "ke_hoach": 2, "khac": 1}},
        {"issuer": UBND, "count": 2, "by_type": {"quyet_dinh": 2}},
    ]
    assert "items" not in counts


def test_a_period_of_ones_own_and_each_document_listed(documents):
    counts = document_counts(date(2023, 12, 19), start=date(2022, 12, 1), listing=True)
    assert counts["total"] == 7
    assert [d["code"] for d in counts["items"]] == ["KH0", "QD1", "KH1", "QD2", "QD3", "CV1", "KH2"]
    with pytest.raises(ValidationError, match="sau ngày tính"):
        document_counts(date(2023, 1, 1), start=date(2023, 6, 1))


def test_the_sentence_of_the_summary_and_the_brief(documents):
    _meeting()
    summary = summarize(date(2023, 12, 19), with_checks=False)
    sentence = (
        "Từ 01/01/2023 đến 19/12/2023 đã ban hành 6 văn bản: 3 quyết định, 2 kế hoạch, "
        f"1 văn bản khác ({BCD}: 4; {UBND}: 2)."
    )
    assert documents_sentence(summary["documents"]) == sentence
    doc = brief_document(brief_data(date(2023, 12, 19)), "state")
    assert "5. Văn bản chỉ đạo, điều hành đã ban hành\n" + sentence in doc.text()


def test_the_brief_reports_the_latest_index_results(session):
    from dxdesk.core.demo import load_quang_ngai

    load_quang_ngai()
    _meeting()
    doc = brief_document(brief_data(date(2023, 12, 31)), "state")
    text = doc.text()
    assert "3. Kết quả các bộ chỉ số đánh giá, xếp hạng" in text
    line = next(x for x in text.splitlines() if x.startswith("Chỉ số DTI năm 2023"))
    assert line.startswith("Chỉ số DTI năm 2023: xếp hạng 21/63 (tăng 5 bậc so với năm 2022)")


def test_summary_json_through_the_cli(tmp_path, capsys):
    db = str(tmp_path / "r.db")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    args = ["--db", db, "summary", "--as-of", "19/12/2023", "--json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)["documents"]
    assert data["total"] >= 2 and "items" not in data
    assert main([*args, "--documents-from", "01/01/2022", "--documents-list"]) == 0
    listed = json.loads(capsys.readouterr().out)["documents"]
    assert len(listed["items"]) == listed["total"] >= data["total"]
    assert main(["--db", db, "summary", "--as-of", "19/12/2023"]) == 0
    assert "VĂN BẢN ĐÃ BAN HÀNH:" in capsys.readouterr().out


def test_a_published_count_of_documents_is_checked(documents):
    as_of = date(2023, 12, 19)
    entities.save(
        "figure",
        {"code": "F1", "metric": "documents.by_type.quyet_dinh", "as_of": as_of, "value": 3},
    )
    entities.save(
        "figure",
        {"code": "F2", "metric": "documents.by_type.ke_hoach", "as_of": as_of, "value": 43},
    )
    entities.save("figure", {"code": "F3", "metric": "documents.total", "as_of": as_of, "value": 6})
    wrong = check_figures()
    assert [c.code for c in wrong] == ["F2"]
    assert "Số văn bản loại “kế hoạch” đã ban hành" in wrong[0].message
    assert "báo cáo ghi 43, sổ có 2" in wrong[0].message
