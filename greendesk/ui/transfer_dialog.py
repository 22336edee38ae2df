"""Say who received a waste transfer already in the ledger, and under which R/D operation.

A record to a contractor node without them is a month-close item; "Open" on it opens this
form for that one record (services.waste_movements.assign_transfer writes it, checking the
contractor's licence on the record's date).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from greendesk.services.flows import FlowRow
from greendesk.services.waste import ContractorRow
from greendesk.ui import formatting
from greendesk.ui.forms import FormDialog
from greendesk.ui.waste_dialogs import fill_operations


class TransferDialog(FormDialog):
    """One record's contractor and operation; `choice()` gives them to the caller."""

    def __init__(self, parent: QWidget | None, row: FlowRow, what: str,
                 contractors: list[ContractorRow]) -> None:
        super().__init__(parent, self.tr("Contractor and operation of a transfer"))
        self.row = row
        self.record = QLabel(self.tr("Record %1 of %2: %3 %4 — %5")
                             .replace("%1", str(row.id))
                             .replace("%2", formatting.day(row.flow_date))
                             .replace("%3", formatting.number(row.qty_entered))
                             .replace("%4", row.unit_entered).replace("%5", what))
        self.record.setWordWrap(True)
        self.contractor = QComboBox()
        for c in contractors:
            self.contractor.addItem(c.name, c.id)
        self.contractors = {c.id: c for c in contractors}
        self.operation = QComboBox()
        for caption, widget, field in ((self.tr("Record"), self.record, "record"),
                                       (self.tr("Contractor"), self.contractor, "contractor"),
                                       (self.tr("Operation"), self.operation, "operation")):
            self.add_field(caption, widget, field)
        self.contractor.currentIndexChanged.connect(self._fill_operations)
        self._fill_operations()

    def _fill_operations(self) -> None:
        """The operations the chosen contractor's licence covers."""
        fill_operations(self.operation, self.contractors.get(self.contractor.currentData()))

    def choice(self) -> tuple[int | None, str]:
        """(contractor id, operation code) as chosen."""
        return self.contractor.currentData(), self.operation.currentData() or ""
