"""The balance section's dialog: recording a stock-taking."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QWidget

from greendesk.models import Method
from greendesk.services import balances as bal
from greendesk.ui import labels
from greendesk.ui.forms import FactDateEdit, FormDialog


class StockTakingDialog(FormDialog):
    """A count of one material in one stock node at the end of a day."""

    def __init__(self, parent: QWidget, stocks: list[tuple[str, int]],
                 materials: list[tuple[str, int]], day: date) -> None:
        super().__init__(parent, QCoreApplication.translate("BalanceView", "Record stock-taking"))
        self.node = QComboBox()
        for name, i in stocks:
            self.node.addItem(name, i)
        self.material = QComboBox()
        for name, i in materials:
            self.material.addItem(name, i)
        self.day = FactDateEdit(day)
        self.quantity = QDoubleSpinBox()
        self.quantity.setRange(0.0, 1e12)
        self.quantity.setDecimals(3)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(["t", "kt", "Mt", "m³"])
        self.method = QComboBox()
        for m in Method:
            self.method.addItem(labels.method(m), m)
        self.uncertainty = QDoubleSpinBox()
        self.uncertainty.setRange(0.0, 100.0)
        self.uncertainty.setDecimals(1)
        self.uncertainty.setSuffix(" %")
        self.uncertainty.setSpecialValueText(self.tr("method's default"))
        # self.tr written out: lupdate cannot see the class through an alias
        for caption, widget, field in (
                (self.tr("Stock"), self.node, "node"),
                (self.tr("Material"), self.material, "material"),
                (self.tr("Counted at the end of"), self.day, "taken_on"),
                (self.tr("Quantity"), self.quantity, "quantity"),
                (self.tr("Unit"), self.unit, "unit"),
                (self.tr("Method"), self.method, "method"),
                (self.tr("Uncertainty (1σ)"), self.uncertainty, "uncertainty")):
            self.add_field(caption, widget, field)

    def draft(self) -> bal.StockTakingDraft:
        unc = self.uncertainty.value()
        return bal.StockTakingDraft(self.node.currentData(), self.material.currentData(),
                                    self.day.date().toPython(), self.quantity.value(),
                                    self.unit.currentText(), self.method.currentData(),
                                    unc if unc > 0 else None)
