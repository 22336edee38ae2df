"""The entry panel: type a flow with the keyboard, see its canonical value, Enter to save.

Site, nodes and material are editable combo boxes that complete by any part of the name;
the unit list holds only what the chosen material converts to.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greendesk.errors import DomainError
from greendesk.models import Method, ReconciliationRole
from greendesk.services.balance_records import parse_grades
from greendesk.services.catalog import Catalog
from greendesk.services.flows import FlowDraft, preview_canonical
from greendesk.ui import formatting, labels
from greendesk.ui.forms import FactDateEdit, FieldErrors
from greendesk.ui.kit.combos import fill_combo, narrow
from greendesk.ui.kit.numbers import typed_number
from greendesk.ui.kit.panels import entry_panel, heading
from greendesk.ui.ledger_model import method_label
from greendesk.units import units_for


def _searchable_combo() -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


class FlowEntryPanel(FieldErrors, QFrame):
    """Emits `submitted(FlowDraft)`; the view saves it and calls `saved()` or `show_error()`."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        entry_panel(self)
        self.catalog: Catalog | None = None
        title = heading(self.tr("New flow record"))
        self.date = FactDateEdit()
        # A side panel: long names are read whole in the tooltip and the list (kit.combos).
        self.site = narrow(QComboBox())
        self.from_node = narrow(_searchable_combo())
        self.to_node = narrow(_searchable_combo())
        self.material = narrow(_searchable_combo())
        self.quantity = QLineEdit()
        self.quantity.setPlaceholderText(self.tr("e.g. 12 500,5"))
        self.unit = QComboBox()
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.method = QComboBox()
        for m in Method:
            self.method.addItem(method_label(m), m)
        # Unmeasured: the quantity is the officer's estimate, for reconciliation to estimate.
        self.reconciliation = QComboBox()
        for r in ReconciliationRole:
            self.reconciliation.addItem(labels.name(r), r)
        self.reconciliation.setToolTip(self.tr(
            "Measured: the quantity is a measurement. Unmeasured: it is your estimate, for "
            "the reconciliation to estimate; never counted as a measurement. Constant: it is "
            "exact (σ = 0), e.g. a contractual quantity."))
        self.uncertainty = QDoubleSpinBox()
        self.uncertainty.setRange(0, 100)
        self.uncertainty.setDecimals(1)
        self.uncertainty.setSuffix(" %")
        self.uncertainty.setPrefix("± ")
        self.uncertainty.setToolTip(self.tr("Uncertainty"))
        self.uncertainty.setSpecialValueText("± " + self.tr("not given"))
        self.note = QLineEdit()
        # Grades of the material, e.g. "Cu 1,2 %; Au 3,4 g/t": feed the metal balances.
        self.grades = QLineEdit()
        self.grades.setPlaceholderText(self.tr("e.g. Cu 1,2 %; Au 3,4 g/t"))
        self.grades.setToolTip(self.tr("Grades of the components in this record (% or g/t), "
                                       "separated by ;. They give the contained metal of the "
                                       "Metal tab; a flow's own grade wins over the period "
                                       "assay."))
        self.assay_method = QComboBox()
        for m in Method:
            self.assay_method.addItem(method_label(m), m)
        self.assay_uncertainty = QDoubleSpinBox()
        self.assay_uncertainty.setRange(0, 100)
        self.assay_uncertainty.setDecimals(1)
        self.assay_uncertainty.setSuffix(" %")
        self.assay_uncertainty.setPrefix("± ")
        self.assay_uncertainty.setToolTip(self.tr("Grades' uncertainty"))
        self.assay_uncertainty.setSpecialValueText("± " + self.tr("not given"))
        self.error = QLabel()
        self.error.setObjectName("entryError")
        self.error.setStyleSheet("color:#a12626;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)

        form = QFormLayout()
        self._fields = {
            "flow_date": self.date, "site": self.site, "from_node": self.from_node,
            "to_node": self.to_node, "material": self.material, "quantity": self.quantity,
            "unit": self.unit, "method": self.method, "uncertainty": self.uncertainty,
            "reconciliation": self.reconciliation, "note": self.note, "grades": self.grades,
            "assay_uncertainty": self.assay_uncertainty,
        }
        captions = [self.tr("Date"), self.tr("Site"), self.tr("From", "source node of a flow"),
                    self.tr("To", "destination node of a flow"),
                    self.tr("Material"), self.tr("Quantity"), self.tr("Unit")]
        for caption, widget in zip(captions, list(self._fields.values())[:7], strict=True):
            form.addRow(caption, widget)
        form.addRow("", self.preview)
        # How a figure was obtained and how sure it is share a line (the panel must fit a
        # 1280×720 screen beside the ledger): the uncertainty says its name as a prefix.
        form.addRow(self.tr("Method"), _pair(self.method, self.uncertainty))
        form.addRow(self.tr("Reconciliation"), self.reconciliation)
        form.addRow(self.tr("Grades"), self.grades)
        form.addRow(self.tr("Grades obtained"), _pair(self.assay_method, self.assay_uncertainty))
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        order = [self.date, self.site, self.from_node, self.to_node, self.material,
                 self.quantity, self.unit, self.method, self.uncertainty, self.reconciliation,
                 self.grades,
                 self.assay_method, self.assay_uncertainty, self.note, self.save_button]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self.site.currentIndexChanged.connect(self._fill_nodes)
        self.material.currentIndexChanged.connect(self._fill_units)
        self.quantity.textChanged.connect(self._update_preview)
        self.unit.currentIndexChanged.connect(self._update_preview)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter saves, from any field: a line edit emits returnPressed and passes the key on
        to its parent, so connecting returnPressed as well saved twice (the second time
        with the quantity just cleared: "Enter the quantity.")."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)

    # -- choices ------------------------------------------------------------------------
    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        site = self.site.currentData()
        self.site.blockSignals(True)
        self.site.clear()
        for id_, name in sorted(catalog.sites.items(), key=lambda kv: kv[1]):
            self.site.addItem(name, id_)
        if site is not None and self.site.findData(site) >= 0:
            self.site.setCurrentIndex(self.site.findData(site))
        self.site.blockSignals(False)
        self.site.setToolTip(self.site.currentText())  # chosen silently
        material = self.material.currentData()
        self.material.blockSignals(True)
        self.material.clear()
        for m in sorted(catalog.materials.values(), key=lambda m: m.name):
            self.material.addItem(m.name, m.id)
        self.material.setCurrentIndex(max(0, self.material.findData(material)))
        self.material.blockSignals(False)
        self.material.setToolTip(self.material.currentText())  # chosen silently
        self._fill_nodes()
        self._fill_units()

    def _fill_nodes(self) -> None:
        if self.catalog is None:
            return
        site = self.site.currentData()
        nodes = sorted((n.name, n.id) for n in self.catalog.nodes.values() if n.site_id == site)
        for box in (self.from_node, self.to_node):
            fill_combo(box, nodes, keep_empty=True)  # empty until the officer picks one

    def _fill_units(self) -> None:
        if self.catalog is None:
            return
        material = self.catalog.materials.get(self.material.currentData())
        current = self.unit_symbol()
        self.unit.blockSignals(True)
        self.unit.clear()
        if material is not None:
            units = units_for(material.units())
            for symbol in units:  # shown in the officer's language («т»), stored as "t"
                self.unit.addItem(formatting.unit(symbol), symbol)
            pick = current if current in units else material.default_unit
            self.unit.setCurrentIndex(max(0, self.unit.findData(pick)))
        self.unit.blockSignals(False)
        self.unit.setToolTip(self.unit.currentText())  # chosen silently
        self._update_preview()

    def select(self, *, site: str | None = None, from_node: str | None = None,
               to_node: str | None = None, material: str | None = None) -> None:
        """Pick by visible name, as a completer would (used by tests and templates)."""
        for combo, text in ((self.site, site), (self.from_node, from_node),
                            (self.to_node, to_node), (self.material, material)):
            if text is not None:
                combo.setCurrentIndex(combo.findText(text))

    # -- values -------------------------------------------------------------------------
    def unit_symbol(self) -> str:
        """The stored symbol of the chosen unit ("t" while the picker shows «т»)."""
        data = self.unit.currentData()
        return str(data) if data is not None else self.unit.currentText()

    def _quantity_value(self) -> float:
        text = self.quantity.text().strip()
        if not text:
            raise DomainError(self.tr("Enter the quantity."), field="quantity")
        return typed_number(text, "quantity", self.tr("Quantity"),
                            not_number=self.tr("%s is not a number.") % repr(text))

    def _combo_id(self, combo: QComboBox, field: str, what: str) -> int:
        """The id behind an editable combo; typed text must match an entry exactly."""
        index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if index < 0 or not combo.currentText().strip():
            raise DomainError(self.tr("Choose %s from the list.") % what, field=field)
        combo.setCurrentIndex(index)
        return int(combo.itemData(index))

    def _update_preview(self) -> None:
        if self.catalog is None or self.material.currentData() is None:
            self.preview.setText("")
            return
        try:
            value, unit = preview_canonical(self.catalog, self.material.currentData(),
                                            self._quantity_value(), self.unit_symbol())
        except DomainError:
            self.preview.setText("")
            return
        self.preview.setText("= " + formatting.quantity(value, unit))

    def draft(self) -> FlowDraft:
        unc = self.uncertainty.value()
        return FlowDraft(
            flow_date=self.date.date().toPython(),
            from_node_id=self._combo_id(self.from_node, "from_node", self.tr("the source node")),
            to_node_id=self._combo_id(self.to_node, "to_node", self.tr("the destination node")),
            material_id=self._combo_id(self.material, "material", self.tr("the material")),
            qty_entered=self._quantity_value(),
            unit_entered=self.unit_symbol(),
            method=self.method.currentData(),
            uncertainty_pct=unc if unc > 0 else None,
            note=self.note.text(),
            grades=parse_grades(self.grades.text()),
            assay_method=self.assay_method.currentData(),
            assay_uncertainty_pct=self.assay_uncertainty.value() or None,
            reconciliation=self.reconciliation.currentData(),
        )

    def submit(self) -> None:
        draft = self.checked_draft()
        if draft is not None:
            self.submitted.emit(draft)

    # -- feedback -----------------------------------------------------------------------

    def saved(self) -> None:
        """Ready for the next record: keep date, nodes, material and unit; clear the rest."""
        self.clear_error()
        self.quantity.clear()
        self.note.clear()
        self.grades.clear()
        self.quantity.setFocus()

    def set_date(self, value: date) -> None:
        self.date.set_day(value)


def _pair(first: QWidget, second: QWidget) -> QWidget:
    """Two fields on one form line, the first taking the spare width."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first, 1)
    row.addWidget(second)
    return box
