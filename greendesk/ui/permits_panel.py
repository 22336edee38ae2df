"""The permits of the site chosen in the plant structure: a table with add, edit, delete.

Every write goes through `ui/undo.perform`, so Edit ▸ Undo takes a permit change back like
any other undoable edit. The panel follows the structure tree's selection: a site, or the
site of a node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from greendesk.errors import DomainError
from greendesk.services import permits
from greendesk.services.permits import PermitRow
from greendesk.services.structure import SiteRow
from greendesk.ui import formatting
from greendesk.ui.kit.actions import add_action, toolbar
from greendesk.ui.kit.tables import fill_rows, read_only_table
from greendesk.ui.permit_dialogs import PermitDialog
from greendesk.ui.refusals import shown
from greendesk.ui.undo import perform

if TYPE_CHECKING:
    from greendesk.ui.structure_view import StructureView


class PermitsPanel(QWidget):
    """The chosen site's environmental permits, newest validity first."""

    def __init__(self, view: StructureView) -> None:
        super().__init__(view)
        self.view = view
        self.site: SiteRow | None = None
        self.rows: list[PermitRow] = []
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.bar = toolbar(self)
        self.act_add = add_action(self, self.bar, self.tr("Add permit"), "add", self.add_permit)
        self.act_edit = add_action(self, self.bar, self.tr("Edit permit"), "rename",
                                   self.edit_permit)
        self.act_delete = add_action(self, self.bar, self.tr("Delete permit"), "delete",
                                     self.delete_permit)
        self.table = read_only_table(self, [
            self.tr("Permit number"), self.tr("Issued on"), self.tr("Issuing authority"),
            self.tr("Valid from"), self.tr("Valid until"), self.tr("Note")], single=True,
            wrap=False)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.itemDoubleClicked.connect(lambda *_: self.edit_permit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        self.show_site(None)

    def show_site(self, site: SiteRow | None) -> None:
        """Show the permits of `site` (none chosen: an empty table and a hint)."""
        self.site = site
        db = self.view.db
        self.rows = permits.list_permits(db, site.id) if db is not None and site else []
        self.heading.setText(self.tr("Environmental permits of “%s”") % site.name if site else
                             self.tr("Choose a site to see its environmental permits."))
        no_end = self.tr("no end date")
        fill_rows(self.table, [
            [p.number, formatting.day(p.issued_on), p.authority, formatting.day(p.valid_from),
             formatting.day(p.valid_until) if p.valid_until else no_end, p.note]
            for p in self.rows])
        self._update_actions()

    def selected(self) -> PermitRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() \
            else None

    def _update_actions(self) -> None:
        writable = self.view.writable and self.site is not None
        self.act_add.setEnabled(writable)
        self.act_edit.setEnabled(writable and self.selected() is not None)
        self.act_delete.setEnabled(writable and self.selected() is not None)

    def _perform(self, command: object, text: str) -> None:
        """Apply a permit command as an undoable step; a refusal propagates to the form."""
        assert self.view.db is not None
        perform(self.view.undo_stack, command, self.view.db, self.view.bus,  # type: ignore[arg-type]
                text, self.view.show_error)

    def add_permit(self) -> None:
        if self.site is None or not self.view.writable:
            return
        dlg = PermitDialog(self.view, self.site.id, self.site.name)
        self.view.open_dialog(dlg, lambda: self._perform(
            permits.AddPermit(dlg.draft()), self.tr("Add permit “%s”") % dlg.number_edit.text()))

    def edit_permit(self) -> None:
        row = self.selected()
        if row is None or self.site is None or not self.view.writable:
            return
        dlg = PermitDialog(self.view, self.site.id, self.site.name, row)
        self.view.open_dialog(dlg, lambda: self._perform(
            permits.EditPermit(row.id, dlg.draft(), row.version),
            self.tr("Edit permit “%s”") % row.number))

    def delete_permit(self) -> None:
        row = self.selected()
        if row is None or not self.view.writable:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete permit"),
                          self.tr("Delete permit “%s”?") % row.number,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.view)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.view.pending_confirmation = box

        def answered(_result: int) -> None:
            self.view.pending_confirmation = None
            if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
                return
            try:
                self._perform(permits.DeletePermit(row.id),
                              self.tr("Delete permit “%s”") % row.number)
            except DomainError as exc:
                self.view.show_error(shown(exc))
        box.finished.connect(answered)
        box.open()
