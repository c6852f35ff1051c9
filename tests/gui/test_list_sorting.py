"""Sorting a list: each column's order follows the rules (Vietnamese for text and enum labels,
blanks where the user expects them), and a big list's costly orders are computed on the
database lane, not on the GUI thread where a first sort froze the window."""

from __future__ import annotations

import random
import threading

from PySide6.QtCore import Qt

from dxdesk.core.domain import text as vn
from dxdesk.core.storage.readsql import Table
from dxdesk.gui.models import table as table_model
from dxdesk.gui.models.table import (
    DATE,
    ENUM,
    NUMBER,
    Column,
    RecordTableModel,
    column_order,
    compute_later,
    prepare,
)
from tests.gui.conftest import open_page, settle

LETTERS = "aăâbdđeêoôơuưAĂÂĐÔƠƯ àáảãạằắẳẵặầấẩẫậòóỏõọồốổỗộờớởỡợùúủũụừứửữự0-9"


def _words(rng: random.Random, n: int) -> list[str | None]:
    words: list[str | None] = [
        "".join(rng.choice(LETTERS) for _ in range(rng.randint(0, 6))) for _ in range(n)
    ]
    return [*words, None, "", None]


def _in_order(values: list, order: list[int]) -> list:
    return [values[i] for i in order]


def test_text_columns_sort_in_vietnamese_order_repeated_or_unique():
    rng = random.Random(3)
    column = Column("text", "Nội dung")
    repeated = _words(rng, 400) * 3  # same letters with other tones and cases, blanks
    unique = list(dict.fromkeys(w for w in _words(rng, 400) if w))
    for values in (repeated, unique):
        shown = [v or "" for v in _in_order(values, column_order(column, values))]
        assert shown == sorted((v or "" for v in values), key=vn.sort_key)


def test_enum_number_and_date_columns_sort_by_label_or_value_blanks_last():
    labels = {"done": "Hoàn thành", "in_progress": "Đang thực hiện", "not_started": "Chưa bắt đầu"}
    status = Column("status", "Trạng thái", kind=ENUM, labels=labels)
    values = ["done", "not_started", "in_progress", "done", "not_started"]
    shown = [labels[v] for v in _in_order(values, column_order(status, values))]
    assert shown == ["Chưa bắt đầu", "Chưa bắt đầu", "Đang thực hiện", "Hoàn thành", "Hoàn thành"]
    numbers = [3.5, None, -1, 0, 12, None, 0.5]
    order = column_order(Column("n", "Số", kind=NUMBER), numbers)
    assert _in_order(numbers, order) == [-1, 0, 0.5, 3.5, 12, None, None]
    dates = ["2024-03-01", None, "2023-12-31", "", "2024-03-01"]
    order = column_order(Column("d", "Ngày", kind=DATE), dates)
    assert _in_order(dates, order)[:3] == ["2023-12-31", "2024-03-01", "2024-03-01"]
    assert set(_in_order(dates, order)[3:]) == {None, ""}


def test_a_sorted_list_gets_its_order_from_the_lane_when_it_reloads(window, monkeypatch):
    page = open_page(window, "tasks")
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    threads: list[str] = []
    original = table_model.column_order

    def recorded(spec: Column, values: list) -> list[int]:
        threads.append(threading.current_thread().name)
        return original(spec, values)

    monkeypatch.setattr(table_model, "column_order", recorded)
    page.mark_stale()  # an edit or an as-of change reloads the list
    settle(window)
    assert threads and threading.main_thread().name not in threads
    texts = [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    assert texts == sorted(texts, key=vn.sort_key)


def test_a_big_list_orders_its_many_valued_text_columns_in_the_background(monkeypatch):
    monkeypatch.setattr(table_model, "MANY_DISTINCT", 10)
    rows = [(f"NV{i:03d}", f"Nhiệm vụ {i} ở Đà Nẵng", "Sở Tài chính") for i in range(30)]
    table = Table(("code", "text", "lead"), rows)
    columns = [Column("code", "Mã"), Column("text", "Nội dung"), Column("lead", "Chủ trì")]
    later = compute_later(table, columns)
    assert set(later.orders) == {0, 1}  # the lead agency repeats: sorted when asked, cheaply
    assert later.orders[1] == column_order(columns[1], [r[1] for r in rows])
    model = RecordTableModel(columns)
    model.set_prepared(prepare(table, columns, with_search=False))
    model.attach_later(later, model.generation - 1)  # computed for an older fetch: dropped
    assert model.search is None
    model.attach_later(later, model.generation)
    assert model.search == later.search
    assert model.sort_order(1) is later.orders[1]
