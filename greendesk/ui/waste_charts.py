"""The waste section's charts: generation stacked by hazard per year, stock at year end.

pyqtgraph is imported here, and this module only when the Figures tab is first shown, so
neither start-up nor the other sections pay for it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from greendesk.services.waste_indicators import WasteFigures

COLOURS = {"hazardous": "#b8453a", "non_hazardous": "#4f9a76", "unclassified": "#a9b3ad",
           "stock": "#2f6b57"}


class WasteCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        from greendesk.ui.chart_axes import locale_axes

        self._pg = pg
        self.generation = pg.PlotWidget(self, background="w", axisItems=locale_axes("left"))
        self.generation.setTitle(self.tr("Generation by hazard"), color="#1f3a2e")
        self.generation.setLabel("left", self.tr("generated"), units="t")
        self.generation.addLegend(offset=(10, 10), labelTextColor="#33453c",
                                  brush=pg.mkBrush(255, 255, 255, 230),
                                  pen=pg.mkPen("#d9e2dc"))
        self.stock = pg.PlotWidget(self, background="w", axisItems=locale_axes("left"))
        self.stock.setTitle(self.tr("Storage stock at year end"), color="#1f3a2e")
        self.stock.setLabel("left", self.tr("stock"), units="t")
        for plot in (self.generation, self.stock):
            plot.showGrid(y=True, alpha=0.25)
            plot.setMouseEnabled(x=False, y=False)
            plot.setMenuEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.generation, 3)
        layout.addWidget(self.stock, 2)
        self.bars: dict[str, object] = {}

    def set_figures(self, figures: list[WasteFigures]) -> None:
        pg = self._pg
        self.bars = {}
        years = [f.year for f in figures]
        ticks = [[(y, str(y)) for y in years]]
        for plot in (self.generation, self.stock):
            plot.clear()
            plot.getAxis("bottom").setTicks(ticks)
        base = [0.0] * len(figures)
        names = {"hazardous": self.tr("hazardous"), "non_hazardous": self.tr("non-hazardous"),
                 "unclassified": self.tr("unclassified")}
        for key, label in names.items():
            heights = [getattr(f, key) for f in figures]
            if not any(heights):
                continue
            bar = pg.BarGraphItem(x=years, height=heights, y0=base, width=0.6,
                                  brush=COLOURS[key], pen=pg.mkPen(COLOURS[key]), name=label)
            self.generation.addItem(bar)
            self.bars[key] = bar
            base = [b + h for b, h in zip(base, heights, strict=True)]
        stock = pg.BarGraphItem(x=years, height=[f.stock_at_year_end for f in figures],
                                width=0.6, brush=COLOURS["stock"], pen=pg.mkPen(COLOURS["stock"]))
        self.stock.addItem(stock)
        self.bars["stock"] = stock
        if years:
            for plot in (self.generation, self.stock):
                plot.setXRange(min(years) - 0.6, max(years) + 0.6, padding=0)
            # headroom above the tallest bar for the legend
            self.generation.setYRange(0, max(max(base), 1.0) * 1.3, padding=0)
