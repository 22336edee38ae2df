"""The Balances reconciliation view's write-back: each estimated (unmeasured) stream's
reconciled value into its unmeasured records, as one undoable step.

Apart from ui/balance_view so that view stays small. Enabled only after a reconciliation
that estimated some stream; a failed (or untestable) global test asks the officer first,
since the estimates then rest on balances that do not close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from greendesk.errors import DomainError
from greendesk.services import flow_reconciled as fw
from greendesk.services.reconcile_site import SiteReconciliation
from greendesk.store.db import Database
from greendesk.ui.bus import Bus
from greendesk.ui.refusals import shown
from greendesk.ui.undo import perform


class ReconciledWriteButton(QPushButton):
    """Writes the shown reconciliation's estimates; `say(text, level)` reports the outcome
    (the view's message bar); `ask(text)` is the officer's confirmation (tests replace it)."""

    def __init__(self, parent: QWidget, bus: Bus, undo_stack: QUndoStack | None,
                 say: Callable[[str, str], None]) -> None:
        super().__init__(parent)
        self.setText(self.tr("Write reconciled values into the unmeasured flows"))
        self.setToolTip(self.tr("Each flow the reconciliation estimated takes its reconciled "
                                "value; a flow with weighed records too takes the rest. Edit ▸ "
                                "Undo takes it back."))
        self.bus, self.undo_stack, self.say = bus, undo_stack, say
        self.ask: Callable[[str], bool] = self._ask
        self.db: Database | None = None
        self.site_id = 0
        self.reconciliation: SiteReconciliation | None = None
        self.clicked.connect(self.write)
        self.show_reconciliation(None, None, 0)

    def show_reconciliation(self, db: Database | None, rec: SiteReconciliation | None,
                            site_id: int) -> None:
        """The reconciliation now shown (None: none); enabled when it estimated a stream."""
        self.db, self.reconciliation, self.site_id = db, rec, site_id
        self.setEnabled(db is not None and not db.read_only and rec is not None
                        and any(v.status == "estimated" for v in rec.flows))

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Write reconciled values"), text)
        return answer == QMessageBox.StandardButton.Yes

    def write(self) -> None:
        """Write the estimates as one undoable step, after asking when the test failed."""
        db, rec = self.db, self.reconciliation
        if db is None or rec is None:
            return
        confirmed = rec.result.passed is True or self.ask(self.tr(
            "The global test did not pass (or could not be run), so the estimates rest on "
            "balances that do not close. Write them into the unmeasured flows anyway?"))
        if not confirmed:
            return
        try:
            writes = fw.reconciled_writes(db, self.site_id, rec)
            step = fw.write_back(db, self.site_id, rec, confirmed=True)
            perform(self.undo_stack, step, db, self.bus,
                    self.tr("Write reconciled values"), lambda text: self.say(text, "error"))
        except DomainError as exc:
            self.say(shown(exc), "error")
            return
        text = self.tr("Reconciled values written; flows changed: %1.").replace(
            "%1", str(len(writes.totals)))
        if writes.undetermined:
            text += " " + self.tr("Left as they were, since reconciliation could not "
                                  "determine them: %1.").replace(
                "%1", "; ".join(writes.undetermined))
        self.say(text, "info")
