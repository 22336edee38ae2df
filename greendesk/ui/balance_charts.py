"""The balance section's charts (pyqtgraph, imported only when the charts are first shown).

Monthly accounted and unaccounted losses per node (stacked; an apparent gain stacks below
zero), the loss-rate trend with the officer's threshold, and energy intensity. Hovering a
month shows its figures; each chart exports to PNG.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from greendesk.services.balances import MonthPoint
from greendesk.ui import formatting
from greendesk.ui.chart_axes import locale_axes
from greendesk.ui.kit.text import ElidedLabel

PALETTE = ["#2f6b57", "#4f7f9f", "#b07a3a", "#7d5ba6", "#c0392b", "#3a9d9b", "#8a8f2e",
           "#a0506e", "#5f6f7a", "#d08c2c"]


class _Chart(QWidget):
    """A plot with a hover line underneath; `describe(i)` says what month i holds."""

    def __init__(self, title: str, y_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w", axisItems=locale_axes("left"))
        self.plot.setMinimumHeight(230)  # the three scroll when the window is low
        item = self.plot.getPlotItem()
        item.setTitle(title, color="#1f3a2e")
        item.setLabel("left", y_label)
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.hover = ElidedLabel(" ")  # a month's figures run long in Russian and Kazakh
        self.hover.setStyleSheet("color:#33453c;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hover)
        self.labels: list[str] = []
        self.describe = lambda i: ""
        self.plot.scene().sigMouseMoved.connect(self._moved)

    def set_months(self, labels: list[str]) -> None:
        self.labels = labels
        step = max(1, len(labels) // 12)
        ticks = [(i, lab) for i, lab in enumerate(labels) if i % step == 0]
        self.plot.getPlotItem().getAxis("bottom").setTicks([ticks])

    def _moved(self, pos: QPointF) -> None:
        vb = self.plot.getPlotItem().vb
        if not self.labels or not self.plot.sceneBoundingRect().contains(pos):
            return
        i = round(vb.mapSceneToView(pos).x())
        if 0 <= i < len(self.labels):
            self.show_month(i)

    def show_month(self, i: int) -> None:
        self.hover.setText(f"{self.labels[i]}: {self.describe(i)}")

    def export_png(self, path: str | Path) -> Path:
        if not self.plot.grab().save(str(path), "PNG"):
            raise OSError(f"{path} could not be written.")
        return Path(path)


class BalanceCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.losses = _Chart(self.tr("Monthly losses per node: accounted (solid) and "
                                     "unaccounted (light)"), self.tr("t"))
        self.rate = _Chart(self.tr("Unaccounted loss, % of inputs"), "%")
        self.intensity = _Chart(self.tr("Energy intensity, GJ per tonne of production"),
                                self.tr("GJ/t"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for chart in (self.losses, self.rate, self.intensity):
            layout.addWidget(chart, 1)
        self.points: list[MonthPoint] = []
        self.threshold = 1.0

    def charts(self) -> list[_Chart]:
        return [self.losses, self.rate, self.intensity]

    def show_points(self, points: list[MonthPoint], threshold_pct: float) -> None:
        self.points, self.threshold = points, threshold_pct
        labels = [formatting.month(p.period.start) for p in points]  # 01.2025 in Russian
        for chart in self.charts():
            chart.plot.clear()
            chart.set_months(labels)
        self._losses(points)
        self._rate(points, threshold_pct)
        self._intensity(points)

    def _losses(self, points: list[MonthPoint]) -> None:
        nodes = sorted({name for p in points for name, _a, _u in p.by_node})
        plot = self.losses.plot
        legend = plot.addLegend(offset=(10, 2), labelTextSize="8pt", labelTextColor="#24352d")
        plot.getPlotItem().vb.setDefaultPadding(0.12)  # room for the legend above the bars
        legend.setColumnCount(max(1, len(nodes)))
        up = [0.0] * len(points)
        down = [0.0] * len(points)
        for k, name in enumerate(nodes):
            colour = QColor(PALETTE[k % len(PALETTE)])
            light = QColor(colour)
            light.setAlpha(110)
            for which, brush in ((1, colour), (2, light)):
                y0, heights = [], []
                for i, p in enumerate(points):
                    value = next((row[which] for row in p.by_node if row[0] == name), 0.0)
                    if value >= 0:
                        y0.append(up[i])
                        up[i] += value
                    else:
                        down[i] += value
                        y0.append(down[i])
                    heights.append(abs(value))
                bars = pg.BarGraphItem(x=list(range(len(points))), y0=y0, height=heights,
                                       width=0.7, brush=brush, pen=pg.mkPen(None),
                                       name=name if which == 1 else None)
                plot.addItem(bars)
        self.losses.describe = lambda i: "; ".join(
            self.tr("%1: accounted %2 t, unaccounted %3 t").replace("%1", name)
            .replace("%2", formatting.number(a, "t")).replace("%3", formatting.number(u, "t"))
            for name, a, u in points[i].by_node)

    def _rate(self, points: list[MonthPoint], threshold: float) -> None:
        plot = self.rate.plot
        ys = [(p.loss_rate or 0.0) * 100 for p in points]
        plot.plot(list(range(len(points))), ys, pen=pg.mkPen("#2f6b57", width=2),
                  symbol="o", symbolSize=6, symbolBrush="#2f6b57")
        for level in (threshold, -threshold):
            plot.addItem(pg.InfiniteLine(pos=level, angle=0, pen=pg.mkPen(
                "#c0392b", width=1.5, style=Qt.PenStyle.DashLine)))
        self.rate.describe = lambda i: (
            f"{formatting.number(ys[i], None, 2)} % " + self.tr("(threshold %s %%)")
            % formatting.number(threshold, None, 2))

    def _intensity(self, points: list[MonthPoint]) -> None:
        xs = [i for i, p in enumerate(points) if p.energy_intensity is not None]
        ys = [points[i].energy_intensity for i in xs]
        self.intensity.plot.plot(xs, ys, pen=pg.mkPen("#4f7f9f", width=2), symbol="s",
                                 symbolSize=6, symbolBrush="#4f7f9f")
        self.intensity.describe = lambda i: (
            "—" if points[i].energy_intensity is None else
            f"{formatting.number(points[i].energy_intensity, None, 4)} GJ/t "
            f"({formatting.number(points[i].energy_use_gj, 'GJ')} GJ / "
            f"{formatting.number(points[i].product_t, 't')} t)")
