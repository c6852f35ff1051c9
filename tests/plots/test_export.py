"""Each plot exports to a non-empty PNG and to a valid SVG, offscreen."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from dxdesk.core.errors import ValidationError
from dxdesk.gui.plots.export import _without_close
from dxdesk.gui.plots.offscreen import KINDS, plot_class, render_widget, series_for
from tests.plots.conftest import AS_OF

SVG = "{http://www.w3.org/2000/svg}svg"


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_plot_exports_png_and_svg(demo_session, qapp, tmp_path, kind):
    if kind == "index":  # the Lào Cai demo keeps no index scores: two years of DTI ranks
        from dxdesk.core.services import entities

        for year, rank in ((2022, 30), (2023, 25)):
            score = {"family": "DTI", "year": year, "component": "", "rank": rank, "rank_of": 63}
            entities.save("index_score", score)
    data = series_for(kind, AS_OF, target="MT01")
    with render_widget(plot_class(kind), data) as plot:
        png = plot.export(tmp_path / f"{kind}.png")
        svg = plot.export(tmp_path / f"{kind}.svg")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1000, 600)
    assert len({image.pixel(x, y) for x in range(0, 1000, 25) for y in range(0, 600, 25)}) > 3
    root = ET.parse(svg).getroot()
    assert root.tag == SVG
    text = svg.read_text(encoding="utf-8")
    assert "tính đến ngày 19/12/2023" in text  # Vietnamese kept as text, not as paths


def test_export_refuses_other_formats(demo_session, qapp, tmp_path):
    data = series_for("bands", AS_OF)
    with render_widget(plot_class("bands"), data) as plot, pytest.raises(ValidationError):
        plot.export(tmp_path / "bieu-do.jpg")


def test_the_menu_saves_a_copy_at_the_export_size(demo_session, qtbot, tmp_path):
    from dxdesk.gui.plots.bands import BandsPlot
    from dxdesk.gui.plots.menu import build_menu, export_copy

    plot = BandsPlot()
    qtbot.addWidget(plot)
    plot.resize(700, 250)  # a strip of the overview
    plot.set_series(series_for("bands", AS_OF))
    path = export_copy(plot, tmp_path / "copy.png")
    assert (QImage(str(path)).width(), QImage(str(path)).height()) == (1000, 600)
    texts = [a.text() for a in build_menu(plot).actions()]
    assert texts == ["Lưu ảnh PNG…", "Lưu ảnh SVG (vẽ lại được)…", "Sao chép ảnh"]
    assert all(a.isEnabled() for a in build_menu(plot).actions())
    assert not any(a.isEnabled() for a in build_menu(BandsPlot()).actions())


def test_closed_svg_paths_become_lines_pyqtgraph_can_read():
    assert _without_close("M0,0 L5,0 L5,5 Z") == "M0,0 L5,0 L5,5 L0,0"
    assert _without_close("M0,0 L1,1Z M2,2 L3,3 z") == "M0,0 L1,1 L0,0 M2,2 L3,3 L2,2"
    assert _without_close("M0,0 L1,1") == "M0,0 L1,1"
