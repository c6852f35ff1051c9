"""Every list model (and its proxy) is a correct Qt model; search ignores accents; sorting
follows the Vietnamese alphabet; the fast text keys agree with the core's rules."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from dxdesk.core.domain import text as vn
from dxdesk.core.services import lists
from dxdesk.core.storage.readsql import Table
from dxdesk.gui.models import textkeys
from dxdesk.gui.models.proxy import FilterProxy
from dxdesk.gui.models.table import Column, RecordTableModel, prepare
from tests.gui.conftest import AS_OF, open_page


def _pages():
    from dxdesk.gui.views.meetings import ConclusionList, MeetingList
    from dxdesk.gui.views.simple import AgenciesPage, DocumentsPage, MembersPage
    from dxdesk.gui.views.targets import TargetsPage
    from dxdesk.gui.views.tasks import TasksPage

    return [
        TasksPage,
        TargetsPage,
        MeetingList,
        ConclusionList,
        DocumentsPage,
        AgenciesPage,
        MembersPage,
    ]


@pytest.mark.parametrize("page_cls", _pages(), ids=lambda c: c.__name__)
def test_every_list_model_and_proxy_pass_the_model_tester(page_cls, window, qtmodeltester):
    for key in window.pages:  # pages are built when first used
        window.pages[key]
    page = next(p for p in window.list_pages() if type(p) is page_cls)
    prepared = window.ops.call(page._fetch_prepared, AS_OF)
    assert prepared.table.rows, "the sample register fills every list"
    model = RecordTableModel(page.columns())
    model.set_prepared(prepared)
    qtmodeltester.check(model, force_py=True)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    for column in range(model.columnCount()):
        proxy.sort(column, Qt.SortOrder.DescendingOrder)
    proxy.set_search("a")
    qtmodeltester.check(proxy, force_py=True)


def _model(texts: list[str]) -> tuple[RecordTableModel, FilterProxy]:
    table = Table(("code", "text"), [(f"C{i}", t) for i, t in enumerate(texts)])
    columns = [Column("code", "Mã"), Column("text", "Nội dung")]
    model = RecordTableModel(columns)
    model.set_prepared(prepare(table, columns))
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _shown(proxy: FilterProxy) -> list[str]:
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def test_search_ignores_accents_and_case():
    _, proxy = _model(["Chuyển đổi số trong y tế", "Du lịch Đà Nẵng", "Kho dữ liệu", "ĐÀ LẠT"])
    proxy.set_search("chuyen doi so")
    assert _shown(proxy) == ["Chuyển đổi số trong y tế"]
    proxy.set_search("da nang")
    assert _shown(proxy) == ["Du lịch Đà Nẵng"]
    proxy.set_search("ĐÀ")
    assert _shown(proxy) == ["Du lịch Đà Nẵng", "ĐÀ LẠT"]
    proxy.set_search("DU LIEU")
    assert _shown(proxy) == ["Kho dữ liệu"]
    proxy.set_search("  ")
    assert proxy.rowCount() == 4


def test_search_accepts_decomposed_text_as_an_input_method_may_send_it():
    import unicodedata

    _, proxy = _model(["Du lịch Đà Nẵng", "Kho dữ liệu"])
    proxy.set_search(unicodedata.normalize("NFD", "Đà Nẵng"))
    assert _shown(proxy) == ["Du lịch Đà Nẵng"]


def test_sorting_follows_the_vietnamese_alphabet():
    words = ["Ương", "Đông", "Dương", "Anh", "Ân", "Ăn", "Ô", "Ơn", "Oanh", "Zê", "Ưu", "Uyên"]
    _, proxy = _model(words)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert _shown(proxy) == [
        "Anh",
        "Ăn",
        "Ân",
        "Dương",
        "Đông",
        "Oanh",
        "Ô",
        "Ơn",
        "Uyên",
        "Ương",
        "Ưu",
        "Zê",
    ]
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert _shown(proxy)[0] == "Zê"


def test_filters_and_search_combine_and_counts_follow(window):
    page = open_page(window, "tasks")
    counts = []
    page.proxy.counts_changed.connect(lambda shown, total: counts.append((shown, total)))
    page.set_filter_value("timeliness", "overdue")
    assert page.proxy.rowCount() == 2
    page.search.setText("da nang")
    assert page.proxy.rowCount() == 1
    assert counts[-1] == (1, 3)
    assert page.count_label.text().startswith("1 / 3")
    page.set_filter_value("timeliness", None)
    page.search.clear()
    assert page.proxy.rowCount() == 3


def test_fast_text_keys_agree_with_the_core_rules():
    rng = random.Random(7)
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0-9"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 10))) for _ in range(3000)]
    assert textkeys.fold_many(words) == [vn.fold(w) for w in words]
    assert sorted(words, key=vn.sort_key) == sorted(words, key=textkeys.sort_key)
    in_order = [words[i] for i in textkeys.vietnamese_order(words)]
    assert in_order == sorted(words, key=vn.sort_key)


def test_the_task_list_is_one_query_not_one_per_row(sample_session):
    from dxdesk.core.storage.models import database_proxy

    executed = []
    original = database_proxy.obj.execute_sql

    def counting(sql, *args, **kwargs):
        executed.append(sql)
        return original(sql, *args, **kwargs)

    database_proxy.obj.execute_sql = counting
    try:
        table = lists.task_list(AS_OF)
    finally:
        database_proxy.obj.execute_sql = original
    assert len(table.rows) == 3 and len(executed) == 1


def test_conclusion_states_of_the_lists_agree_with_the_summary(window):
    from collections import Counter

    from dxdesk.core.services import meetings, summary

    window.ops.call(meetings.assign_task, "KL01")
    for as_of in (AS_OF, AS_OF.replace(month=8)):
        rows = window.ops.call(lists.conclusion_list, as_of).dicts()
        counts = Counter((r["meeting_code"], r["state"]) for r in rows)
        for entry in window.ops.call(summary.summarize_conclusions, as_of):
            for state in ("done", "in_progress", "not_started", "not_assigned"):
                assert counts[(entry["meeting"], state)] == entry[state], (as_of, state)


def test_search_texts_are_each_rows_searchable_cells_folded():
    from dxdesk.gui.models.table import TEXT, search_texts

    rng = random.Random(11)
    agencies = ["Sở Thông tin và Truyền thông", "UBND huyện Bắc Hà", "Đài Phát thanh", None]
    rows = [
        (f"NV{i:03d}", f"Nhiệm vụ số {rng.randint(0, 9)} ở Đà Nẵng", rng.choice(agencies))
        for i in range(200)
    ]
    table = Table(("code", "text", "lead"), rows)
    columns = [
        Column("code", "Mã", 60),
        Column("text", "Nội dung", 200),
        Column("lead", "Chủ trì", 120, TEXT),
    ]
    expected = [vn.fold(" \u2502 ".join(cell or "" for cell in row)) for row in rows]
    assert search_texts(table, columns) == expected
