"""A report's merge runs off the GUI thread with the window's progress bar; its Cancel
rolls the merge back and leaves the register as it was (issue 13 item 8)."""

from __future__ import annotations

import threading

from dxdesk.bench.merge_entries import build_report
from dxdesk.core.exchange import package
from dxdesk.core.exchange.offline import applying
from dxdesk.core.storage import models as m
from dxdesk.core.storage.exchange_models import ExchangeReceipt
from tests.gui.conftest import settle


def _counts() -> tuple[int, int, int, int]:
    return (
        m.ProgressNote.select().count(),
        m.ChangeSet.select().count(),
        m.Change.select().count(),
        ExchangeReceipt.select().count(),
    )


def test_cancel_of_a_merge_in_the_window_leaves_the_register_unchanged(
    window, tmp_path, monkeypatch
):
    slice_path = tmp_path / "SGDDT.dxp"
    window.exchange.issue_slice("SGDDT", str(slice_path))
    settle(window)
    pkg = package.read(slice_path)
    report = build_report(
        tmp_path / "bc.dxp",
        40,
        pkg.payload()["agency_private_key"],
        pkg.manifest,
        task="NV03",
        agency=("SGDDT", "Sở Giáo dục và Đào tạo"),
    )
    before = window.ops.call(_counts)

    # the lane pauses once ten notes are written, until the officer has pressed Cancel
    monkeypatch.setattr(applying, "_RUN", 10)
    pressed, paused = threading.Event(), threading.Event()
    tell = applying.Steps.tell

    def tell_after_cancel(steps, done):
        if steps.phase == 1 and done and not pressed.is_set():
            paused.set()
            pressed.wait(20)
        tell(steps, done)

    monkeypatch.setattr(applying.Steps, "tell", tell_after_cancel)
    window.exchange.merge_report(str(report), ask=lambda *a: True)
    for _ in range(400):
        window.ops.wait_idle(50)
        if paused.is_set():
            break
    assert paused.is_set(), "the merge never reached its writes"
    bar = window.job_bar
    assert bar.isVisible() and bar.cancel.isEnabled()
    assert bar.label.text() == "Đang hợp nhất…"
    bar.cancel.click()
    pressed.set()
    settle(window)
    assert window.statusBar().currentMessage() == "Đã hủy; không có gì thay đổi."
    assert window.ops.call(_counts) == before
    assert not bar.isVisible()
