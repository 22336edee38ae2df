"""The ledger's filter bar: period, site, node, category, material, method, free text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from greendesk.models import MaterialCategory, Method
from greendesk.services.catalog import Catalog
from greendesk.services.ledger import LedgerFilter
from greendesk.ui import labels
from greendesk.ui.kit.combos import fill_combo, whole_names
from greendesk.ui.kit.flow import FlowLayout, labelled
from greendesk.ui.kit.periods import PeriodPicker
from greendesk.ui.ledger_model import method_label


class LedgerFilterBar(QWidget):
    """Emits `changed(LedgerFilter)` whenever the officer narrows or widens the ledger."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog: Catalog | None = None
        self._muted = False

        self.picker = PeriodPicker([
            (self.tr("All periods"), "all"), (self.tr("Year"), "year"),
            (self.tr("Quarter"), "quarter"), (self.tr("Month"), "month"),
            (self.tr("From – to"), "custom")], self)
        self.period_kind, self.period = self.picker.kind, self.picker.period
        self.site, self.node, self.category, self.material, self.method = (
            whole_names(QComboBox()) for _ in range(5))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search notes, nodes, materials"))
        self.text.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._emit)

        # One row of captioned fields that wraps to the width it gets (kit.flow).
        flow = FlowLayout(self)
        for text, widget in ((self.tr("Period"), self.picker), (self.tr("Site"), self.site),
                             (self.tr("Node"), self.node),
                             (self.tr("Category"), self.category),
                             (self.tr("Material"), self.material),
                             (self.tr("Method"), self.method), (self.tr("Find"), self.text)):
            flow.addWidget(labelled(text, widget, self))
        hint = self.text.fontMetrics().horizontalAdvance(self.text.placeholderText()) + 40
        self.text.setMinimumWidth(min(max(140, hint), 320))

        self.picker.changed.connect(self._emit)
        for combo in (self.node, self.category, self.material, self.method):
            combo.currentIndexChanged.connect(self._emit)
        self.site.currentIndexChanged.connect(self._site_changed)
        self.text.textChanged.connect(lambda _t: self._debounce.start())

    def set_catalog(self, catalog: Catalog, first: date | None, last: date | None) -> None:
        """Fill the choices from the open database, keeping what can be kept."""
        self._muted = True
        self.catalog = catalog
        fill_combo(self.site, [(self.tr("All sites"), None)] + sorted(
            ((name, id_) for id_, name in catalog.sites.items())))
        fill_combo(self.category, [(self.tr("All categories"), None)] + [
            (labels.material_category(c), c) for c in MaterialCategory])
        fill_combo(self.material, [(self.tr("All materials"), None)] + sorted(
            (m.name, m.id) for m in catalog.materials.values()))
        fill_combo(self.method, [(self.tr("All methods"), None)] + [
            (method_label(m), m) for m in Method])
        self._fill_nodes()
        self.picker.set_range(first or date.today(), last or date.today())
        self._muted = False


    def _fill_nodes(self) -> None:
        if self.catalog is None:
            return
        site = self.site.currentData()
        multi_site = site is None and len(self.catalog.sites) > 1
        nodes = sorted(
            ((f"{n.name} — {self.catalog.sites.get(n.site_id, '')}" if multi_site else n.name),
             n.id)
            for n in self.catalog.nodes.values() if site is None or n.site_id == site)
        fill_combo(self.node, [(self.tr("All nodes"), None)] + nodes)

    def _site_changed(self) -> None:
        self._fill_nodes()
        self._emit()

    def select_period(self, kind: str, label: str) -> None:
        """Choose e.g. ("year", "2025"): the picker the officer would click."""
        self.picker.select(kind, label)

    def current(self) -> LedgerFilter:
        start, end = self.picker.bounds()
        return LedgerFilter(date_from=start, date_to=end, site_id=self.site.currentData(),
                            node_id=self.node.currentData(),
                            category=self.category.currentData(),
                            material_id=self.material.currentData(),
                            method=self.method.currentData(), text=self.text.text())

    def _emit(self) -> None:
        if not self._muted:
            self.changed.emit(self.current())
