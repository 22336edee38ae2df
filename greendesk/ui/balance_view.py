"""The balance section: a node's or a site's material, energy and metal balance for a period,
charts, a Sankey diagram and reconciliation.

Figures come from greendesk.services.balances (the CLI prints the same). The charts and the
Sankey are built when their tab is first shown, so pyqtgraph is imported only then. The tables
are filled by balance_tables.BalanceTables; the stock-taking dialog is in balance_dialogs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from greendesk import periods
from greendesk.analysis.month_close import CloseItem
from greendesk.errors import DomainError
from greendesk.models import Method
from greendesk.periods import Period
from greendesk.services import balances as bal
from greendesk.services.changes import Changes, Entity
from greendesk.services.summary import date_range
from greendesk.ui import file_dialogs, formatting, labels
from greendesk.ui.balance_dialogs import StockTakingDialog
from greendesk.ui.balance_tables import ALERT, BalanceTables
from greendesk.ui.bus import Bus
from greendesk.ui.kit.combos import fill_combo, whole_names
from greendesk.ui.kit.empty import EmptyHint
from greendesk.ui.kit.flow import FlowLayout, flow_row, labelled
from greendesk.ui.kit.panels import scrolling
from greendesk.ui.kit.periods import PeriodPicker
from greendesk.ui.kit.tables import read_only_table, reset_table, table_item
from greendesk.ui.kit.text import wrapping
from greendesk.ui.reconcile_write import ReconciledWriteButton
from greendesk.ui.refusals import shown
from greendesk.ui.section import Section
from greendesk.ui.settings import settings

THRESHOLD_KEY = "balances/unaccounted_threshold_pct"
RELEVANT = frozenset({Entity.FLOW, Entity.STOCK_TAKING, Entity.ASSAY, Entity.NODE,
                      Entity.SITE, Entity.MATERIAL, Entity.FLOW_RELATION})


class BalanceView(BalanceTables, Section):
    WATCHES = RELEVANT
    EAGER = False

    def __init__(self, bus: Bus, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(bus, undo_stack, parent)
        self.scope: bal.ScopeBalance | None = None
        self.indicators: list = []
        self.charts = None  # BalanceCharts, built on first show of its tab
        self.sankey = None  # SankeyView, likewise
        self.reconciliation: bal.SiteReconciliation | None = None
        self._ref: bal.Reference | None = None
        self._first = self._last = date.today()
        self._muted = False

    def build(self) -> None:
        self.site = whole_names(QComboBox())
        self.node = whole_names(QComboBox())
        self.picker = PeriodPicker([(self.tr("Year"), "year"), (self.tr("Quarter"), "quarter"),
                                    (self.tr("Month"), "month"),
                                    (self.tr("From – to"), "custom")], self)
        self.period_kind, self.period = self.picker.kind, self.picker.period
        self.date_from, self.date_to = self.picker.date_from, self.picker.date_to
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 100.0)
        self.threshold.setDecimals(2)
        self.threshold.setSingleStep(0.1)
        self.threshold.setSuffix(" %")
        self.threshold.setToolTip(self.tr("Unaccounted losses larger than this share of inputs "
                                          "(loss or apparent gain) are highlighted."))
        self.threshold.setValue(float(settings().value(THRESHOLD_KEY, 1.0)))
        self.count_button = QPushButton(self.tr("Record stock-taking…"))
        self.count_button.setToolTip(self.tr("Record what a stock holds at the end of a day; "
                                             "stock changes come from these counts."))
        self.count_button.clicked.connect(self.open_stock_taking)
        self.month_close_button = QPushButton(self.tr("Month close…"))
        self.month_close_button.setToolTip(self.tr(
            "What the chosen month still needs before it is closed: stock-takings, assays, "
            "readings, transfers, balances above the threshold."))
        self.month_close_button.clicked.connect(self.open_month_close)
        self.relations_button = QPushButton(self.tr("Relations…"))
        self.relations_button.setToolTip(self.tr(
            "What you know between the site's flows: one a share of another, or two equal."))
        self.relations_button.clicked.connect(self.open_relations)
        self.reconcile_button = QPushButton(self.tr("Reconcile"))
        self.reconcile_button.setToolTip(self.tr(
            "Adjust the site's measured flows within their uncertainties so that every "
            "process and stock balances, and test for gross errors."))

        # One row that wraps (kit.flow): in Russian or Kazakh it is wider than a laptop.
        controls = flow_row(*(labelled(text, widget) for text, widget in (
            (self.tr("Site"), self.site), (self.tr("Node"), self.node),
            (self.tr("Period"), self.picker),
            (self.tr("Highlight unaccounted above"), self.threshold))),
            self.count_button, self.month_close_button, self.relations_button,
            self.reconcile_button)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._balance_tab(), self.tr("Material balance"))
        self.tabs.addTab(self._energy_tab(), self.tr("Energy"))
        self.tabs.addTab(self._metal_tab(), self.tr("Metal and indicators"))
        self.charts_tab = QWidget()
        self.tabs.addTab(self.charts_tab, self.tr("Charts"))
        self.sankey_tab = QWidget()
        self.tabs.addTab(self.sankey_tab, self.tr("Sankey"))
        self.tabs.addTab(self._reconcile_tab(), self.tr("Reconciliation"))

        layout = self.page_layout()
        layout.addWidget(self.title_label(self.tr("Balances")))
        layout.addLayout(controls)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)

        self.site.currentIndexChanged.connect(self._site_changed)
        self.node.currentIndexChanged.connect(self._choice_changed)
        self.picker.changed.connect(self._choice_changed)
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.reconcile_button.clicked.connect(self.run_reconciliation)
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- tabs ---------------------------------------------------------------------------
    def _balance_tab(self) -> QWidget:
        w = QWidget()
        self.table = read_only_table(w)
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color:#5a6a62;")
        layout = QVBoxLayout(w)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        return w

    def _energy_tab(self) -> QWidget:
        w = QWidget()
        self.energy_table = read_only_table(w)
        self.energy_empty_hint = EmptyHint(self.energy_table, lambda: self.tr(
            "No energy flows at this site in the chosen period. Energy carriers are materials "
            "measured in energy units (GJ, kWh, Gcal) or fuels with a calorific value."))
        self.energy_summary = QLabel()
        self.energy_summary.setWordWrap(True)
        note = QLabel(self.tr(
            "Energy carriers are balanced here, in GJ and in tonnes of coal equivalent (each "
            "carrier's own tce factor, or 29.3076 GJ per tce). Fuels measured in tonnes count "
            "through their net calorific value and are not part of the material balance's "
            "total mass. Supplied = purchased + produced; energy flowing into a process is its "
            "metered use; unaccounted = supplied − use − passed on − accounted losses − stock "
            "change."))
        note.setWordWrap(True)
        note.setStyleSheet("color:#5a6a62;")
        layout = QVBoxLayout(w)
        layout.addWidget(self.energy_summary)
        layout.addWidget(self.energy_table, 1)
        layout.addWidget(note)
        return w

    def _empty_text(self) -> str:
        """What the empty balance says: no flows at all yet, or none in this choice."""
        if self.db is None or date_range(self.db)[1] is None:
            return self.tr("No flow records to balance yet: enter or import them in the Flow "
                           "ledger, and the balance of each site and node appears here.")
        return self.tr("No flows at this site in the chosen period; choose another period "
                       "or site.")

    def _metal_tab(self) -> QWidget:
        w = QWidget()
        self.metal_table = read_only_table(w)
        self.metal_formula = QLabel()
        self.metal_formula.setWordWrap(True)
        self.indicator_table = read_only_table(w)
        layout = QVBoxLayout(w)
        layout.addWidget(wrapping(self.tr("Contained metal = quantity × grade (assays of "
                                          "flows, or of a material leaving a node over a "
                                          "period)")))
        layout.addWidget(self.metal_table, 1)
        layout.addWidget(self.metal_formula)
        layout.addWidget(wrapping(self.tr("Rational use of mineral resources (all sites)")))
        layout.addWidget(self.indicator_table, 1)
        return w

    def _reconcile_tab(self) -> QWidget:
        w = QWidget()
        self.uncertainty: dict[Method, QDoubleSpinBox] = {}
        row = FlowLayout()
        row.addWidget(QLabel(self.tr("Default uncertainty (1σ) of records without their own:")))
        names = {Method.MEASURED: self.tr("measured"), Method.CALCULATED: self.tr("calculated"),
                 Method.ESTIMATED: self.tr("estimated")}
        for method in Method:
            spin = QDoubleSpinBox()
            spin.setRange(0.1, 100.0)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            self.uncertainty[method] = spin
            row.addWidget(labelled(names[method], spin))
        self.save_uncertainty = QPushButton(self.tr("Save defaults"))
        self.save_uncertainty.clicked.connect(self.save_defaults)
        row.addWidget(self.save_uncertainty)
        self.write_button = ReconciledWriteButton(w, self.bus, self.undo_stack,
                                                  self.message_bar.show_message)
        row.addWidget(self.write_button)
        self.reconcile_table = read_only_table(w)
        self.chi2_label = QLabel(self.tr("Press Reconcile to adjust the site's flows for the "
                                         "chosen period."))
        self.chi2_label.setWordWrap(True)
        self.chi2_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(w)
        layout.addLayout(row)
        layout.addWidget(self.chi2_label)
        layout.addWidget(self.reconcile_table, 1)
        return w

    # -- data ---------------------------------------------------------------------------
    def database_set(self) -> None:
        self.message_bar.hide()

    def load(self) -> None:
        """Fill the pickers from the open database and show the current choice."""
        self._muted = True
        try:
            if self.db is None:
                self.site.clear()
                self.node.clear()
                return
            self._ref = bal.load_reference(self.db)
            first, last = date_range(self.db)
            self._first, self._last = first or date.today(), last or date.today()
            fill_combo(self.site, sorted((name, sid) for sid, (name, _k) in
                                         self._ref.sites.items()))
            self._fill_nodes()
            self.picker.set_range(self._first, self._last)
            defaults = bal.method_uncertainties(self.db)
            for method, spin in self.uncertainty.items():
                spin.setValue(defaults[method])
        finally:
            self._muted = False
        self.refresh()


    def _fill_nodes(self) -> None:
        if self._ref is None or self.site.currentData() is None:
            return
        nodes = self._ref.site_nodes(self.site.currentData())
        inside = sorted((n for n in nodes.values() if n.inside),
                        key=lambda n: (n.kind.value != "process", n.name.casefold()))
        fill_combo(self.node, [(self.tr("Whole site"), None)] + [
            (f"{n.name} — {labels.node_kind(n.kind).lower()}", n.id) for n in inside])

    def current_period(self) -> Period | None:
        return self.picker.current()

    def select(self, site: str | None = None, node: str | None = None,
               period: tuple[str, str] | None = None) -> None:
        """Choose as the officer would: select(site="…", node="Crushing", period=("year", "2025"))."""
        if site is not None:
            self.site.setCurrentIndex(self.site.findText(site))
        if node is not None:
            index = next(i for i in range(self.node.count())
                         if self.node.itemText(i).split(" — ")[0] == node)
            self.node.setCurrentIndex(index)
        if period is not None:
            self.picker.select(*period)

    def _site_changed(self) -> None:
        self._muted = True
        self._fill_nodes()
        self._muted = False
        self._choice_changed()

    def _choice_changed(self) -> None:
        if not self._muted:
            self.refresh()

    def _threshold_changed(self, value: float) -> None:
        settings().setValue(THRESHOLD_KEY, value)
        if self.scope is not None:
            self._show_lines(self.scope)
            self._show_metal(self.scope)
        if self.charts is not None and self.charts.points:
            self.charts.show_points(self.charts.points, value)

    # -- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        period = self.current_period()
        site_id = self.site.currentData()
        if self.db is None or period is None or site_id is None:
            return
        try:
            self.scope = bal.balance(self.db, period, site_id=site_id,
                                     node_id=self.node.currentData())
            self.indicators = bal.indicators(self.db, period)
        except DomainError as exc:
            self.message_bar.show_message(shown(exc), "error")
            return
        self.message_bar.hide()
        self._show_lines(self.scope)
        self._show_energy(self.scope)
        self._show_metal(self.scope)
        self.reconciliation = None
        self.write_button.show_reconciliation(None, None, 0)
        self.reconcile_table.setRowCount(0)
        self.chi2_label.setText(self.tr("Press Reconcile to adjust the site's flows for the "
                                        "chosen period."))
        self._tab_changed(self.tabs.currentIndex())

    # -- charts and Sankey (built on first show) -------------------------------------------
    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.charts_tab:
            self.show_charts()
        elif widget is self.sankey_tab:
            self.show_sankey()

    def show_charts(self) -> None:
        period, site_id = self.current_period(), self.site.currentData()
        if self.db is None or period is None or site_id is None:
            return
        if self.charts is None:
            from greendesk.ui.balance_charts import BalanceCharts

            self.charts = BalanceCharts(self.charts_tab)
            self.export_charts_button = QPushButton(self.tr("Export charts as PNG…"))
            self.export_charts_button.clicked.connect(self._ask_export_charts)
            layout = QVBoxLayout(self.charts_tab)
            layout.addWidget(scrolling(self.charts), 1)  # three charts: taller than a laptop
            layout.addWidget(self.export_charts_button, 0, Qt.AlignmentFlag.AlignRight)
        points = bal.monthly(self.db, period, site_id=site_id, node_id=self.node.currentData())
        self.charts.show_points(points, self.threshold.value())

    def export_charts(self, base: str | Path) -> list[Path]:
        """Write the three charts as BASE-losses.png, BASE-loss-rate.png, BASE-intensity.png."""
        if self.charts is None:
            self.show_charts()
        base = Path(base)
        stem = base.with_suffix("") if base.suffix.lower() == ".png" else base
        out = []
        for chart, name in zip(self.charts.charts(), ("losses", "loss-rate", "intensity"),  # type: ignore[union-attr]
                               strict=True):
            out.append(chart.export_png(f"{stem}-{name}.png"))
        return out

    def _ask_export_charts(self) -> None:
        path, _ = file_dialogs.save_file(self, self.tr("Export charts"),
                                         "greendesk-balance.png",
                                         self.tr("PNG image (*.png)"))
        if path:
            try:
                written = self.export_charts(path)
            except OSError as exc:
                self.message_bar.show_message(shown(exc), "error")
                return
            self.message_bar.show_message(self.tr("Charts saved: %s") % ", ".join(
                p.name for p in written), "info")

    def show_sankey(self) -> None:
        period, site_id = self.current_period(), self.site.currentData()
        if self.db is None or period is None or site_id is None:
            return
        if self.sankey is None:
            from greendesk.ui.sankey import SankeyView

            self.sankey = SankeyView(self.sankey_tab)
            self.sankey_mode = QComboBox()
            self.sankey_mode.addItem(self.tr("Mass (t)"), "mass")
            self.sankey_mode.addItem(self.tr("Energy (GJ)"), "energy")
            self.sankey_mode.currentIndexChanged.connect(self.show_sankey)
            export = QPushButton(self.tr("Export PNG or SVG…"))
            export.clicked.connect(self._ask_export_sankey)
            bar = QHBoxLayout()
            bar.addWidget(QLabel(self.tr("Show")))
            bar.addWidget(self.sankey_mode)
            bar.addStretch(1)
            bar.addWidget(export)
            layout = QVBoxLayout(self.sankey_tab)
            layout.addLayout(bar)
            layout.addWidget(self.sankey, 1)
        self.sankey.show_data(bal.sankey(self.db, site_id, period,
                                         self.sankey_mode.currentData()))

    def _ask_export_sankey(self) -> None:
        path, chosen = file_dialogs.save_file(
            self, self.tr("Export the Sankey diagram"), "greendesk-sankey.svg",
            self.tr("SVG drawing (*.svg);;PNG image (*.png)"))
        if not path or self.sankey is None:
            return
        try:
            if path.lower().endswith(".png") or ("png" in chosen.lower()
                                                 and not path.lower().endswith(".svg")):
                written = self.sankey.export_png(path)
            else:
                written = self.sankey.export_svg(path)
        except OSError as exc:
            self.message_bar.show_message(shown(exc), "error")
            return
        self.message_bar.show_message(self.tr("Sankey diagram saved as %s.") % written, "info")

    # -- stock-takings ----------------------------------------------------------------------
    def open_stock_taking(self, node_id: int | None = None, material_id: int | None = None,
                          day: date | None = None) -> None:
        """The stock-taking form: the chosen (or given) node and its material, at the end of
        the chosen month (or `day`), with the previous count shown."""
        if self.db is None or self._ref is None or self.site.currentData() is None:
            return
        stocks = sorted((n.name, n.id) for n in self._ref.site_nodes(
            self.site.currentData()).values() if n.kind.value == "stock")
        if not stocks:
            self.message_bar.show_message(self.tr("This site has no stock nodes to count."),
                                          "error")
            return
        materials = sorted((m.name, m.id) for m in self._ref.materials.values())
        counts = {i: bal.list_stock_takings(self.db, i) for _n, i in stocks}
        period = self.current_period()
        if day is None:
            day = min(period.end if period is not None else self._last, periods.today())
        start = (period.start if period is not None and period.start <= day <= period.end
                 else periods.month(day.year, day.month).start)
        inflows = bal.main_inflows(self.db, [i for _n, i in stocks], start, day)
        self.dialog = StockTakingDialog(self, stocks, materials, day, counts, inflows)
        selected = node_id if node_id is not None else self.node.currentData()
        if selected is not None:
            self.dialog.choose(selected, material_id)
        self.dialog.submit = self._record_stock_taking
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def open_month_close(self) -> None:
        """The month-close checklist of the chosen site for the chosen month (else the month
        of the latest records)."""
        from greendesk.ui.month_close_dialog import MonthCloseDialog

        if self.db is None or self.site.currentData() is None:
            return
        period = self.current_period()
        if period is not None and periods.kind(period) == "month":
            month = period.label
        else:
            month = min(self._last, periods.today()).isoformat()[:7]
        old = getattr(self, "month_dialog", None)
        if old is not None:  # one checklist at a time; the old one stops following the bus
            old.close()
            old.deleteLater()
        self.month_dialog = MonthCloseDialog(self, self.db, self.bus, self.undo_stack,
                                             self.site.currentData(), month,
                                             self.threshold.value())
        self.month_dialog.opened.connect(self.open_item)
        self.month_dialog.show()

    def open_relations(self) -> None:
        """The chosen site's relations between flows, for reconciliation."""
        from greendesk.ui.relations_dialog import RelationsDialog

        if self.db is None or self.site.currentData() is None:
            return
        old = getattr(self, "relations_dialog", None)
        if old is not None:  # one at a time; the old one stops following the bus
            old.close()
            old.deleteLater()
        self.relations_dialog = RelationsDialog(self, self.db, self.bus, self.undo_stack,
                                                self.site.currentData(), self.site.currentText())
        self.relations_dialog.show()

    def open_item(self, item: CloseItem) -> None:
        """The place to fix a month-close item (ui/close_items): the record that caused it
        where there is one, else the node's balance, its metal, or the section it names."""
        from greendesk.ui.close_items import open_item

        open_item(self, item, self.month_dialog.period)

    def _record_stock_taking(self) -> None:
        from greendesk.ui.undo import perform

        assert self.dialog is not None and self.db is not None
        perform(self.undo_stack, bal.RecordStockTakings([self.dialog.draft()]), self.db,
                self.bus, self.tr("Record stock-taking"),
                lambda text: self.message_bar.show_message(text, "error"))

    def _dialog_closed(self) -> None:
        self.dialog = None

    # -- reconciliation ---------------------------------------------------------------------
    def save_defaults(self) -> None:
        if self.db is None:
            return
        from greendesk.ui.undo import perform_irreversible

        db = self.db

        def write() -> Changes:
            changes = Changes()
            for method, spin in self.uncertainty.items():
                changes = changes | bal.set_method_uncertainty(db, method, spin.value())
            return changes
        try:
            perform_irreversible(self.undo_stack, self.bus, write,
                                 self.tr("Save default uncertainties"))
        except DomainError as exc:
            self.message_bar.show_message(shown(exc), "error")
            return
        self.message_bar.show_message(self.tr("Default uncertainties saved."), "info")

    def run_reconciliation(self) -> None:
        period, site_id = self.current_period(), self.site.currentData()
        if self.db is None or period is None or site_id is None:
            return
        try:
            self.reconciliation = bal.reconcile_site(self.db, site_id, period)
        except DomainError as exc:
            self.message_bar.show_message(shown(exc), "error")
            return
        self.write_button.show_reconciliation(self.db, self.reconciliation, site_id)
        r = self.reconciliation.result
        status = {"adjusted": self.tr("adjusted"), "non_redundant": self.tr("not redundant"),
                  "fixed": self.tr("fixed"), "estimated": self.tr("estimated"),
                  "unobservable": self.tr("cannot be estimated"),
                  "not_in_balance": self.tr("not in any balance")}
        headers = [self.tr("Flow"), self.tr("Unit"), self.tr("Status"), self.tr("Measured"),
                   self.tr("σ"), self.tr("Reconciled"), self.tr("Adjustment"),
                   self.tr("Adjustment / its σ"), self.tr("Gross error?")]
        # Tonnages first, then each component's grades in the unit of its assays.
        rows = [(v, "" if v.key[0] == "k" else "t") for v in self.reconciliation.flows] + [
            (g, c.unit) for c in self.reconciliation.components for g in c.grades]
        t = reset_table(self.reconcile_table, headers, len(rows))

        for row, (v, unit) in enumerate(rows):
            def num(x: float | None, unit: str = unit) -> str:
                return "—" if x is None else (formatting.number(x, "t") if unit == "t" else
                                              formatting.short_number(x))
            cells = [table_item(v.label, False), table_item(formatting.unit(unit), False),
                     table_item(status[v.status], False),
                     table_item(num(v.measured)),
                     table_item(num(v.sigma if v.measured is not None else None)),
                     table_item(num(v.reconciled)), table_item(num(v.adjustment)),
                     table_item("—" if v.standardised is None else
                                formatting.number(v.standardised, None, 2)),
                     table_item(self.tr("yes") if v.gross_error else "", False)]
            for col, cell in enumerate(cells):
                if v.gross_error:
                    cell.setBackground(QBrush(ALERT))
                t.setItem(row, col, cell)
        lines = []
        if r.chi2 is not None:
            failed = self.tr("failed")  # outside the f-string, where lupdate finds it
            verdict = (self.tr("passed") if r.passed else
                       f"<span style='color:#a12626'><b>{failed}</b></span>")
            lines.append(self.tr("Global test: χ² = %1 with %2 degrees of freedom, p = %3; "
                                 "critical value %4 at %5 % — %6.")
                         .replace("%1", formatting.number(r.chi2, None, 3))
                         .replace("%2", str(r.dof))
                         .replace("%3", formatting.number(r.p_value or 0.0, None, 4))
                         .replace("%4", formatting.number(r.critical or 0.0, None, 3))
                         .replace("%5", formatting.number((1 - r.alpha) * 100, None, 0))
                         .replace("%6", verdict))
        lines += [shown(text) for text in r.explanations]  # names and figures filled in
        self.chi2_label.setText("<br>".join(lines))
        self.tabs.setCurrentIndex(self.tabs.count() - 1)
