"""The permits of the site chosen in the plant structure: a table with add, edit, delete,
each permit's conditions and waste limits, and what asks for action: this year's waste
limits exceeded (so far) and permits expiring within 90 days.

Every write goes through `ui/undo.perform`, so Edit ▸ Undo takes a permit change back like
any other undoable edit. The panel follows the structure tree's selection: a site, or the
site of a node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from greendesk import periods
from greendesk.errors import DomainError
from greendesk.services import permits
from greendesk.services.permit_checks import (
    ACCUMULATION,
    PERMIT,
    expiry_warnings,
    waste_limit_exceedances,
)
from greendesk.services.permit_terms import SetPermitTerms, permit_terms
from greendesk.services.permits import PermitRow
from greendesk.services.structure import SiteRow
from greendesk.services.waste import list_waste_types
from greendesk.ui import formatting
from greendesk.ui.expiry import expiry_text
from greendesk.ui.kit.actions import add_action, toolbar
from greendesk.ui.kit.tables import fill_rows, read_only_table
from greendesk.ui.permit_dialogs import PermitDialog
from greendesk.ui.permit_terms_dialog import PermitTermsDialog
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
        self.act_terms = add_action(self, self.bar, self.tr("Conditions and limits…"), "rename",
                                    self.edit_terms)
        self.table = read_only_table(self, [
            self.tr("Permit number"), self.tr("Issued on"), self.tr("Issuing authority"),
            self.tr("Valid from"), self.tr("Valid until"), self.tr("Note")], single=True,
            wrap=False)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.itemSelectionChanged.connect(self._show_terms)
        self.terms = QLabel(self)
        self.terms.setWordWrap(True)
        self.checks = QLabel(self)
        self.checks.setWordWrap(True)
        self.checks.setStyleSheet("color:#a12626;")
        self.table.itemDoubleClicked.connect(lambda *_: self.edit_permit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.terms)
        layout.addWidget(self.checks)
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
        self._show_terms()
        self.checks.setText(self._checks() if db is not None and site else "")
        self.checks.setVisible(bool(self.checks.text()))

    def _checks(self) -> str:
        """This year's waste limits exceeded at the site and its permits expiring soon."""
        assert self.view.db is not None and self.site is not None
        today = periods.today()
        lines = []
        for x in waste_limit_exceedances(self.view.db, today.year, [self.site.id]):
            text = (self.tr("Permit %1: %2 accumulated %3 t in %4 against a limit of %5 t "
                            "(%6 t over).") if x.kind == ACCUMULATION else
                    self.tr("Permit %1: %2 buried %3 t in %4 against a limit of %5 t "
                            "(%6 t over)."))
            lines.append(text.replace("%1", x.permit_number).replace("%2", x.waste_type)
                         .replace("%3", formatting.number(x.actual_t, "t"))
                         .replace("%4", str(today.year))
                         .replace("%5", formatting.number(x.limit_t, "t"))
                         .replace("%6", formatting.number(x.excess_t, "t")))
        numbers = {p.number for p in self.rows}
        lines += [expiry_text(w) for w in expiry_warnings(self.view.db, today)
                  if w.kind == PERMIT and w.holder == self.site.name and w.number in numbers]
        return "\n".join(lines)

    def _show_terms(self) -> None:
        """The chosen permit's conditions and waste limits under the table."""
        row, db = self.selected(), self.view.db
        if row is None or db is None:
            self.terms.setText("")
            self.terms.setVisible(False)
            return
        terms = permit_terms(db, row.id)
        lines = [f"{i}. {c}" for i, c in enumerate(terms.conditions, 1)] or [
            self.tr("No conditions entered.")]
        none = "—"
        for w in terms.waste_limits:
            lines.append(self.tr("%1: accumulation %2 t/year, burial %3 t/year")
                         .replace("%1", w.waste_type)
                         .replace("%2", none if w.accumulation_t is None
                                  else formatting.number(w.accumulation_t, "t"))
                         .replace("%3", none if w.burial_t is None
                                  else formatting.number(w.burial_t, "t")))
        self.terms.setText("\n".join(lines))
        self.terms.setVisible(True)

    def selected(self) -> PermitRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() \
            else None

    def _update_actions(self) -> None:
        writable = self.view.writable and self.site is not None
        self.act_add.setEnabled(writable)
        self.act_edit.setEnabled(writable and self.selected() is not None)
        self.act_delete.setEnabled(writable and self.selected() is not None)
        self.act_terms.setEnabled(writable and self.selected() is not None)

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

    def edit_terms(self) -> None:
        """Edit the chosen permit's conditions and waste limits; one undoable step."""
        row = self.selected()
        if row is None or self.site is None or not self.view.writable or self.view.db is None:
            return
        types = [(w.id, w.name) for w in list_waste_types(self.view.db, self.site.id)]
        dlg = PermitTermsDialog(self.view, row.number, permit_terms(self.view.db, row.id),
                                types)
        self.view.open_dialog(dlg, lambda: self._perform(
            SetPermitTerms(row.id, dlg.terms()),
            self.tr("Conditions and limits of permit “%s”") % row.number))

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
