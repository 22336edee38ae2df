"""The form for a permit's conditions (one a line, in the permit's order) and its waste
limits per waste type of the site (accumulation and burial, t/year; blank: no limit)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTableWidget, QTableWidgetItem, QWidget

from greendesk.services.permit_terms import PermitTerms, WasteLimit
from greendesk.ui import formatting
from greendesk.ui.forms import FormDialog
from greendesk.ui.kit.numbers import number_text
from greendesk.ui.kit.tables import stretch_column


class PermitTermsDialog(FormDialog):
    """Edit a permit's conditions and waste limits; the service checks every rule on OK."""

    def __init__(self, parent: QWidget | None, number: str, terms: PermitTerms,
                 waste_types: list[tuple[int, str]]) -> None:
        super().__init__(parent, self.tr("Conditions and limits of permit “%s”") % number)
        self.setMinimumWidth(720)
        self.conditions_edit = QPlainTextEdit("\n".join(terms.conditions))
        self.conditions_edit.setPlaceholderText(self.tr("one condition a line, as the permit "
                                                        "lists them"))
        self.waste_types = waste_types
        limits = {w.waste_type_id: w for w in terms.waste_limits}
        self.limits_table = QTableWidget(len(waste_types), 3)
        self.limits_table.setHorizontalHeaderLabels([
            self.tr("Waste type"), self.tr("Accumulation limit, t/year"),
            self.tr("Burial limit, t/year")])
        for i, (type_id, name) in enumerate(waste_types):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.limits_table.setItem(i, 0, item)
            lim = limits.get(type_id)
            for c, value in ((1, lim.accumulation_t if lim else None),
                             (2, lim.burial_t if lim else None)):
                # as typed, never "1,8e+06" (six significant digits would write that)
                self.limits_table.setItem(i, c, QTableWidgetItem(formatting.editable(value)))
        # the names take what the two limits (sized to their headings) leave
        stretch_column(self.limits_table, 0)
        self.add_field(self.tr("Conditions"), self.conditions_edit, "conditions")
        self.add_field(self.tr("Waste limits"), self.limits_table, "waste_limits")

    def _tonnes(self, row: int, col: int) -> float | None:
        item = self.limits_table.item(row, col)
        return number_text(item.text() if item else "", "waste_limits",
                           self.tr("waste limit"))

    def terms(self) -> PermitTerms:
        """The conditions and the limits entered (rows left blank: no limit)."""
        limits = []
        for i, (type_id, _name) in enumerate(self.waste_types):
            acc, burial = self._tonnes(i, 1), self._tonnes(i, 2)
            if acc is not None or burial is not None:
                limits.append(WasteLimit(type_id, acc, burial))
        return PermitTerms(tuple(self.conditions_edit.toPlainText().splitlines()),
                           tuple(limits))
