"""The flow ledger section: filters, the big table, totals, the entry panel, import."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from greendesk import periods
from greendesk.errors import DomainError
from greendesk.services import ledger
from greendesk.services.catalog import load_catalog
from greendesk.services.changes import Changes, Entity
from greendesk.services.flow_grades import SetFlowGrades
from greendesk.services.flows import AddFlows, DeleteFlows, EditFlow, FlowDraft, FlowRow, edit_field
from greendesk.services.summary import date_range
from greendesk.store.db import Database
from greendesk.ui import file_dialogs, formatting, labels
from greendesk.ui.bus import Bus
from greendesk.ui.flow_entry import FlowEntryPanel
from greendesk.ui.flow_import_ui import FlowImportController
from greendesk.ui.icons import icon
from greendesk.ui.kit.empty import EmptyHint
from greendesk.ui.kit.tables import row_view
from greendesk.ui.ledger_filters import LedgerFilterBar
from greendesk.ui.ledger_model import COLUMNS, FlowTableModel
from greendesk.ui.refusals import shown
from greendesk.ui.section import Section
from greendesk.ui.undo import perform


class _TotalsSignals(QObject):
    """Carries a worker thread's totals back to the window's thread (queued connection)."""

    done = Signal(int, object)


class LedgerView(Section):
    EAGER = False  # a million rows are fetched only for the officer's eyes

    def __init__(self, bus: Bus, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(bus, undo_stack, parent)
        self.undo_stack: QUndoStack = undo_stack
        # Totals of a million rows take a few hundred ms: summed off the main thread so
        # typing never freezes; results of superseded filters are dropped.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ledger-totals")
        self._pending: Future | None = None
        self._generation = 0
        self._range: tuple[date | None, date | None] = (None, None)  # the records' dates

    def build(self) -> None:
        self.make_toolbar()
        self.act_new = self.add_action(self.tr("New record"), "add", self.focus_entry,
                                       QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.act_delete = self.add_action(self.tr("Delete"), "delete", self.delete_selected,
                                          QKeySequence.StandardKey.Delete)
        self.act_copy = self.add_action(self.tr("Copy"), "rename", self.copy_selected,
                                        QKeySequence.StandardKey.Copy)
        self.act_copy.setIcon(icon("materials"))
        self.toolbar.addSeparator()
        self.act_import = self.add_action(self.tr("Import…"), "import", self.import_file)
        self.act_template = self.add_action(self.tr("Import template…"), "template",
                                            self.save_template)
        self.filters = LedgerFilterBar(self)
        self.model = FlowTableModel(self)
        self.model.on_edit = self._inline_edit
        self.table = row_view(self, single=False, sorting=True)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((90, 150, 190, 190, 150, 100, 60, 130, 95, 95)):
            self.table.setColumnWidth(col, width)
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self.footer = QLabel(self)
        self.footer.setObjectName("ledgerFooter")
        self.footer.setWordWrap(True)  # the totals run long in Russian and Kazakh
        self.importer = FlowImportController(self, self.bus, self.undo_stack, self.message_bar)
        self.entry = FlowEntryPanel(self)
        self.entry.submitted.connect(self.add_record)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.footer)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.entry)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)  # the entry panel may be folded away on small screens
        splitter.setSizes([900, 300])
        layout = self.page_layout()
        header = QHBoxLayout()
        header.addWidget(self.title_label(self.tr("Flow ledger")))
        header.addStretch(1)
        layout.addLayout(header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)

        self._totals_timer = QTimer(self)
        self._totals_timer.setSingleShot(True)
        self._totals_timer.timeout.connect(self._start_totals)
        self._totals_signals = _TotalsSignals(self)
        self._totals_signals.done.connect(self._show_totals)
        self.filters.changed.connect(self._filter_changed)

    # -- data ---------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        """Remember the database; the ledger loads when it is shown."""
        self.wait_for_background()
        super().set_database(db)

    def database_set(self) -> None:
        self.message_bar.hide()

    def load(self) -> None:
        if self.db is None:
            self.model.set_source(None, None)
            return
        catalog = load_catalog(self.db)
        first, last = date_range(self.db)
        self._range = (first, last)
        if last is not None:
            self.entry.set_date(last)
        self.filters.set_catalog(catalog, first, last)
        self.entry.set_catalog(catalog)
        self.model.filter = self.filters.current()
        self.model.set_source(self.db, catalog)
        self.importer.db = self.db
        writable = not self.db.read_only
        for act in (self.act_new, self.act_delete, self.act_import):
            act.setEnabled(writable)
        self.entry.setEnabled(writable)
        self._schedule_totals()

    def _empty_text(self) -> str:
        """What the empty ledger says: set up the plant, enter a first record, or widen
        the filter."""
        catalog = self.model.catalog if self.db is not None else None
        if catalog is None or not catalog.nodes or not catalog.materials:
            return self.tr("Set up the plant first: its sites and nodes in Plant structure, "
                           "what flows between them in Materials. Then enter flows here.")
        if date_range(self.db)[1] is None:
            return self.tr("No flow records yet. Enter one in the panel on the right, or "
                           "fill the import template (Import template…) and Import… a month "
                           "at once.")
        return self.tr("No records match the filters; choose \"All periods\" or another "
                       "site, node or material.")

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Entity.SITE, Entity.NODE, Entity.MATERIAL):
            self.reload()
        elif changes.touches(Entity.FLOW, Entity.ASSAY) and not self._stale:
            self._dates_changed()
            self.model.refresh_rows()
            self._schedule_totals()

    def _dates_changed(self) -> None:
        """After records came or went (an import, say): the period pickers offer the months
        the records now span, and when a later month arrived, new entries default to it."""
        if self.db is None:
            return
        first, last = date_range(self.db)
        old_last = self._range[1]
        if (first, last) == self._range:
            return
        self._range = (first, last)
        self.filters.picker.set_range(first, last)
        if last is not None and (old_last is None or last > old_last):
            self.entry.set_date(last)

    def _filter_changed(self, f) -> None:  # type: ignore[no-untyped-def]
        self.model.set_filter(f)
        period = self.filters.picker.current()
        if period is not None and periods.kind(period) == "month" and not (
                period.start <= self.entry.date.date().toPython() <= period.end):
            self.entry.set_date(min(period.start, periods.today()))  # the month worked on
        self._schedule_totals()

    def _schedule_totals(self) -> None:
        self._generation += 1  # results of older filters are dropped when they arrive
        self.footer.setText(self.tr("%n record(s)", "", self.model.rowCount()))
        self._totals_timer.start(0)  # after the rows are painted

    def _start_totals(self) -> None:
        if self.db is None or self.model.catalog is None:
            return
        generation, db, f, catalog = (self._generation, self.db, self.model.filter,
                                      self.model.catalog)
        signals = self._totals_signals

        def work() -> None:
            try:
                result: object = ledger.totals(db, f, catalog)
            except Exception as exc:  # noqa: BLE001 - shown in the footer, never lost
                result = exc
            signals.done.emit(generation, result)

        self._pending = self._pool.submit(work)

    def wait_for_background(self) -> None:
        if not self.built:
            return
        self.importer.shutdown()
        self._totals_timer.stop()
        if self._pending is not None:
            self._pending.result()
            self._pending = None

    def _update_totals(self) -> None:
        """Compute the footer now, on this thread (benchmarks and tests)."""
        if self.db is not None and self.model.catalog is not None:
            self._generation += 1
            self._show_totals(self._generation,
                              ledger.totals(self.db, self.model.filter, self.model.catalog))

    def _show_totals(self, generation: int, totals) -> None:  # type: ignore[no-untyped-def]
        if generation != self._generation:
            return
        if isinstance(totals, Exception):
            self.footer.setText(self.tr("Totals could not be computed: %s") % totals)
            return
        parts = [self.tr("%n record(s)", "", totals.count)]
        parts += [f"{labels.quantity_kind(kind)} {formatting.quantity(value, unit)}"
                  for kind, value, unit in totals.describe()]
        self.footer.setText("   ·   ".join(parts))

    # -- operations ---------------------------------------------------------------------
    def _error(self, text: str) -> None:
        self.message_bar.show_message(text, "error")

    def add_record(self, draft: FlowDraft) -> None:
        if self.db is None:
            return
        try:
            perform(self.undo_stack, AddFlows([draft]), self.db, self.bus,
                    self.tr("Add flow record"), self._error)
        except DomainError as exc:  # a grade's own field is the panel's grades line
            grade = draft.grades and exc.field in ("value", "component")
            self.entry.show_error(shown(exc), "grades" if grade else exc.field)
            return
        self.message_bar.hide()
        self.entry.saved()

    def _inline_edit(self, row: FlowRow, change: dict[str, object]) -> bool:
        if self.db is None:
            return False
        if "_refused" in change:  # a number that reads two ways: the sentence says how
            self._error(str(change["_refused"]))
            return False
        if "_invalid" in change:
            key, text = change["_invalid"]  # type: ignore[misc]
            self._error(self.tr("%1 is not a valid %2.").replace("%1", repr(text)).replace(
                "%2", QCoreApplication.translate("FlowTableModel",
                                               dict((c[0], c[1]) for c in COLUMNS)[key]).lower()))
            return False
        try:
            if "grades" in change:
                perform(self.undo_stack, SetFlowGrades(row.id, change["grades"]),  # type: ignore[arg-type]
                        self.db, self.bus, self.tr("Edit the grades of a flow record"),
                        self._error)
            else:
                perform(self.undo_stack, EditFlow(row.id, edit_field(row, **change)), self.db,
                        self.bus, self.tr("Edit flow record"), self._error)
        except DomainError as exc:
            self._error(shown(exc))
            return False
        self.message_bar.hide()
        return True

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if self.db is None or not rows:
            return
        ids = [r.id for i in rows if (r := self.model.row_at(i)) is not None]
        try:
            perform(self.undo_stack, DeleteFlows(ids), self.db, self.bus,
                    self.tr("Delete %n flow record(s)", "", len(ids)), self._error)
        except DomainError as exc:
            self._error(shown(exc))
            return
        self.message_bar.show_message(
            self.tr("%n record(s) deleted. Undo with Ctrl+Z.", "", len(ids)), "info")

    def copy_selected(self) -> None:
        """Selected rows as tab-separated text with a header, for pasting into Excel."""
        rows = self.selected_rows()
        if not rows:
            return
        lines = ["\t".join(self.model.headerData(c, Qt.Orientation.Horizontal)  # type: ignore[misc]
                           for c in range(len(COLUMNS)))]
        for i in rows:
            row = self.model.row_at(i)
            if row is not None:
                cells = [self.model.display(row, key) for key, _h, _s in COLUMNS]
                lines.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        self.message_bar.show_message(self.tr("%n row(s) copied.", "", len(rows)), "info")

    def import_file(self) -> None:
        self.importer.choose_and_import()

    def save_template(self) -> None:
        from greendesk.importers.template import write_flow_template
        from greendesk.services.balance_records import tracked_components

        path, _ = file_dialogs.save_file(
            self, self.tr("Save the flow import template"), "greendesk-flows-template.xlsx",
            self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        try:
            written = write_flow_template(path, self.model.catalog,
                                          tracked_components(self.db) if self.db else [],
                                          QCoreApplication.translate)
        except OSError as exc:
            self._error(self.tr("The template could not be written: %s") % (exc.strerror or exc))
            return
        self.message_bar.show_message(self.tr("Template saved as %s.") % written, "info")

    def focus_entry(self) -> None:
        self.entry.quantity.setFocus() if self.entry.from_node.currentIndex() >= 0 \
            else self.entry.date.setFocus()

    def select_rows(self, rows: list[int]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        for r in rows:
            sel.select(self.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                       | QItemSelectionModel.SelectionFlag.Rows)

    def show_flows(self, month: periods.Period, source: int, target: int, material: int) -> None:
        """Filter to a month, a source node and a material, and select the records going to
        `target`: what a month-close item about those flows opens."""
        bar = self.filters
        bar._muted = True
        try:
            with suppress(ValueError):  # a month outside the records: keep the period
                bar.picker.select("month", month.label)
            bar.site.setCurrentIndex(0)
            bar._fill_nodes()
            for combo, value in ((bar.node, source), (bar.material, material),
                                 (bar.category, None), (bar.method, None)):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            bar.text.clear()
        finally:
            bar._muted = False
        self._filter_changed(bar.current())
        rows = [r for r in range(self.model.rowCount())
                if (row := self.model.row_at(r)) is not None and row.to_node_id == target]
        self.select_rows(rows)
        if rows:
            self.table.scrollTo(self.model.index(rows[0], 0))
