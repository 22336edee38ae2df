"""Relations between a site's streams, opened from the Balances section: list, add, edit,
remove.

A relation tells reconciliation what the officer knows beyond the measurements: stream B is
k × stream A (a transfer coefficient with its standard deviation) or the two are equal. The
streams are picked from the edges the site's records use; choosing a relation in the list
puts it in the form, where "Save changes" edits it. Every write goes through
`ui/undo.perform`, so Edit ▸ Undo takes it back; the list follows the change bus.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greendesk import periods
from greendesk.errors import DomainError
from greendesk.models import RelationKind
from greendesk.services import flow_relations as fr
from greendesk.services.changes import Changes, Entity
from greendesk.store.db import Database
from greendesk.ui import formatting, labels
from greendesk.ui.bus import Bus
from greendesk.ui.kit.combos import fill_combo, whole_names
from greendesk.ui.kit.numbers import typed_number
from greendesk.ui.kit.periods import date_edit
from greendesk.ui.kit.tables import fill_rows, read_only_table
from greendesk.ui.refusals import shown
from greendesk.ui.undo import perform


def _day(edit) -> date:  # type: ignore[no-untyped-def]
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _short(value: float | None) -> str:
    """0.002 as the language writes it, without trailing zeros."""
    text = formatting.number(value or 0.0, None, 6)
    return text.rstrip("0").rstrip(",.") if any(c in text for c in ",.") else text


class RelationsDialog(QDialog):
    """A site's stream relations: the list, a form to add one, and Remove."""

    def __init__(self, parent: QWidget, db: Database, bus: Bus, undo_stack: QUndoStack | None,
                 site_id: int, site_name: str) -> None:
        super().__init__(parent)
        self.db, self.bus, self.undo_stack = db, bus, undo_stack
        self.site_id = site_id
        self.rows: list[fr.RelationRow] = []
        self.setWindowTitle(self.tr("Relations between flows"))
        self.setMinimumSize(720, 480)
        heading = QLabel(self.tr("What you know about the flows of “%s” beyond their "
                                 "measurements: one is a share of another (stream B = k × "
                                 "stream A), or two are equal. Reconciliation keeps to "
                                 "them.") % site_name)
        heading.setWordWrap(True)
        self.table = read_only_table(self, [
            self.tr("Stream A"), self.tr("Stream B"), self.tr("Relation"),
            self.tr("Valid from"), self.tr("Valid until"), self.tr("Note")], single=True,
            wrap=False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)

        self.stream_a = whole_names(QComboBox())
        self.stream_b = whole_names(QComboBox())
        self.kind = QComboBox()
        for k in RelationKind:
            self.kind.addItem(labels.name(k), k)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.coefficient = QLineEdit()
        self.coefficient.setPlaceholderText(self.tr("e.g. 0,002"))
        self.sigma = QLineEdit()
        self.sigma.setPlaceholderText(self.tr("0 when exact"))
        year = periods.today().year
        self.valid_from = date_edit(date(year, 1, 1))
        self.valid_until = date_edit(date(year, 12, 31))
        self.no_end = QCheckBox(self.tr("no end date"))
        self.no_end.setChecked(True)
        self.no_end.toggled.connect(lambda on: self.valid_until.setEnabled(not on))
        self.valid_until.setEnabled(False)
        until = QWidget()
        until_row = QHBoxLayout(until)
        until_row.setContentsMargins(0, 0, 0, 0)
        until_row.addWidget(self.valid_until, 1)
        until_row.addWidget(self.no_end)
        self.note = QLineEdit()
        self.add_button = QPushButton(self.tr("Add relation"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setToolTip(self.tr("Change the relation chosen in the list to what "
                                            "the form says."))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color:#a12626;")
        done = QPushButton(self.tr("Done"))
        done.clicked.connect(self.accept)

        form = QFormLayout()
        form.addRow(self.tr("Stream A"), self.stream_a)
        form.addRow(self.tr("Relation"), self.kind)
        form.addRow(self.tr("Stream B"), self.stream_b)
        form.addRow(self.tr("Coefficient k (B = k × A)"), self.coefficient)
        form.addRow(self.tr("Standard deviation of k"), self.sigma)
        form.addRow(self.tr("Valid from"), self.valid_from)
        form.addRow(self.tr("Valid until"), until)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        bus.changed.connect(self._changed)
        self.streams = fr.site_streams(db, site_id)
        for box in (self.stream_a, self.stream_b):
            fill_combo(box, [(label, i) for i, (_s, label) in enumerate(self.streams)])
        if len(self.streams) > 1:
            self.stream_b.setCurrentIndex(1)
        self._kind_changed()
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Entity.FLOW_RELATION):
            self.refresh()

    def _kind_changed(self) -> None:
        transfer = RelationKind(self.kind.currentData()) is RelationKind.TRANSFER
        self.coefficient.setEnabled(transfer)
        self.sigma.setEnabled(transfer)

    def refresh(self) -> None:
        """The site's relations from the database."""
        self.rows = fr.list_relations(self.db, self.site_id)
        no_end = self.tr("no end date")
        fill_rows(self.table, [
            [r.a_label, r.b_label, self._relation_text(r.draft),
             formatting.day(r.draft.valid_from),
             formatting.day(r.draft.valid_until) if r.draft.valid_until else no_end,
             r.draft.note] for r in self.rows])
        self._update_buttons()

    def _relation_text(self, d: fr.RelationDraft) -> str:
        if d.kind is RelationKind.EQUAL:
            return self.tr("B = A")
        return self.tr("B = %1 × A (σ %2)").replace("%1", _short(d.coefficient)).replace(
            "%2", _short(d.coefficient_sigma))

    def _update_buttons(self) -> None:
        writable = not self.db.read_only
        self.add_button.setEnabled(writable and self.stream_a.count() > 1)
        self.remove_button.setEnabled(writable and self.selected() is not None)
        self.save_button.setEnabled(writable and self.selected() is not None)

    def _selection_changed(self) -> None:
        row = self.selected()
        if row is not None:
            self.fill(row.draft)
        self._update_buttons()

    def fill(self, d: fr.RelationDraft) -> None:
        """Put a relation in the form, to be edited (a stream no record uses is left as is)."""
        for box, stream in ((self.stream_a, d.a), (self.stream_b, d.b)):
            i = next((i for i, (s, _l) in enumerate(self.streams) if s == stream), None)
            if i is not None:
                box.setCurrentIndex(box.findData(i))
        self.kind.setCurrentIndex(self.kind.findData(d.kind))
        self.coefficient.setText(_short(d.coefficient) if d.coefficient is not None else "")
        self.sigma.setText(_short(d.coefficient_sigma) if d.coefficient is not None else "")
        self.valid_from.setDate(QDate(d.valid_from.year, d.valid_from.month, d.valid_from.day))
        self.no_end.setChecked(d.valid_until is None)
        if d.valid_until is not None:
            u = d.valid_until
            self.valid_until.setDate(QDate(u.year, u.month, u.day))
        self.note.setText(d.note)

    def selected(self) -> fr.RelationRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() \
            else None

    def draft(self) -> fr.RelationDraft:
        """The form's relation; DomainError for a number that is not one."""
        kind = RelationKind(self.kind.currentData())  # Qt hands the value back as a str
        k = sigma = None
        if kind is RelationKind.TRANSFER:
            k = typed_number(self.coefficient.text(), "coefficient", self.tr("coefficient")) \
                if self.coefficient.text().strip() else None
            sigma = typed_number(self.sigma.text(), "coefficient_sigma",
                                 self.tr("standard deviation")) \
                if self.sigma.text().strip() else 0.0
        a, b = (self.streams[box.currentData()][0] for box in (self.stream_a, self.stream_b))
        return fr.RelationDraft(self.site_id, kind, a, b, k, sigma, _day(self.valid_from),
                                None if self.no_end.isChecked() else _day(self.valid_until),
                                self.note.text())

    def add(self) -> None:
        """Add the form's relation as an undoable step; a refusal is shown in the dialog."""
        try:
            perform(self.undo_stack, fr.AddRelation(self.draft()), self.db, self.bus,
                    self.tr("Add relation between flows"), self.status.setText)
        except DomainError as exc:
            self.status.setText(shown(exc))
            return
        self.status.clear()
        self.note.clear()

    def save(self) -> None:
        """Change the chosen relation to the form's as an undoable step; a refusal (or an
        edit made elsewhere meanwhile) is shown in the dialog."""
        row = self.selected()
        if row is None:
            return
        try:
            perform(self.undo_stack, fr.EditRelation(row.id, self.draft(), row.version),
                    self.db, self.bus, self.tr("Change relation between flows"),
                    self.status.setText)
        except DomainError as exc:
            self.status.setText(shown(exc))
            return
        self.status.clear()

    def remove_selected(self) -> None:
        """Remove the chosen relation as an undoable step."""
        row = self.selected()
        if row is None:
            return
        try:
            perform(self.undo_stack, fr.DeleteRelation(row.id), self.db, self.bus,
                    self.tr("Remove relation between flows"), self.status.setText)
        except DomainError as exc:
            self.status.setText(shown(exc))
            return
        self.status.clear()
