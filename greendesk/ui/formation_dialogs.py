"""Forms of the formations section: a formation, a sample with its assays, a block, and the
screening assumptions (the defaults, or one formation's own)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from greendesk.analysis import formations as an
from greendesk.errors import DomainError
from greendesk.models import (
    ConsequenceClass,
    ConstructionMethod,
    FormationKind,
    FormationStatus,
    GradeUnit,
)
from greendesk.readers.tabular import parse_date
from greendesk.services import formations as fs
from greendesk.ui import formation_labels as fl
from greendesk.ui import formatting
from greendesk.ui.forms import FactDateEdit, FormDialog
from greendesk.ui.kit.combos import combo
from greendesk.ui.kit.numbers import line_number, number_text


def parse_optional(edit: QLineEdit, field: str, what: str) -> float | None:
    """The number typed in an edit (decimal comma or point, spaces between thousands)."""
    return line_number(edit, field, what, comma_decimal=True)


def _year(edit: QLineEdit, field: str, what: str) -> int | None:
    text = edit.text().strip()
    if not text:
        return None
    if not text.isdigit():
        raise DomainError(QCoreApplication.translate("FormationDialog", "%1: %2 is not a year.")
                          .replace("%1", what).replace("%2", repr(text)), field=field)
    return int(text)


def _shown(value: float | None, decimals: int = 3) -> str:
    return formatting.editable(value, decimals)


class FormationDialog(FormDialog):
    """All of a formation's particulars, in two columns; the missing one of tonnage, volume
    and density is shown as it would be derived."""

    def __init__(self, parent: QWidget | None, sites: list[tuple[int, str]],
                 nodes: list[tuple[int, int, str]], row: fs.FormationRow | None = None) -> None:
        super().__init__(parent, self.tr("Edit formation") if row else self.tr("New formation"))
        self.setMinimumWidth(820)
        self.nodes = nodes
        d = row.draft() if row else fs.FormationDraft("", FormationKind.TAILINGS,
                                                       FormationStatus.OPERATING)
        outer = self.layout()
        outer.removeItem(self.form)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 1)
        self.form2 = QFormLayout()
        columns.addLayout(self.form2, 1)
        outer.insertLayout(0, columns)

        self.name = QLineEdit(d.name)
        self.kind = combo(fl.items(FormationKind), d.kind)
        self.status = combo(fl.items(FormationStatus), d.status)
        self.site = combo([(n, i) for i, n in sites], d.site_id,
                           blank=self.tr("(no site: an external register)"))
        if row is None and sites:  # most formations the officer adds are the plant's own
            self.site.setCurrentIndex(1)
        self.node = QComboBox()
        self.latitude = QLineEdit(_shown(d.latitude, 6))
        self.longitude = QLineEdit(_shown(d.longitude, 6))
        self.year_from = QLineEdit("" if d.year_from is None else str(d.year_from))
        self.year_to = QLineEdit("" if d.year_to is None else str(d.year_to))
        self.area = QLineEdit(_shown(d.area_ha, 2))
        self.tonnage = QLineEdit(_shown(d.tonnage_t, 0))
        self.tonnage.setToolTip(self.tr(
            "Linked to a stock node, a formation holds its opening tonnage plus what the "
            "ledger placed in it; a tonnage typed here is then a survey checked against that."))
        self.volume = QLineEdit(_shown(d.volume_m3, 0))
        self.density = QLineEdit(_shown(d.density_t_m3, 3))
        self.figures_hint = QLabel(self)
        self.figures_hint.setObjectName("preview")
        self.figures_hint.setWordWrap(True)
        self.opening = QLineEdit(_shown(d.opening_tonnage_t, 0))
        self.opening_date = QLineEdit("" if d.opening_date is None
                                      else formatting.day(d.opening_date))
        self.opening_date.setPlaceholderText(self.tr("YYYY-MM-DD: placements count from it"))
        self.capacity_m3 = QLineEdit(_shown(d.capacity_m3, 0))
        self.capacity_t = QLineEdit(_shown(d.capacity_t, 0))
        self.height = QLineEdit(_shown(d.height_m, 1))
        self.method = combo(fl.items(ConstructionMethod), d.construction_method,
                             blank=self.tr("(not known)"))
        self.consequence = combo(fl.items(ConsequenceClass), d.consequence_class,
                                  blank=self.tr("(not classified)"))
        self.waste_code = QLineEdit(d.waste_code or "")
        self.waste_code.setPlaceholderText(self.tr("e.g. 01 03 06"))
        self.hazardous = combo([(self.tr("Not known"), None), (self.tr("Hazardous"), True),
                                 (self.tr("Not hazardous"), False)])
        self.hazardous.setCurrentIndex(max(0, self.hazardous.findData(d.hazardous)))
        self.responsible = QLineEdit(d.responsible)
        self.operator = QLineEdit(d.operator)
        self.locality = QLineEdit(d.locality)
        self.external_id = QLineEdit(d.external_id or "")
        self.documents = QPlainTextEdit(d.documents)
        self.documents.setFixedHeight(54)
        self.note = QLineEdit(d.note)
        for caption, w, f in (
                (self.tr("Name"), self.name, "name"), (self.tr("Kind"), self.kind, "kind"),
                (self.tr("Status"), self.status, "status"), (self.tr("Site"), self.site, "site"),
                (self.tr("Stock node (placements)"), self.node, "node"),
                (self.tr("Tonnage, t"), self.tonnage, "tonnage_t"),
                (self.tr("Volume, m³"), self.volume, "volume_m3"),
                (self.tr("Bulk density, t/m³"), self.density, "density_t_m3"),
                ("", self.figures_hint, "figures"),
                (self.tr("Opening tonnage, t"), self.opening, "opening_tonnage_t"),
                (self.tr("Opening date"), self.opening_date, "opening_date"),
                (self.tr("Area, ha"), self.area, "area_ha"),
                (self.tr("Height, m"), self.height, "height_m")):
            self.add_field(caption, w, f)
        for caption, w, f in (
                (self.tr("Latitude"), self.latitude, "latitude"),
                (self.tr("Longitude"), self.longitude, "longitude"),
                (self.tr("Placement from (year)"), self.year_from, "year_from"),
                (self.tr("Placement to (year)"), self.year_to, "year_to"),
                (self.tr("Construction method"), self.method, "construction_method"),
                (self.tr("Consequence class"), self.consequence, "consequence_class"),
                (self.tr("Design capacity, m³"), self.capacity_m3, "capacity_m3"),
                (self.tr("Design capacity, t"), self.capacity_t, "capacity_t"),
                (self.tr("List of Waste code"), self.waste_code, "waste_code"),
                (self.tr("Hazard"), self.hazardous, "hazardous"),
                (self.tr("Responsible person"), self.responsible, "responsible"),
                (self.tr("Operator"), self.operator, "operator"),
                (self.tr("Locality"), self.locality, "locality"),
                (self.tr("Identifier in a register"), self.external_id, "external_id"),
                (self.tr("Documents"), self.documents, "documents"),
                (self.tr("Note"), self.note, "note")):
            self.form2.addRow(caption, w)
            self._field_widgets[f] = w
        self.site.currentIndexChanged.connect(self._fill_nodes)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.tonnage, self.volume, self.density):
            edit.textChanged.connect(self._update_hint)
        self._fill_nodes()
        if d.node_id is not None:
            self.node.setCurrentIndex(max(0, self.node.findData(d.node_id)))
        self._kind_changed()
        self._update_hint()

    def _fill_nodes(self) -> None:
        site_id = self.site.currentData()
        self.node.clear()
        self.node.addItem(self.tr("(not linked)"), None)
        for node_id, node_site, name in self.nodes:
            if node_site == site_id:
                self.node.addItem(name, node_id)

    def _kind_changed(self) -> None:
        tailings = self.kind.currentData() == FormationKind.TAILINGS
        self.method.setEnabled(tailings)
        if not tailings:
            self.method.setCurrentIndex(0)

    def _update_hint(self) -> None:
        try:
            t = parse_optional(self.tonnage, "tonnage_t", "")
            v = parse_optional(self.volume, "volume_m3", "")
            d = parse_optional(self.density, "density_t_m3", "")
        except DomainError:
            self.figures_hint.setText("")
            return
        fig = an.reconcile_tonnage(t, v, d)
        if fig.note:
            self.figures_hint.setText(self.tr("The three figures disagree: check them.")
                                      if fig.derived is None else
                                      self.tr("The derived density is implausible."))
        elif fig.derived == "tonnage":
            self.figures_hint.setText(self.tr("= %1 t").replace(
                "%1", formatting.number(fig.tonnage_t or 0.0, decimals=0)))
        elif fig.derived == "volume":
            self.figures_hint.setText(self.tr("= %1 m³").replace(
                "%1", formatting.number(fig.volume_m3 or 0.0, decimals=0)))
        elif fig.derived == "density":
            self.figures_hint.setText(self.tr("= %1 t/m³").replace(
                "%1", formatting.number(fig.density_t_m3 or 0.0, decimals=3)))
        else:
            self.figures_hint.setText("")

    def draft(self) -> fs.FormationDraft:
        text = self.opening_date.text().strip()
        try:
            opening = parse_date(text) if text else None
        except ValueError:
            raise DomainError(self.tr("The opening date %1 is not a date; write %2.")
                              .replace("%1", repr(text))
                              .replace("%2", formatting.day(date(2023, 1, 1))),
                              field="opening_date") from None
        num = parse_optional
        return fs.FormationDraft(
            name=self.name.text(), kind=self.kind.currentData(),
            status=self.status.currentData(), site_id=self.site.currentData(),
            node_id=self.node.currentData(),
            latitude=num(self.latitude, "latitude", self.tr("Latitude")),
            longitude=num(self.longitude, "longitude", self.tr("Longitude")),
            year_from=_year(self.year_from, "year_from", self.tr("Placement from")),
            year_to=_year(self.year_to, "year_to", self.tr("Placement to")),
            area_ha=num(self.area, "area_ha", self.tr("Area")),
            volume_m3=num(self.volume, "volume_m3", self.tr("Volume")),
            density_t_m3=num(self.density, "density_t_m3", self.tr("Bulk density")),
            tonnage_t=num(self.tonnage, "tonnage_t", self.tr("Tonnage")),
            capacity_m3=num(self.capacity_m3, "capacity_m3", self.tr("Design capacity")),
            capacity_t=num(self.capacity_t, "capacity_t", self.tr("Design capacity")),
            opening_tonnage_t=num(self.opening, "opening_tonnage_t",
                                  self.tr("Opening tonnage")),
            opening_date=opening, height_m=num(self.height, "height_m", self.tr("Height")),
            construction_method=self.method.currentData(),
            consequence_class=self.consequence.currentData(),
            waste_code=self.waste_code.text() or None, hazardous=self.hazardous.currentData(),
            responsible=self.responsible.text(), documents=self.documents.toPlainText(),
            operator=self.operator.text(), locality=self.locality.text(),
            external_id=self.external_id.text() or None, note=self.note.text())


GRADE_UNITS = ("%", "g/t", "ppm", "ppb", "kg/t")


class SampleDialog(FormDialog):
    """A sample and its assays: one line per component; an empty grade is not assayed."""

    def __init__(self, parent: QWidget | None, formation_id: int,
                 components: list[fs.ComponentRow], blocks: list[fs.BlockRow],
                 row: fs.SampleRow | None = None) -> None:
        super().__init__(parent, self.tr("Edit sample") if row else self.tr("New sample"))
        self.formation_id = formation_id
        self.components = components
        self.code = QLineEdit(row.code if row else "")
        self.block = combo([(f"{b.name} ({formatting.number(b.tonnage_t, decimals=0)} t)",
                              b.id) for b in blocks], row.block_id if row else None,
                            blank=self.tr("(no block)"))
        self.taken_on = FactDateEdit(row.taken_on if row else None, self)
        self.depth = QLineEdit(_shown(row.depth_m, 2) if row else "")
        self.note = QLineEdit(row.note if row else "")
        self.assays = QTableWidget(len(components), 3, self)
        self.assays.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Grade"),
                                               self.tr("Unit")])
        self.assays.verticalHeader().hide()
        self.assays.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.assays.setMinimumHeight(min(60 + 30 * len(components), 300))
        given = {a.component: a for a in row.assays} if row else {}
        self._units: list[QComboBox] = []
        for r, c in enumerate(components):
            name = QTableWidgetItem(f"{c.code} — {c.name}")
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.assays.setItem(r, 0, name)
            a = given.get(c.code)
            self.assays.setItem(r, 1, QTableWidgetItem(_shown(a.grade_entered, 6) if a else ""))
            unit = QComboBox()
            for symbol in GRADE_UNITS:  # shown «г/т», stored "g/t"
                unit.addItem(formatting.unit(symbol), symbol)
            unit.setCurrentIndex(max(0, unit.findData(a.unit_entered if a else c.unit.value)))
            self.assays.setCellWidget(r, 2, unit)
            self._units.append(unit)
        self.add_field(self.tr("Sample"), self.code, "code")
        self.add_field(self.tr("Block or zone"), self.block, "block")
        self.add_field(self.tr("Taken on"), self.taken_on, "taken_on")
        self.add_field(self.tr("Depth, m"), self.depth, "depth_m")
        self.add_field(self.tr("Assays"), self.assays, "assays")
        self.add_field(self.tr("Note"), self.note, "note")

    def set_grade(self, code: str, text: str, unit: str | None = None) -> None:
        for r, c in enumerate(self.components):
            if c.code == code:
                self.assays.item(r, 1).setText(text)
                if unit:
                    self._units[r].setCurrentIndex(self._units[r].findData(unit))
                return
        raise KeyError(code)

    def draft(self) -> fs.SampleDraft:
        from greendesk.readers.tabular import parse_number

        assays = []
        for r, c in enumerate(self.components):
            text = self.assays.item(r, 1).text().strip()
            if not text:
                continue
            try:
                grade = parse_number(text, decimal_comma=True if "," in text and "." not in text
                                     else None)
            except ValueError:
                raise DomainError(f"The grade of {c.code}, {text!r}, is not a number.",
                                  field="assays") from None
            assays.append(fs.AssayDraft(c.code, grade, self._units[r].currentData()))
        qd = self.taken_on.date()
        return fs.SampleDraft(self.formation_id, self.code.text(), tuple(assays),
                              self.block.currentData(), date(qd.year(), qd.month(), qd.day()),
                              parse_optional(self.depth, "depth_m", self.tr("Depth")),
                              self.note.text())


class BlockDialog(FormDialog):
    def __init__(self, parent: QWidget | None, row: fs.BlockRow | None = None) -> None:
        super().__init__(parent, self.tr("Edit block") if row else self.tr("New block"))
        self.name = QLineEdit(row.name if row else "")
        self.tonnage = QLineEdit(_shown(row.tonnage_t, 0) if row else "")
        self.note = QLineEdit(row.note if row else "")
        self.add_field(self.tr("Block or zone"), self.name, "name")
        self.add_field(self.tr("Tonnage, t"), self.tonnage, "tonnage_t")
        self.add_field(self.tr("Note"), self.note, "note")

    def values(self) -> tuple[str, float, str]:
        t = parse_optional(self.tonnage, "tonnage_t", self.tr("Tonnage"))
        if t is None:
            raise DomainError("Give the block's tonnage.", field="tonnage_t")
        return self.name.text(), t, self.note.text()


class AssumptionsDialog(FormDialog):
    """Price, recovery and processing cost per component: the defaults, or one formation's
    own (an empty cell uses the default, shown greyed)."""

    COLUMNS = ("price_per_t", "recovery_pct", "cost_per_t")

    def __init__(self, parent: QWidget | None, components: list[fs.ComponentRow],
                 overrides: dict[int, an.Assumptions] | None = None,
                 formation: str | None = None) -> None:
        title = self.tr("Assumptions for %1").replace("%1", formation) if formation else \
            self.tr("Default screening assumptions")
        super().__init__(parent, title)
        self.setMinimumWidth(900)
        self.components = components
        self.own = overrides is not None
        heads = [self.tr("Component"), self.tr("Price per t of metal, %1").replace(
            "%1", fs.CURRENCY), self.tr("Recovery, %"),
            self.tr("Processing cost per t, %1").replace("%1", fs.CURRENCY)]
        self.table = QTableWidget(len(components), 4, self)
        self.table.setHorizontalHeaderLabels(heads)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setMinimumHeight(60 + 30 * len(components))
        for r, c in enumerate(components):
            label = f"{c.code} ({formatting.unit(c.unit.value)})"
            if self.own:
                dflt = c.defaults
                label += "  " + self.tr("default: %1 · %2 % · %3").replace(
                    "%1", _shown(dflt.price_per_t, 0) or "—").replace(
                    "%2", _shown(dflt.recovery_pct, 1) or "—").replace(
                    "%3", _shown(dflt.cost_per_t, 2) or "—")
            name = QTableWidgetItem(label)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, name)
            own = (overrides or {}).get(c.id, an.Assumptions())
            for k, key in enumerate(self.COLUMNS, start=1):
                default = getattr(c.defaults, key)
                value = getattr(own, key) if self.own else default
                item = QTableWidgetItem(_shown(value, 4))
                if self.own and value is None and default is not None:
                    item.setToolTip(self.tr("Default: %1").replace("%1", _shown(default, 4)))
                self.table.setItem(r, k, item)
        self.add_field("", self.table, "assumptions")
        if self.own:
            hint = QLabel(self.tr("Leave a cell empty to use the default."))
            hint.setWordWrap(True)
            self.form.addRow("", hint)
        else:
            self.new_code = QLineEdit()
            self.new_code.setPlaceholderText(self.tr("code, e.g. Mo"))
            self.new_unit = combo([("%", GradeUnit.PERCENT),
                                   (formatting.unit("g/t"), GradeUnit.GRAM_PER_TONNE)])
            self.add_button = QPushButton(self.tr("Add component"))
            row = QHBoxLayout()
            row.addWidget(self.new_code, 1)
            row.addWidget(self.new_unit)
            row.addWidget(self.add_button)
            holder = QWidget(self)
            holder.setLayout(row)
            self.add_field(self.tr("Another component"), holder, "code")

    def set_cell(self, code: str, key: str, text: str) -> None:
        r = next(i for i, c in enumerate(self.components) if c.code == code)
        self.table.item(r, 1 + self.COLUMNS.index(key)).setText(text)

    def values(self) -> dict[int, an.Assumptions]:
        out = {}
        for r, c in enumerate(self.components):
            nums = [number_text(self.table.item(r, k).text(), key,
                               f"{c.code}, {self.table.horizontalHeaderItem(k).text()}",
                               comma_decimal=True)
                    for k, key in enumerate(self.COLUMNS, start=1)]
            out[c.id] = an.Assumptions(*nums)
        return out
