"""The emissions tab's chart: one source's monthly mass of one substance against its norm
prorated to the month, the months above the norm in red.

pyqtgraph is imported here, and this module only when a line of the emissions table is
first chosen, so neither start-up nor the other sections pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QVBoxLayout, QWidget

WITHIN, ABOVE, NORM = "#4f9a76", "#b4281e", "#1f3a2e"


class NormChart(QWidget):
    """Bars of monthly mass, a stepped line of the prorated norm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        from greendesk.ui.chart_axes import locale_axes

        self._pg = pg
        self.plot = pg.PlotWidget(self, background="w", axisItems=locale_axes("left"))
        self.plot.setLabel("left", self.tr("mass"), units="t")
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        legend = self.plot.addLegend(offset=(10, 5), labelTextColor="#33453c",
                                     brush=pg.mkBrush(255, 255, 255, 230),
                                     pen=pg.mkPen("#d9e2dc"))
        legend.setColumnCount(3)  # one line above the bars
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.above: list[int] = []  # indices of the months above the norm

    def set_series(self, title: str, months: Sequence[str], masses: Sequence[float | None],
                   norms: Sequence[float | None]) -> None:
        """Draw `masses` (None: not computed, no bar) against `norms` (None: no norm)."""
        pg = self._pg
        self.plot.clear()
        self.plot.setTitle(title, color="#1f3a2e")
        xs = list(range(len(months)))
        self.plot.getAxis("bottom").setTicks([list(zip(xs, months, strict=True))])
        self.above = [i for i, (m, n) in enumerate(zip(masses, norms, strict=True))
                      if m is not None and n is not None and m > n + 1e-12]
        within = [i for i in xs if masses[i] is not None and i not in self.above]
        for idx, colour, label in ((within, WITHIN, self.tr("within the norm")),
                                   (self.above, ABOVE, self.tr("above the norm"))):
            if idx:
                self.plot.addItem(pg.BarGraphItem(
                    x=idx, height=[masses[i] for i in idx], width=0.6, brush=colour,
                    pen=pg.mkPen(colour), name=label))
        normed = [i for i in xs if norms[i] is not None]
        if normed:  # a level segment across each month's bar, the norm's share of the month
            self.plot.plot([x for i in normed for x in (i - 0.4, i + 0.4)],
                           [norms[i] for i in normed for _ in (0, 1)], connect="pairs",
                           pen=pg.mkPen(NORM, width=2), name=self.tr("norm, prorated"))
        top = max([v for v in (*masses, *norms) if v is not None] or [1.0])
        if xs:
            self.plot.setXRange(-0.6, len(xs) - 0.4, padding=0)
        self.plot.setYRange(0, max(top, 1e-9) * 1.35, padding=0)
