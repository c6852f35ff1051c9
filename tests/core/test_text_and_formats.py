"""Vietnamese text and number formats as officials write them."""

import unicodedata
from datetime import date

import pytest

from dxdesk.core.domain import formats, text
from dxdesk.core.domain.docnumber import format_number_line, parse_document_number
from dxdesk.core.domain.enums import DocumentStyle


def test_clean_makes_decomposed_text_nfc():
    nfd = unicodedata.normalize("NFD", "Chuyển đổi số")
    assert nfd != "Chuyển đổi số"
    assert text.clean(f"  {nfd} ") == "Chuyển đổi số"


@pytest.mark.parametrize(
    ("query", "haystack"),
    [("chuyen doi so", "Chuyển đổi số"), ("da nang", "Đà Nẵng"), ("SỞ Y", "sở y tế")],
)
def test_search_ignores_accents_and_case(query, haystack):
    assert text.matches(haystack, query)


def test_vietnamese_alphabetical_order():
    words = ["Yên Bái", "Đà Nẵng", "Điện Biên", "Ân Thi", "An Giang", "Ăn", "Bắc Hà", "Dương"]
    ordered = sorted(words, key=text.sort_key)
    assert ordered == [
        "An Giang",
        "Ăn",
        "Ân Thi",
        "Bắc Hà",
        "Dương",
        "Đà Nẵng",
        "Điện Biên",
        "Yên Bái",
    ]


def test_tones_order_after_letters():
    assert sorted(["mã", "má", "ma", "mà", "mả", "mạ"], key=text.sort_key) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
    ]


@pytest.mark.parametrize(
    ("value", "places", "out"),
    [
        (21914, None, "21.914"),
        (92.5, 1, "92,5"),
        (66.6666, 1, "66,7"),
        (2.25, 1, "2,3"),
        (1234567.891, 2, "1.234.567,89"),
    ],
)
def test_vietnamese_numbers(value, places, out):
    assert formats.fmt_number(value, places) == out


def test_percent_has_a_space_and_a_comma():
    assert formats.fmt_percent(20 * 100 / 30) == "66,7 %"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("21.914", 21914.0),
        ("92,5", 92.5),
        ("1.234,5", 1234.5),
        ("0.8123", 0.8123),
        ("75%", 75.0),
        ("", None),
    ],
)
def test_parse_number(raw, value):
    assert formats.parse_number(raw) == value


def test_dates_both_ways():
    assert formats.parse_date("10/3/2023") == date(2023, 3, 10)
    assert formats.parse_date("2023-12-19") == date(2023, 12, 19)
    assert formats.fmt_date(date(2023, 3, 10)) == "10/03/2023"
    assert formats.fmt_long_date(date(2023, 12, 5)) == "ngày 05 tháng 12 năm 2023"
    # ND 30: a leading zero only for days < 10 and months 1-2
    assert formats.fmt_long_date(date(2024, 3, 5)) == "ngày 05 tháng 3 năm 2024"
    assert formats.fmt_long_date(date(2024, 2, 5)) == "ngày 05 tháng 02 năm 2024"
    assert formats.fmt_long_date(date(2024, 9, 19)) == "ngày 19 tháng 9 năm 2024"
    with pytest.raises(formats.ImpossibleDate, match="Ngày 31/02/2023 không có thật"):
        formats.parse_date("31/02/2023")
    with pytest.raises(formats.ImpossibleDate, match="không có tháng 13"):
        formats.parse_date("12/13/2023")
    with pytest.raises(formats.ImpossibleDate, match="tháng 04/2023 chỉ có 30 ngày"):
        formats.parse_date("2023-04-31")
    assert formats.parse_date("29/02/2024") == date(2024, 2, 29)
    with pytest.raises(ValueError):
        formats.parse_date("19-12")


def test_periods():
    assert formats.period_end("2023-Q2") == date(2023, 6, 30)
    assert formats.period_end("2024-02") == date(2024, 2, 29)
    assert formats.period_label("2023-Q2") == "quý II/2023"
    assert formats.period_label("2023-H1") == "6 tháng đầu năm 2023"
    with pytest.raises(ValueError):
        formats.period_end("2023-Q5")


def test_published_rates_are_truncated_or_rounded():
    assert formats.truncate(98.6297, 2) == 98.62
    assert formats.round_half_up(98.6297, 2) == 98.63


@pytest.mark.parametrize(
    ("raw", "style", "doc_type", "issuer"),
    [
        ("09-KH/BCĐCĐS", DocumentStyle.PARTY, "KH", "BCĐCĐS"),
        ("19-CT/TU", DocumentStyle.PARTY, "CT", "TU"),
        ("Số: 586/KH-UBND", DocumentStyle.STATE, "KH", "UBND"),
        ("408/TB-VPCP", DocumentStyle.STATE, "TB", "VPCP"),
        ("42/2014/QĐ-TTg", DocumentStyle.STATE, "QĐ", "TTg"),
        ("12/KH-BCVT&CĐS", DocumentStyle.STATE, "KH", "BCVT&CĐS"),
    ],
)
def test_document_numbers_keep_what_was_written(raw, style, doc_type, issuer):
    parsed = parse_document_number(raw)
    assert (parsed.style, parsed.doc_type, parsed.issuer) == (style, doc_type, issuer)
    assert parsed.text in raw


@pytest.mark.parametrize("raw", ["KH/09", "09/KH", "abc", "09-KH-BCĐ", ""])
def test_bad_document_numbers_are_refused(raw):
    with pytest.raises(ValueError):
        parse_document_number(raw)


def test_number_line_by_style():
    assert format_number_line("09-KH/BCĐCĐS", DocumentStyle.PARTY) == "Số 09-KH/BCĐCĐS"
    assert format_number_line("586/KH-UBND", DocumentStyle.STATE) == "Số: 586/KH-UBND"
