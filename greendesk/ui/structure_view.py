"""The plant structure section: enterprise → sites → nodes, with add, edit, move, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from greendesk.errors import DomainError
from greendesk.services import structure
from greendesk.services.changes import Changes, Entity
from greendesk.services.structure import NodeRow, PlantRow, SiteRow
from greendesk.ui import file_dialogs, labels
from greendesk.ui.bus import Bus
from greendesk.ui.forms import FormDialog
from greendesk.ui.icons import icon
from greendesk.ui.permits_panel import PermitsPanel
from greendesk.ui.plant_import_ui import PlantImportController
from greendesk.ui.refusals import qt_translate, shown
from greendesk.ui.section import Section
from greendesk.ui.structure_dialogs import EnterpriseDialog, MoveNodeDialog, NodeDialog, SiteDialog
from greendesk.ui.undo import perform_irreversible

ROLE_REF = Qt.ItemDataRole.UserRole  # ("enterprise" | "site" | "node", id)


class StructureView(Section):
    """Shows the tree and turns the officer's edits into service calls."""

    WATCHES = frozenset({Entity.ENTERPRISE, Entity.SITE, Entity.NODE, Entity.PERMIT})

    def __init__(self, bus: Bus, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(bus, undo_stack, parent)
        self.plant: PlantRow | None = None
        self.pending_confirmation: QMessageBox | None = None

    def build(self) -> None:
        self.make_toolbar()
        self.act_enterprise = self.add_action(self.tr("Enterprise…"), "enterprise",
                                              self.edit_enterprise)
        self.act_add_site = self.add_action(self.tr("Add site"), "site", self.add_site)
        self.act_add_node = self.add_action(self.tr("Add node"), "add", self.add_node,
                                            QKeySequence.StandardKey.New)
        self.act_edit = self.add_action(self.tr("Edit"), "rename", self.edit_selected,
                                        QKeySequence(Qt.Key.Key_F2))
        self.act_move = self.add_action(self.tr("Move to site…"), "move", self.move_selected)
        self.act_delete = self.add_action(self.tr("Delete"), "delete", self.delete_selected,
                                          QKeySequence.StandardKey.Delete)

        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setText(self.tr(
            "This database has no enterprise yet. Enter its name and BIN to start "
            "describing your plant."))
        self.empty_button = QPushButton(self.tr("Enter the enterprise…"), self)
        self.empty_button.clicked.connect(self.edit_enterprise)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Details")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for act in (self.act_add_node, self.act_edit, self.act_move, self.act_delete):
            self.tree.addAction(act)
        self.tree.itemSelectionChanged.connect(self._update_actions)
        self.tree.itemSelectionChanged.connect(self._show_permits)
        self.permits = PermitsPanel(self)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())

        layout = self.page_layout()
        layout.setSpacing(8)
        layout.addWidget(self.title_label(self.tr("Plant structure")))
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.tree, 2)
        layout.addWidget(self.permits, 1)
        self._update_actions()
        self.plant_importer = PlantImportController(self, self.bus, self.undo_stack,
                                                    self.message_bar)

    def import_plant(self) -> None:
        """File ▸ Import plant set-up…: choose the workbook, see its differences, apply."""
        self.plant_importer.db = self.db
        self.plant_importer.choose_and_import()

    def save_plant_template(self) -> None:
        """File ▸ Save plant set-up template…: the workbook to fill in, in the window's
        language, with the database's classifier codes in its drop-down lists."""
        from greendesk.importers.plant_workbook import write_plant_workbook

        path, _ = file_dialogs.save_file(
            self, self.tr("Save the plant set-up template"), "greendesk-plant-setup.xlsx",
            self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        try:
            written = write_plant_workbook(path, self.db, translate=qt_translate)
        except OSError as exc:
            self.show_error(self.tr("The template could not be written: %s")
                            % (exc.strerror or exc))
            return
        self.show_info(self.tr("Template saved as %s. Fill it in and use Import plant "
                               "set-up….") % written)

    # -- data ---------------------------------------------------------------------------
    def database_set(self) -> None:
        self.message_bar.hide()

    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_ref()
        expanded = self._expanded_refs()
        self.tree.clear()
        self.plant = structure.get_plant(self.db) if self.db else None
        has_enterprise = bool(self.plant and self.plant.enterprise_id)
        self.empty_hint.setVisible(self.db is not None and not has_enterprise)
        self.empty_button.setVisible(self.db is not None and not has_enterprise)
        self.tree.setVisible(has_enterprise)
        self.permits.setVisible(has_enterprise)
        if not has_enterprise or self.plant is None:
            self._update_actions()
            self._show_permits()
            return
        root = QTreeWidgetItem([self.plant.enterprise_name, self.tr("Enterprise"),
                                self.tr("BIN %s") % self.plant.bin])
        root.setIcon(0, icon("enterprise"))
        root.setData(0, ROLE_REF, ("enterprise", self.plant.enterprise_id))
        self.tree.addTopLevelItem(root)
        for site in self.plant.sites:
            site_item = QTreeWidgetItem([site.name, labels.site_kind(site.kind), site.region])
            site_item.setIcon(0, icon("site"))
            site_item.setData(0, ROLE_REF, ("site", site.id))
            if site.address:
                site_item.setToolTip(0, site.address)
            root.addChild(site_item)
            for node in site.nodes:
                detail = labels.loss_reason(node.loss_reason) if node.loss_reason else ""
                item = QTreeWidgetItem([node.name, labels.node_kind(node.kind), detail])
                item.setIcon(0, icon(node.kind.value))
                item.setData(0, ROLE_REF, ("node", node.id))
                if node.note:
                    item.setToolTip(0, node.note)
                site_item.addChild(item)
            site_item.setExpanded(("site", site.id) in expanded or not expanded)
        root.setExpanded(True)
        if selected:
            self.select_ref(selected)
        self._update_actions()
        self._show_permits()

    def _show_permits(self) -> None:
        """The permit table follows the tree: the selected site, or the site of a node."""
        ref = self.selected_ref()
        site = None
        if self.plant and ref and ref[0] in ("site", "node"):
            site = self._site(ref[1] if ref[0] == "site" else self._node(ref[1]).site_id)
        self.permits.show_site(site)

    def _expanded_refs(self) -> set[tuple[str, int]]:
        refs: set[tuple[str, int]] = set()
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.isExpanded():
                refs.add(item.data(0, ROLE_REF))
            stack.extend(item.child(i) for i in range(item.childCount()))
        return refs

    def find_item(self, ref: tuple[str, int]) -> QTreeWidgetItem | None:
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if tuple(item.data(0, ROLE_REF)) == tuple(ref):
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    def select_ref(self, ref: tuple[str, int]) -> None:
        item = self.find_item(ref)
        if item is not None:
            self.tree.setCurrentItem(item)

    def selected_ref(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        return tuple(item.data(0, ROLE_REF)) if item is not None else None  # type: ignore[return-value]

    def _site(self, site_id: int) -> SiteRow:
        assert self.plant is not None
        return next(s for s in self.plant.sites if s.id == site_id)

    def _node(self, node_id: int) -> NodeRow:
        assert self.plant is not None
        return next(n for s in self.plant.sites for n in s.nodes if n.id == node_id)

    def _site_choices(self) -> list[tuple[int, str]]:
        return [(s.id, s.name) for s in self.plant.sites] if self.plant else []

    def _update_actions(self) -> None:
        ref = self.selected_ref()
        kind = ref[0] if ref else None
        writable = self.db is not None and not self.db.read_only
        has_enterprise = bool(self.plant and self.plant.enterprise_id)
        self.act_enterprise.setEnabled(writable)
        self.act_add_site.setEnabled(writable and has_enterprise)
        self.act_add_node.setEnabled(writable and bool(self.plant and self.plant.sites))
        self.act_edit.setEnabled(writable and kind is not None)
        self.act_move.setEnabled(writable and kind == "node" and len(self._site_choices()) > 1)
        self.act_delete.setEnabled(writable and kind in ("site", "node"))

    # -- operations ---------------------------------------------------------------------
    def _run(self, operation: Callable[[], Changes], done: str, what: str) -> bool:
        """Call a service; show its refusal in the message bar, or announce its changes
        (structure edits cannot be undone: Undo stops at `what`)."""
        try:
            perform_irreversible(self.undo_stack, self.bus, operation, what)
        except DomainError as exc:
            self.message_bar.show_message(shown(exc), "error")
            return False
        self.message_bar.show_message(done, "info")
        return True

    def _open_form(self, dialog: FormDialog, submit: Callable[[], None]) -> FormDialog:
        self.open_dialog(dialog, submit)
        return dialog

    def _submit(self, operation: Callable[[], Changes], select: Callable[[Changes], None],
                what: str) -> Callable[[], None]:
        """A form's submit: errors stay in the form (DomainError propagates to it)."""
        def run() -> None:
            changes = perform_irreversible(self.undo_stack, self.bus, operation, what)
            self.message_bar.hide()
            select(changes)
        return run

    def edit_enterprise(self) -> None:
        if self.db is None:
            return
        plant = self.plant
        dlg = EnterpriseDialog(self, plant.enterprise_name if plant else "",
                               plant.bin if plant else "")
        db = self.db
        version = plant.enterprise_version if plant else None
        self._open_form(dlg, self._submit(
            lambda: structure.set_enterprise(db, dlg.name_edit.text(), dlg.bin_edit.text(),
                                             version=version),
            lambda ch: None, self.tr("Edit the enterprise")))

    def add_site(self) -> None:
        if self.db is None:
            return
        dlg = SiteDialog(self)
        db = self.db

        def op() -> Changes:
            site_id, changes = structure.add_site(db, dlg.draft())
            return changes
        self._open_form(dlg, self._submit(op, lambda ch: self.select_ref(
            ("site", next(iter(ch.ids)))), self.tr("Add site")))

    def add_node(self) -> None:
        if self.db is None or not self.plant or not self.plant.sites:
            return
        ref = self.selected_ref()
        site_id = self.plant.sites[0].id
        if ref and ref[0] == "site":
            site_id = ref[1]
        elif ref and ref[0] == "node":
            site_id = self._node(ref[1]).site_id
        dlg = NodeDialog(self, self._site_choices(), site_id)
        db = self.db

        def op() -> Changes:
            return structure.add_node(db, dlg.draft())[1]
        self._open_form(dlg, self._submit(op, lambda ch: self.select_ref(
            ("node", next(iter(ch.ids)))), self.tr("Add node")))

    def edit_selected(self) -> None:
        ref = self.selected_ref()
        if self.db is None or ref is None:
            return
        db = self.db
        if ref[0] == "enterprise":
            self.edit_enterprise()
        elif ref[0] == "site":
            site = self._site(ref[1])
            dlg = SiteDialog(self, site)
            self._open_form(dlg, self._submit(
                lambda: structure.update_site(db, ref[1], dlg.draft(), version=site.version),
                lambda ch: None, self.tr("Edit site “%s”") % site.name))
        else:
            node = self._node(ref[1])
            ndlg = NodeDialog(self, self._site_choices(), node.site_id,
                              (node.name, node.kind, node.loss_reason, node.note))
            self._open_form(ndlg, self._submit(
                lambda: structure.update_node(db, ref[1], ndlg.draft(), version=node.version),
                lambda ch: None, self.tr("Edit node “%s”") % node.name))

    def move_selected(self) -> None:
        ref = self.selected_ref()
        if self.db is None or ref is None or ref[0] != "node":
            return
        node = self._node(ref[1])
        dlg = MoveNodeDialog(self, node.name, self._site_choices(), node.site_id)
        db = self.db
        self._open_form(dlg, self._submit(
            lambda: structure.move_node(db, node.id, dlg.target_site()),
            lambda ch: self.select_ref(("node", node.id)), self.tr("Move node “%s”") % node.name))

    def delete_selected(self) -> None:
        ref = self.selected_ref()
        if self.db is None or ref is None or ref[0] not in ("site", "node"):
            return
        db = self.db
        if ref[0] == "site":
            site = self._site(ref[1])
            question = self.tr("Delete site “%s” and its %n node(s)?", "", len(site.nodes)) % site.name

            def op() -> Changes:
                return structure.delete_site(db, site.id)
            done = self.tr("Site “%s” deleted.") % site.name
            what = self.tr("Delete site “%s”") % site.name
        else:
            node = self._node(ref[1])
            question = self.tr("Delete node “%s”?") % node.name

            def op() -> Changes:
                return structure.delete_node(db, node.id)
            done = self.tr("Node “%s” deleted.") % node.name
            what = self.tr("Delete node “%s”") % node.name
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.pending_confirmation = box

        def answered(_result: int) -> None:
            self.pending_confirmation = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._run(op, done, what)
        box.finished.connect(answered)
        box.open()
