"""The waste register section: waste types, stock, overdue storage, contractors, figures.

Movements are recorded through the undo stack (they are flow records); registering types
and contractors and importing the classifier cannot be undone, so Undo stops at them.
Everything is fetched when the section is visible; changes elsewhere only mark it stale.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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

from greendesk import periods
from greendesk.errors import DomainError
from greendesk.models import StorageRole
from greendesk.periods import Period, month, year
from greendesk.services import classifier
from greendesk.services.catalog import Catalog, load_catalog
from greendesk.services.changes import Entity
from greendesk.services.permit_checks import WARN_DAYS
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
from greendesk.ui import formatting
from greendesk.ui.bus import Bus
from greendesk.ui.icons import icon
from greendesk.ui.kit.empty import EmptyHint
from greendesk.ui.kit.tables import fill_rows
from greendesk.ui.refusals import shown
from greendesk.ui.section import Section
from greendesk.ui.undo import announce_irreversible, perform
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
from greendesk.ui.waste_passport import PassportActions
from greendesk.ui.waste_tables import tonnes, waste_table

WATCHED = frozenset({Entity.FLOW, Entity.WASTE_TYPE, Entity.WASTE_CONTRACTOR,
                     Entity.WASTE_MOVEMENT, Entity.WASTE_STORAGE, Entity.WASTE_BASIS,
                     Entity.CLASSIFIER, Entity.MATERIAL, Entity.NODE, Entity.SITE})


class WasteView(PassportActions, WasteFigures, Section):
    """Emits `passport_exported(outcome)` with "written", "cancelled", "nothing" or "failed"."""

    passport_exported = Signal(str)
    FIGURES_TAB = 4
    WATCHES = WATCHED
    EAGER = False

    def __init__(self, bus: Bus, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(bus, undo_stack, parent)
        self.undo_stack: QUndoStack = undo_stack
        self.catalog: Catalog | None = None
        self.types: list[WasteTypeRow] = []
        self.contractors: list[ContractorRow] = []
        self.stock_rows: list[StockRow] = []
        self.overdue_rows: list[OverdueRow] = []
        self.problems_dialog: QWidget | None = None
        self.charts = None
        self.today = date.today()
        self.make_exporter()

    def build(self) -> None:
        title = self.title_label(self.tr("Waste register"))
        self.site = QComboBox(self)
        self.year = QComboBox(self)
        self.make_toolbar()
        self.act_register = self.add_action(self.tr("Register waste type"), "add",
                                         self.register_type)
        self.act_edit = self.add_action(self.tr("Edit"), "rename", self.edit_selected)
        # the passport's two actions share one button: the toolbar fits 1280 px in Russian
        passport = QToolButton(self)
        passport.setText(self.tr("Passport"))
        passport.setIcon(icon("reports"))
        passport.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        passport.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.act_passport_data = QAction(icon("template"), self.tr("Passport data…"), self)
        self.act_passport_data.triggered.connect(lambda _=False: self.edit_passport())
        self.act_passport = QAction(icon("reports"), self.tr("Passport…"), self)
        self.act_passport.triggered.connect(lambda _=False: self.export_passport())
        passport.addAction(self.act_passport_data)
        passport.addAction(self.act_passport)
        self.passport_button = passport
        self.toolbar.addWidget(passport)
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
        self.act_contractor = self.add_action(self.tr("New contractor"), "contractor",
                                           self.add_contractor)
        self.toolbar.addSeparator()
        self.act_import = self.add_action(self.tr("Import classifier…"), "import",
                                       self.open_import)
        self.hint = QLabel(self)
        self.hint.setObjectName("wasteHint")
        self.hint.setStyleSheet("color:#7a5a12; background:#fdf6e3; border:1px solid #ecdca8;"
                                "border-radius:4px; padding:5px 8px;")
        self.hint.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.types_table = waste_table(self, [self.tr("Waste type"), self.tr("Site"),
                                              self.tr("Code"), self.tr("Hazard"),
                                              self.tr("Properties"), self.tr("Legacy level"),
                                              self.tr("State"), self.tr("Generated by"),
                                              self.tr("Description")])
        self.types_table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.empty_hint = EmptyHint(self.types_table, lambda: self.tr(
            "No waste types here yet. Register waste type for each waste the plant generates; "
            "load the classifier first (Import classifier…) so each gets its official code."))
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
        self.overdue_label.setWordWrap(True)
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
        layout = self.page_layout()
        layout.addLayout(header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.hint)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self.site.currentIndexChanged.connect(lambda _i: self._view_changed())
        self.year.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.stock_period.currentIndexChanged.connect(lambda _i: self._fill_stock())

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 4, 0, 0)
        for i, w in enumerate(widgets):
            box.addWidget(w, 0 if i == 0 and len(widgets) > 1 else 1)
        return page

    # -- data ---------------------------------------------------------------------------
    def database_set(self) -> None:
        self.message_bar.hide()
        for act in (self.act_register, self.act_edit, self.act_contractor, self.act_import,
                    self.act_formation, self.act_basis, self.act_passport_data):
            act.setEnabled(self.writable)
        self.record_button.setEnabled(self.writable)

    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Fetch everything the section shows (small, indexed queries)."""
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
            combo.setToolTip(combo.currentText())  # chosen silently
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
        self.stock_period.setToolTip(self.stock_period.currentText())  # chosen silently

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
            code = t.display_code + (self.tr(" — retired") if t.retired else "") + (
                "" if t.verified else self.tr(" — code not verified"))
            rows.append([t.name, t.site_name, code, hazard, ", ".join(t.hp_properties),
                         legacy_label(t.legacy_level), physical_state_label(t.physical_state),
                         t.generating_node_name or "—", t.description])
        self.shown_types = shown
        fill_rows(self.types_table, rows)

    def _period(self) -> Period:
        p = self.stock_period.currentData()
        return p if isinstance(p, Period) else year(self.today.year)

    def _fill_stock(self) -> None:
        if self.db is None:
            return
        self.stock_rows = stock_table(self.db, self._period(), self._site_id())
        fill_rows(self.stock_table, [[r.waste_type, r.node_name, tonnes(r.opening),
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
            % formatting.day(self.today) if self.overdue_rows else
            self.tr("Nothing is stored longer than allowed as of %s.") % formatting.day(self.today))
        fill_rows(self.overdue_table, [[r.waste_type, r.site_name, r.node_name, tonnes(r.quantity),
                                   formatting.day(r.stored_since), formatting.day(r.due),
                                   str(r.days_overdue),
                                   self.tr("%n month(s)", "", r.limit_months)]
                                  for r in self.overdue_rows], (3, 6))

    def _fill_contractors(self) -> None:
        rows = []
        for c in self.contractors:
            valid = formatting.day(c.licence_valid_until)
            left = (c.licence_valid_until - periods.today()).days  # the clock tests fix
            if left < 0:
                valid += self.tr(" (expired)")
            elif left <= WARN_DAYS[0]:
                valid += self.tr(" (in %n day(s))", "", left)
            rows.append([c.name, c.bin, c.licence_number, valid, ", ".join(c.operations),
                         c.note])
        fill_rows(self.contractors_table, rows)


    # -- operations ---------------------------------------------------------------------
    def _entries(self) -> list:
        assert self.db is not None
        return classifier.list_entries(self.db, self._language())

    def register_type(self) -> None:
        if self.db is None or self.catalog is None:
            return
        if not classifier.has_classifier(self.db):
            self.show_error(self.hint.text())
            return
        db = self.db
        dlg = WasteTypeDialog(self, self.catalog, self._entries(), None, self._site_id(),
                              classifier.headings(db, self._language()))

        def submit() -> None:
            self.irreversible(lambda: register_waste_type(db, dlg.draft())[1],
                               self.tr("Register waste type “%s”") % dlg.name.text().strip())
            self.message_bar.show_message(
                self.tr("Waste type “%s” registered.") % dlg.name.text().strip(), "info")
        self.open_dialog(dlg, submit)

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
            self.irreversible(lambda: update_waste_type(db, row.id, dlg.draft()),
                               self.tr("Edit waste type “%s”") % dlg.name.text().strip())
            self.message_bar.show_message(
                self.tr("Waste type “%s” saved.") % dlg.name.text().strip(), "info")
        self.open_dialog(dlg, submit)

    def add_contractor(self) -> None:
        if self.db is None:
            return
        db = self.db
        dlg = ContractorDialog(self)

        def submit() -> None:
            self.irreversible(lambda: add_contractor(db, dlg.draft())[1],
                               self.tr("Add contractor “%s”") % dlg.name.text().strip())
            self.message_bar.show_message(
                self.tr("Contractor “%s” added.") % dlg.name.text().strip(), "info")
        self.open_dialog(dlg, submit)

    def edit_contractor(self) -> None:
        r = self.contractors_table.currentRow()
        if self.db is None or not 0 <= r < len(self.contractors):
            return
        db, row = self.db, self.contractors[r]
        dlg = ContractorDialog(self, row)

        def submit() -> None:
            self.irreversible(lambda: update_contractor(db, row.id, dlg.draft()),
                               self.tr("Edit contractor “%s”") % dlg.name.text().strip())
            self.message_bar.show_message(
                self.tr("Contractor “%s” saved.") % dlg.name.text().strip(), "info")
        self.open_dialog(dlg, submit)

    def record(self, kind: MovementKind) -> None:
        if self.db is None or self.catalog is None:
            return
        site = self._site_id()
        types = [t for t in self.types if site is None or t.site_id == site]
        if not types:
            self.show_error(self.tr("Register a waste type first; movements are recorded per "
                                "waste type."))
            return
        if kind is MovementKind.TRANSFERRED and not self.contractors:
            self.show_error(self.tr("Add the contractor first, with its licence."))
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
                    movement_label(kind), self.show_error)
            self.message_bar.show_message(self.tr("Recorded; undo with Ctrl+Z."), "info")
        self.open_dialog(dlg, submit)

    def mark_selected(self, role: StorageRole) -> None:
        r = self.stock_table.currentRow()
        if self.db is None or not 0 <= r < len(self.stock_rows):
            self.show_error(self.tr("Select the storage in the stock table first."))
            return
        row, db = self.stock_rows[r], self.db
        try:
            self.irreversible(lambda: set_storage_role(db, row.node_id, role),
                               self.tr("Mark %s as a technogenic formation") % row.node_name)
        except DomainError as exc:
            self.show_error(shown(exc))
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
            self.irreversible(lambda: set_basis(db, site_id, y, product, tonnes, value, unit),
                               self.tr("Enter the production basis for %s") % y)
        self.open_dialog(dlg, submit)

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
        self.open_dialog(dlg, submit)

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
            self.show_error(shown(exc))
            self.problems_dialog = ImportProblemsDialog(self, shown(exc), list(exc.problems))
            self.problems_dialog.open()
            return False
        except DomainError as exc:
            self.show_error(shown(exc))
            return False
        announce_irreversible(self.undo_stack, self.bus, diff.changes,
                              self.tr("Load the waste classifier"))
        self.message_bar.show_message(diff.summary(), "info")
        return True
