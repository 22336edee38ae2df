"""The waste section's figures tab: the yearly indicators table and its charts.

Split from waste_view; the strings keep the "WasteView" translation context, so they are
translated explicitly rather than with self.tr() (whose context would be this mixin's name).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QTableWidget, QWidget

from greendesk.store.db import Database
from greendesk.ui import formatting
from greendesk.ui.kit.tables import fill_rows
from greendesk.ui.waste_tables import tonnes

translate = QCoreApplication.translate


class WasteFigures:
    """Fills WasteView's figures tab and builds its charts on first use; mixed into WasteView."""

    FIGURES_TAB: int
    db: Database | None
    year: QComboBox
    figures_table: QTableWidget
    charts_box: QWidget
    charts: object

    def figure_series(self):  # type: ignore[no-untyped-def]
        from greendesk.services.waste_indicators import series

        if self.db is None:
            return []
        return series(self.db, self._site_id(), self.year.currentData())

    def _fill_figures(self) -> None:
        figures = self.figure_series()
        self.figures = figures
        labels = [
            (translate("WasteView", "Generated, t"), lambda f: tonnes(f.generated)),
            (translate("WasteView", "  hazardous, t"), lambda f: tonnes(f.hazardous)),
            (translate("WasteView", "  non-hazardous, t"), lambda f: tonnes(f.non_hazardous)),
            (translate("WasteView", "  unclassified, t"), lambda f: tonnes(f.unclassified)),
            (translate("WasteView", "  green level, t"), lambda f: tonnes(f.by_level["green"])),
            (translate("WasteView", "  amber level, t"), lambda f: tonnes(f.by_level["amber"])),
            (translate("WasteView", "  red level, t"), lambda f: tonnes(f.by_level["red"])),
            (translate("WasteView", "Recycled incl. incineration, t"), lambda f: tonnes(f.recycled)),
            (translate("WasteView", "  on site, t"), lambda f: tonnes(f.recycled_on_site)),
            (translate("WasteView", "  by contractors (R), t"), lambda f: tonnes(f.recovered)),
            (translate("WasteView", "  incinerated (D10, D11), t"), lambda f: tonnes(f.incinerated)),
            (translate("WasteView", "Recycling share"), lambda f: "—" if f.recycling_share is None else
             formatting.number(f.recycling_share * 100, decimals=2) + " %"),
            (translate("WasteView", "Transferred, t"), lambda f: tonnes(f.transferred)),
            (translate("WasteView", "Placed in formations (net), t"), lambda f: tonnes(f.placed)),
            (translate("WasteView", "Per tonne of main product, t/t"), lambda f: "—"
             if f.per_tonne_of_product is None else
             formatting.number(f.per_tonne_of_product, decimals=4)),
            (translate("WasteView", "Per unit of output value, t"), lambda f: "—"
             if f.per_unit_of_output_value is None else
             formatting.number(f.per_unit_of_output_value, decimals=4)
             + f" / {f.value_unit}"),
            (translate("WasteView", "Stock at year end, t"), lambda f: tonnes(f.stock_at_year_end)),
        ]
        table = self.figures_table
        table.setColumnCount(len(figures) + 1)
        table.setHorizontalHeaderLabels([translate("WasteView", "Figure")] + [str(f.year) for f in figures])
        rows = [[label] + [fmt(f) for f in figures] for label, fmt in labels]
        change = [translate("WasteView", "Generation on the previous year")] + ["—"] + [
            "—" if not b.generated else f"{(a.generated - b.generated) / b.generated * 100:+.1f} %"
            for b, a in zip(figures, figures[1:], strict=False)]
        fill_rows(table, rows + [change[:len(figures) + 1]], range(1, len(figures) + 1))
        if self.charts is not None:
            self.charts.set_figures(figures)

    def _tab_changed(self, index: int) -> None:
        if index == self.FIGURES_TAB:
            self.show_charts()

    def show_charts(self) -> None:
        """Build the charts on first use (pyqtgraph is imported only now)."""
        if self.charts is None:
            from greendesk.ui.waste_charts import WasteCharts

            self.charts = WasteCharts(self.charts_box)
            self.charts_box.layout().addWidget(self.charts)
        self.charts.set_figures(getattr(self, "figures", []))
