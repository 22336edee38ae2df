"""The Air and climate section: emission sources, the factor library, emissions against the
permits' norms for a period, and the greenhouse gases of a year against the 20,000 t CO₂
threshold. It reads through the services; sources, norms and factors are written through
their services (and the command line's `factors import`)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QTabWidget, QToolBar, QVBoxLayout, QWidget

from greendesk.models.emissions import EmissionSourceKind
from greendesk.services import emission_sources as es
from greendesk.services.changes import Entity
from greendesk.services.emissions import EmissionLine, emission_lines, ghg
from greendesk.services.factors import current_factors, load_default_factors
from greendesk.services.summary import date_range
from greendesk.ui import formatting
from greendesk.ui.air_editing import AirEditing
from greendesk.ui.bus import Bus
from greendesk.ui.kit.actions import toolbar
from greendesk.ui.kit.empty import EmptyHint
from greendesk.ui.kit.flow import flow_row, labelled
from greendesk.ui.kit.periods import PeriodPicker
from greendesk.ui.kit.tables import fill_rows, read_only_table
from greendesk.ui.refusals import shown
from greendesk.ui.section import Section

RED = QColor(180, 30, 30)


def _num(value: float | None, decimals: int = 3) -> str:
    return "—" if value is None else formatting.number(value, decimals=decimals)


class AirView(AirEditing, Section):
    """Four tabs: sources, emissions against norms (with a chart of the chosen line by
    month), greenhouse gases, factors; sources, norms and factor loads are edited here."""

    WATCHES = frozenset({Entity.EMISSION_SOURCE, Entity.EMISSION_NORM, Entity.EMISSION_FACTOR,
                         Entity.FLOW, Entity.PERMIT, Entity.MONITORING_READING})
    EAGER = False

    def __init__(self, bus: Bus, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(bus, undo_stack, parent)
        self.lines: list[EmissionLine] = []
        self.source_rows: list[es.SourceRow] = []
        self.norm_rows: list[es.NormRow] = []

    def build(self) -> None:
        self.picker = PeriodPicker([(self.tr("Year"), "year"), (self.tr("Quarter"), "quarter"),
                                    (self.tr("Month"), "month")], self, complete_year=True)
        self.gwp = QComboBox()
        for key, text in (("AR4", self.tr("AR4")), ("AR5", self.tr("AR5"))):
            self.gwp.addItem(text, key)
        self.gwp.setCurrentIndex(self.gwp.findData("AR5"))
        controls = flow_row(labelled(self.tr("Period"), self.picker),
                            labelled(self.tr("Global warming potentials"), self.gwp))
        self.sources = read_only_table(None, [self.tr("Site"), self.tr("Number"),
                                              self.tr("Source"), self.tr("Kind"),
                                              self.tr("Mobile"), self.tr("Height, m"),
                                              self.tr("Streams"), self.tr("Abatement η")],
                                       single=True)
        self.norms = read_only_table(None, [self.tr("Permit"), self.tr("Source"),
                                            self.tr("Substance"), self.tr("g/s"),
                                            self.tr("t/year"), self.tr("Valid from"),
                                            self.tr("Valid until")], single=True)
        self.emissions = read_only_table(None, [self.tr("Site"), self.tr("Source"),
                                                self.tr("Substance"), self.tr("Basis"),
                                                self.tr("Activity"), self.tr("η"),
                                                self.tr("Mass, t"), self.tr("Norm, t"),
                                                self.tr("Above norm, t")], single=True)
        self.emissions_hint = EmptyHint(self.emissions, lambda: self.tr(
            "No emission source is recorded yet: sources, their ledger streams and the "
            "permits' norms make this table."))
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.ghg_table = read_only_table(None, [self.tr("Fuel"), self.tr("Fuel, t"),
                                                self.tr("Energy, GJ"), self.tr("CO₂, t"),
                                                self.tr("CH₄, t"), self.tr("N₂O, t"),
                                                self.tr("CO₂e, t")])
        self.ghg_total = QLabel()
        self.ghg_total.setWordWrap(True)
        self.ghg_flag = QLabel()
        self.ghg_flag.setWordWrap(True)
        self.ghg_flag.setObjectName("ghgFlag")
        self.factors = read_only_table(None, [self.tr("Activity"), self.tr("Substance"),
                                              self.tr("Value"), self.tr("Unit"),
                                              self.tr("Method"), self.tr("Cited source")])

        self.source_bar, self.factor_bar = toolbar(self), toolbar(self)
        self.build_actions()
        self.chart_box = QWidget()
        QVBoxLayout(self.chart_box).setContentsMargins(0, 0, 0, 0)
        self.chart_box.setMinimumHeight(200)
        self.chart_hint = QLabel(self.tr("Choose a line of the table to see its months "
                                         "against the norm."))
        self.chart_hint.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._page(self.source_bar, self.sources, self.norms),
                         self.tr("Sources and norms"))
        self.tabs.addTab(self._page(self.emissions, self.chart_hint, self.chart_box,
                                    self.missing), self.tr("Emissions against norms"))
        self.tabs.addTab(self._page(self.ghg_flag, self.ghg_table, self.ghg_total),
                         self.tr("Greenhouse gases"))
        self.tabs.addTab(self._page(self.factor_bar, self.factors), self.tr("Factors"))
        layout = self.page_layout()
        layout.addWidget(self.title_label(self.tr("Air and climate")))
        layout.addLayout(controls)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self.picker.changed.connect(self.refresh)
        self.gwp.currentIndexChanged.connect(self.refresh)
        self.sources.itemSelectionChanged.connect(self.update_actions)
        self.norms.itemSelectionChanged.connect(self.update_actions)
        self.sources.itemDoubleClicked.connect(lambda *_: self.edit_source())
        self.norms.itemDoubleClicked.connect(lambda *_: self.edit_norm())
        self.emissions.itemSelectionChanged.connect(self.show_chart)

    @staticmethod
    def _page(*widgets: QWidget) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        for w in widgets:
            box.addWidget(w, 0 if isinstance(w, QLabel | QToolBar) else 1)
        return page

    def database_set(self) -> None:
        self.message_bar.hide()

    def load(self) -> None:
        if self.db is None:
            return
        if self.writable:
            load_default_factors(self.db)  # a database made before the library: the defaults
        first, last = date_range(self.db)
        self.picker.set_range(first, last)
        self.refresh()

    def refresh(self) -> None:
        db = self.db
        if db is None:
            return
        srcs = self.source_rows = es.list_sources(db)
        kinds = {EmissionSourceKind.ORGANISED: self.tr("organised"),
                 EmissionSourceKind.FUGITIVE: self.tr("fugitive"),
                 EmissionSourceKind.DISCHARGE: self.tr("discharge to water")}
        fill_rows(self.sources, [[s.site, s.number, s.name, kinds[s.kind],
                                  self.tr("yes") if s.mobile else "",
                                  _num(s.height_m, 1) if s.height_m else "",
                                  formatting.count(s.streams), s.abatement] for s in srcs],
                  right={5, 6})
        self.norm_rows = es.list_norms(db)
        fill_rows(self.norms, [[n.permit, n.source, n.substance, _num(n.g_per_s),
                                _num(n.t_per_year), formatting.day(n.valid_from),
                                formatting.day(n.valid_until) if n.valid_until else ""]
                               for n in self.norm_rows], right={3, 4})
        fill_rows(self.factors, [[f.activity, f.substance, formatting.number(f.value),
                                  f.unit, f.method, f.citation] for f in current_factors(db)],
                  right={2})
        self.update_actions()
        period = self.picker.current()
        self.monthly.clear()
        if period is None:
            self.emissions.setRowCount(0)
            self.ghg_table.setRowCount(0)
            return
        self.lines = emission_lines(db, period)
        over = [r for r, x in enumerate(self.lines) if x.exceedance_t]
        fill_rows(self.emissions, [[
            x.site, x.source, x.substance,
            self.tr("measured") if x.basis == "measured" else self.tr("calculated"),
            f"{_num(sum(i.fuel_t for i in x.inputs), 1)} {x.inputs[0].unit}"
            if x.inputs else "",
            formatting.number(x.efficiency, decimals=2), _num(x.mass_t), _num(x.norm_t),
            _num(x.exceedance_t)] for x in self.lines], right={4, 5, 6, 7, 8}, red=over,
            colour=RED)
        self.missing.setText("\n".join(f"{x.source}: {shown(m)}" for x in self.lines
                                       for m in x.missing))
        report = ghg(db, period, str(self.gwp.currentData() or "AR5"))
        fill_rows(self.ghg_table, [[x.activity, _num(x.fuel_t, 1), _num(x.energy_gj, 1),
                                    _num(x.mass_t["CO2"]), _num(x.mass_t["CH4"]),
                                    _num(x.mass_t["N2O"]), _num(x.co2e_t)]
                                   for x in report.lines]
                  + [[self.tr("process: %1").replace("%1", x.source), "", "", _num(x.co2_t),
                      "", "", _num(x.co2_t)] for x in report.process],
                  right={1, 2, 3, 4, 5, 6})
        total = self.tr("Total: %1 t CO₂, %2 t CO₂-equivalent.").replace(
            "%1", _num(report.co2_t, 1)).replace("%2", _num(report.co2e_t, 1))
        flag = (self.tr("Above the threshold of 20,000 t CO₂ a year: the installation is "
                        "subject to greenhouse-gas regulation.") if report.above_threshold
                else self.tr("Below the threshold of 20,000 t CO₂ a year."))
        self.ghg_total.setText(total)
        self.ghg_flag.setText(flag)
        self.ghg_flag.setStyleSheet(
            "font-weight:bold;color:#a12626;" if report.above_threshold else "color:#2f6b57;")
        self.show_chart()
