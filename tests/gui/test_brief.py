"""Printing the brief from the window: off the GUI thread, after showing figure mismatches."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from dxdesk.core.services import entities
from tests.gui.conftest import settle


def test_the_brief_is_built_off_the_gui_thread_and_opened(window, tmp_path):
    opened = []
    window.files._brief_done = opened.append
    out = tmp_path / "brief.pdf"
    seen: list[tuple[int, int]] = []
    job = window.files.print_brief(str(out), ask=lambda *_a: False)
    job.progressed.connect(lambda done, total: seen.append((done, total)))
    settle(window)
    assert opened == [str(out)]
    # the bar moves with the drawing of the pages, and is full only at the end
    partial = {done for done, total in seen if done < total}
    assert len(partial) >= 5 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "BÁO CÁO TÓM TẮT" in text


def test_published_figures_that_disagree_are_shown_before_printing(window, tmp_path):
    window.ops.call(
        entities.save,
        "figure",
        {
            "code": "BC-01",
            "metric": "tasks.total",
            "as_of": date(2023, 12, 19),
            "value": 99.0,
            "printed_text": "99 nhiệm vụ",
        },
    )
    shown = []
    out = tmp_path / "brief.pdf"
    window.files.print_brief(str(out), ask=lambda _w, messages: shown.extend(messages) or False)
    settle(window)
    assert len(shown) == 1 and "99" in shown[0]
    assert not out.exists()  # the officer chose not to print
