"""Fixtures of the plot tests: the demo register at 19/12/2023 (its published figures)."""

from __future__ import annotations

from datetime import date

import pytest

AS_OF = date(2023, 12, 19)


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("DXDESK_SETTINGS", str(tmp_path / "settings.ini"))


@pytest.fixture
def plot_of(qtbot):
    """plot_of(cls, series, size=(1000, 600), **options) → a shown plot of that series."""

    def make(cls, series, size=(1000, 600), **options):
        widget = cls(**options)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.set_series(series)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make
