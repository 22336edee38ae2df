"""The waste register section: waste types, stock, overdue storage, contractors, figures.

Movements are recorded through the undo stack (they are flow records); registering types
and contractors and importing the classifier are plain service calls announced on the bus.
Everything is fetched when the section is visible; changes elsewhere only mark it stale.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from greendesk.errors import DomainError
from greendesk.models import StorageRole
from greendesk.periods import Period, month, year
from greendesk.services import classifier
from greendesk.services.catalog import Catalog, load_catalog
from greendesk.services.changes import Changes
from greendesk.services.waste import (
    ContractorRow,
    WasteTypeRow,
    add_contractor,
    list_contractors,
    list_waste_types,
    register_waste_type,
    set_basis,
    update_contractor,
    update_waste_type,
)
from greendesk.services.waste_movements import MovementKind, RecordMovement, set_storage_role
from greendesk.services.waste_stock import OverdueRow, StockRow, overdue, stock_table
from greendesk.store.db import Database
from greendesk.ui.bus import Bus
from greendesk.ui.forms import FormDialog, MessageBar, open_form
from greendesk.ui.icons import icon
from greendesk.ui.refusals import shown
from greendesk.ui.undo import perform
from greendesk.ui.waste_dialogs import (
    BasisDialog,
    ClassifierImportDialog,
    ContractorDialog,
    MovementDialog,
    WasteTypeDialog,
    legacy_label,
    movement_label,
    physical_state_label,
)
from greendesk.ui.waste_figures import WasteFigures
from greendesk.ui.waste_tables import fill, tonnes, waste_table

WATCHED = ("flow", "waste_type", "waste_contractor", "waste_movement", "waste_storage",
           "waste_basis", "classifier", "material", "node", "site")


class WasteView(WasteFigures, QWidget):
    FIGURES_TAB = 4

    def __init__(self, bus: Bus, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus, self.undo_stack = bus, undo_stack
        self.db: Database | None = None
        self.catalog: Catalog | None = None
        self.types: list[WasteTypeRow] = []
        self.contractors: list[ContractorRow] = []
        self.stock_rows: list[StockRow] = []
        self.overdue_rows: list[OverdueRow] = []
        self.dialog: FormDialog | None = None
        self.problems_dialog: QWidget | None = None
        self.charts = None
        self._stale = True
        self.today = date.today()

        title = QLabel(self.tr("Waste register"))
        title.setObjectName("sectionTitle")
        self.site = QComboBox(self)
        self.year = QComboBox(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.act_register = self._action(self.tr("Register waste type"), "add",
                                         self.register_type)
        self.act_edit = self._action(self.tr("Edit"), "rename", self.edit_selected)
        self.toolbar.addSeparator()
        self.movement_actions: dict[MovementKind, QAction] = {}
        record = QToolButton(self)
        record.setText(self.tr("Record movement"))
        record.setIcon(icon("waste"))
        record.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        record.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for kind in MovementKind:
            act = QAction(movement_label(kind), self)
            act.triggered.connect(lambda _=False, k=kind: self.record(k))
            record.addAction(act)
            self.movement_actions[kind] = act
        self.record_button = record
        self.toolbar.addWidget(record)
        self.act_contractor = self._action(self.tr("New contractor"), "contractor",
                                           self.add_contractor)
        self.toolbar.addSeparator()
        self.act_import = self._action(self.tr("Import classifier…"), "import",
                                       self.open_import)
        self.hint = QLabel(self)
        self.hint.setObjectName("wasteHint")
        self.hint.setStyleSheet("color:#7a5a12; background:#fdf6e3; border:1px solid #ecdca8;"
                                "border-radius:4px; padding:5px 8px;")
        self.hint.setWordWrap(True)
        self.message_bar = MessageBar(self)

        self.tabs = QTabWidget(self)
        self.types_table = waste_table(self, [self.tr("Waste type"), self.tr("Site"),
                                              self.tr("Code"), self.tr("Hazard"),
                                              self.tr("Properties"), self.tr("Legacy level"),
                                              self.tr("State"), self.tr("Generated by"),
                                              self.tr("Description")])
        self.types_table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.stock_period = QComboBox(self)
        self.stock_table = waste_table(self, [self.tr("Waste type"), self.tr("Storage"),
                                              self.tr("Opening, t"), self.tr("Generated, t"),
                                              self.tr("Recycled, t"), self.tr("Transferred, t"),
                                              self.tr("Placed, t"), self.tr("Other, t"),
                                              self.tr("Closing, t")])
        self.act_formation = QAction(self.tr("Treat as a formation"), self)
        self.act_formation.triggered.connect(lambda: self.mark_selected(StorageRole.FORMATION))
        stock_bar = QToolBar(self)
        stock_bar.addWidget(QLabel(self.tr("Period ")))
        stock_bar.addWidget(self.stock_period)
        stock_bar.addSeparator()
        stock_bar.addAction(self.act_formation)
        self.overdue_label = QLabel(self)
        self.overdue_table = waste_table(self, [self.tr("Waste type"), self.tr("Site"),
                                                self.tr("Storage"), self.tr("Overdue, t"),
                                                self.tr("Stored since"), self.tr("Due"),
                                                self.tr("Days over"), self.tr("Limit")])
        self.contractors_table = waste_table(self, [self.tr("Contractor"), self.tr("BIN"),
                                                    self.tr("Licence"), self.tr("Valid until"),
                                                    self.tr("Operations"), self.tr("Note")])
        self.contractors_table.doubleClicked.connect(lambda _i: self.edit_contractor())
        self.figures_table = waste_table(self, [])
        self.figures_table.horizontalHeader().setStretchLastSection(False)
        self.act_basis = QAction(self.tr("Production for intensities…"), self)
        self.act_basis.triggered.connect(self.enter_basis)
        figures_bar = QToolBar(self)
        figures_bar.addAction(self.act_basis)
        self.charts_box = QWidget(self)
        self.charts_box.setMinimumHeight(220)
        QVBoxLayout(self.charts_box).setContentsMargins(0, 0, 0, 0)

        self.tabs.addTab(self.types_table, self.tr("Waste types"))
        self.tabs.addTab(self._page(stock_bar, self.stock_table), self.tr("Stock"))
        self.tabs.addTab(self._page(self.overdue_label, self.overdue_table), self.tr("Overdue"))
        self.tabs.addTab(self.contractors_table, self.tr("Contractors"))
        self.tabs.addTab(self._page(figures_bar, self.figures_table, self.charts_box),
                         self.tr("Figures"))
        self.tabs.currentChanged.connect(self._tab_changed)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Site")))
        header.addWidget(self.site)
        header.addWidget(QLabel(self.tr("Year")))
        header.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addLayout(header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.hint)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self.site.currentIndexChanged.connect(lambda _i: self._view_changed())
        self.year.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.stock_period.currentIndexChanged.connect(lambda _i: self._fill_stock())
        bus.changed.connect(self._on_changed)

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 4, 0, 0)
        for i, w in enumerate(widgets):
            box.addWidget(w, 0 if i == 0 and len(widgets) > 1 else 1)
        return page

    def _action(self, text: str, icon_name: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(icon(icon_name), text, self)
        act.triggered.connect(slot)
        self.toolbar.addAction(act)
        return act

    # -- data ---------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.message_bar.hide()
        self._stale = True
        writable = db is not None and not db.read_only
        for act in (self.act_register, self.act_edit, self.act_contractor, self.act_import,
                    self.act_formation, self.act_basis):
            act.setEnabled(writable)
        self.record_button.setEnabled(writable)
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        """Fetch everything the section shows (small, indexed queries)."""
        self._stale = False
        db = self.db
        if db is None:
            self.catalog, self.types, self.contractors = None, [], []
            self.hint.hide()
            for table in (self.types_table, self.stock_table, self.overdue_table,
                          self.contractors_table, self.figures_table):
                table.setRowCount(0)
            return
        self.catalog = load_catalog(db)
        language = self._language()
        self.types = list_waste_types(db, language=language)
        self.contractors = list_contractors(db)
        loaded = classifier.has_classifier(db)
        self.hint.setVisible(not loaded)
        self.hint.setText(self.tr("No waste classifier is loaded yet: Import classifier… "
                                  "reads the List of Waste from CSV or XLSX."))
        self.hint.setToolTip(self.tr("From the command line: greendesk classifier import "
                                     "FILE --db PATH [--language ru]"))
        self._fill_choices()
        self._fill_types()
        self._fill_contractors()
        self._fill_stock()
        self._fill_overdue()
        self._fill_figures()

    def _language(self) -> str:
        """The UI's language, for choosing among the classifier's description languages."""
        from PySide6.QtCore import QLocale

        loc = QLocale()
        if loc.language() == QLocale.Language.C:
            return "en"
        return loc.name().split("_")[0].lower() or "en"

    def _fill_choices(self) -> None:
        assert self.catalog is not None
        site, yr = self.site.currentData(), self.year.currentData()
        for combo in (self.site, self.year):
            combo.blockSignals(True)
            combo.clear()
        self.site.addItem(self.tr("Enterprise (all sites)"), None)
        for id_, name in sorted(self.catalog.sites.items(), key=lambda kv: kv[1]):
            self.site.addItem(name, id_)
        from greendesk.services.summary import date_range

        first, last = date_range(self.db)  # type: ignore[arg-type]
        last_year = (last or self.today).year
        for y in range(last_year, (first or self.today).year - 1, -1):
            self.year.addItem(str(y), y)
        self.site.setCurrentIndex(max(0, self.site.findData(site)))
        self.year.setCurrentIndex(max(0, self.year.findData(yr)))
        for combo in (self.site, self.year):
            combo.blockSignals(False)
        self._fill_periods()

    def _fill_periods(self) -> None:
        y = self.year.currentData() or self.today.year
        current = self.stock_period.currentIndex()
        self.stock_period.blockSignals(True)
        self.stock_period.clear()
        self.stock_period.addItem(self.tr("Whole year %s") % y, year(y))
        for m in range(1, 13):
            p = month(y, m)
            self.stock_period.addItem(p.label, p)
        self.stock_period.setCurrentIndex(max(0, current))
        self.stock_period.blockSignals(False)

    def _view_changed(self) -> None:
        if self.db is not None:
            self._fill_types()
            self._fill_stock()
            self._fill_overdue()
            self._fill_figures()

    def _year_changed(self) -> None:
        self._fill_periods()
        if self.db is not None:
            self._fill_stock()
            self._fill_figures()

    def _site_id(self) -> int | None:
        return self.site.currentData()

    def _fill_types(self) -> None:
        site = self._site_id()
        shown = [t for t in self.types if site is None or t.site_id == site]
        rows = []
        for t in shown:
            hazard = self.tr("hazardous") if t.hazardous else self.tr("non-hazardous")
            if t.mirror:
                hazard += self.tr(" (mirror: assessed)")
            code = t.display_code + (self.tr(" — retired") if t.retired else "")
            rows.append([t.name, t.site_name, code, hazard, ", ".join(t.hp_properties),
                         legacy_label(t.legacy_level), physical_state_label(t.physical_state),
                         t.generating_node_name or "—", t.description])
        self.shown_types = shown
        fill(self.types_table, rows)

    def _period(self) -> Period:
        p = self.stock_period.currentData()
        return p if isinstance(p, Period) else year(self.today.year)

    def _fill_stock(self) -> None:
        if self.db is None:
            return
        self.stock_rows = stock_table(self.db, self._period(), self._site_id())
        fill(self.stock_table, [[r.waste_type, r.node_name, tonnes(r.opening),
                                 tonnes(r.generated), tonnes(r.recycled), tonnes(r.transferred),
                                 tonnes(r.placed), tonnes(r.other), tonnes(r.closing)]
                                for r in self.stock_rows],
             range(2, 9))

    def _fill_overdue(self) -> None:
        if self.db is None:
            return
        self.overdue_rows = overdue(self.db, self.today, self._site_id())
        self.overdue_label.setText(
            self.tr("Stored longer than allowed, as of %s (oldest first out):")
            % self.today.isoformat() if self.overdue_rows else
            self.tr("Nothing is stored longer than allowed as of %s.") % self.today.isoformat())
        fill(self.overdue_table, [[r.waste_type, r.site_name, r.node_name, tonnes(r.quantity),
                                   r.stored_since.isoformat(), r.due.isoformat(),
                                   str(r.days_overdue),
                                   self.tr("%n month(s)", "", r.limit_months)]
                                  for r in self.overdue_rows], (3, 6))

    def _fill_contractors(self) -> None:
        rows = []
        for c in self.contractors:
            valid = c.licence_valid_until.isoformat()
            if c.licence_valid_until < self.today:
                valid += self.tr(" (expired)")
            rows.append([c.name, c.bin, c.licence_number, valid, ", ".join(c.operations),
                         c.note])
        fill(self.contractors_table, rows)


    # -- operations ---------------------------------------------------------------------
    def _error(self, text: str) -> None:
        self.message_bar.show_message(text, "error")

    def _open(self, dlg: FormDialog, submit) -> FormDialog:  # type: ignore[no-untyped-def]
        open_form(self, dlg, submit)
        return dlg

    def _entries(self) -> list:
        assert self.db is not None
        return classifier.list_entries(self.db, self._language())

    def register_type(self) -> None:
        if self.db is None or self.catalog is None:
            return
        if not classifier.has_classifier(self.db):
            self._error(self.hint.text())
            return
        db = self.db
        dlg = WasteTypeDialog(self, self.catalog, self._entries(), None, self._site_id(),
                              classifier.headings(db, self._language()))

        def submit() -> None:
            _id, changes = register_waste_type(db, dlg.draft())
            self.bus.announce(changes)
            self.message_bar.show_message(
                self.tr("Waste type “%s” registered.") % dlg.name.text().strip(), "info")
        self._open(dlg, submit)

    def selected_type(self) -> WasteTypeRow | None:
        r = self.types_table.currentRow()
        shown = getattr(self, "shown_types", [])
        return shown[r] if 0 <= r < len(shown) else None

    def edit_selected(self) -> None:
        if self.tabs.currentIndex() == 3:
            self.edit_contractor()
            return
        row = self.selected_type()
        if self.db is None or self.catalog is None or row is None:
            return
        db = self.db
        entries = classifier.list_entries(db, self._language(), retired=True)
        dlg = WasteTypeDialog(self, self.catalog, entries, row,
                              headings=classifier.headings(db, self._language()))

        def submit() -> None:
            self.bus.announce(update_waste_type(db, row.id, dlg.draft()))
            self.message_bar.show_message(
                self.tr("Waste type “%s” saved.") % dlg.name.text().strip(), "info")
        self._open(dlg, submit)

    def add_contractor(self) -> None:
        if self.db is None:
            return
        db = self.db
        dlg = ContractorDialog(self)

        def submit() -> None:
            _id, changes = add_contractor(db, dlg.draft())
            self.bus.announce(changes)
            self.message_bar.show_message(
                self.tr("Contractor “%s” added.") % dlg.name.text().strip(), "info")
        self._open(dlg, submit)

    def edit_contractor(self) -> None:
        r = self.contractors_table.currentRow()
        if self.db is None or not 0 <= r < len(self.contractors):
            return
        db, row = self.db, self.contractors[r]
        dlg = ContractorDialog(self, row)

        def submit() -> None:
            self.bus.announce(update_contractor(db, row.id, dlg.draft()))
            self.message_bar.show_message(
                self.tr("Contractor “%s” saved.") % dlg.name.text().strip(), "info")
        self._open(dlg, submit)

    def record(self, kind: MovementKind) -> None:
        if self.db is None or self.catalog is None:
            return
        site = self._site_id()
        types = [t for t in self.types if site is None or t.site_id == site]
        if not types:
            self._error(self.tr("Register a waste type first; movements are recorded per "
                                "waste type."))
            return
        if kind is MovementKind.TRANSFERRED and not self.contractors:
            self._error(self.tr("Add the contractor first, with its licence."))
            return
        from greendesk.services.waste_movements import site_nodes

        db = self.db
        nodes_of = {t.site_id: site_nodes(db, t.site_id) for t in types}
        when = date(self.year.currentData() or self.today.year, 12, 31)
        dlg = MovementDialog(self, kind, types, nodes_of, self.contractors, self.catalog, db,
                             min(when, self.today))
        selected = self.selected_type()
        if selected is not None:
            dlg.waste_type.setCurrentIndex(max(0, dlg.waste_type.findData(selected.id)))

        def submit() -> None:
            draft = dlg.draft()
            perform(self.undo_stack, RecordMovement(draft), db, self.bus,
                    movement_label(kind), self._error)
            self.message_bar.show_message(self.tr("Recorded; undo with Ctrl+Z."), "info")
        self._open(dlg, submit)

    def mark_selected(self, role: StorageRole) -> None:
        r = self.stock_table.currentRow()
        if self.db is None or not 0 <= r < len(self.stock_rows):
            self._error(self.tr("Select the storage in the stock table first."))
            return
        row = self.stock_rows[r]
        try:
            self.bus.announce(set_storage_role(self.db, row.node_id, role))
        except DomainError as exc:
            self._error(shown(exc))
            return
        self.message_bar.show_message(
            self.tr("%s is now treated as a technogenic formation: waste there counts as "
                    "placed, not stored.") % row.node_name, "info")

    def enter_basis(self) -> None:
        if self.db is None or self.catalog is None:
            return
        db = self.db
        scopes: list[tuple[str, int | None]] = [(self.tr("Enterprise"), None)] + [
            (name, id_) for id_, name in sorted(self.catalog.sites.items(), key=lambda kv: kv[1])]
        dlg = BasisDialog(self, scopes, self.year.currentData() or self.today.year)
        dlg.scope.setCurrentIndex(max(0, dlg.scope.findData(self._site_id())))

        def submit() -> None:
            site_id, y, product, tonnes, value, unit = dlg.values()
            self.bus.announce(set_basis(db, site_id, y, product, tonnes, value, unit))
        self._open(dlg, submit)

    # -- the classifier -----------------------------------------------------------------
    def open_import(self) -> None:
        if self.db is None:
            return
        dlg = ClassifierImportDialog(self)

        def submit() -> None:
            from greendesk.importers.classifier_import import parse_mapping

            text = dlg.mapping.text().strip()
            self.import_classifier(dlg.paths(), dlg.language.currentData() or None,
                                   parse_mapping(text) if text else None)
        self._open(dlg, submit)

    def import_classifier(self, paths: list[Path], language: str | None = None,
                          mapping: dict[str, str] | None = None) -> bool:
        """Load a classifier version; a refused file opens the list of its problems."""
        from greendesk.importers.classifier_import import import_classifier
        from greendesk.importers.flows_import import ImportRejected
        from greendesk.ui.flow_import_ui import ImportProblemsDialog

        if self.db is None:
            return False
        try:
            diff = import_classifier(self.db, paths, language=language, mapping=mapping)
        except ImportRejected as exc:
            self._error(shown(exc))
            self.problems_dialog = ImportProblemsDialog(self, shown(exc), list(exc.problems))
            self.problems_dialog.open()
            return False
        except DomainError as exc:
            self._error(shown(exc))
            return False
        self.undo_stack.clear()  # a classifier load is not a step the stack can take back
        self.bus.announce(diff.changes)
        self.message_bar.show_message(diff.summary(), "info")
        return True
