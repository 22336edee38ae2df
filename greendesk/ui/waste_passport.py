"""A waste type's passport data, as the officer enters it: the composition (a small table:
component, share, unit, basis), the basis of each hazardous property, the precautions for
handling, transport and storage, and who prepared the passport on which date.

The form builds a PassportDraft; the waste view hands it to services.waste_passport's
SetPassport through the undo stack. Nothing here fills a field in for the officer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.errors import DomainError
from greendesk.models import ShareUnit
from greendesk.periods import year
from greendesk.services.changes import Entity
from greendesk.services.waste import WasteTypeRow
from greendesk.services.waste_codes import HP_PROPERTIES
from greendesk.services.waste_passport import (
    ComponentDraft,
    PassportDraft,
    SetPassport,
    get_passport,
)
from greendesk.ui import formatting
from greendesk.ui.forms import FactDateEdit, FormDialog
from greendesk.ui.kit.numbers import number_text
from greendesk.ui.refusals import shown
from greendesk.ui.undo import perform

UNITS = [u.value for u in ShareUnit]


class PassportDialog(FormDialog):
    """Edit a waste type's passport data; OK replaces it as a whole."""

    def __init__(self, parent: QWidget | None, row: WasteTypeRow, data: PassportDraft) -> None:
        super().__init__(parent, self.tr("Passport data of “%s”") % row.name)
        # wide enough for the basis's long heading beside a component's name (in Russian the
        # labels take a third of it); still inside a 1280×720 screen
        self.setMinimumWidth(960)
        self.row = row
        self.composition = QTableWidget(0, 4)
        self.composition.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Share"), self.tr("Unit"),
             self.tr("Basis (protocol No., date, or calculation)")])
        header = self.composition.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.composition.setColumnWidth(0, 180)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        basis = self.composition.horizontalHeaderItem(3)
        basis.setToolTip(basis.text())
        self.composition.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.composition.setMinimumHeight(150)
        self.add_row = QPushButton(self.tr("Add component"))
        self.remove_row = QPushButton(self.tr("Remove component"))
        self.add_row.clicked.connect(lambda: self.add_component())
        self.remove_row.clicked.connect(self.remove_selected)
        for c in data.components:
            self.add_component(c)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.composition)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_row)
        buttons.addWidget(self.remove_row)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.add_field(self.tr("Composition"), box, "components")

        given = dict(data.hp_basis)
        self.hazard = QTableWidget(len(row.hp_properties), 2)
        self.hazard.setHorizontalHeaderLabels([self.tr("Property"), self.tr("Basis")])
        self.hazard.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.hazard.setMaximumHeight(40 + 30 * max(1, len(row.hp_properties)))
        for i, code in enumerate(row.hp_properties):
            item = QTableWidgetItem(
                f"{code} — {QCoreApplication.translate('waste', HP_PROPERTIES[code])}")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.hazard.setItem(i, 0, item)
            self.hazard.setItem(i, 1, QTableWidgetItem(given.get(code, "")))
        self.hazard.resizeColumnToContents(0)
        if row.hp_properties:
            self.add_field(self.tr("Basis of each hazardous property"), self.hazard, "hp_basis")
        self.handling = self._text(data.handling)
        self.transport = self._text(data.transport)
        self.storage = self._text(data.storage)
        self.prepared_by = QLineEdit(data.prepared_by)
        self.dated = QCheckBox(self.tr("entered"))
        self.prepared_on = FactDateEdit(data.prepared_on)
        self.dated.setChecked(data.prepared_on is not None)
        self.prepared_on.setEnabled(self.dated.isChecked())
        self.dated.toggled.connect(self.prepared_on.setEnabled)
        when = QWidget()
        when_box = QHBoxLayout(when)
        when_box.setContentsMargins(0, 0, 0, 0)
        when_box.addWidget(self.dated)
        when_box.addWidget(self.prepared_on, 1)
        for caption, widget, field in (
                (self.tr("Handling precautions"), self.handling, "handling"),
                (self.tr("Transport precautions"), self.transport, "transport"),
                (self.tr("Storage precautions"), self.storage, "storage"),
                (self.tr("Prepared by"), self.prepared_by, "prepared_by"),
                (self.tr("Passport date"), when, "prepared_on")):
            self.add_field(caption, widget, field)

    def _text(self, value: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(48)
        edit.setPlaceholderText(self.tr("not entered"))
        return edit

    def add_component(self, c: ComponentDraft | None = None) -> int:
        """A row of the composition table (empty, or showing `c`); its index."""
        r = self.composition.rowCount()
        self.composition.insertRow(r)
        self.composition.setItem(r, 0, QTableWidgetItem(c.name if c else ""))
        self.composition.setItem(r, 1, QTableWidgetItem(
            formatting.editable(c.share) if c else ""))
        unit = QComboBox()
        for symbol in UNITS:  # "mg/kg" is "мг/кг" in Russian and Kazakh
            unit.addItem(formatting.unit(symbol), symbol)
        unit.setCurrentIndex(UNITS.index(str(c.unit)) if c else 0)
        self.composition.setCellWidget(r, 2, unit)
        self.composition.setItem(r, 3, QTableWidgetItem(c.basis if c else ""))
        self.composition.setCurrentCell(r, 0)
        return r

    def remove_selected(self) -> None:
        r = self.composition.currentRow()
        if r >= 0:
            self.composition.removeRow(r)

    def _cell(self, r: int, c: int) -> str:
        item = self.composition.item(r, c)
        return item.text() if item is not None else ""

    def components(self) -> tuple[ComponentDraft, ...]:
        """The table's rows as drafts; a row left wholly empty is skipped."""
        out = []
        for r in range(self.composition.rowCount()):
            name, share, basis = (self._cell(r, c).strip() for c in (0, 1, 3))
            if not (name or share or basis):
                continue
            what = self.tr("share of %s") % (name or self.tr("row %d") % (r + 1))
            value = number_text(share, "components", what, required=True, comma_decimal=True)
            unit = self.composition.cellWidget(r, 2)
            assert isinstance(unit, QComboBox) and value is not None
            out.append(ComponentDraft(name, value, unit.currentData(), basis))
        return tuple(out)

    def draft(self) -> PassportDraft:
        hp = []
        for i in range(self.hazard.rowCount()):
            code = self.hazard.item(i, 0).data(Qt.ItemDataRole.UserRole)
            basis = self.hazard.item(i, 1)
            hp.append((code, basis.text() if basis is not None else ""))
        return PassportDraft(
            self.components(), tuple(hp), self.handling.toPlainText(),
            self.transport.toPlainText(), self.storage.toPlainText(), self.prepared_by.text(),
            self.prepared_on.day() if self.dated.isChecked() else None)


class PassportActions:
    """The waste register's passport actions (a mixin of WasteView): Passport data… edits
    the selected type's data through the undo stack; Passport… writes its workbook the way
    the Reports section writes one (ui/report_export.py)."""

    def make_exporter(self) -> None:
        from greendesk.ui.report_export import ReportExporter

        self.exporter = ReportExporter(self)  # type: ignore[arg-type]
        self.exporter.finished.connect(self._passport_written)

    def edit_passport(self) -> None:
        """The selected waste type's composition and passport data; undoable."""
        row = self.selected_type()
        if self.db is None or row is None:
            self.show_error(self.tr("Select a waste type in the list first."))
            return
        db = self.db
        try:
            data = get_passport(db, row.id)
        except DomainError as exc:
            self.show_error(shown(exc))
            return
        dlg = PassportDialog(self, row, data)

        def submit() -> None:
            perform(self.undo_stack, SetPassport(row.id, dlg.draft()), db, self.bus,
                    self.tr("Edit the passport data of “%s”") % row.name, self.show_error)
            self.message_bar.show_message(
                self.tr("Passport data of “%s” saved; undo with Ctrl+Z.") % row.name, "info")
        self.open_dialog(dlg, submit)

    def export_passport(self, target: Path | None = None) -> None:
        """Write the selected hazardous waste type's passport, to `target` or a file chosen
        in the save dialog, as the Reports section writes its workbooks."""
        row = self.selected_type()
        if self.db is None or row is None:
            self.show_error(self.tr("Select a waste type in the list first."))
            return
        if not row.hazardous:
            self.show_error(self.tr("“%s” is not a hazardous waste; passports are made for "
                                    "hazardous waste only.") % row.name)
            return
        if target is None:
            from greendesk.filenames import safe_file_name
            from greendesk.ui import file_dialogs

            start = self.db.path.parent / safe_file_name(f"passport {row.name}.xlsx")
            path, _ = file_dialogs.save_file(self, self.tr("Save the passport as"), str(start),
                                             self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
            target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        from greendesk.reports.context import ReportContext
        from greendesk.ui.reports_view import _translate, window_language

        ctx = ReportContext(self.db, year(self.today.year), [row.site_id], translate=_translate,
                            language=window_language(), progress=self.exporter.on_progress(),
                            waste_type_id=row.id)
        self.exporter.start(["passport"], ctx, target)

    def _passport_written(self, outcome: object) -> None:
        from greendesk.reports.registry import ReportResult
        from greendesk.services.changes import Changes
        from greendesk.ui.report_export import describe

        text, kind, name = describe(outcome)
        self.message_bar.show_message(text, kind)
        if isinstance(outcome, ReportResult) and outcome.export_entry is not None:
            self.bus.announce(Changes.of(Entity.AUDIT_ENTRY))
        self.passport_exported.emit(name)
