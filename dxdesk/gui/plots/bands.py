"""Targets by pillar: one horizontal bar per pillar, stacked by the four official bands
(and "no data"), in the palette's band colours. The legend carries each band's total, so
the figures of the brief (20 / 3 / 3 / 4 at 19/12/2023 on the demo) read off the plot."""

from __future__ import annotations

from dxdesk.core.domain.formats import fmt_number, fmt_percent, percent_of
from dxdesk.core.services.series import BandSeries
from dxdesk.gui import labels
from dxdesk.gui.plots import style, texts
from dxdesk.gui.plots.base import BasePlot, count_ticks
from dxdesk.gui.plots.hover import Bar
from dxdesk.gui.plots.texts import t

HEIGHT = 0.62


class BandsPlot(BasePlot):
    key = "bands"
    name = texts.BANDS

    def subtitle(self, series: BandSeries) -> str:
        return t(texts.N_TARGETS).format(n=fmt_number(series.total))

    def draw(self, series: BandSeries) -> None:
        rows = series.rows
        if not rows:
            self.show_empty()
            return
        names = [r.label or t(texts.NO_PILLAR) for r in rows]
        for band in series.bands:
            if band == "no_data" and not series.totals[band]:
                continue  # as the brief: "no data" only when some target has none
            bars, left = [], 0.0
            for i, row in enumerate(rows):
                left = sum(row.counts[b] for b in series.bands[: series.bands.index(band)])
                n = row.counts[band]
                tip = t(texts.TIP_BAND).format(
                    pillar=names[i],
                    band=labels.tr(style.BAND_LABELS[band]),
                    n=fmt_number(n),
                    share=fmt_percent(percent_of(n, row.total)),
                )
                bars.append(
                    Bar(
                        left,
                        i - HEIGHT / 2,
                        n,
                        HEIGHT,
                        tip,
                        {"view": "targets", "pillar": row.code, "band": band},
                    )
                )
                if n:
                    self.add_label(
                        left + n / 2,
                        i,
                        fmt_number(n),
                        fit=n,
                        colour=style.text_on(style.BAND[band]),
                    )
            legend = f"{labels.tr(style.BAND_LABELS[band])}: {fmt_number(series.totals[band])}"
            self.add_bars(bars, style.BAND[band], legend)
        widest = max(r.total for r in rows) or 1
        for i, row in enumerate(rows):
            self.add_label(
                row.total + widest * 0.01, i, fmt_number(row.total), anchor=(0, 0.5), bold=True
            )
        self._frame(names, widest)

    def _frame(self, names: list[str], widest: int) -> None:
        self.set_categories("left", names)
        self.plot.invertY(True)
        self.plot.setYRange(-0.5, len(names) - 0.5, padding=0)
        self.plot.setXRange(-widest * 0.004, widest * 1.08, padding=0)
        self.plot.setLabel("bottom", t(texts.TARGETS_AXIS), color=style.INK, **{"font-size": "9pt"})
        self.plot.showGrid(x=True, y=False, alpha=0.18)
        count_ticks(self.plot.getAxis("bottom"), widest)
