"""Charts of the formations section: the grade–tonnage curve and a reading's time series.

pyqtgraph is imported when a chart is first built, never when the section module loads,
so the window starts without it. The plot items are made once and given new data on each
refresh (cheaper than clearing and re-adding them).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtWidgets import QVBoxLayout, QWidget

from greendesk.ui import formatting

GREEN, RED, BLUE = "#2f6b57", "#b03a2e", "#2b5d8a"


class _Chart(QWidget):
    """A lazily built pyqtgraph PlotWidget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.plot = None

    def ensure_plot(self):  # type: ignore[no-untyped-def]
        if self.plot is None:
            import pyqtgraph as pg

            from greendesk.ui.chart_axes import locale_axes

            self.plot = pg.PlotWidget(self, background="w",
                                      axisItems=locale_axes("left", "bottom", "right"))
            self.plot.showGrid(x=True, y=True, alpha=0.2)
            for side in ("left", "bottom", "right"):
                axis = self.plot.getPlotItem().getAxis(side)
                axis.enableAutoSIPrefix(False)
                axis.setTextPen("#33453c")
            self._layout.addWidget(self.plot)
            self.build(pg)
        return self.plot

    def build(self, pg) -> None:  # type: ignore[no-untyped-def]
        """Make the plot items once."""


class GradeTonnageChart(_Chart):
    """Tonnage above each cut-off (left axis) and its mean grade (right axis), with the
    break-even grade as a vertical line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points = 0

    def build(self, pg) -> None:  # type: ignore[no-untyped-def]
        item = self.plot.getPlotItem()
        item.setLabel("left", self.tr("Tonnage above cut-off, Mt"))
        item.showAxis("right")
        self.grade_view = pg.ViewBox()
        item.scene().addItem(self.grade_view)
        item.getAxis("right").linkToView(self.grade_view)
        self.grade_view.setXLink(item)
        item.vb.sigResized.connect(self._sync_views)
        legend = item.addLegend(offset=(-10, 10), labelTextColor="#33453c")
        self.tonnage = item.plot([], [], pen=pg.mkPen(GREEN, width=2), symbol="o",
                                 symbolSize=6, symbolBrush=GREEN, name=self.tr("Tonnage"))
        dash = pg.QtCore.Qt.PenStyle.DashLine
        self.grade = pg.PlotDataItem([], [], pen=pg.mkPen(BLUE, width=2, style=dash),
                                     symbol="s", symbolSize=5, symbolBrush=BLUE)
        self.grade_view.addItem(self.grade)
        legend.addItem(self.grade, self.tr("Mean grade"))
        self.breakeven = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(RED, width=1.5, style=pg.QtCore.Qt.PenStyle.DotLine),
            label=self.tr("break-even"), labelOpts={"color": RED, "position": 0.9})
        item.addItem(self.breakeven)

    def _sync_views(self) -> None:
        item = self.plot.getPlotItem()
        self.grade_view.setGeometry(item.vb.sceneBoundingRect())
        self.grade_view.linkedViewChanged(item.vb, self.grade_view.XAxis)

    def show_curve(self, cutoffs: Sequence[float], tonnage_mt: Sequence[float],
                   grades: Sequence[float | None], unit: str, breakeven: float | None) -> None:
        plot = self.ensure_plot()
        item = plot.getPlotItem()
        item.setLabel("bottom", self.tr("Cut-off grade, %1").replace("%1", unit))
        item.setLabel("right", self.tr("Mean grade, %1").replace("%1", unit))
        self.tonnage.setData(list(cutoffs), list(tonnage_mt))
        known = [(c, g) for c, g in zip(cutoffs, grades, strict=True) if g is not None]
        self.grade.setData([c for c, _ in known], [g for _, g in known])
        self.grade_view.enableAutoRange()
        self.breakeven.setVisible(breakeven is not None)
        if breakeven is not None:
            self.breakeven.setPos(breakeven)
        item.enableAutoRange()
        self.points = len(cutoffs)


class SeriesChart(_Chart):
    """One parameter's readings over time, with its limits as horizontal lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points = 0
        self.limit_lines: list[float] = []

    def build(self, pg) -> None:  # type: ignore[no-untyped-def]
        item = self.plot.getPlotItem()
        from greendesk.ui.chart_axes import LocaleDateAxis

        item.setAxisItems({"bottom": LocaleDateAxis()})
        item.getAxis("bottom").setTextPen("#33453c")
        self._pg = pg
        self.series = item.plot([], [], pen=pg.mkPen(GREEN, width=2), symbol="o",
                                symbolSize=6, symbolBrush=GREEN)
        dash = pg.QtCore.Qt.PenStyle.DashLine
        self.lines = [pg.InfiniteLine(angle=0, pen=pg.mkPen(RED, width=1.5, style=dash),
                                      label="", labelOpts={"color": RED, "position": 0.01,
                                                           # starts at the left, not centred
                                                           # there and cut (a narrow chart)
                                                           "anchors": [(0, 0), (0, 1)]})
                      for _ in range(2)]
        for line in self.lines:
            item.addItem(line)

    def show_series(self, dates: Sequence[date], values: Sequence[float], unit: str,
                    upper: float | None, lower: float | None, exceeded: Sequence[bool]) -> None:
        plot = self.ensure_plot()
        pg = self._pg
        item = plot.getPlotItem()
        item.setLabel("left", unit)
        xs = [datetime(d.year, d.month, d.day).timestamp() for d in dates]
        self.series.setData(xs, list(values),
                            symbolBrush=[pg.mkBrush(RED if e else GREEN) for e in exceeded])
        self.limit_lines = []
        for line, bound in zip(self.lines, (upper, lower), strict=True):
            line.setVisible(bound is not None)
            if bound is not None:
                line.setPos(bound)
                line.label.setFormat(self.tr("limit %1").replace(
                    "%1", formatting.short_number(bound)))  # 8,5 in Russian and Kazakh
                self.limit_lines.append(bound)
        item.enableAutoRange()
        self.points = len(xs)
