"""Bars that tell their exact value on hover and say which list a click opens.

pyqtgraph's ``BarGraphItem`` has neither: ``HoverBars`` keeps one tooltip and one filter
dict per bar, shows the tooltip while the mouse is over that bar, and hands the filter of
a left-clicked bar to ``on_click``. Points (trend, trajectory) use pyqtgraph's own
``ScatterPlotItem(hoverable=True, tip=…)`` with ``point_tip``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QToolTip

from dxdesk.gui.plots._pg import pg


@dataclass(frozen=True)
class Bar:
    """One bar in data coordinates, with what hovering and clicking it do."""

    x0: float
    y0: float
    width: float
    height: float
    tip: str
    filter: dict[str, Any] | None = None

    @property
    def rect(self) -> QRectF:
        return QRectF(self.x0, self.y0, self.width, self.height)

    @property
    def centre(self) -> QPointF:
        return self.rect.center()


class HoverBars(pg.BarGraphItem):
    """A set of bars of one colour (one legend entry): hover tips, click filters."""

    def __init__(
        self,
        bars: Sequence[Bar],
        *,
        brush: Any,
        pen: Any = None,
        on_click: Callable[[dict[str, Any]], None] | None = None,
    ):
        self.bars = [b for b in bars if b.width > 0 and b.height > 0]
        self.on_click = on_click
        super().__init__(
            x0=[b.x0 for b in self.bars],
            y0=[b.y0 for b in self.bars],
            width=[b.width for b in self.bars],
            height=[b.height for b in self.bars],
            brush=brush,
            pen=pen if pen is not None else pg.mkPen("#FFFFFF", width=1),
        )

    def index_at(self, pos: QPointF) -> int | None:
        """The bar under ``pos`` (item coordinates = data coordinates)."""
        for i, bar in enumerate(self.bars):
            if bar.rect.contains(pos):
                return i
        return None

    def tip_at(self, pos: QPointF) -> str:
        i = self.index_at(pos)
        return self.bars[i].tip if i is not None else ""

    def hoverEvent(self, ev: Any) -> None:  # noqa: N802 - pyqtgraph's name
        if ev.isExit():
            self.setToolTip("")
            self.unsetCursor()
            return
        i = self.index_at(ev.pos())
        if i is None:
            self.setToolTip("")
            self.unsetCursor()
            return
        bar = self.bars[i]
        if bar.filter and self.on_click is not None:
            ev.acceptClicks(Qt.MouseButton.LeftButton)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        if self.toolTip() != bar.tip:
            self.setToolTip(bar.tip)
            if QToolTip.isVisible():  # moving from bar to bar: follow at once
                QToolTip.showText(ev.screenPos().toPoint(), bar.tip)

    def mouseClickEvent(self, ev: Any) -> None:  # noqa: N802 - pyqtgraph's name
        if ev.button() != Qt.MouseButton.LeftButton or self.on_click is None:
            return
        i = self.index_at(ev.pos())
        if i is None or not self.bars[i].filter:
            return
        ev.accept()
        self.on_click(dict(self.bars[i].filter))

    def click_bar(self, index: int) -> None:
        """What a left click on bar ``index`` does (keyboard access, tests)."""
        bar = self.bars[index]
        if bar.filter and self.on_click is not None:
            self.on_click(dict(bar.filter))


def point_tip(x: float, y: float, data: Any) -> str:
    """The tooltip of a hovered point: the text stored as its data."""
    return str(data) if data is not None else ""
