"""The band chart of the Word copy: the PDF's stacked bars drawn with Pillow (which ReportLab
already brings) as a PNG, in the same print-safe palette and with each segment's count."""

from __future__ import annotations

import io

from docx.shared import Mm
from PIL import Image, ImageDraw, ImageFont

from dxdesk.core.domain.palette import BAND_COLOURS, INK, hex_to_rgb
from dxdesk.core.paths import resources_dir
from dxdesk.core.reports.pdf.charts import BANDS
from dxdesk.core.reports.pdf.safe import printable

SCALE = 4  # pixels per point: sharp when printed


def _font(size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
    return ImageFont.truetype(str(resources_dir() / "fonts" / name), int(size * SCALE))


def chart_png(by_pillar: list[dict], width_pt: float) -> bytes:
    """The chart as PNG bytes (``width_pt`` points wide)."""
    pillars = [p for p in by_pillar if p.get("total")] or list(by_pillar)
    bar, gap, label_w = 18, 8, min(150.0, width_pt * 0.33)
    legend_h = 3 * 14 + 10
    height = len(pillars) * (bar + gap) + legend_h + 20
    img = Image.new("RGB", (int(width_pt * SCALE), int(height * SCALE)), "white")
    d = ImageDraw.Draw(img)
    regular, strong = _font(10), _font(10, bold=True)
    most = max((p.get("total", 0) for p in pillars), default=1) or 1
    plot_x, plot_w = label_w + 6, width_pt - label_w - 18
    for i, p in enumerate(pillars):
        y = 6 + i * (bar + gap)
        # Pillow's layout refuses some control characters: the same printable text as the PDF
        label = printable(str(p.get("label") or p.get("code") or "")[:40])
        d.text(
            ((label_w) * SCALE, (y + bar / 2) * SCALE), label, font=regular, fill=INK, anchor="rm"
        )
        x = plot_x
        for band in BANDS:
            value = p.get(band.value, 0) or 0
            w = plot_w * value / most
            if w <= 0:
                continue
            d.rectangle(
                [x * SCALE, y * SCALE, (x + w) * SCALE, (y + bar) * SCALE],
                fill=hex_to_rgb(BAND_COLOURS[band]),
                outline="white",
                width=2,
            )
            if w >= 12:
                r, g, bl = hex_to_rgb(BAND_COLOURS[band])
                ink = "white" if 0.299 * r + 0.587 * g + 0.114 * bl < 128 else INK
                d.text(
                    ((x + w / 2) * SCALE, (y + bar / 2) * SCALE),
                    str(value),
                    font=strong,
                    fill=ink,
                    anchor="mm",
                )
            x += w
    top = len(pillars) * (bar + gap) + 14
    for k, band in enumerate(BANDS):
        col, row = divmod(k, 3)
        x, y = 10 + col * width_pt / 2, top + row * 14
        d.rectangle(
            [x * SCALE, y * SCALE, (x + 9) * SCALE, (y + 9) * SCALE],
            fill=hex_to_rgb(BAND_COLOURS[band]),
        )
        d.text(
            ((x + 14) * SCALE, (y + 4.5) * SCALE),
            band.label,
            font=_font(9.5),
            fill=INK,
            anchor="lm",
        )
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def add_band_chart(word, by_pillar: list[dict], width_mm: float) -> None:
    """Insert the chart as a picture the width of the text."""
    png = chart_png(by_pillar, width_mm / 25.4 * 72)
    word.add_picture(io.BytesIO(png), width=Mm(width_mm))
