"""One target's trajectory: its baseline, its measurements up to the as-of date, its yearly
milestones and the target line up to the deadline, on a time axis in years."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from dxdesk.core.domain.formats import fmt_date, fmt_number, fmt_percent
from dxdesk.core.services.series import Trajectory
from dxdesk.gui import labels
from dxdesk.gui.plots import style, texts
from dxdesk.gui.plots._pg import pg
from dxdesk.gui.plots.base import BasePlot, time_ticks
from dxdesk.gui.plots.hover import point_tip
from dxdesk.gui.plots.texts import t

MEASURED = style.ACCENT
MILESTONE = style.BAND["from_50_to_70"]  # orange diamonds
TARGET = style.BAND["completed"]
BASELINE = style.STATUS["not_started"]


class TrajectoryPlot(BasePlot):
    key = "trajectory"
    name = texts.TRAJECTORY

    def title_html(self, series: Trajectory) -> str:
        import html

        band = labels.tr(style.BAND_LABELS[series.band])
        reached = (
            t(texts.REACHED).format(percent=fmt_percent(series.percent), band=band)
            if series.percent is not None
            else band
        )
        text = style.wrap(f"{series.code} – {series.text}", 900, 10, max_lines=1)
        return (
            f"<b>{html.escape(text)}</b><br><span style='color:{style.MUTED}'>"
            f"{html.escape(t(texts.AS_OF).format(day=fmt_date(series.as_of)))}: "
            f"{html.escape(reached)}</span>"
        )

    def default_file_name(self) -> str:
        code = self.series.code if self.series is not None else "muc-tieu"
        return f"lo-trinh-{code}"

    def value_text(self, value: float) -> str:
        """A value as written in the brief ("Có"/"Chưa" for a yes/no target)."""
        if self.series is not None and self.series.kind == "co_khong":
            return t(texts.YES) if value else t(texts.NO)
        return fmt_number(value)

    def draw(self, s: Trajectory) -> None:
        unit = "" if s.kind == "co_khong" else s.unit
        # the baseline stands at the start: the assignment, or the first measurement when the
        # series began earlier (registers that imported past data)
        firsts = [
            d
            for d in (s.assigned_on, s.measurements[0].day if s.measurements else None)
            if d is not None
        ]
        start = min(firsts) if firsts else s.as_of
        xs_days: list[date] = [start, s.as_of]
        if s.measurements:
            days = [m.day for m in s.measurements]
            values = [m.value for m in s.measurements]
            tips = [
                t(texts.TIP_MEASURE).format(
                    period=labels.period(m.period),
                    day=fmt_date(m.day),
                    value=self.value_text(m.value),
                    unit=unit,
                )
                for m in s.measurements
            ]
            if s.baseline is not None:
                days, values = [start, *days], [s.baseline, *values]
                tips = [
                    t(texts.TIP_BASELINE).format(value=self.value_text(s.baseline), unit=unit),
                    *tips,
                ]
            size = 8 if len(days) <= 24 else 4  # monthly data over years: small dots
            self._points(days, values, "o", MEASURED, t(texts.MEASURED), tips, line=True, size=size)
            last = s.measurements[-1]
            if s.kind != "co_khong":  # a yes/no axis already reads "Đạt"/"Chưa đạt"
                self.add_label(
                    last.day.toordinal(),
                    last.value,
                    self.value_text(last.value),
                    colour=MEASURED,
                    anchor=(0.5, 1.3),
                    bold=True,
                )
            xs_days += days
        if s.baseline is not None:  # drawn after the line: its square stays visible
            self._points(
                [start],
                [s.baseline],
                "s",
                BASELINE,
                t(texts.BASELINE),
                [t(texts.TIP_BASELINE).format(value=self.value_text(s.baseline), unit=unit)],
                size=11,
            )
        if s.milestones:
            days = [date(y, 12, 31) for y, _ in s.milestones]
            tips = [
                t(texts.TIP_MILESTONE).format(year=y, value=self.value_text(v), unit=unit)
                for y, v in s.milestones
            ]
            self._points(
                days,
                [v for _, v in s.milestones],
                "d",
                MILESTONE,
                t(texts.MILESTONE),
                tips,
                size=12,
            )
            xs_days += days
        end = s.deadline or (date(s.milestones[-1][0], 12, 31) if s.milestones else s.as_of)
        xs_days.append(end)
        if s.target_value is not None:
            self._target_line(s, start, end)
        self._axes(min(xs_days), max(xs_days), s)

    def _points(self, days, values, symbol, colour, name, tips, *, line=False, size=9) -> None:
        xs = [d.toordinal() for d in days]
        item = pg.PlotDataItem(
            xs,
            values,
            pen=pg.mkPen(colour, width=2.5) if line else None,
            symbol=symbol,
            symbolSize=size,
            symbolBrush=colour,
            symbolPen="w",
        )
        self.plot.addItem(item)
        self.legend.addItem(item, name)
        self.plot.addItem(
            pg.ScatterPlotItem(
                xs,
                values,
                size=18,
                brush=(0, 0, 0, 0),
                pen=None,
                hoverable=True,
                tip=point_tip,
                data=tips,
            )
        )

    def _target_line(self, s: Trajectory, start: date, end: date) -> None:
        unit = "" if s.kind == "co_khong" else s.unit
        pen = pg.mkPen(TARGET, width=2, style=Qt.PenStyle.DashLine)
        line = pg.PlotDataItem([start.toordinal(), end.toordinal()], [s.target_value] * 2, pen=pen)
        self.plot.addItem(line)
        self.legend.addItem(line, t(texts.TARGET_LINE))
        tip = t(texts.TIP_TARGET).format(
            value=self.value_text(s.target_value), unit=unit, day=fmt_date(s.deadline) or "–"
        )
        self.plot.addItem(
            pg.ScatterPlotItem(
                [end.toordinal()],
                [s.target_value],
                size=18,
                brush=(0, 0, 0, 0),
                pen=None,
                hoverable=True,
                tip=point_tip,
                data=[tip],
            )
        )
        if s.kind != "co_khong":
            self.add_label(
                end.toordinal(),
                s.target_value,
                f"{self.value_text(s.target_value)} {unit}",
                colour=TARGET,
                anchor=(1.05, -0.15),
                bold=True,
            )
        if s.deadline:
            self.plot.addItem(
                pg.InfiniteLine(s.deadline.toordinal(), angle=90, pen=pg.mkPen(style.GRID, width=1))
            )

    def _axes(self, first: date, last: date, s: Trajectory) -> None:
        long = (last.year - first.year) * 12 + last.month - first.month > 24
        first = date(first.year, 1, 1) if long else date(first.year, first.month, 1)
        self.plot.getAxis("bottom").setTicks(time_ticks(first, last))
        span = last.toordinal() - first.toordinal()
        self.plot.setXRange(
            first.toordinal() - span * 0.03, last.toordinal() + span * 0.03, padding=0
        )
        values = [v for v in (s.baseline, s.target_value) if v is not None]
        values += [m.value for m in s.measurements] + [v for _, v in s.milestones]
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        low = min(low, 0.0) if low >= 0 and low < high * 0.5 else low
        pad = (high - low) * 0.12 or 1.0
        self.plot.setYRange(low - (pad if low else 0), high + pad, padding=0)
        self.plot.setLabel("left", s.unit, color=style.INK, **{"font-size": "9pt"})
        if s.kind == "co_khong":
            self.plot.getAxis("left").setTicks([[(0, t(texts.NO)), (1, t(texts.YES))], []])
            self.plot.setYRange(-0.2, 1.3, padding=0)
            self.plot.setLabel("left", "")
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        if s.direction == "giam":
            self.plot.getAxis("left").setLabel(
                t(texts.LOWER_IS_BETTER).format(unit=s.unit),
                color=style.INK,
                **{"font-size": "9pt"},
            )
