"""The technogenic formations section: the register, a formation's samples, assessment and
grade–tonnage curve, the ranking by net value, and monitoring.

The register's model and tables are in formation_table; the detail pane is filled by
formation_details.FormationDetails."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from greendesk.errors import DomainError
from greendesk.services import formations as fs
from greendesk.services import structure
from greendesk.services.changes import Changes, Entity
from greendesk.ui import file_dialogs, formatting
from greendesk.ui.bus import Bus
from greendesk.ui.formation_charts import GradeTonnageChart
from greendesk.ui.formation_details import FormationDetails
from greendesk.ui.formation_dialogs import (
    AssumptionsDialog,
    BlockDialog,
    FormationDialog,
    SampleDialog,
)
from greendesk.ui.formation_table import (
    RANKING_COLUMNS,
    REGISTER_COLUMNS,
    FormationTableModel,
    table_view,
)
from greendesk.ui.icons import icon
from greendesk.ui.kit.empty import EmptyHint
from greendesk.ui.kit.panels import heading
from greendesk.ui.kit.tables import read_only_table, set_widths
from greendesk.ui.refusals import shown
from greendesk.ui.section import Section
from greendesk.ui.undo import announce_irreversible, perform

WATCHED = frozenset({Entity.FORMATION, Entity.FORMATION_SAMPLE, Entity.GRADE_COMPONENT,
                     Entity.FLOW, Entity.NODE, Entity.SITE, Entity.MATERIAL,
                     Entity.IMPORT_BATCH})


class FormationsView(FormationDetails, Section):
    WATCHES = WATCHED
    EAGER = False

    def __init__(self, bus: Bus, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(bus, undo_stack, parent)
        self.undo_stack: QUndoStack = undo_stack
        self.rows: list[fs.RegisterRow] = []
        self.samples: list[fs.SampleRow] = []
        self.components: list[fs.ComponentRow] = []
        self.current: fs.RegisterRow | None = None
        self.monitoring = None  # MonitoringPanel, built when its tab is first opened

    def build(self) -> None:
        self.make_toolbar()
        self.act_add = self.add_action(self.tr("Add formation"), "add", self.add)
        self.act_edit = self.add_action(self.tr("Edit"), "rename", self.edit_selected)
        self.act_delete = self.add_action(self.tr("Delete"), "delete", self.delete_selected)
        self.toolbar.addSeparator()
        self.act_import = self.add_action(self.tr("Import…"), "import", self.import_file)
        self.act_defaults = self.add_action(self.tr("Default assumptions…"), "materials",
                                            self.edit_defaults)

        # -- the register and a formation's details
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a formation, site, kind or status…"))
        self.search.setClearButtonEnabled(True)
        self.model = FormationTableModel(REGISTER_COLUMNS, self)
        self.table = table_view(self.model, self)
        self.empty_hint = EmptyHint(self.table, lambda: self.tr(
            "No technogenic formations registered yet. Add formation for each dump, tailings "
            "facility or slag heap (or Import… a list); its samples give grades and value."))
        set_widths(self.table, (250, 170, 160, 90, 110, 120, 50, 80, 70, 100))
        self.search.textChanged.connect(self.model.set_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.footer = QLabel(self)
        self.footer.setObjectName("ledgerFooter")
        self.detail_title = heading("", self)
        self.detail_facts = QLabel(self)
        self.detail_facts.setWordWrap(True)
        self.detail_tabs = QTabWidget(self)
        self._build_samples_tab()
        self._build_assessment_tab()
        self._build_curve_tab()
        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 4, 0, 0)
        dl.addWidget(self.detail_title)
        dl.addWidget(self.detail_facts)
        dl.addWidget(self.detail_tabs, 1)
        upper = QWidget(self)
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.search)
        ul.addWidget(self.table, 1)
        ul.addWidget(self.footer)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(detail)
        split.setSizes([380, 320])
        register = QWidget(self)
        rl = QVBoxLayout(register)
        rl.setContentsMargins(0, 4, 0, 0)
        rl.addWidget(split)

        # -- the ranking
        self.ranking_model = FormationTableModel(RANKING_COLUMNS, self)
        self.ranking_table = table_view(self.ranking_model, self)
        set_widths(self.ranking_table, (50, 260, 130, 150, 150, 120, 110, 80, 80, 100))
        self.ranking_note = QLabel(self.tr(
            "Formations by the net value of re-mining them at the screening assumptions: "
            "recoverable metal × price − processing cost, counting only the components that "
            "pay. Hazard, area and status beside it say what each costs to keep."))
        self.ranking_note.setWordWrap(True)
        ranking = QWidget(self)
        kl = QVBoxLayout(ranking)
        kl.setContentsMargins(0, 4, 0, 0)
        kl.addWidget(self.ranking_note)
        kl.addWidget(self.ranking_table, 1)

        # -- monitoring (built when its tab is first opened)
        self.monitoring_holder = QWidget(self)
        QVBoxLayout(self.monitoring_holder).setContentsMargins(0, 0, 0, 0)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(register, self.tr("Register"))
        self.tabs.addTab(ranking, self.tr("Ranking"))
        self.tabs.addTab(self.monitoring_holder, self.tr("Monitoring"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = self.page_layout()
        layout.addWidget(self.title_label(self.tr("Technogenic formations")))
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)

    def _build_samples_tab(self) -> None:
        tab = QWidget(self)
        bar = QToolBar(tab)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.act_add_sample = QAction(icon("add"), self.tr("Add sample"), self)
        self.act_add_sample.triggered.connect(self.add_sample)
        self.act_edit_sample = QAction(icon("rename"), self.tr("Edit sample"), self)
        self.act_edit_sample.triggered.connect(self.edit_sample)
        self.act_delete_sample = QAction(icon("delete"), self.tr("Delete sample"), self)
        self.act_delete_sample.triggered.connect(self.delete_sample)
        self.act_add_block = QAction(icon("add"), self.tr("Add block"), self)
        self.act_add_block.triggered.connect(self.add_block)
        self.act_assumptions = QAction(icon("materials"), self.tr("Assumptions…"), self)
        self.act_assumptions.triggered.connect(self.edit_assumptions)
        for act in (self.act_add_sample, self.act_edit_sample, self.act_delete_sample,
                    self.act_add_block, self.act_assumptions):
            bar.addAction(act)
        self.samples_table = read_only_table(tab)
        self.samples_table.horizontalHeader().setStretchLastSection(False)
        self.samples_table.doubleClicked.connect(lambda _i: self.edit_sample())
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(bar)
        lay.addWidget(self.samples_table, 1)
        self.detail_tabs.addTab(tab, self.tr("Samples"))

    def _build_assessment_tab(self) -> None:
        self.assessment_table = read_only_table(self, [
            self.tr("Component"), self.tr("Basis"), self.tr("Grade"), self.tr("Tonnage, t"),
            self.tr("Contained, t"), self.tr("Recovery, %"), self.tr("Recoverable, t"),
            self.tr("Price per t, USD"), self.tr("Value, USD"), self.tr("Processing cost, USD"),
            self.tr("Net value, USD"), self.tr("Pays?")])
        self.assessment_summary = QLabel(self)
        self.assessment_summary.setObjectName("preview")
        self.assessment_summary.setWordWrap(True)
        tab = QWidget(self)
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.assessment_summary)
        lay.addWidget(self.assessment_table, 1)
        self.detail_tabs.addTab(tab, self.tr("Assessment"))

    def _build_curve_tab(self) -> None:
        self.curve_component = QComboBox(self)
        self.curve_component.currentIndexChanged.connect(self._show_curve)
        self.curve_table = read_only_table(self, [
            self.tr("Cut-off"), self.tr("Tonnage above, t"), self.tr("Mean grade above"),
            self.tr("Metal, t"), self.tr("Blocks")])
        self.curve_chart = GradeTonnageChart(self)
        self.curve_hint = QLabel(self)
        self.curve_hint.setWordWrap(True)
        tab = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Component")))
        row.addWidget(self.curve_component)
        row.addWidget(self.curve_hint, 1)
        body = QSplitter(tab)
        body.addWidget(self.curve_table)
        body.addWidget(self.curve_chart)
        body.setSizes([420, 560])
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(row)
        lay.addWidget(body, 1)
        self.curve_tab = tab
        self.detail_tabs.addTab(tab, self.tr("Grade–tonnage curve"))
        self.detail_tabs.currentChanged.connect(lambda _i: self._show_curve())

    # -- data ---------------------------------------------------------------------------
    def database_set(self) -> None:
        self.message_bar.hide()
        for act in (self.act_add, self.act_edit, self.act_delete, self.act_import,
                    self.act_defaults, self.act_add_sample, self.act_edit_sample,
                    self.act_delete_sample, self.act_add_block, self.act_assumptions):
            act.setEnabled(self.writable)
        if self.monitoring is not None:
            self.monitoring.set_database(self.db)

    def load(self) -> None:
        """Fetch the assessed register once; the register and the ranking share it."""
        keep = self.current.formation.id if self.current else None
        self.rows = fs.register(self.db) if self.db else []
        self.components = fs.list_components(self.db) if self.db else []
        self.model.set_rows(self.rows)
        self.ranking_model.set_rows(self.rows)
        valued = sum(1 for r in self.rows if r.assessment.net_value is not None)
        self.footer.setText(self.tr("%1 formations, %2 with a screening value").replace(
            "%1", formatting.count(len(self.rows))).replace("%2", formatting.count(valued)))
        if keep is not None and self.select_formation_id(keep):
            return
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show_detail(None)

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        if changes.touches(Entity.MONITORING, Entity.MONITORING_READING, Entity.FORMATION) \
                and self.monitoring is not None:
            self.monitoring.refresh()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.monitoring_holder and self.monitoring is None:
            from greendesk.ui.formation_monitoring import MonitoringPanel

            self.monitoring = MonitoringPanel(self.bus, self.undo_stack, self.message_bar,
                                              self.monitoring_holder)
            self.monitoring_holder.layout().addWidget(self.monitoring)
            self.monitoring.show()  # now, not when the layout gets round to it
            self.monitoring.set_database(self.db)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex({"register": 0, "ranking": 1, "monitoring": 2}[name])

    def selected(self) -> fs.RegisterRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[rows[0].row()]

    def select_formation_id(self, formation_id: int) -> bool:
        for r, row in enumerate(self.model.rows):
            if row.formation.id == formation_id:
                self.table.selectRow(r)
                self.table.scrollTo(self.model.index(r, 0))
                self._show_detail(row)
                return True
        return False

    def select_formation(self, name: str) -> bool:
        row = next((r for r in self.rows if r.formation.name == name), None)
        return row is not None and self.select_formation_id(row.formation.id)

    def _selection_changed(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self._show_detail(self.selected())

    # -- operations ---------------------------------------------------------------------
    def _formation_dialog(self, row: fs.FormationRow | None) -> FormationDialog:
        assert self.db is not None
        sites = [(s.id, s.name) for s in structure.get_plant(self.db).sites]
        return FormationDialog(self, sites, fs.stock_nodes(self.db), row)

    def add(self) -> None:
        if self.db is None:
            return
        db = self.db
        dlg = self._formation_dialog(None)

        def submit() -> None:
            cmd = fs.AddFormation(dlg.draft())
            perform(self.undo_stack, cmd, db, self.bus, self.tr("Add formation"), self.show_error)
            self.select_formation_id(cmd.id)  # type: ignore[arg-type]
            self.message_bar.show_message(self.tr("Formation “%1” added.").replace(
                "%1", dlg.name.text().strip()), "info")
        self.open_dialog(dlg, submit)

    def edit_selected(self) -> None:
        row = self.selected()
        if self.db is None or row is None:
            return
        db = self.db
        dlg = self._formation_dialog(row.formation)

        def submit() -> None:
            perform(self.undo_stack, fs.EditFormation(row.formation.id, dlg.draft()), db,
                    self.bus, self.tr("Edit formation"), self.show_error)
            self.message_bar.show_message(self.tr("Formation “%1” saved.").replace(
                "%1", dlg.name.text().strip()), "info")
        self.open_dialog(dlg, submit)

    def delete_selected(self) -> None:
        row = self.selected()
        if self.db is None or row is None:
            return
        try:
            perform(self.undo_stack, fs.DeleteFormation(row.formation.id), self.db, self.bus,
                    self.tr("Delete formation"), self.show_error)
        except DomainError as exc:
            self.show_error(shown(exc))
            return
        self.message_bar.show_message(self.tr(
            "Formation “%1” deleted with its samples. Undo with Ctrl+Z.").replace(
            "%1", row.formation.name), "info")

    def add_sample(self) -> None:
        row = self.current
        if self.db is None or row is None:
            return
        db = self.db
        dlg = SampleDialog(self, row.formation.id, self.components,
                           fs.list_blocks(db, row.formation.id))
        self.open_dialog(dlg, lambda: self.irreversible(
            lambda: fs.add_sample(db, dlg.draft())[1], self.tr("Add sample")))

    def _current_sample(self) -> fs.SampleRow | None:
        r = self.samples_table.currentRow()
        return self.samples[r] if 0 <= r < len(self.samples) else None

    def edit_sample(self) -> None:
        row, sample = self.current, self._current_sample()
        if self.db is None or row is None or sample is None:
            return
        db = self.db
        dlg = SampleDialog(self, row.formation.id, self.components,
                           fs.list_blocks(db, row.formation.id), sample)
        self.open_dialog(dlg, lambda: self.irreversible(
            lambda: fs.update_sample(db, sample.id, dlg.draft()),
            self.tr("Edit sample %1").replace("%1", sample.code)))

    def delete_sample(self) -> None:
        sample = self._current_sample()
        if self.db is None or sample is None:
            return
        db = self.db
        self.irreversible(lambda: fs.delete_samples(db, [sample.id]),
                           self.tr("Delete sample %1").replace("%1", sample.code))
        self.message_bar.show_message(self.tr("Sample %1 deleted.").replace("%1", sample.code),
                                      "info")

    def add_block(self) -> None:
        row = self.current
        if self.db is None or row is None:
            return
        db = self.db
        dlg = BlockDialog(self)
        self.open_dialog(dlg, lambda: self.irreversible(
            lambda: fs.add_block(db, row.formation.id, *dlg.values())[1],
            self.tr("Add block")))

    def edit_assumptions(self) -> None:
        row = self.current
        if self.db is None or row is None:
            return
        db, fid = self.db, row.formation.id
        dlg = AssumptionsDialog(self, self.components, fs.formation_assumptions(db, fid),
                                row.formation.name)
        self.open_dialog(dlg, lambda: self.irreversible(
            lambda: fs.set_formation_assumptions(db, fid, dlg.values()),
            self.tr("Edit the assumptions of “%1”").replace("%1", row.formation.name)))

    def edit_defaults(self) -> None:
        if self.db is None:
            return
        db = self.db
        dlg = AssumptionsDialog(self, self.components)

        def add_component() -> None:
            code = dlg.new_code.text().strip()
            try:
                self.irreversible(
                    lambda: fs.add_component(db, code, code, dlg.new_unit.currentData())[1],
                    self.tr("Add component %1").replace("%1", code))
            except DomainError as exc:
                dlg.show_error(shown(exc), exc.field)
                return
            dlg.reject()
            self.edit_defaults()

        def write() -> Changes:
            changes = Changes()
            for cid, a in dlg.values().items():
                changes = changes | fs.set_default_assumptions(db, cid, a)
            return changes

        def submit() -> None:
            self.irreversible(write, self.tr("Edit the default assumptions"))
        dlg.add_button.clicked.connect(add_component)
        self.open_dialog(dlg, submit)

    def import_file(self, path: Path | None = None, target: str = "formations") -> None:
        if self.db is None:
            return
        if path is None:
            chosen = file_dialogs.open_file(
                self, self.tr("Import formations, assays or readings"), str(Path.home()),
                self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt)"))
            if not chosen:
                return
            path = Path(chosen)
        from greendesk.ui.formation_import_ui import FormationImportDialog

        try:
            dlg = FormationImportDialog(self, self.db, path, target)
        except DomainError as exc:
            self.show_error(shown(exc))
            return

        def done(result) -> None:  # type: ignore[no-untyped-def]
            what = {"formations": self.tr("formations"), "assays": self.tr("assays"),
                    "readings": self.tr("readings")}[result.target]
            announce_irreversible(self.undo_stack, self.bus, result.changes, self.tr(
                "Import %1 %2 from %3").replace("%1", formatting.count(result.rows)).replace(
                "%2", what).replace("%3", result.file_name))
            text = self.tr("Imported %1 %2 from %3.").replace("%1", formatting.count(result.rows))\
                .replace("%2", what).replace("%3", result.file_name)
            if result.notes:
                text += " " + " ".join(shown(note) for note in result.notes)
            self.message_bar.show_message(text, "info")
        dlg.imported.connect(done)
        self.open_dialog(dlg)
