"""The form for a monitoring point's production environmental control (PEK) programme: per
parameter whether it is measured, how often, by which method and laboratory, beside the norm
it is compared with (the point's limit, set with "Set limit")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWidget

from greendesk.models import PekFrequency
from greendesk.services import monitoring as ms
from greendesk.services.pek import ProgrammeDraft, ProgrammeRow
from greendesk.ui import formation_labels as fl
from greendesk.ui.forms import FormDialog

MEASURED, PARAMETER, NORM, FREQUENCY, METHOD, LABORATORY = range(6)


class ProgrammeDialog(FormDialog):
    """Tick the parameters the programme measures at the point and fill in each line."""

    def __init__(self, parent: QWidget | None, point: ms.PointRow,
                 parameters: list[ms.ParameterRow], programme: list[ProgrammeRow]) -> None:
        super().__init__(parent, self.tr("PEK programme at %1").replace("%1", point.name))
        # every column in sight at once in Kazakh and Russian, inside a 1280×720 screen
        self.setMinimumWidth(1100)
        self.parameters = parameters
        lines = {r.parameter_id: r for r in programme}
        norms = {lim.parameter_id: lim for lim in point.limits}
        self.table = QTableWidget(len(parameters), 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Measured"), self.tr("Parameter"), self.tr("Norm"), self.tr("Frequency"),
            self.tr("Method"), self.tr("Laboratory")])
        self.frequencies: list[QComboBox] = []
        for i, p in enumerate(parameters):
            line = lines.get(p.id)
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if line else Qt.CheckState.Unchecked)
            self.table.setItem(i, MEASURED, check)
            for col, text in ((PARAMETER, f"{p.code} — {p.name}, {p.unit}"),
                              (NORM, fl.limit_text(norms[p.id]) if p.id in norms else "")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, col, item)
            freq = QComboBox(self.table)
            for label, value in fl.items(PekFrequency):
                freq.addItem(label, value)
            freq.setCurrentIndex(max(0, freq.findData(line.frequency if line
                                                      else PekFrequency.MONTHLY)))
            self.table.setCellWidget(i, FREQUENCY, freq)
            self.frequencies.append(freq)
            self.table.setItem(i, METHOD, QTableWidgetItem(line.method if line else ""))
            self.table.setItem(i, LABORATORY, QTableWidgetItem(line.laboratory if line else ""))
        self.table.resizeColumnsToContents()
        for col in (METHOD, LABORATORY):  # a long name is read in its cell when edited
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 180))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_field(self.tr("Programme"), self.table, "parameter_id")

    def measured(self, row: int) -> bool:
        """Whether the parameter of `row` is ticked."""
        item = self.table.item(row, MEASURED)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def set_measured(self, row: int, on: bool) -> None:
        """Tick or untick the parameter of `row` (tests use it too)."""
        item = self.table.item(row, MEASURED)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def drafts(self) -> list[ProgrammeDraft]:
        """The ticked lines, as the service writes them."""
        out = []
        for i, p in enumerate(self.parameters):
            if not self.measured(i):
                continue
            method, lab = self.table.item(i, METHOD), self.table.item(i, LABORATORY)
            out.append(ProgrammeDraft(p.id, PekFrequency(self.frequencies[i].currentData()),
                                      method.text() if method else "",
                                      lab.text() if lab else ""))
        return out
