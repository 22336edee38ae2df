"""How the window words a permit or contractor licence about to expire (the permits panel,
the waste register's contractors, the start page say it alike)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from greendesk.services.permit_checks import PERMIT, ExpiryWarning
from greendesk.ui import formatting


def expiry_text(w: ExpiryWarning) -> str:
    """One sentence: which document of whom expires when, in how many days."""
    text = (QCoreApplication.translate("Expiry", "Permit %1 of %2 expires on %3, in %4 days.")
            if w.kind == PERMIT else
            QCoreApplication.translate("Expiry", "Licence %1 of %2 expires on %3, in %4 days."))
    return (text.replace("%1", w.number).replace("%2", w.holder)
            .replace("%3", formatting.day(w.valid_until)).replace("%4", str(w.days_left)))
