"""The programme filter of the window (the as-of bar's "Chương trình"): the task and target
lists, the overview's figures and the plots count one programme's work, and their counts
agree with ``summary --programme`` (issue 17 point 4)."""

from __future__ import annotations

from dxdesk.core.services import entities, lists, summary
from dxdesk.core.services import series as core_series
from dxdesk.core.storage.queries import only_programme
from tests.gui.conftest import AS_OF, open_page, settle


def _tag(window, entity: str, code: str) -> None:
    record = window.ops.call(entities.get, entity, code)
    window.ops.call(entities.save, entity, {**record, "programmes": ["NQ57"]})


def _choose(window, code) -> None:
    bar = window.as_of_bar
    index = bar.programme.findData(code)
    assert index >= 0
    bar.programme.setCurrentIndex(index)
    bar.programme.activated.emit(index)
    settle(window)


def _task_series(code):
    with only_programme(code):
        return core_series.task_series(AS_OF)


def test_lists_figures_and_plots_follow_the_programme_chosen(window):
    window.ops.call(entities.save, "programme", {"code": "NQ57", "name": "Nghị quyết 57-NQ/TW"})
    _tag(window, "task", "NV02")
    _tag(window, "task", "NV03")
    _tag(window, "target", "MT01")
    window.as_of_bar.set_programmes(window.ops.call(lists.choices, "programme"))
    assert not window.as_of_bar.programme.isHidden()
    every = window.ops.call(summary.summarize, AS_OF, with_checks=False)
    seen = {}
    for code in ("NQ57", "khong"):
        _choose(window, code)
        expected = window.ops.call(summary.summarize, AS_OF, with_checks=False, programme=code)
        tasks, targets = open_page(window, "tasks"), open_page(window, "targets")
        settle(window)
        assert tasks.proxy.rowCount() == expected["tasks"]["total"]
        assert targets.proxy.rowCount() == expected["targets"]["total"]
        overview = open_page(window, "overview")
        settle(window)
        assert overview.data["tasks"] == expected["tasks"]
        assert overview.data["programme"]["code"] == code
        panel = overview.plots
        panel.select("tasks")
        settle(window)
        assert panel.series["tasks"] == window.ops.call(_task_series, code)
        seen[code] = (tasks.proxy.rowCount(), targets.proxy.rowCount())
    assert seen["NQ57"] == (2, 1)
    # NQ 57 and "no programme" add up to the whole register
    assert seen["NQ57"][0] + seen["khong"][0] == every["tasks"]["total"]
    assert seen["NQ57"][1] + seen["khong"][1] == every["targets"]["total"]
    _choose(window, None)
    assert open_page(window, "tasks").proxy.rowCount() == every["tasks"]["total"]


def test_the_selector_is_hidden_without_programmes(window):
    assert window.as_of_bar.programme.isHidden()
