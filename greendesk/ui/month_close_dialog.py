"""The month close, guided: a site's checklist for a month, opened from the Balances section.

Each open item has a button that opens the place to fix it (ui/close_items: the record that
caused it where there is one — the stock-taking form filled in, the flows in the ledger, the
transfer's form — else the node's balance or metal, or the section) and one that waives it with
a reason. The list follows the change bus, so an item fixed elsewhere leaves it at once;
"Close the month" is enabled only when no site has an item open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greendesk.analysis.month_close import CloseItem, ItemKind
from greendesk.errors import DomainError
from greendesk.services import month_close
from greendesk.services.changes import Changes
from greendesk.store.db import Database
from greendesk.ui.bus import Bus
from greendesk.ui.kit.tables import read_only_table, reset_table, table_item
from greendesk.ui.refusals import shown


class MonthCloseDialog(QDialog):
    """A site's month-close checklist: open the place of each item, waive it, close."""

    opened = Signal(object)  # the CloseItem whose place the officer asked to open

    def __init__(self, parent: QWidget, db: Database, bus: Bus, undo_stack: QUndoStack | None,
                 site_id: int, period: str, threshold_pct: float) -> None:
        super().__init__(parent)
        self.db, self.bus, self.undo_stack = db, bus, undo_stack
        self.site_id, self.period, self.threshold_pct = site_id, period, threshold_pct
        self.sheet: month_close.MonthChecklist | None = None
        self.setWindowTitle(self.tr("Month close"))
        self.setMinimumSize(720, 420)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = read_only_table(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close the month"))
        self.close_button.setToolTip(self.tr("Close the month for every site: its records can "
                                             "no longer change until it is reopened."))
        self.close_button.clicked.connect(self.close_month)
        done = QPushButton(self.tr("Done"))
        done.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        bus.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()

    def kind_name(self, kind: ItemKind) -> str:
        return {ItemKind.STOCK_TAKING: self.tr("Stock-taking"), ItemKind.ASSAY: self.tr("Assay"),
                ItemKind.READING: self.tr("Monitoring reading"),
                ItemKind.TRANSFER: self.tr("Waste transfer"),
                ItemKind.BALANCE: self.tr("Balance"),
                ItemKind.METAL: self.tr("Metal balance"),
                ItemKind.EMISSION_FACTOR: self.tr("Emission factor")}[kind]

    def refresh(self) -> None:
        """Rebuild the list and the state of "Close the month" from the database."""
        try:
            self.sheet = month_close.checklist(self.db, self.site_id, self.period,
                                               self.threshold_pct)
            blocking = month_close.open_sites(self.db, self.period, self.threshold_pct)
        except DomainError as exc:
            self.status.setText(shown(exc))
            self.close_button.setEnabled(False)
            return
        sheet = self.sheet
        self.heading.setText(self.tr("<b>%1</b>, %2: %3 open, %4 waived.")
                             .replace("%1", sheet.site).replace("%2", sheet.period)
                             .replace("%3", str(len(sheet.open_items)))
                             .replace("%4", str(len(sheet.items) - len(sheet.open_items))))
        t = reset_table(self.table, [self.tr("Kind"), self.tr("What"), self.tr("State"), ""],
                        len(sheet.items))
        for row, item in enumerate(sheet.items):
            state = self.tr("open") if item.open else self.tr("waived: %1").replace(
                "%1", item.waived or "")
            for col, text in enumerate((self.kind_name(item.kind), shown(item.what), state)):
                t.setItem(row, col, table_item(text, False, text))
            t.setCellWidget(row, 3, self._row_buttons(item))
        # the sentence takes the width; the buttons keep theirs ("Пропустить…" is long)
        header = t.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        # a long reason: its tooltip; the heading shown whole even when the list is empty
        t.setColumnWidth(2, max(header.sectionSizeHint(2), min(t.sizeHintForColumn(2), 240)))
        t.setWordWrap(False)  # one line each, the whole sentence in the tooltip
        t.resizeRowsToContents()
        self.close_button.setEnabled(not blocking)
        if not sheet.items:
            self.status.setText(self.tr("Nothing is open for this site."))
        if blocking:
            self.status.setText(self.tr("Still open: %1.").replace(
                "%1", ", ".join(f"{site} ({count})" for site, count in blocking)))
        elif sheet.items:
            self.status.setText(self.tr("Every item is done or waived."))

    def _row_buttons(self, item: CloseItem) -> QWidget:
        w = QWidget()
        row = QHBoxLayout(w)
        row.setContentsMargins(0, 0, 0, 0)
        go = QPushButton(self.tr("Open"))
        go.setToolTip(self.tr("Open the place to fix this item."))
        go.clicked.connect(lambda: self.opened.emit(item))
        row.addWidget(go)
        if item.open:
            waive = QPushButton(self.tr("Waive…"))
            waive.setToolTip(self.tr("Leave this item as it is, with a reason kept in the "
                                     "audit trail."))
            waive.clicked.connect(lambda: self.waive(item))
            row.addWidget(waive)
        return w

    def waive(self, item: CloseItem, reason: str | None = None) -> None:
        """Waive an item; without `reason`, ask the officer for one."""
        from greendesk.ui.undo import perform

        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Waive item"),
                                              self.tr("Why is this item left as it is?"))
            if not ok:
                return
        self._try(lambda: perform(self.undo_stack, month_close.WaiveItem(
            self.site_id, self.period, item.key, reason), self.db, self.bus,
            self.tr("Waive month-close item"), self.status.setText))

    def close_month(self) -> None:
        """Close the period (every item of every site done or waived)."""
        from greendesk.ui.undo import announce_irreversible

        def write() -> None:
            changes = month_close.close_month(self.db, self.period, self.threshold_pct)
            announce_irreversible(self.undo_stack, self.bus, changes,
                                  self.tr("Close %s") % self.period,
                                  self.tr("reopen the period in the Audit trail, with a reason."))
            self.status.setText(self.tr("%s is closed: its records can no longer change.")
                                % self.period)
        self._try(write)

    def _try(self, step: Callable[[], object]) -> None:
        try:
            step()
        except DomainError as exc:
            self.status.setText(shown(exc))
