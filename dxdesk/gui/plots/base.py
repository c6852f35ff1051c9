"""What every plot widget shares: title, Vietnamese axes, a legend beside the plot (never on
the bars), value labels that hide when their bar is too thin, the export context menu.

A plot is a ``pg.GraphicsLayoutWidget`` fed one series by ``set_series``; it never queries.
Clicking a bar emits ``bar_clicked(filter_dict)`` (docs/plots.md lists the dicts).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from dxdesk.core.domain.formats import fmt_date, fmt_number
from dxdesk.gui.plots import style, texts
from dxdesk.gui.plots._pg import pg
from dxdesk.gui.plots.hover import Bar, HoverBars
from dxdesk.gui.qtcompat import emit

EXPORT_SIZE = (1000, 600)  # what `dxdesk plot` and "Lưu ảnh" write: readable in Word


class VnAxis(pg.AxisItem):
    """An axis whose numbers are written the Vietnamese way (21.914; 2,5)."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        step = abs(spacing * scale)
        places = 0
        while places < 4 and abs(step * 10**places - round(step * 10**places)) > 1e-9:
            places += 1  # as many decimals as the tick step has (2,5 → 1)
        return [fmt_number(round(v * scale, places)) for v in values]


class Swatch(pg.ItemSample):
    """A legend sample: a filled square for bars, the line and symbol for curves; clicking
    it does nothing (pyqtgraph's would hide the series)."""

    def paint(self, p: Any, *args: Any) -> None:
        if isinstance(self.item, pg.BarGraphItem):
            p.setPen(pg.mkPen(None))
            p.setBrush(pg.mkBrush(self.item.opts["brush"]))
            p.drawRect(3, 3, 14, 14)
            return
        super().paint(p, *args)

    def mouseClickEvent(self, event: Any) -> None:  # noqa: N802
        event.ignore()


class Labels(pg.GraphicsObject):
    """Value labels at data points, in pixels, all painted by one item: one ``TextItem``
    per label costs ~1 ms to create and more at every view change (labels of a bar chart)."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[
            tuple[QPointF, str, QColor, tuple[float, float], float | None, QFont, float, float]
        ] = []
        self.setZValue(10)  # above the bars

    def add(
        self,
        x: float,
        y: float,
        text: str,
        colour: str,
        anchor: tuple[float, float],
        fit: float | None,
        font: QFont,
    ) -> None:
        metrics = QFontMetricsF(font)
        self.entries.append(
            (
                QPointF(x, y),
                text,
                QColor(colour),
                anchor,
                fit,
                font,
                metrics.horizontalAdvance(text),
                metrics.height(),
            )
        )
        self.prepareGeometryChange()

    def shown(self, transform: QTransform) -> list[str]:
        """The texts drawn under ``transform`` (data → pixels): a label whose bar is too
        thin for it is left out."""
        return [e[1] for e in self.entries if self._fits(e, transform)]

    @staticmethod
    def _fits(entry: tuple, transform: QTransform) -> bool:
        fit, width = entry[4], entry[6]
        return fit is None or abs(transform.m11()) * fit >= width + 4

    def boundingRect(self) -> QRectF:  # noqa: N802
        view = self.getViewBox()
        return QRectF(view.viewRect()) if view is not None else QRectF()

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph's hook
        self.prepareGeometryChange()

    def paint(self, painter: QPainter, *_args: Any) -> None:
        transform = painter.transform()
        painter.save()
        painter.resetTransform()  # draw in pixels at the mapped points: text is not scaled
        for entry in self.entries:
            pos, text, colour, (ax, ay), _fit, font, width, height = entry
            if not self._fits(entry, transform):
                continue
            at = transform.map(pos)
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(
                QRectF(at.x() - ax * width, at.y() - ay * height, width, height),
                Qt.AlignmentFlag.AlignCenter,
                text,
            )
        painter.restore()


class BasePlot(pg.GraphicsLayoutWidget):
    """One plot: a title row, the plot, and its legend (at the right or at the bottom)."""

    key = ""
    name = ""  # the Vietnamese title (texts.*)
    legend_side = "right"
    bar_clicked = Signal(dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.series: Any = None
        self.bar_items: list[HoverBars] = []
        self.labels: Labels | None = None  # the value labels, drawn by one item
        self.setBackground("w")
        self.setMinimumSize(280, 160)
        self.ci.setContentsMargins(6, 4, 12, 4)
        self.ci.setSpacing(2)
        self.title = pg.LabelItem("", justify="left")
        self.addItem(self.title, row=0, col=0, colspan=2)
        axes = {"left": VnAxis("left"), "bottom": VnAxis("bottom")}
        self.plot: pg.PlotItem = self.addPlot(row=1, col=0, axisItems=axes)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.vb.setMouseEnabled(x=False, y=False)
        self.plot.vb.setDefaultPadding(0.0)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setStyle(tickFont=style.font(9), tickTextOffset=5, autoExpandTextSpace=True)
            axis.setTextPen(pg.mkPen(style.INK))
            axis.setPen(pg.mkPen("#9AA3AD"))
        self.legend = pg.LegendItem(
            labelTextColor=style.INK,
            labelTextSize="9pt",
            sampleType=Swatch,
            frame=False,
            verSpacing=-4,
        )
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if self.legend_side == "right":
            self.addItem(self.legend, row=1, col=1)
            self.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignTop)
        else:
            self.addItem(self.legend, row=2, col=0)
            self.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignLeft)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    # -- feeding ---------------------------------------------------------------------------
    def set_series(self, series: Any) -> None:
        """Draw ``series`` (a dataclass of dxdesk.core.services.series), replacing the last."""
        self.series = series
        self.plot.clear()
        self.legend.clear()
        self.bar_items, self.labels = [], None
        if series is None:  # nothing to draw (a register without targets, say)
            self.title.setText("")
            self.show_empty()
            return
        self.title.setText(self.title_html(series), size="10pt", color=style.INK)
        self.draw(series)

    def draw(self, series: Any) -> None:
        raise NotImplementedError

    def title_html(self, series: Any) -> str:
        """'<b>Name</b> – tính đến ngày dd/mm/yyyy' (+ ``subtitle``)."""
        day = texts.t(texts.AS_OF).format(day=fmt_date(series.as_of))
        extra = self.subtitle(series)
        extra = f" · {html.escape(extra)}" if extra else ""
        return (
            f"<b>{html.escape(texts.t(self.name))}</b>"
            f"<span style='color:{style.MUTED}'> – {html.escape(day)}{extra}</span>"
        )

    def subtitle(self, series: Any) -> str:
        return ""

    # -- drawing helpers -------------------------------------------------------------------
    def add_bars(self, bars: Sequence[Bar], colour: str, legend: str | None) -> HoverBars:
        item = HoverBars(bars, brush=style.colour(colour), on_click=self._clicked)
        item.colour = colour.upper()  # the palette's '#RRGGBB'
        self.plot.addItem(item)
        self.bar_items.append(item)
        if legend:
            self.legend.addItem(item, html.escape(legend))
        return item

    def add_label(
        self,
        x: float,
        y: float,
        text: str,
        *,
        colour: str = style.INK,
        anchor: tuple[float, float] = (0.5, 0.5),
        fit: float | None = None,
        bold: bool = False,
        points: float = 8.5,
    ) -> None:
        """A text at data (x, y); with ``fit`` (a bar's width in data units) it shows only
        while the bar is wide enough to hold it."""
        if self.labels is None:
            self.labels = Labels()
            self.plot.addItem(self.labels, ignoreBounds=True)
        self.labels.add(x, y, text, colour, anchor, fit, style.font(points, bold=bold))

    def show_empty(self) -> None:
        self.plot.setXRange(0, 1, padding=0)
        self.add_label(0.5, 0.5, texts.t(texts.NOTHING), colour=style.MUTED, points=10)
        self.plot.setYRange(0, 1, padding=0)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTicks([[], []])

    def set_categories(
        self, side: str, labels: Sequence[str], *, wrap_px: float = 230, max_lines: int = 2
    ) -> None:
        """Name the rows (``left``) or columns (``bottom``) 0, 1, 2… of a bar chart."""
        axis = self.plot.getAxis(side)
        wrapped = [style.wrap(label, wrap_px, max_lines=max_lines) for label in labels]
        axis.setTicks([[(i, text) for i, text in enumerate(wrapped)], []])
        if side == "left":
            axis.setWidth(int(max((style.text_width(w) for w in wrapped), default=20) + 14))

    # -- clicks, menu, export --------------------------------------------------------------
    def _clicked(self, filters: dict[str, Any]) -> None:
        emit(self.bar_clicked, filters)

    def _menu(self, pos: QPoint) -> None:
        from dxdesk.gui.plots.menu import show_menu

        show_menu(self, self.mapToGlobal(pos))

    def export(self, path: Path | str) -> Path:
        """This plot, as it is drawn now, to a PNG or SVG file."""
        from dxdesk.gui.plots.export import export_plot

        return export_plot(self, path)

    def copy_options(self) -> dict[str, Any]:
        """Constructor options a copy of this plot needs (exports redraw a copy)."""
        return {}

    def default_file_name(self) -> str:
        as_of = self.series.as_of if self.series is not None else date.today()
        return f"bieu-do-{self.key}-{as_of.isoformat()}"


def count_ticks(axis: Any, widest: float) -> None:
    """Whole-number ticks on a count axis (pyqtgraph would write 2,5 nhiệm vụ)."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000):
        if widest / step <= 8:
            axis.setTickSpacing(float(step), float(step))
            return
    axis.setTickSpacing()


def time_ticks(first: date, last: date) -> list[list[tuple[float, str]]]:
    """Ticks of a date axis (x = ``date.toordinal()``): months ("T4", "T1/2024") over up to
    two years, else years; the finer level unlabelled."""
    months = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        months.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    if len(months) > 24:
        years = [date(y, 1, 1) for y in range(first.year, last.year + 1)]
        return [
            [(d.toordinal(), str(d.year)) for d in years],
            [(d.toordinal(), "") for d in months if d.month in (4, 7, 10)],
        ]
    step = 1 if len(months) <= 12 else 3
    major = [
        (d.toordinal(), f"T{d.month}/{d.year}" if d.month == 1 or d == months[0] else f"T{d.month}")
        for d in months
        if (d.month - 1) % step == 0
    ]
    return [major, [(d.toordinal(), "") for d in months]]
