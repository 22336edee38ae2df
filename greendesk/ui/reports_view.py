"""The Reports section: choose reports, sites and period, see what goes in, export.

The export runs in a worker thread behind a progress dialog (ui/report_export.py, shared with
the waste register's passports); Cancel leaves no file.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from greendesk import periods, settings
from greendesk.i18n_catalog import catalogue_language
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import REPORTS, ReportResult
from greendesk.services import ledger
from greendesk.services.catalog import load_catalog
from greendesk.services.changes import Changes, Entity
from greendesk.services.ledger import LedgerFilter
from greendesk.services.summary import date_range
from greendesk.store.db import Database
from greendesk.ui import file_dialogs, formatting
from greendesk.ui.bus import Bus
from greendesk.ui.kit.periods import PeriodPicker
from greendesk.ui.refusals import shown
from greendesk.ui.report_export import ReportExporter, describe
from greendesk.ui.section import Section


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def window_language() -> str:
    """The language the window shows (make_app sets the default locale): its workbooks are
    written, and recorded on the cover, in it."""
    return catalogue_language(QLocale().name())


class ReportsView(Section):
    """Emits `exported(outcome)` with "written", "cancelled", "nothing" or "failed"."""

    exported = Signal(str)

    def __init__(self, bus: Bus, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(bus, undo_stack, parent)
        self.last_result: ReportResult | None = None
        self.exporter = ReportExporter(self)
        self.exporter.finished.connect(self._finished)
        self._cancel = self.exporter.cancelled

    def build(self) -> None:
        self.open_folder = QPushButton(self.tr("Open the folder"))
        self.open_folder.hide()
        self.open_folder.clicked.connect(self._open_folder)
        self.kinds = QListWidget()
        for kind, report in REPORTS.items():
            item = QListWidgetItem(_translate("reports", report.title))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.kinds.addItem(item)
        self.sites = QListWidget()
        self.picker = PeriodPicker([(self.tr("Year"), "year"), (self.tr("Quarter"), "quarter"),
                                    (self.tr("Month"), "month")], self, complete_year=True)
        self.period_kind, self.period = self.picker.kind, self.picker.period
        self.prepared_by = QLineEdit()
        # The cover's signature block, offered again from the last export (settings.json).
        saved = settings.load()
        self.prepared_position = QLineEdit(saved.prepared_position)
        self.approved_by = QLineEdit(saved.approved_by)
        self.approved_position = QLineEdit(saved.approved_position)
        for edit in (self.prepared_position, self.approved_position):
            edit.setPlaceholderText(self.tr("position"))
        self.prepared_by.setPlaceholderText(self.tr("name"))
        self.approved_by.setPlaceholderText(self.tr("name"))
        prepared_row, approved_row = QHBoxLayout(), QHBoxLayout()
        for row, name, position in ((prepared_row, self.prepared_by, self.prepared_position),
                                    (approved_row, self.approved_by, self.approved_position)):
            row.addWidget(name, 1)
            row.addWidget(position, 1)
        self.output = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_output)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setObjectName("preview")
        self.export_button = QPushButton(self.tr("Export workbook"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(lambda: self.export())

        form = QFormLayout()
        form.addRow(self.tr("Reports"), self.kinds)
        form.addRow(self.tr("Sites"), self.sites)
        form.addRow(self.tr("Period"), self.picker)
        form.addRow(self.tr("Prepared by"), prepared_row)
        form.addRow(self.tr("Approved by"), approved_row)
        form.addRow(self.tr("Save as"), out_row)
        form.addRow(self.tr("Will include"), self.preview)
        bar = QHBoxLayout()
        bar.addWidget(self.message_bar, 1)
        bar.addWidget(self.open_folder)
        layout = self.page_layout()
        layout.addWidget(self.title_label(self.tr("Reports")))
        layout.addLayout(bar)
        layout.addLayout(form)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        for signal in (self.kinds.itemChanged, self.sites.itemChanged, self.picker.changed):
            signal.connect(lambda *_: self.update_preview())

    # -- choices ------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        self.wait()
        super().set_database(db)

    def on_changes(self, changes: Changes) -> None:
        """Records came or went: the periods on offer follow the dates, the choice stays."""
        assert self.db is not None
        self.picker.set_range(*date_range(self.db))
        self.update_preview()

    def load(self) -> None:
        db = self.db
        self.message_bar.hide()
        self.open_folder.hide()
        self.sites.clear()
        if db is None:
            return
        for id_, name in sorted(load_catalog(db).sites.items(), key=lambda kv: kv[1]):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, id_)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sites.addItem(item)
        first, last = date_range(db)
        self.picker.set_range(first, last, keep=False)
        self.update_preview()
        if not self.output.text():
            self.output.setText(str(db.path.parent / "greendesk-report.xlsx"))

    def chosen_kinds(self) -> list[str]:
        return [self.kinds.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.kinds.count())
                if self.kinds.item(i).checkState() == Qt.CheckState.Checked]

    def chosen_sites(self) -> list[int] | None:
        ids = [self.sites.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.sites.count())
               if self.sites.item(i).checkState() == Qt.CheckState.Checked]
        return None if len(ids) == self.sites.count() else ids

    def update_preview(self) -> None:
        if self.db is None or self.period.currentData() is None:
            self.preview.setText(self.tr("Nothing: the database has no flow records yet."))
            return
        p = self.period.currentData()
        sites = self.chosen_sites()
        cat = load_catalog(self.db)
        chosen = sites if sites is not None else list(cat.sites)
        records = sum(ledger.count(self.db, LedgerFilter(p.start, p.end, site_id=s), cat)
                      for s in chosen)
        kinds = self.chosen_kinds()
        self.preview.setText(self.tr(
            "%1 report(s) for %2 site(s), %3; %4 flow records in the period.")
            .replace("%1", str(len(kinds))).replace("%2", str(len(chosen)))
            .replace("%3", shown(periods.name(p))).replace("%4", formatting.count(records)))
        self.export_button.setEnabled(bool(kinds) and bool(chosen))

    def choose_output(self) -> None:
        path, _ = file_dialogs.save_file(self, self.tr("Save the report as"),
                                         self.output.text(),
                                         self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.output.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    # -- export -------------------------------------------------------------------------
    def export(self, target: Path | None = None) -> None:
        if self.db is None or self.exporter.busy():
            return
        target = Path(target or self.output.text())
        p = self.period.currentData()
        if p is None:
            return
        signatures = {key: settings.one_line(getattr(self, key).text())
                      for key in settings.SIGNATURE_FIELDS}
        with contextlib.suppress(OSError):  # not remembered: the export does not need it
            settings.set_signatures(**signatures)  # the next export's defaults
        ctx = ReportContext(self.db, p, self.chosen_sites(), self.prepared_by.text().strip(),
                            **signatures,
                            translate=_translate, language=window_language(),
                            progress=self.exporter.on_progress())
        self.exporter.start(self.chosen_kinds(), ctx, target)

    def cancel(self) -> None:
        self.exporter.cancel()

    def wait(self) -> None:
        self.exporter.wait()

    def _finished(self, outcome: object) -> None:
        text, kind, name = describe(outcome)
        self.open_folder.hide()
        self.message_bar.show_message(text, kind)
        if isinstance(outcome, ReportResult):
            self.last_result = outcome
            self.open_folder.show()
            if outcome.export_entry is not None:
                self.bus.announce(Changes.of(Entity.AUDIT_ENTRY))
        self.exported.emit(name)

    def _open_folder(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path.parent)))
