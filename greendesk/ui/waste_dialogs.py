"""The waste register's forms: waste type (with the code picker), contractor, movement,
production basis, classifier import. Each builds a draft; the view runs the service."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from greendesk.errors import DomainError
from greendesk.models import DatePrecision, LegacyLevel, PhysicalState
from greendesk.services.catalog import Catalog
from greendesk.services.classifier import EntryRow
from greendesk.services.waste import (
    ContractorDraft,
    ContractorRow,
    WasteTypeDraft,
    WasteTypeRow,
)
from greendesk.services.waste_codes import HP_PROPERTIES, OPERATIONS
from greendesk.services.waste_movements import MovementDraft, MovementKind, SiteNodes
from greendesk.store.db import Database
from greendesk.ui import file_dialogs, formatting
from greendesk.ui.forms import FactDateEdit, FormDialog
from greendesk.ui.kit.numbers import line_number
from greendesk.ui.kit.periods import date_edit
from greendesk.ui.waste_picker import WasteCodePicker
from greendesk.units import units_for

STATE_TEXT = {
    PhysicalState.SOLID: QT_TRANSLATE_NOOP("waste", "Solid"),
    PhysicalState.POWDER: QT_TRANSLATE_NOOP("waste", "Dusty or powdery"),
    PhysicalState.SLUDGE: QT_TRANSLATE_NOOP("waste", "Sludge or paste"),
    PhysicalState.LIQUID: QT_TRANSLATE_NOOP("waste", "Liquid"),
    PhysicalState.GAS: QT_TRANSLATE_NOOP("waste", "Gas in containers"),
}
LEGACY_TEXT = {
    LegacyLevel.GREEN: QT_TRANSLATE_NOOP("waste", "Green"),
    LegacyLevel.AMBER: QT_TRANSLATE_NOOP("waste", "Amber"),
    LegacyLevel.RED: QT_TRANSLATE_NOOP("waste", "Red"),
}
MOVEMENT_TEXT = {
    MovementKind.GENERATED: QT_TRANSLATE_NOOP("waste", "Record generation"),
    MovementKind.RECYCLED: QT_TRANSLATE_NOOP("waste", "Record recycling on site"),
    MovementKind.TRANSFERRED: QT_TRANSLATE_NOOP("waste", "Record transfer to a contractor"),
    MovementKind.PLACED: QT_TRANSLATE_NOOP("waste", "Record placement in a formation"),
}


def _t(text: str) -> str:
    """A text marked above (lupdate extracts only the marks, not this call's variable)."""
    return QCoreApplication.translate("waste", text)


def physical_state_label(state: PhysicalState) -> str:
    return _t(STATE_TEXT[state])


def legacy_label(level: LegacyLevel | None) -> str:
    return "—" if level is None else _t(LEGACY_TEXT[level])


def movement_label(kind: MovementKind) -> str:
    return _t(MOVEMENT_TEXT[kind])


def operation_label(code: str) -> str:
    return f"{code} — {QCoreApplication.translate('waste', OPERATIONS[code])}"


def fill_operations(combo: QComboBox, contractor: ContractorRow | None) -> None:
    """The R/D operations the contractor's licence covers (every one without a contractor)."""
    combo.clear()
    for code in (contractor.operations if contractor else OPERATIONS):
        combo.addItem(operation_label(code), code)


def _date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())





class WasteTypeDialog(FormDialog):
    """Register or edit a waste type; the code is chosen in the searchable picker."""

    def __init__(self, parent: QWidget | None, catalog: Catalog, entries: list[EntryRow],
                 row: WasteTypeRow | None = None, site_id: int | None = None,
                 headings: dict[str, str] | None = None) -> None:
        super().__init__(parent, self.tr("Edit waste type") if row else
                         self.tr("Register waste type"))
        self.setMinimumWidth(640)
        self.catalog, self.row = catalog, row
        self.site = QComboBox()
        for id_, name in sorted(catalog.sites.items(), key=lambda kv: kv[1]):
            self.site.addItem(name, id_)
        self.picker = WasteCodePicker(self)
        self.picker.set_entries(entries, headings)
        self.code_label = QLabel(self.tr("No code chosen"))
        self.name = QLineEdit()
        self.material = QComboBox()
        self.state = QComboBox()
        for state in PhysicalState:
            self.state.addItem(physical_state_label(state), state)
        self.node = QComboBox()
        self.hp = QLineEdit()
        self.hp.setPlaceholderText(self.tr("hazardous wastes: e.g. HP6, HP14"))
        self.hp.setToolTip("\n".join(f"{k} — {QCoreApplication.translate('waste', v)}"
                                     for k, v in HP_PROPERTIES.items()))
        self.assessment = QLineEdit()
        self.assessment.setPlaceholderText(self.tr("mirror entries: why hazardous or not"))
        self.level = QComboBox()
        self.level.addItem("—", None)
        for level in LegacyLevel:
            self.level.addItem(legacy_label(level), level)
        self.limit = QSpinBox()
        self.limit.setRange(1, 120)
        self.limit.setValue(6)
        self.limit.setSuffix(self.tr(" months"))
        self.note = QLineEdit()
        for caption, widget, field in (
                (self.tr("Site"), self.site, "site"),
                (self.tr("List of Waste code"), self.picker, "code"),
                ("", self.code_label, "code_label"),
                (self.tr("Name"), self.name, "name"),
                (self.tr("Recorded as material"), self.material, "material"),
                (self.tr("Physical state"), self.state, "physical_state"),
                (self.tr("Generated by"), self.node, "generating_node"),
                (self.tr("Hazardous properties"), self.hp, "hp_properties"),
                (self.tr("Mirror-entry assessment"), self.assessment, "mirror_assessment"),
                (self.tr("Legacy hazard level"), self.level, "legacy_level"),
                (self.tr("Storage limit"), self.limit, "storage_limit"),
                (self.tr("Note"), self.note, "note")):
            self.add_field(caption, widget, field)
        self.site.currentIndexChanged.connect(self._fill_site)
        self.picker.chosen.connect(self._chosen)
        if site_id is not None:
            self.site.setCurrentIndex(max(0, self.site.findData(site_id)))
        self._fill_site()
        if row is not None:
            self.site.setCurrentIndex(self.site.findData(row.site_id))
            self.site.setEnabled(False)
            self.material.setEnabled(False)
            self.picker.select_code(row.code)
            self.name.setText(row.name)
            self.state.setCurrentIndex(self.state.findData(row.physical_state))
            self.node.setCurrentIndex(max(0, self.node.findData(row.generating_node_id)))
            self.hp.setText(", ".join(row.hp_properties))
            self.assessment.setText(row.mirror_assessment)
            self.level.setCurrentIndex(max(0, self.level.findData(row.legacy_level)))
            self.limit.setValue(row.storage_limit_months)
            self.note.setText(row.note)
        self._chosen(self.picker.current())

    def _fill_site(self) -> None:
        site_id = self.site.currentData()
        self.node.clear()
        for n in sorted(self.catalog.nodes.values(), key=lambda n: n.name):
            if n.site_id == site_id and n.kind.value == "process":
                self.node.addItem(n.name, n.id)
        self.material.clear()
        self.material.addItem(self.tr("(a new material named like the waste)"), None)
        for m in sorted(self.catalog.materials.values(), key=lambda m: m.name):
            if m.category.value == "waste":
                self.material.addItem(m.name, m.id)
        if self.row is not None:
            self.material.setCurrentIndex(max(0, self.material.findData(self.row.material_id)))

    def _chosen(self, entry: EntryRow | None) -> None:
        if entry is None:
            self.code_label.setText(self.tr("No code chosen: search, then click an entry."))
            return
        kind = self.tr("hazardous") if entry.hazardous else self.tr("non-hazardous")
        text = f"<b>{entry.display_code}</b> — {kind}"
        if entry.mirror:
            text += " · " + self.tr("mirror entry: record the assessment below")
        self.code_label.setText(text)
        self.assessment.setEnabled(entry.mirror or bool(self.assessment.text()))
        self.hp.setEnabled(entry.hazardous or bool(self.hp.text()))
        if not self.name.text().strip() and self.row is None:
            self.name.setText(entry.description[:200])

    def draft(self) -> WasteTypeDraft:
        entry = self.picker.current()
        if entry is None:
            raise DomainError(self.tr("Choose the List of Waste code in the list."),
                              field="code")
        return WasteTypeDraft(
            site_id=self.site.currentData(), name=self.name.text(), code=entry.code,
            physical_state=self.state.currentData(), generating_node_id=self.node.currentData(),
            material_id=self.material.currentData(), hp_properties=self.hp.text(),
            mirror_assessment=self.assessment.text(), legacy_level=self.level.currentData(),
            storage_limit_months=self.limit.value(), note=self.note.text())


class ContractorDialog(FormDialog):
    def __init__(self, parent: QWidget | None, row: ContractorRow | None = None) -> None:
        super().__init__(parent, self.tr("Edit contractor") if row else self.tr("New contractor"))
        self.name = QLineEdit(row.name if row else "")
        self.bin = QLineEdit(row.bin if row else "")
        self.bin.setPlaceholderText(self.tr("12 digits"))
        self.licence = QLineEdit(row.licence_number if row else "")
        self.valid_until = date_edit(row.licence_valid_until if row else
                                      date(date.today().year + 1, 12, 31))
        self.operations = QLineEdit(", ".join(row.operations) if row else "")
        self.operations.setPlaceholderText(self.tr("licensed operations, e.g. R4, R5, D9, D10"))
        self.operations.setToolTip("\n".join(operation_label(c) for c in OPERATIONS))
        self.note = QLineEdit(row.note if row else "")
        for caption, widget, field in (
                (self.tr("Name"), self.name, "name"), (self.tr("BIN"), self.bin, "bin"),
                (self.tr("Licence number"), self.licence, "licence_number"),
                (self.tr("Licence valid until"), self.valid_until, "licence_valid_until"),
                (self.tr("Licensed operations"), self.operations, "operations"),
                (self.tr("Note"), self.note, "note")):
            self.add_field(caption, widget, field)

    def draft(self) -> ContractorDraft:
        return ContractorDraft(self.name.text(), self.bin.text(), self.licence.text(),
                               _date(self.valid_until), self.operations.text(), self.note.text())


class MovementDialog(FormDialog):
    """One movement of a waste; the lists of places follow the kind and the waste type."""

    def __init__(self, parent: QWidget | None, kind: MovementKind, types: list[WasteTypeRow],
                 nodes_of: dict[int, SiteNodes], contractors: list[ContractorRow],
                 catalog: Catalog, db: Database, when: date) -> None:
        super().__init__(parent, movement_label(kind))
        self.kind, self.types, self.nodes_of, self.catalog, self.db = (
            kind, types, nodes_of, catalog, db)
        self.waste_type = QComboBox()
        for t in types:
            self.waste_type.addItem(f"{t.name} ({t.display_code}) — {t.site_name}", t.id)
        self.when = FactDateEdit(when)
        self.monthly = QCheckBox(self.tr("monthly total"))
        when_row = QWidget()
        box = QHBoxLayout(when_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.when, 1)
        box.addWidget(self.monthly)
        self.quantity = QLineEdit()
        self.unit = QComboBox()
        qty_row = QWidget()
        box = QHBoxLayout(qty_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.quantity, 1)
        box.addWidget(self.unit)
        self.from_node = QComboBox()
        self.to_node = QComboBox()
        self.contractor = QComboBox()
        for c in contractors:
            self.contractor.addItem(c.name, c.id)
        self.operation = QComboBox()
        self.contractors = {c.id: c for c in contractors}
        self.stock_hint = QLabel()
        self.stock_hint.setObjectName("preview")
        self.note = QLineEdit()
        rows = [(self.tr("Waste"), self.waste_type, "waste_type"),
                (self.tr("Date"), when_row, "flow_date"),
                (self.tr("Quantity"), qty_row, "quantity"),
                (self.tr("From", "source node of a flow"), self.from_node, "from_node"),
                (self.tr("To", "destination node of a flow"), self.to_node, "to_node")]
        if kind is MovementKind.TRANSFERRED:
            rows += [(self.tr("Contractor"), self.contractor, "contractor"),
                     (self.tr("Operation"), self.operation, "operation")]
        rows += [("", self.stock_hint, "stock"), (self.tr("Note"), self.note, "note")]
        for caption, widget, field in rows:
            self.add_field(caption, widget, field)
        self.waste_type.currentIndexChanged.connect(self._fill)
        self.contractor.currentIndexChanged.connect(self._fill_operations)
        self.from_node.currentIndexChanged.connect(self._hint)
        self.when.dateChanged.connect(self._hint)
        self._fill()
        self._fill_operations()

    def current_type(self) -> WasteTypeRow | None:
        type_id = self.waste_type.currentData()
        return next((t for t in self.types if t.id == type_id), None)

    def _fill(self) -> None:
        t = self.current_type()
        for combo in (self.from_node, self.to_node, self.unit):
            combo.clear()
        if t is None:
            return
        material = self.catalog.materials.get(t.material_id)
        if material is not None:
            for u in units_for(material.units()):
                self.unit.addItem(formatting.unit(u), u)  # shown «т», stored "t"
        nodes = self.nodes_of[t.site_id]
        process = [n for n in nodes.processes if n.id == t.generating_node_id]
        others = [n for n in nodes.processes if n.id != t.generating_node_id]
        # marked places first: the storage this waste is kept in, before any unmarked stock
        storages = sorted(nodes.storages, key=lambda n: n.role is None)
        formations = sorted(nodes.formations, key=lambda n: n.role is None)
        k = MovementKind
        sources = {k.GENERATED: process + others,
                   k.RECYCLED: storages + formations + process,
                   k.TRANSFERRED: storages + process + formations,
                   k.PLACED: storages + process}[self.kind]
        if self.kind is not k.GENERATED:  # unmarked stocks after the process
            sources = [n for n in sources if n.role is not None] + process + [
                n for n in sources if n.role is None]
        targets = {k.GENERATED: storages, k.RECYCLED: list(nodes.processes),
                   k.TRANSFERRED: list(nodes.contractors), k.PLACED: formations}[self.kind]
        seen: set[int] = set()
        for n in sources:
            if n.id not in seen:
                seen.add(n.id)
                self.from_node.addItem(n.name, n.id)
        if self.kind is MovementKind.TRANSFERRED:
            self.to_node.addItem(self.tr("(the contractor's own node, made if missing)"), None)
        for n in targets:
            self.to_node.addItem(n.name, n.id)
        self._hint()

    def _fill_operations(self) -> None:
        fill_operations(self.operation, self.contractors.get(self.contractor.currentData()))

    def _hint(self) -> None:
        from greendesk.services.waste_stock import stock_level

        t, node_id = self.current_type(), self.from_node.currentData()
        node = self.catalog.nodes.get(node_id) if node_id else None
        if t is None or node is None or node.kind.value != "stock":
            self.stock_hint.setText("")
            return
        level = stock_level(self.db, t.id, node.id, _date(self.when))
        self.stock_hint.setText(self.tr("In %1 on that day: %2").replace("%1", node.name)
                                .replace("%2", formatting.quantity(level, "t")))

    def draft(self) -> MovementDraft:
        t = self.current_type()
        if t is None:
            raise DomainError(self.tr("Choose the waste."), field="waste_type")
        qty = line_number(self.quantity, "quantity", self.tr("quantity"), required=True)
        return MovementDraft(
            waste_type_id=t.id, kind=self.kind, flow_date=_date(self.when),
            quantity=qty,  # type: ignore[arg-type]
            unit=self.unit.currentData() or "t", from_node_id=self.from_node.currentData(),
            to_node_id=self.to_node.currentData(),
            contractor_id=self.contractor.currentData()
            if self.kind is MovementKind.TRANSFERRED else None,
            operation=self.operation.currentData()
            if self.kind is MovementKind.TRANSFERRED else None,
            note=self.note.text(),
            date_precision=DatePrecision.MONTH if self.monthly.isChecked() else DatePrecision.DAY)


class BasisDialog(FormDialog):
    """The main product and output value of a year, for waste per tonne and per value."""

    def __init__(self, parent: QWidget | None, scopes: list[tuple[str, int | None]],
                 year: int) -> None:
        super().__init__(parent, self.tr("Production for waste intensities"))
        self.scope = QComboBox()
        for name, site_id in scopes:
            self.scope.addItem(name, site_id)
        self.year = QSpinBox()
        self.year.setRange(1901, 2199)
        self.year.setValue(year)
        self.product = QLineEdit()
        self.product.setPlaceholderText(self.tr("e.g. Anode copper"))
        self.tonnes = QLineEdit()
        self.value = QLineEdit()
        self.value_unit = QLineEdit("million KZT")
        for caption, widget, field in (
                (self.tr("For"), self.scope, "site"), (self.tr("Year"), self.year, "year"),
                (self.tr("Main product"), self.product, "main_product"),
                (self.tr("Main product, t"), self.tonnes, "main product"),
                (self.tr("Output value"), self.value, "output value"),
                (self.tr("Value unit"), self.value_unit, "value_unit")):
            self.add_field(caption, widget, field)

    def values(self) -> tuple[int | None, int, str, float | None, float | None, str]:
        return (self.scope.currentData(), self.year.value(), self.product.text(),
                line_number(self.tonnes, "main product", self.tr("main product"), required=False),
                line_number(self.value, "output value", self.tr("output value"), required=False),
                self.value_unit.text())


class ClassifierImportDialog(FormDialog):
    """Which file(s), which language, and (if the headings are unusual) which columns."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, self.tr("Import waste classifier"))
        self.setMinimumWidth(560)
        self.files = QLineEdit()
        self.files.setPlaceholderText(self.tr("CSV or XLSX; a separate headings file may "
                                              "follow after ;"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.files, 1)
        box.addWidget(browse)
        self.language = QComboBox()
        for code, name in (("", self.tr("Recognise from the text")), ("en", "English"),
                           ("ru", "Русский"), ("kk", "Қазақша")):
            self.language.addItem(name, code)
        self.mapping = QLineEdit()
        self.mapping.setPlaceholderText(self.tr("optional, e.g. code=Код, description=Наименование"))
        for caption, widget, field in ((self.tr("Files"), row, "files"),
                                       (self.tr("Language"), self.language, "language"),
                                       (self.tr("Columns"), self.mapping, "mapping")):
            self.add_field(caption, widget, field)

    def _browse(self) -> None:
        paths = file_dialogs.open_files(
            self, self.tr("Waste classifier"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt)"))
        if paths:
            self.files.setText("; ".join(paths))

    def paths(self) -> list[Path]:
        paths = [Path(p.strip()) for p in self.files.text().split(";") if p.strip()]
        if not paths:
            raise DomainError(self.tr("Choose the classifier file."), field="files")
        return paths
