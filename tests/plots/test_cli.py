"""``dxdesk plot``: the same plots written to files, without a window."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from dxdesk.cli.commands.plot import parse_size
from dxdesk.cli.main import main
from dxdesk.core.errors import ValidationError


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = str(tmp_path / "laocai.db")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    return db


@pytest.mark.parametrize("kind", ["bands", "tasks", "trend", "agencies"])
def test_plot_writes_png_and_svg(demo_db, tmp_path, capsys, kind):
    png, svg = tmp_path / f"{kind}.png", tmp_path / f"{kind}.svg"
    assert main(["--db", demo_db, "plot", kind, "--as-of", "19/12/2023", "--out", str(png)]) == 0
    assert main(["--db", demo_db, "plot", kind, "--as-of", "19/12/2023", "--out", str(svg)]) == 0
    assert capsys.readouterr().out.split() == [str(png), str(svg)]
    assert QImage(str(png)).size().toTuple() == (1000, 600)
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"


def test_plot_trajectory_needs_a_target(demo_db, tmp_path, capsys):
    out = tmp_path / "mt01.png"
    assert main(["--db", demo_db, "plot", "trajectory", "--out", str(out)]) == 1
    assert "--target" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                demo_db,
                "plot",
                "trajectory",
                "--target",
                "MT01",
                "--as-of",
                "19/12/2023",
                "--out",
                str(out),
                "--size",
                "800x500",
            ]
        )
        == 0
    )
    assert QImage(str(out)).size().toTuple() == (800, 500)


def test_plot_refuses_other_formats_and_sizes(demo_db, tmp_path, capsys):
    assert main(["--db", demo_db, "plot", "bands", "--out", str(tmp_path / "a.jpg")]) == 1
    assert "png hoặc .svg" in capsys.readouterr().err
    assert parse_size("1200x700") == (1200, 700)
    for bad in ("1200", "10x10", "9000x9000"):
        with pytest.raises(ValidationError):
            parse_size(bad)
