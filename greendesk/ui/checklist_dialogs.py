"""Small forms of the checklist section: an own action, an incident, a drill."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from greendesk.errors import DomainError
from greendesk.models import MaterialCategory
from greendesk.models.checklist import CostClass
from greendesk.services.catalog import Catalog
from greendesk.services.checklist import IncidentDraft, MeasureRow
from greendesk.services.flows import FlowDraft
from greendesk.ui.action_editor import cost_text
from greendesk.ui.forms import FactDateEdit, FormDialog
from greendesk.ui.kit.numbers import line_number


class OwnActionDialog(FormDialog):
    def __init__(self, parent: QWidget | None, measures: list[MeasureRow],
                 measure_id: str | None) -> None:
        super().__init__(parent, self.tr("Add an own action"))
        self.measure = QComboBox()
        for m in measures:
            self.measure.addItem(f"{m.id}  {m.title}", m.id)
        if measure_id:
            self.measure.setCurrentIndex(max(0, self.measure.findData(measure_id)))
        self.text = QLineEdit()
        self.cost = QComboBox()
        for c in CostClass:
            self.cost.addItem(cost_text(c), c.value)
        self.add_field(self.tr("Measure"), self.measure, "measure")
        self.add_field(self.tr("Action"), self.text, "text")
        self.add_field(self.tr("Cost class"), self.cost, "cost")


class IncidentDialog(FormDialog):
    """An incident, with the waste its clean-up produced (recorded as a waste movement)."""

    def __init__(self, parent: QWidget | None, catalog: Catalog, site_id: int) -> None:
        super().__init__(parent, self.tr("Log an environmental incident"))
        self.catalog, self.site_id = catalog, site_id
        self.occurred = FactDateEdit()
        self.place = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(60)
        self.substances = QLineEdit()
        self.quantity = QLineEdit()
        self.quantity_unit = QLineEdit()
        self.quantity_unit.setPlaceholderText("t, m³, kg")
        self.weather = QLineEdit()
        self.response = QPlainTextEdit()
        self.response.setFixedHeight(60)
        nodes = sorted((n.name, n.id) for n in catalog.nodes.values() if n.site_id == site_id)
        self.waste_from, self.waste_to = QComboBox(), QComboBox()
        for combo in (self.waste_from, self.waste_to):
            combo.addItem(self.tr("(no clean-up waste)"), None)
            for name, id_ in nodes:
                combo.addItem(name, id_)
        self.waste_material = QComboBox()
        for m in sorted(catalog.materials.values(), key=lambda m: m.name):
            if m.category is MaterialCategory.WASTE:
                self.waste_material.addItem(m.name, m.id)
        self.waste_qty = QLineEdit()
        self.waste_qty.setPlaceholderText(self.tr("t"))
        for caption, widget, field in (
                (self.tr("Date"), self.occurred, "occurred_on"),
                (self.tr("Place"), self.place, "place"),
                (self.tr("What happened"), self.description, "description"),
                (self.tr("Substances released"), self.substances, "substances"),
                (self.tr("Quantity released"), self.quantity, "quantity_released"),
                (self.tr("Unit"), self.quantity_unit, "quantity_unit"),
                (self.tr("Weather"), self.weather, "weather"),
                (self.tr("Response actions"), self.response, "response"),
                (self.tr("Clean-up waste from"), self.waste_from, "cleanup"),
                (self.tr("Clean-up waste to"), self.waste_to, "cleanup_to"),
                (self.tr("Waste"), self.waste_material, "cleanup_material"),
                (self.tr("Waste quantity, t"), self.waste_qty, "cleanup_qty")):
            self.add_field(caption, widget, field)

    def draft(self) -> tuple[IncidentDraft, list[FlowDraft]]:
        occurred = self.occurred.date().toPython()
        incident = IncidentDraft(
            self.site_id, occurred, self.place.text(), self.description.toPlainText(),
            self.substances.text(), line_number(self.quantity, "quantity_released",
                                            self.tr("Quantity released")),
            self.quantity_unit.text(), self.weather.text(), self.response.toPlainText())
        cleanup: list[FlowDraft] = []
        if self.waste_from.currentData() is not None:
            qty = line_number(self.waste_qty, "cleanup_qty", self.tr("Waste quantity"))
            if qty is None or self.waste_to.currentData() is None:
                raise DomainError(self.tr("Give where the clean-up waste went and how much."),
                                  field="cleanup_qty")
            cleanup.append(FlowDraft(occurred, self.waste_from.currentData(),
                                     self.waste_to.currentData(),
                                     self.waste_material.currentData(), qty, "t",
                                     note=self.tr("clean-up of incident: %s") % self.place.text()))
        return incident, cleanup


class DrillDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, self.tr("Record a drill"))
        self.held_on = FactDateEdit()
        self.note = QLineEdit()
        self.add_field(self.tr("Held on"), self.held_on, "held_on")
        self.add_field(self.tr("Note"), self.note, "note")
