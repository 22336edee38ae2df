"""The balance section's dialog: recording a stock-taking."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QWidget

from greendesk.models import Method
from greendesk.services import balances as bal
from greendesk.ui import formatting, labels
from greendesk.ui.forms import FactDateEdit, FormDialog


class StockTakingDialog(FormDialog):
    """A count of one material in one stock node at the end of a day.

    With the nodes' earlier counts (`counts`), choosing a node chooses the material it was
    last counted in (a node never counted: the one flowing into it most, `inflows`), and the
    form shows the previous count before the day, so the officer
    sees what the new figure follows."""

    def __init__(self, parent: QWidget, stocks: list[tuple[str, int]],
                 materials: list[tuple[str, int]], day: date,
                 counts: dict[int, list[bal.StockTakingRow]] | None = None,
                 inflows: dict[int, int] | None = None) -> None:
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
        # Shown as the officer writes them («т»); the service reads a label or a symbol alike.
        self.unit.addItems([formatting.unit(u) for u in ("t", "kt", "Mt", "m³")])
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
        self.counts = counts or {}
        self.inflows = inflows or {}  # node -> the material flowing into it most
        self.previous = QLabel()
        self.previous.setWordWrap(True)
        self.previous.setStyleSheet("color:#5a6a62;")
        self.add_field(self.tr("Previous count"), self.previous, "previous")
        self.node.currentIndexChanged.connect(self._node_chosen)
        self.material.currentIndexChanged.connect(self._show_previous)
        self.day.dateChanged.connect(self._show_previous)
        self._node_chosen()

    def choose(self, node_id: int, material_id: int | None = None) -> None:
        """Preselect a node (and its material, else the one it was last counted in)."""
        self.node.setCurrentIndex(max(0, self.node.findData(node_id)))
        self._node_chosen()
        if material_id is not None:
            self.material.setCurrentIndex(max(0, self.material.findData(material_id)))

    def _node_chosen(self) -> None:
        """The node's material: the one it was last counted in, else (never counted) the
        one that flows into it most in the period."""
        rows = self.counts.get(self.node.currentData(), [])
        material = (max(rows, key=lambda r: (r.taken_on, r.id)).material_id if rows
                    else self.inflows.get(self.node.currentData()))
        if material is not None:
            self.material.setCurrentIndex(max(0, self.material.findData(material)))
        self._show_previous()

    def _show_previous(self) -> None:
        day = self.day.date().toPython()
        rows = [r for r in self.counts.get(self.node.currentData(), [])
                if r.material_id == self.material.currentData() and r.taken_on < day]
        if not rows:
            self.previous.setText(self.tr("none before this day"))
            return
        last = max(rows, key=lambda r: (r.taken_on, r.id))
        self.previous.setText(self.tr("%1 %2 on %3")
                              .replace("%1", formatting.number(last.qty_entered))
                              .replace("%2", formatting.unit(last.unit_entered))
                              .replace("%3", formatting.day(last.taken_on)))

    def draft(self) -> bal.StockTakingDraft:
        unc = self.uncertainty.value()
        return bal.StockTakingDraft(self.node.currentData(), self.material.currentData(),
                                    self.day.date().toPython(), self.quantity.value(),
                                    self.unit.currentText(), self.method.currentData(),
                                    unc if unc > 0 else None)
