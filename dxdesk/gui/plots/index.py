"""The province's rank in an index family over the years, the whole index and each
component with ranks compared on one chart (``dxdesk plot index --family DTI``). Ranks are
lower-better: 1 is at the top; each point of the whole index is labelled with its rank and
score."""

from __future__ import annotations

import html

from dxdesk.core.services.indices import IndexSeries, rank_text, score_text
from dxdesk.gui.plots import style, texts
from dxdesk.gui.plots._pg import pg
from dxdesk.gui.plots.base import BasePlot
from dxdesk.gui.plots.texts import t

COLOURS = ["#1F4E79", "#2E8B57", "#C0392B", "#8E44AD", "#D68910", "#16A085", "#7F8C8D"]


class IndexPlot(BasePlot):
    key = "index"
    name = texts.INDEX

    def title_html(self, series: IndexSeries) -> str:
        day = t(texts.AS_OF).format(day=series.as_of.strftime("%d/%m/%Y"))
        title = t(texts.INDEX).format(family=series.family)
        return (
            f"<b>{html.escape(title)}</b>"
            f"<span style='color:{style.MUTED}'> – {html.escape(day)}</span>"
        )

    def draw(self, series: IndexSeries) -> None:
        ranked = [ln for ln in series.lines if any(p[1] is not None for p in ln.points)]
        if not ranked:
            self.show_empty()
            return
        years = sorted({p[0] for ln in ranked for p in ln.points})
        worst = max(p[1] for ln in ranked for p in ln.points if p[1] is not None)
        of = max((p[2] for ln in ranked for p in ln.points if p[2]), default=worst)
        for i, line in enumerate(ranked):
            colour = COLOURS[i % len(COLOURS)]
            pts = [p for p in line.points if p[1] is not None]
            item = pg.PlotDataItem(
                [p[0] for p in pts],
                [p[1] for p in pts],
                pen=pg.mkPen(colour, width=3 if not line.code else 1.8),
                symbol="o" if not line.code else "t",
                symbolSize=9 if not line.code else 7,
                symbolBrush=colour,
                symbolPen="w",
            )
            self.plot.addItem(item)
            self.legend.addItem(item, html.escape(line.label))
            if not line.code:  # the whole index: its rank and score at each year
                for year, rank, n, score in pts:
                    text = rank_text({"rank": rank, "of": n})
                    if score is not None:
                        text += f" · {score_text(score)}"
                    self.add_label(year, rank, text, colour=colour, anchor=(0.5, 1.3), bold=True)
        self.plot.invertY(True)
        self.plot.setYRange(1, min(of, worst + 8), padding=0.06)
        self.plot.setXRange(years[0] - 0.4, years[-1] + 0.4, padding=0)
        self.plot.getAxis("bottom").setTicks([[(y, str(y)) for y in years], []])
        self.plot.setLabel("left", t(texts.RANK_AXIS), color=style.INK, **{"font-size": "9pt"})
        self.plot.showGrid(x=False, y=True, alpha=0.18)
