"""The brief's band chart reads in black and white (issue 15, fix 5): printed on a grey-only
printer, the five bands come out as five greys at least GREY_MARGIN apart (of 255)."""

from __future__ import annotations

import subprocess
from itertools import combinations

from PIL import Image
from reportlab.graphics import renderPDF

from dxdesk.core.reports.pdf.charts import band_chart

GREY_MARGIN = 30  # luminance steps (0-255) between any two bands once printed in grey


def test_band_greys_differ_by_the_stated_margin(tmp_path):
    pillar = {
        "code": "CQS",
        "label": "Chính quyền số",
        "total": 25,
        "completed": 5,
        "above_70": 5,
        "from_50_to_70": 5,
        "below_50": 5,
        "no_data": 5,
    }
    chart = band_chart([pillar, {**pillar, "code": "KTS", "label": "Kinh tế số"}], 460)
    renderPDF.drawToFile(chart, str(tmp_path / "c.pdf"))
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "150", "-png", str(tmp_path / "c.pdf"), str(tmp_path / "c")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("c*.png"))).convert("L")
    counts = image.histogram()
    # the bars and legend swatches are the only large areas of one grey: text is thin
    # near-black is the ink of text and axes, near-white the paper
    greys = [level for level, n in enumerate(counts) if n > 1500 and 40 < level < 250]
    greys = [g for g in greys if not any(0 < g - h <= 2 for h in greys)]  # one level per band
    assert len(greys) == 5, greys
    assert min(abs(a - b) for a, b in combinations(greys, 2)) >= GREY_MARGIN, greys
