"""``dxdesk plot index --family DTI``: the province's rank and score over the years, the
whole index and its pillar ranks compared (issue 16 part 3)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QImage

from dxdesk.cli.main import main
from dxdesk.core.demo import load_quang_ngai
from dxdesk.core.services.indices import index_series


def test_the_series_has_the_whole_index_then_each_ranked_component(session):
    load_quang_ngai()
    series = index_series("DTI", date(2023, 12, 31))
    whole = series.lines[0]
    assert (whole.code, whole.label) == ("", "DTI")
    assert [(y, r, n) for y, r, n, _s in whole.points] == [
        (2021, 60, 63),
        (2022, 26, 63),
        (2023, 21, 63),
    ]
    pillars = {ln.code: [p[1] for p in ln.points] for ln in series.lines[1:]}
    assert pillars["TC.CQS"] == [17, 12] and pillars["TC.XHS"] == [15, 14]
    assert all(ln.label for ln in series.lines)
    earlier = index_series("DTI", date(2022, 12, 31))
    assert [p[0] for p in earlier.lines[0].points] == [2021, 2022]  # nothing after the year


def test_the_cli_writes_the_plot(tmp_path, capsys):
    db = ["--db", str(tmp_path / "qn.db")]
    assert main([*db, "demo", "--province", "quang-ngai"]) == 0
    out = tmp_path / "dti.png"
    assert (
        main([*db, "plot", "index", "--family", "DTI", "--as-of", "31/12/2023", "--out", str(out)])
        == 0
    )
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 600)
    assert main([*db, "plot", "index", "--family", "KHONG", "--out", str(out)]) == 1
    assert "Không có bộ chỉ số “KHONG”" in capsys.readouterr().err
