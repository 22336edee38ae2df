"""The greening checklist section: the prioritised plan, measures with their progress and
indicators, a dashboard, and the incident log — for one site at a time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.analysis.plan import effect_per_cost, order_plan, progress
from greendesk.errors import DomainError
from greendesk.i18n_catalog import catalogue_language
from greendesk.models.checklist import CostClass
from greendesk.services import checklist
from greendesk.services import indicators as ind
from greendesk.services.catalog import load_catalog
from greendesk.services.changes import Changes, Entity
from greendesk.ui import file_dialogs, formatting
from greendesk.ui.action_editor import ActionEditor, cost_text, status_text
from greendesk.ui.bus import Bus
from greendesk.ui.checklist_dialogs import DrillDialog, IncidentDialog, OwnActionDialog
from greendesk.ui.kit.empty import EmptyHint
from greendesk.ui.kit.panels import scrolling
from greendesk.ui.kit.tables import read_only_table
from greendesk.ui.kit.text import wrapping
from greendesk.ui.refusals import shown
from greendesk.ui.section import Section

OVERDUE = QBrush(QColor("#b3261e"))
ROLE_ID = Qt.ItemDataRole.UserRole
COST_CLASS_WIDTH = 170  # "Низкие — организационные" in two lines


def _item(text: str, action_id: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if action_id is not None:
        item.setData(ROLE_ID, action_id)
    return item


class ChecklistView(Section):
    def __init__(self, bus: Bus, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(bus, undo_stack, parent)
        self.site_id: int | None = None
        self.actions: list[checklist.ActionRow] = []
        self.measures: list[checklist.MeasureRow] = []
        self.pending_question: QMessageBox | None = None  # "replace the file?" (tests answer)
        self.today = date.today()
        self._dashboard_built = False

    def build(self) -> None:
        self.site = QComboBox()
        self.site.currentIndexChanged.connect(self._site_changed)
        self.make_toolbar()
        self.act_own = self.add_action(self.tr("Add own action…"), "add", self.add_own_action)
        self.act_incident = self.add_action(self.tr("Log incident…"), "loss", self.log_incident)

        self.plan = read_only_table(self, [
            self.tr("Cost class"), self.tr("Action"), self.tr("Status"), self.tr("Owner"),
            self.tr("Due"), self.tr("Expected effect"), self.tr("Estimated cost, ₸"),
            self.tr("Effect per million ₸")], single=True, fit=False)
        self.empty_hint = EmptyHint(self.plan, lambda: self.tr(
            "The plan gives every site its actions: add a site in Plant structure, then "
            "choose it above."))
        self.measures_tree = QTreeWidget(self)
        self.measures_tree.setHeaderLabels([self.tr("Measure / action"), self.tr("Status"),
                                            self.tr("Progress / value"), self.tr("Trend")])
        header = self.measures_tree.header()
        header.setStretchLastSection(False)
        # Names keep a readable width (whole in their tooltips); a long value is elided
        # rather than pushing the names to a few letters.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.measures_tree.setColumnWidth(0, 320)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (1, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.incidents = read_only_table(self, [
            self.tr("Date"), self.tr("Place"), self.tr("What happened"), self.tr("Released"),
            self.tr("Response"), self.tr("Clean-up waste records")], single=True, fit=False)
        # The action's text keeps a readable width; on a narrow window the plan scrolls
        # sideways rather than squeezing it to a few letters.
        self.plan.setColumnWidth(1, 320)
        self.dashboard = QWidget(self)
        self.dashboard_layout = QVBoxLayout(self.dashboard)
        self.summary = QLabel(self.dashboard)
        self.summary.setWordWrap(True)
        self.dashboard_layout.addWidget(self.summary)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.plan, self.tr("Plan"))
        self.tabs.addTab(self.measures_tree, self.tr("Measures and indicators"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.incidents, self.tr("Incidents"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.editor = ActionEditor(self)
        self.editor.set_indicators([(k, QCoreApplication.translate("indicators", d.title))
                                    for k, d in ind.INDICATORS.items()])
        self.editor.save_requested.connect(self.save_action)
        self.editor.attach_requested.connect(self.attach_evidence)
        self.editor.save_out_requested.connect(self.save_evidence)
        self.editor.drill_requested.connect(self.record_drill)
        self.plan.itemSelectionChanged.connect(
            lambda: self._select(self.plan.currentItem()))
        self.measures_tree.itemSelectionChanged.connect(
            lambda: self._select(self.measures_tree.currentItem()))

        splitter = QSplitter(self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(scrolling(self.editor))  # taller than a laptop's window
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 360])
        head = QHBoxLayout()
        head.addWidget(self.title_label(self.tr("Greening plan")))
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Site")))
        head.addWidget(self.site)
        layout = self.page_layout()
        layout.addLayout(head)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)

    # -- loading ------------------------------------------------------------------------
    def database_set(self) -> None:
        db = self.db
        self.message_bar.hide()
        if db is not None and not db.read_only:
            checklist.ensure_ready(db, catalogue_language(QLocale().name()))
        self.catalog = load_catalog(db) if db else None
        self.site.blockSignals(True)
        self.site.clear()
        if self.catalog:
            for id_, name in sorted(self.catalog.sites.items(), key=lambda kv: kv[1]):
                self.site.addItem(name, id_)
        self.site.blockSignals(False)
        self.site.setToolTip(self.site.currentText())  # chosen silently
        writable = db is not None and not db.read_only
        for act in (self.act_own, self.act_incident):
            act.setEnabled(writable)
        self.editor.save_button.setEnabled(writable)

    def load(self) -> None:
        self._site_changed()

    def _site_changed(self) -> None:
        self.site_id = self.site.currentData()
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Entity.SITE):
            self.database_set()
            self.reload()
        elif changes.touches(Entity.CHECKLIST, Entity.INCIDENT, Entity.FLOW):
            self.refresh()

    def refresh(self) -> None:
        selected = self.editor.action.id if self.editor.action else None
        if self.db is None or self.site_id is None:
            self.actions, self.measures = [], []
        else:
            self.actions = checklist.list_actions(self.db, self.site_id)
            self.measures = checklist.list_measures(self.db)
        self._fill_plan()
        self._fill_measures()
        self._fill_incidents()
        if self._dashboard_built or self.tabs.currentWidget() is self.dashboard:
            self._fill_dashboard()
        self.select_action(selected)

    def _fill_plan(self) -> None:
        plan = order_plan(self.actions)
        self.plan.setRowCount(len(plan))
        for r, a in enumerate(plan):
            ratio = effect_per_cost(a)
            effect = "" if a.expected_effect is None else \
                f"{formatting.number(a.expected_effect, decimals=0)} " \
                f"{formatting.unit(a.effect_unit)}".strip()
            cells = [cost_text(a.cost_class), f"{a.item_id}  {a.text}",
                     status_text(a.status), a.owner,
                     formatting.day(a.due_date) if a.due_date else "", effect,
                     "" if a.estimated_cost is None else formatting.number(a.estimated_cost,
                                                                           decimals=0),
                     "" if ratio is None else ("∞" if ratio == float("inf") else
                                               formatting.number(ratio * 1e6, decimals=1))]
            overdue = a.overdue(self.today)
            for c, text in enumerate(cells):
                item = _item(text, a.id)
                if overdue:
                    item.setForeground(OVERDUE)
                    if c == 4:
                        item.setText(self.tr("%s — overdue") % text)
                self.plan.setItem(r, c, item)
        self.plan.resizeColumnToContents(0)
        # the cost class wraps onto the row's second line, leaving the status in sight
        self.plan.setColumnWidth(0, min(self.plan.columnWidth(0), COST_CLASS_WIDTH))

    def _measure_actions(self, measure_id: str) -> list[checklist.ActionRow]:
        return [a for a in self.actions if a.measure_id == measure_id]

    def _fill_measures(self) -> None:
        self.measures_tree.clear()
        years = self._years()
        for m in self.measures:
            acts = self._measure_actions(m.id)
            p = progress(acts)
            share = "—" if p.share is None else formatting.percent(p.share)
            top = QTreeWidgetItem([f"{m.id}  {m.title}", "",
                                   self.tr("%1 of %2 done (%3)").replace("%1", str(p.done))
                                   .replace("%2", str(p.applicable)).replace("%3", share), ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for column in (0, 2):
                top.setToolTip(column, top.text(column))
            self.measures_tree.addTopLevelItem(top)
            for key in m.indicators:
                series = ind.compute(self.db, key, self.site_id, years) if self.db else None
                if series is None:
                    continue
                row = QTreeWidgetItem([
                    self.tr("Indicator: %s") % QCoreApplication.translate("indicators",
                                                                          series.title), "",
                    self._indicator_text(series), self._trend_text(series)])
                row.setToolTip(0, QCoreApplication.translate("indicators", series.formula))
                row.setToolTip(2, row.text(2))
                row.setForeground(0, QBrush(QColor("#2f6b57")))
                top.addChild(row)
            for a in acts:
                child = QTreeWidgetItem([f"{a.item_id}  {a.text}", status_text(a.status),
                                         a.owner, ""])
                child.setData(0, ROLE_ID, a.id)
                child.setToolTip(0, child.text(0))
                if a.retired:
                    child.setToolTip(0, self.tr("No longer in the built-in checklist"))
                if a.overdue(self.today):
                    child.setForeground(1, OVERDUE)
                top.addChild(child)
            top.setExpanded(True)

    def _years(self) -> list[int]:
        from greendesk.services.summary import date_range

        first, last = date_range(self.db) if self.db else (None, None)
        if last is None:
            return [self.today.year - 1]
        return list(range(max(first.year, last.year - 4), last.year + 1))  # type: ignore[union-attr]

    @staticmethod
    def _decimals(s: ind.IndicatorSeries) -> int:
        return {"": 0, "%": 1, "t": 0}.get(s.unit, 3)

    def _indicator_text(self, s: ind.IndicatorSeries) -> str:
        latest = s.latest()
        if latest is None:
            if not s.needs:
                return self.tr("No data yet.")
            return self.tr("No data yet: needs %1.").replace(
                "%1", QCoreApplication.translate("indicators", s.needs))
        year, value = latest
        number = formatting.number(value, decimals=self._decimals(s))
        return f"{number} {formatting.unit(s.unit)}".strip() + f" ({year})"

    def _trend_text(self, s: ind.IndicatorSeries) -> str:
        change = s.trend()
        if change is None:
            return ""
        arrow = "▲" if change > 0 else ("▼" if change < 0 else "=")
        return f"{arrow} {formatting.number(abs(change), decimals=self._decimals(s))}"

    def _fill_incidents(self) -> None:
        rows = checklist.list_incidents(self.db, self.site_id) if self.db and self.site_id else []
        self.incidents.setRowCount(len(rows))
        for r, i in enumerate(rows):
            released = "" if i.quantity_released is None else \
                f"{i.substances} {formatting.number(i.quantity_released, decimals=2)} " \
                f"{formatting.unit(i.quantity_unit)}"
            cells = [formatting.day(i.occurred_on), i.place, i.description, released.strip(),
                     i.response, ", ".join(f"#{f}" for f in i.cleanup_flow_ids)]
            for c, text in enumerate(cells):
                self.incidents.setItem(r, c, _item(text))

    # -- dashboard (pyqtgraph loads only when this tab is first opened) ---------------
    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.dashboard:
            self._fill_dashboard()

    def _fill_dashboard(self) -> None:
        import pyqtgraph as pg

        if not self._dashboard_built:
            pg.setConfigOptions(antialias=True, background="w", foreground="#24352d")
            # The title above the plot, where it wraps (pyqtgraph's own would be cut).
            title = wrapping(self.tr("Progress per measure, % of applicable actions done"),
                             self.dashboard)
            title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.dashboard_layout.addWidget(title)
            from greendesk.ui.chart_axes import locale_axes

            self.progress_plot = pg.PlotWidget(axisItems=locale_axes("left"))
            self.progress_plot.setYRange(0, 100)
            self.progress_plot.showGrid(y=True, alpha=0.3)
            self.dashboard_layout.addWidget(self.progress_plot, 1)
            self.indicator_list = QTreeWidget(self.dashboard)
            self.indicator_list.setHeaderLabels([self.tr("Indicator"), self.tr("Latest"),
                                                 self.tr("Trend")])
            ih = self.indicator_list.header()
            ih.setStretchLastSection(False)
            # The indicator's name keeps a readable width; a long value is elided (whole in
            # its tooltip) rather than pushing the names to a few letters.
            ih.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            self.indicator_list.setColumnWidth(0, 320)
            ih.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            ih.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
            self.dashboard_layout.addWidget(self.indicator_list, 1)
            self._dashboard_built = True
        shares = []
        for m in self.measures:
            p = progress(self._measure_actions(m.id))
            shares.append(0.0 if p.share is None else 100.0 * p.share)
        self.progress_plot.clear()
        self.dashboard_values = shares
        if shares:
            bars = pg.BarGraphItem(x=list(range(len(shares))), height=shares, width=0.6,
                                   brush="#5a9f83")
            self.progress_plot.addItem(bars)
            self.progress_plot.getAxis("bottom").setTicks(
                [[(i, m.id) for i, m in enumerate(self.measures)]])
        open_ = order_plan(self.actions)
        by_cost = {c: sum(1 for a in open_ if a.cost_class == c) for c in CostClass}
        overdue = sum(1 for a in self.actions if a.overdue(self.today))
        self.summary.setText(self.tr(
            "Open actions: %1 low-cost, %2 medium, %3 investment projects. Overdue: %4.")
            .replace("%1", str(by_cost[CostClass.LOW])).replace("%2", str(by_cost[CostClass.MEDIUM]))
            .replace("%3", str(by_cost[CostClass.HIGH])).replace("%4", str(overdue)))
        self.indicator_list.clear()
        years = self._years()
        for m in self.measures:
            for key in m.indicators:
                s = ind.compute(self.db, key, self.site_id, years) if self.db else None
                if s is not None:
                    row = QTreeWidgetItem([
                        f"{m.id}  " + QCoreApplication.translate("indicators", s.title),
                        self._indicator_text(s), self._trend_text(s)])
                    for column in (0, 1):
                        row.setToolTip(column, row.text(column))
                    self.indicator_list.addTopLevelItem(row)

    # -- selection and editing --------------------------------------------------------
    def _select(self, item) -> None:  # type: ignore[no-untyped-def]
        if item is None:
            return
        action_id = item.data(ROLE_ID) if isinstance(item, QTableWidgetItem) else item.data(0, ROLE_ID)
        if action_id is not None:
            self.select_action(int(action_id))

    def select_action(self, action_id: int | None) -> None:
        action = next((a for a in self.actions if a.id == action_id), None)
        if action is None or self.db is None:
            self.editor.show_action(None, [], [])
            return
        self.editor.show_action(action, checklist.list_evidence(self.db, action.id),
                                checklist.history(self.db, action.id))

    def action_by_item(self, item_id: str) -> checklist.ActionRow:
        return next(a for a in self.actions if a.item_id == item_id)

    def save_action(self, action_id: int, draft: checklist.ActionDraft) -> None:
        if self.db is None:
            return
        db = self.db
        item = next((a.item_id for a in self.actions if a.id == action_id), "")
        try:
            self.irreversible(lambda: checklist.update_action(db, action_id, draft),
                               self.tr("Save action %1").replace("%1", item).strip())
        except DomainError as exc:
            self.editor.show_error(shown(exc), exc.field)
            return
        self.message_bar.show_message(self.tr("Action saved."), "info")

    def attach_evidence(self, action_id: int, path: Path | None = None) -> None:
        if self.db is None:
            return
        if path is None:
            chosen = file_dialogs.open_file(self, self.tr("Attach evidence"))
            if not chosen:
                return
            path = Path(chosen)
        db, chosen_path = self.db, path
        try:
            self.irreversible(lambda: checklist.attach_evidence(db, action_id, chosen_path)[1],
                               self.tr("Attach %s") % path.name)
        except DomainError as exc:
            self.message_bar.show_message(shown(exc), "error")
            return
        self.message_bar.show_message(self.tr("%s attached.") % path.name, "info")

    def save_evidence(self, evidence_id: int, target: Path | None = None, *,
                      replace: bool = False) -> None:
        if self.db is None:
            return
        if target is None:
            chosen = file_dialogs.existing_folder(self, self.tr("Save a copy to"))
            if not chosen:
                return
            target = Path(chosen)
        try:
            written = checklist.save_evidence(self.db, evidence_id, target, replace=replace)
        except checklist.EvidenceFileExists as exc:
            self._ask_replace(evidence_id, exc)
            return
        except DomainError as exc:
            self.message_bar.show_message(shown(exc), "error")
            return
        self.message_bar.show_message(self.tr("Saved %s.") % written, "info")

    def _ask_replace(self, evidence_id: int, exists: checklist.EvidenceFileExists) -> None:
        """A file of that name is there: replace it, keep both (a free name), or neither."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the file?"),
                          self.tr("%1 already exists in %2. Replace it, or keep both and save "
                                  "this copy as %3?").replace("%1", exists.path.name)
                          .replace("%2", str(exists.path.parent)).replace("%3", exists.free.name),
                          QMessageBox.StandardButton.Cancel, self)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        self.pending_question = box

        def answered(_result: int) -> None:
            self.pending_question = None
            if box.clickedButton() is replace:
                self.save_evidence(evidence_id, exists.path, replace=True)
            elif box.clickedButton() is keep:
                self.save_evidence(evidence_id, exists.free)
        box.finished.connect(answered)
        box.open()

    def add_own_action(self) -> None:
        if self.db is None or self.site_id is None:
            return
        current = self.editor.action.measure_id if self.editor.action else None
        dlg = OwnActionDialog(self, self.measures, current)
        db, site = self.db, self.site_id

        def submit() -> None:
            changes = self.irreversible(lambda: checklist.add_own_action(
                db, site, dlg.measure.currentData(), dlg.text.text(),
                CostClass(dlg.cost.currentData()))[1], self.tr("Add own action"))
            self.select_action(next(iter(changes.ids)))  # the new action's id
        self.open_dialog(dlg, submit)

    def log_incident(self) -> None:
        if self.db is None or self.site_id is None or self.catalog is None:
            return
        dlg = IncidentDialog(self, self.catalog, self.site_id)
        db = self.db

        def submit() -> None:
            incident, cleanup = dlg.draft()
            self.irreversible(lambda: checklist.record_incident(db, incident, cleanup)[1],
                               self.tr("Log incident"))
            self.message_bar.show_message(self.tr("Incident logged."), "info")
            self.tabs.setCurrentWidget(self.incidents)
        self.open_dialog(dlg, submit)

    def record_drill(self, action_id: int) -> None:
        if self.db is None:
            return
        dlg = DrillDialog(self)
        db = self.db

        def submit() -> None:
            self.irreversible(lambda: checklist.record_drill(
                db, action_id, dlg.held_on.date().toPython(), dlg.note.text()),
                self.tr("Record drill"))
        self.open_dialog(dlg, submit)


