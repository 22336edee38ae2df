"""The material catalogue section: what flows, its unit and its properties."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import CANONICAL_UNIT, MaterialCategory, QuantityKind
from greendesk.services import materials
from greendesk.services.changes import Entity
from greendesk.services.materials import MaterialDraft, MaterialRow
from greendesk.ui import formatting, labels
from greendesk.ui.bus import Bus
from greendesk.ui.forms import FormDialog
from greendesk.ui.kit.empty import EmptyHint
from greendesk.ui.kit.numbers import line_number
from greendesk.ui.kit.tables import read_only_table
from greendesk.ui.section import Section
from greendesk.ui.undo import announce_irreversible, perform_irreversible
from greendesk.units import KINDS, MaterialUnits, canonical_unit, units_for


class MaterialDialog(FormDialog):
    def __init__(self, parent: QWidget | None, row: MaterialRow | None = None) -> None:
        super().__init__(parent, self.tr("Edit material") if row else self.tr("New material"))
        self.name = QLineEdit(row.name if row else "")
        self.category = QComboBox()
        for c in MaterialCategory:
            self.category.addItem(labels.material_category(c), c)
        self.kind = QComboBox()
        for k in QuantityKind:
            self.kind.addItem(f"{labels.quantity_kind(k)} ({formatting.unit(CANONICAL_UNIT[k])})", k)
        self.unit = QComboBox()
        self.density = QLineEdit()
        self.density.setPlaceholderText(self.tr("t/m³, optional"))
        self.ncv = QLineEdit()
        self.ncv.setPlaceholderText(self.tr("GJ per t or m³, optional (fuels)"))
        self.tce = QLineEdit()
        self.tce.setPlaceholderText(self.tr("tce per unit, optional"))
        self.tce_unit = QComboBox()
        self.tce_unit.addItem("", None)
        for kind in KINDS:
            for u in units_for(MaterialUnits("any", kind)):  # no properties: own kind only
                self.tce_unit.addItem(formatting.unit(u), u)
        self.waste_code = QLineEdit()
        self.waste_code.setPlaceholderText(self.tr("List of Waste code, wastes only"))
        self.note = QLineEdit()
        for caption, widget, field in (
                (self.tr("Name"), self.name, "name"), (self.tr("Category"), self.category, "category"),
                (self.tr("Measured by"), self.kind, "kind"),
                (self.tr("Default unit"), self.unit, "default_unit"),
                (self.tr("Density, t/m³"), self.density, "density_t_per_m3"),
                (self.tr("Net calorific value"), self.ncv, "ncv_gj_per_unit"),
                (self.tr("tce factor"), self.tce, "tce_factor"),
                (self.tr("tce factor per"), self.tce_unit, "tce_factor_unit"),
                (self.tr("List of Waste code"), self.waste_code, "waste_code"),
                (self.tr("Note"), self.note, "note")):
            self.add_field(caption, widget, field)
        self.kind.currentIndexChanged.connect(self._fill_units)
        if row is not None:
            self.category.setCurrentIndex(self.category.findData(row.category))
            self.kind.setCurrentIndex(self.kind.findData(row.kind))
            for edit, value in ((self.density, row.density_t_per_m3),
                                (self.ncv, row.ncv_gj_per_unit), (self.tce, row.tce_factor)):
                edit.setText(formatting.editable(value, None))
            self.tce_unit.setCurrentIndex(max(0, self.tce_unit.findData(row.tce_factor_unit)))
            self.waste_code.setText(row.waste_code or "")
            self.note.setText(row.note)
        self._fill_units()
        if row is not None:
            self.unit.setCurrentIndex(max(0, self.unit.findData(row.default_unit)))

    def _fill_units(self) -> None:
        self.unit.clear()
        for u in units_for(MaterialUnits("any", QuantityKind(self.kind.currentData()).value)):
            self.unit.addItem(formatting.unit(u), u)  # shown «т», stored "t"

    def draft(self) -> MaterialDraft:
        return MaterialDraft(
            name=self.name.text(), category=self.category.currentData(),
            kind=self.kind.currentData(), default_unit=self.unit.currentData() or "",
            density_t_per_m3=line_number(self.density, "density_t_per_m3",
                                              self.tr("Density")),
            ncv_gj_per_unit=line_number(self.ncv, "ncv_gj_per_unit",
                                             self.tr("Net calorific value")),
            tce_factor=line_number(self.tce, "tce_factor", self.tr("tce factor")),
            tce_factor_unit=self.tce_unit.currentData(),
            waste_code=self.waste_code.text() or None, note=self.note.text())


class MaterialsView(Section):
    HEADERS = (QT_TRANSLATE_NOOP("MaterialsView", "Name"),
               QT_TRANSLATE_NOOP("MaterialsView", "Category"),
               QT_TRANSLATE_NOOP("MaterialsView", "Measured by"),
               QT_TRANSLATE_NOOP("MaterialsView", "Default unit"),
               QT_TRANSLATE_NOOP("MaterialsView", "Density, t/m³"),
               QT_TRANSLATE_NOOP("MaterialsView", "NCV, GJ per unit"),
               QT_TRANSLATE_NOOP("MaterialsView", "tce factor"),
               QT_TRANSLATE_NOOP("MaterialsView", "List of Waste"))
    WATCHES = frozenset({Entity.MATERIAL})

    def __init__(self, bus: Bus, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(bus, undo_stack, parent)
        self.rows: list[MaterialRow] = []

    def build(self) -> None:
        self.make_toolbar()
        self.act_add = self.add_action(self.tr("Add material"), "add", self.add)
        self.act_edit = self.add_action(self.tr("Edit"), "rename", self.edit_selected)
        self.table = read_only_table(self, [self.tr(h) for h in self.HEADERS], single=True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.empty_hint = EmptyHint(self.table, lambda: self.tr(
            "No materials yet. Add material: ore, concentrate, tailings, fuels, electricity "
            "and the rest that flows between the nodes, each with the unit it is measured in."))
        layout = self.page_layout()
        layout.addWidget(self.title_label(self.tr("Materials")))
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.table, 1)

    def database_set(self) -> None:
        self.message_bar.hide()
        self.act_add.setEnabled(self.writable)
        self.act_edit.setEnabled(self.writable)

    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.rows = materials.list_materials(self.db) if self.db else []
        self.table.setRowCount(len(self.rows))
        for r, m in enumerate(self.rows):
            tce = "" if m.tce_factor is None else \
                f"{formatting.number(m.tce_factor, decimals=3)} / " \
                f"{formatting.unit(m.tce_factor_unit or '')}"
            values = [m.name, labels.material_category(m.category),
                      f"{labels.quantity_kind(m.kind)} "
                      f"({formatting.unit(canonical_unit(m.kind.value))})",
                      formatting.unit(m.default_unit),
                      "" if m.density_t_per_m3 is None else formatting.number(
                          m.density_t_per_m3, decimals=3),
                      "" if m.ncv_gj_per_unit is None else formatting.number(
                          m.ncv_gj_per_unit, decimals=2),
                      tce, m.waste_code or ""]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))

    def _open(self, row: MaterialRow | None) -> MaterialDialog:
        dlg = MaterialDialog(self, row)
        db = self.db
        assert db is not None

        def submit() -> None:
            name = dlg.name.text().strip()
            if row is None:
                perform_irreversible(self.undo_stack, self.bus, lambda: materials.add_material(
                    db, dlg.draft())[1], self.tr("Add material “%s”") % name)
                note = self.tr("Material “%s” added.") % dlg.name.text().strip()
            else:
                result = materials.update_material(db, row.id, dlg.draft(), version=row.version)
                announce_irreversible(self.undo_stack, self.bus, result.changes,
                                      self.tr("Edit material “%s”") % name)
                note = self.tr("Material “%s” saved.") % dlg.name.text().strip()
                if result.recomputed:
                    note = self.tr(
                        "Material “%1” saved; the canonical quantities of %2 record(s) were "
                        "recomputed from their entries with the new properties.").replace(
                        "%1", dlg.name.text().strip()).replace(
                        "%2", formatting.number(result.recomputed, decimals=0))
            self.message_bar.show_message(note, "info")

        self.open_dialog(dlg, submit)
        return dlg

    def add(self) -> None:
        if self.db is not None:
            self._open(None)

    def edit_selected(self) -> None:
        r = self.table.currentRow()
        if self.db is not None and 0 <= r < len(self.rows):
            self._open(self.rows[r])

    def select_material(self, name: str) -> None:
        for r, m in enumerate(self.rows):
            if m.name == name:
                self.table.selectRow(r)
                return



