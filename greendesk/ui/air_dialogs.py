"""The forms of the Air and climate section: an emission source (its stack, the ledger
streams that drive it and its abatement) and a permit's norm for a source and substance.
They only collect values; the services check every rule on OK and the form shows the
refusal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from greendesk import periods
from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models.emissions import EmissionSourceKind
from greendesk.services.emission_sources import (
    AbatementDraft,
    NormDraft,
    NormRow,
    SourceDraft,
    StreamDraft,
)
from greendesk.services.factors import FactorDiff
from greendesk.services.structure import SiteRow
from greendesk.ui import formatting
from greendesk.ui.forms import FormDialog
from greendesk.ui.kit.combos import combo
from greendesk.ui.kit.numbers import line_number, number_text
from greendesk.ui.kit.periods import date_edit

Choice = tuple[str, int]


def _day(edit) -> date:  # type: ignore[no-untyped-def]
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _number_edit(value: float | None) -> QLineEdit:
    edit = QLineEdit("" if value is None else formatting.editable(value))
    edit.setMaximumWidth(110)
    return edit


def _small_table(headers: Sequence[str], stretch: Sequence[int]) -> QTableWidget:
    """An editable table whose `stretch` columns share the width, the rest fit their text."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    header = table.horizontalHeader()
    for c in range(len(headers)):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().hide()
    table.setMinimumHeight(110)
    return table


class SourceDialog(FormDialog):
    """Add an emission source, or edit one: site, number, name, kind, stack, monitoring
    point, working hours, its driving streams and its abatement η per substance."""

    def __init__(self, parent: QWidget | None, sites: Sequence[SiteRow],
                 materials: Sequence[Choice], points: Sequence[Choice],
                 draft: SourceDraft | None = None) -> None:
        super().__init__(parent, self.tr("Edit emission source") if draft
                         else self.tr("New emission source"))
        self.setMinimumWidth(900)
        self.sites = list(sites)
        self.materials = list(materials)
        d = draft
        self.site_box = combo([(s.name, s.id) for s in self.sites], d.site_id if d else None)
        self.number_edit = QLineEdit(d.number if d else "")
        self.number_edit.setPlaceholderText(self.tr("as on the inventory, e.g. 0001"))
        self.name_edit = QLineEdit(d.name if d else "")
        self.kind_box = combo([(self.tr("organised"), EmissionSourceKind.ORGANISED),
                               (self.tr("fugitive"), EmissionSourceKind.FUGITIVE),
                               (self.tr("discharge to water"), EmissionSourceKind.DISCHARGE)],
                              d.kind if d else None)
        self.mobile_box = QCheckBox(self.tr("mobile (pays no fee)"))
        self.mobile_box.setChecked(bool(d and d.mobile))
        kind_row = QWidget()
        row = QHBoxLayout(kind_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind_box)
        row.addWidget(self.mobile_box, 1)
        self.node_box = QComboBox()
        self.height_edit = _number_edit(d.height_m if d else None)
        self.diameter_edit = _number_edit(d.diameter_m if d else None)
        self.flow_edit = _number_edit(d.gas_flow_m3_s if d else None)
        self.temperature_edit = _number_edit(d.gas_temperature_c if d else None)
        self.stack = QWidget()
        grid = QGridLayout(self.stack)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (caption, edit) in enumerate((
                (self.tr("height, m"), self.height_edit),
                (self.tr("diameter, m"), self.diameter_edit),
                (self.tr("gas flow, m³/s"), self.flow_edit),
                (self.tr("temperature, °C"), self.temperature_edit))):
            grid.addWidget(QLabel(caption), i // 2, (i % 2) * 2)
            grid.addWidget(edit, i // 2, (i % 2) * 2 + 1)
        self.point_box = combo(points, d.monitoring_point_id if d else None,
                               blank=self.tr("none"))
        self.hours_edit = _number_edit(d.hours_per_year if d else None)
        self.hours_edit.setPlaceholderText(self.tr("hours a year"))
        self.note_edit = QLineEdit(d.note if d else "")

        self.streams = _small_table([self.tr("From node"), self.tr("To node"),
                                     self.tr("Material"), self.tr("Activity in the library"),
                                     self.tr("Share")], (0, 1, 2))
        self.abatement = _small_table([self.tr("Equipment"), self.tr("Substance"),
                                       self.tr("Efficiency η")], (0,))
        self.parts = QTabWidget()
        self.parts.addTab(self._with_buttons(self.streams, self.add_stream),
                          self.tr("Driving streams"))
        self.parts.addTab(self._with_buttons(self.abatement, self.add_abatement),
                          self.tr("Abatement"))
        for caption, widget, field in (
                (self.tr("Site"), self.site_box, "site"),
                (self.tr("Number"), self.number_edit, "number"),
                (self.tr("Name"), self.name_edit, "name"),
                (self.tr("Kind"), kind_row, "kind"),
                (self.tr("Process node"), self.node_box, "node"),
                (self.tr("Stack"), self.stack, "height_m"),
                (self.tr("Monitoring point"), self.point_box, "monitoring_point_id"),
                (self.tr("Working hours a year"), self.hours_edit, "hours_per_year"),
                (self.tr("Note"), self.note_edit, "note")):
            self.add_field(caption, widget, field)
        self.form.addRow(self.parts)
        self._field_widgets.update({"streams": self.streams, "abatement": self.abatement,
                                    "diameter_m": self.diameter_edit,
                                    "gas_flow_m3_s": self.flow_edit})
        self.site_box.currentIndexChanged.connect(self._site_changed)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self._site_changed()
        if d:
            self.node_box.setCurrentIndex(max(0, self.node_box.findData(d.node_id)))
            for st in d.streams:
                self.add_stream(st)
            for a in d.abatement:
                self.add_abatement(a)
        self._kind_changed()

    def _with_buttons(self, table: QTableWidget, add) -> QWidget:  # type: ignore[no-untyped-def]
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(4, 4, 4, 4)
        buttons = QHBoxLayout()
        plus = QPushButton(self.tr("Add row"))
        plus.clicked.connect(lambda: add())
        minus = QPushButton(self.tr("Remove row"))
        minus.clicked.connect(lambda: table.removeRow(table.currentRow())
                              if table.currentRow() >= 0 else None)
        buttons.addWidget(plus)
        buttons.addWidget(minus)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addWidget(table, 1)
        if table is self.streams:
            self.add_stream_button, self.remove_stream_button = plus, minus
        else:
            self.add_abatement_button, self.remove_abatement_button = plus, minus
        return page

    def _nodes(self) -> list[Choice]:
        site = next((s for s in self.sites if s.id == self.site_box.currentData()), None)
        return [(n.name, n.id) for n in site.nodes] if site else []

    def _site_changed(self) -> None:
        """Offer the chosen site's nodes (a source's nodes are on its own site)."""
        nodes = self._nodes()
        self.node_box.clear()
        self.node_box.addItem(self.tr("none"), None)
        for text, data in nodes:
            self.node_box.addItem(text, data)
        for r in range(self.streams.rowCount()):
            for c in (0, 1):
                box = self.streams.cellWidget(r, c)
                if isinstance(box, QComboBox):
                    current = box.currentData()
                    box.clear()
                    for text, data in nodes:
                        box.addItem(text, data)
                    box.setCurrentIndex(max(0, box.findData(current)))

    def _kind_changed(self) -> None:
        self.stack.setEnabled(self.kind_box.currentData() == EmissionSourceKind.ORGANISED)

    def add_stream(self, st: StreamDraft | None = None) -> None:
        """A new row of the streams table (filled from `st`)."""
        r = self.streams.rowCount()
        self.streams.insertRow(r)
        nodes = self._nodes()
        self.streams.setCellWidget(r, 0, combo(nodes, st.from_node_id if st else None))
        self.streams.setCellWidget(r, 1, combo(nodes, st.to_node_id if st else None))
        self.streams.setCellWidget(r, 2, combo(self.materials, st.material_id if st else None))
        self.streams.setItem(r, 3, QTableWidgetItem(st.activity if st else ""))
        self.streams.setItem(r, 4, QTableWidgetItem(
            formatting.editable(st.share if st else 1.0)))
        self.streams.setCurrentCell(r, 3)

    def add_abatement(self, a: AbatementDraft | None = None) -> None:
        """A new row of the abatement table (filled from `a`)."""
        r = self.abatement.rowCount()
        self.abatement.insertRow(r)
        self.abatement.setItem(r, 0, QTableWidgetItem(a.equipment if a else ""))
        self.abatement.setItem(r, 1, QTableWidgetItem(a.substance if a else ""))
        self.abatement.setItem(r, 2, QTableWidgetItem(
            formatting.editable(a.efficiency) if a else ""))
        self.abatement.setCurrentCell(r, 0)

    @staticmethod
    def _cell(table: QTableWidget, r: int, c: int) -> str:
        item = table.item(r, c)
        return item.text() if item is not None else ""

    def _streams(self) -> tuple[StreamDraft, ...]:
        out = []
        for r in range(self.streams.rowCount()):
            boxes = [self.streams.cellWidget(r, c) for c in (0, 1, 2)]
            ids = [b.currentData() if isinstance(b, QComboBox) else None for b in boxes]
            if None in ids:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Refusal", "Choose each stream's nodes and material."), field="streams")
            share = number_text(self._cell(self.streams, r, 4), "streams", self.tr("share"),
                                required=True)
            assert share is not None
            out.append(StreamDraft(int(ids[0]), int(ids[1]), int(ids[2]),
                                   self._cell(self.streams, r, 3), share))
        return tuple(out)

    def _abatement(self) -> tuple[AbatementDraft, ...]:
        out = []
        for r in range(self.abatement.rowCount()):
            eta = number_text(self._cell(self.abatement, r, 2), "abatement",
                              self.tr("efficiency η"), required=True)
            assert eta is not None
            out.append(AbatementDraft(self._cell(self.abatement, r, 0),
                                      self._cell(self.abatement, r, 1), eta))
        return tuple(out)

    def draft(self) -> SourceDraft:
        """The source as entered; a number that is not one is refused next to its field."""
        organised = self.kind_box.currentData() == EmissionSourceKind.ORGANISED

        def stack(edit: QLineEdit, field: str, what: str) -> float | None:
            return line_number(edit, field, what) if organised else None

        site_id = self.site_box.currentData()
        if site_id is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Add a site first: a source "
                                                           "belongs to a site."), field="site")
        return SourceDraft(
            int(site_id), self.number_edit.text(), self.name_edit.text(),
            EmissionSourceKind(self.kind_box.currentData()), self.node_box.currentData(),
            self.mobile_box.isChecked(),
            stack(self.height_edit, "height_m", self.tr("height")),
            stack(self.diameter_edit, "diameter_m", self.tr("diameter")),
            stack(self.flow_edit, "gas_flow_m3_s", self.tr("gas flow")),
            stack(self.temperature_edit, "height_m", self.tr("temperature")),
            self.point_box.currentData(),
            line_number(self.hours_edit, "hours_per_year", self.tr("working hours")),
            self._streams(), self._abatement(), self.note_edit.text())


class NormDialog(FormDialog):
    """Add a permit's norm for a source and substance, or edit one: g/s, t/year and
    validity."""

    def __init__(self, parent: QWidget | None, source: Choice, permits: Sequence[Choice],
                 substances: Sequence[str], row: NormRow | None = None) -> None:
        super().__init__(parent, self.tr("Edit permit norm") if row
                         else self.tr("New permit norm"))
        self.source_id = source[1]
        self.permit_box = combo(permits, row.permit_id if row else None)
        self.substance_box = QComboBox()
        self.substance_box.setEditable(True)
        self.substance_box.addItems(list(substances))
        if row:
            self.substance_box.setCurrentText(row.substance)
        self.g_edit = _number_edit(row.g_per_s if row else None)
        self.t_edit = _number_edit(row.t_per_year if row else None)
        today = periods.today()
        self.from_edit = date_edit(row.valid_from if row else date(today.year, 1, 1))
        self.until_edit = date_edit(row.valid_until if row and row.valid_until
                                    else date(today.year + 10, 12, 31))
        self.no_end = QCheckBox(self.tr("no end date"))
        self.no_end.toggled.connect(lambda on: self.until_edit.setEnabled(not on))
        self.no_end.setChecked(bool(row and row.valid_until is None))
        until = QWidget()
        row = QHBoxLayout(until)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.until_edit, 1)
        row.addWidget(self.no_end)
        for caption, widget, field in (
                (self.tr("Source"), QLabel(source[0]), "source"),
                (self.tr("Permit"), self.permit_box, "permit"),
                (self.tr("Substance"), self.substance_box, "substance"),
                (self.tr("g/s"), self.g_edit, "g_per_s"),
                (self.tr("t/year"), self.t_edit, "t_per_year"),
                (self.tr("Valid from"), self.from_edit, "valid_from"),
                (self.tr("Valid until"), until, "valid_until")):
            self.add_field(caption, widget, field)

    def draft(self) -> NormDraft:
        """The norm as entered."""
        permit_id = self.permit_box.currentData()
        if permit_id is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The source's site has no permit "
                                                           "yet: add one in Plant structure."),
                              field="permit")
        return NormDraft(int(permit_id), self.source_id, self.substance_box.currentText(),
                         line_number(self.g_edit, "g_per_s", self.tr("g/s")),
                         line_number(self.t_edit, "t_per_year", self.tr("t/year")),
                         _day(self.from_edit),
                         None if self.no_end.isChecked() else _day(self.until_edit))


class FactorPreviewDialog(FormDialog):
    """What a factor file would change in the library; OK loads it as a new version."""

    def __init__(self, parent: QWidget | None, file_name: str, diff: FactorDiff) -> None:
        super().__init__(parent, self.tr("Load factor file"))
        self.setMinimumWidth(560)
        self.summary = QLabel(
            self.tr("%1: %2 factors — %3 added, %4 removed, %5 changed against the library "
                    "as loaded. OK loads it as a new version.")
            .replace("%1", file_name).replace("%2", formatting.count(diff.entries))
            .replace("%3", formatting.count(len(diff.added)))
            .replace("%4", formatting.count(len(diff.removed)))
            .replace("%5", formatting.count(len(diff.changed))))
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(220)
        parts = [(self.tr("Added"), diff.added), (self.tr("Removed"), diff.removed),
                 (self.tr("Changed"), diff.changed)]
        text = "\n\n".join(f"{title}:\n" + "\n".join(f"  {x}" for x in items)
                            for title, items in parts if items)
        self.details.setPlainText(text or self.tr("The file matches the library as loaded; "
                                                  "nothing would change."))
        self.form.addRow(self.summary)
        self.form.addRow(self.details)
