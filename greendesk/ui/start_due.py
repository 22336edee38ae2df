"""The start page's "due in the next 30 days": each obligation not yet submitted, overdue
ones first in red, with what data its period still lacks, and a button to the Calendar;
below, the permit conditions at risk, each opening its place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from greendesk import periods
from greendesk.services.obligation_calendar import CalendarItem
from greendesk.ui import formatting
from greendesk.ui.calendar_view import language
from greendesk.ui.kit.panels import heading
from greendesk.ui.obligation_dialogs import state_name
from greendesk.ui.permit_alerts_list import PermitAlertsList

MAX_SHOWN_MISSING = 3  # per item; the Calendar's details list them all


class DueSoon(QWidget):
    """What is due soon and what is missing for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Due in the next 30 days"), self), 1)
        self.go = QPushButton(self.tr("Open the calendar"), self)
        top.addWidget(self.go)
        layout.addLayout(top)
        self.list = QLabel(self)
        self.list.setWordWrap(True)
        self.list.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.list)
        # the permit conditions at risk: waste limits, permits and licences expiring
        self.alerts = PermitAlertsList(self)
        self.alerts.hide()
        layout.addWidget(self.alerts)

    def show_items(self, items: Sequence[CalendarItem]) -> None:
        """Fill the list (overdue first, then by due date)."""
        if not items:
            self.list.setText(self.tr("Nothing is due in the next 30 days."))
            return
        today, lang = periods.today(), language()
        lines = []
        for i in sorted(items, key=lambda x: (not x.overdue(today), x.due)):
            head = (f"<b>{formatting.day(i.due)}</b> · {_esc(i.obligation.name(lang))} · "
                    f"{_esc(i.site or self.tr('the enterprise'))} · {i.period.label} · "
                    f"{state_name(i.state)}")
            if i.overdue(today):
                late = self.tr("overdue")  # outside the f-string, where lupdate finds it
                head = f"<span style='color:#a12626'>{head} — {late}</span>"
            lines.append(head + "<br>" + _esc(self._missing(i)))
        self.list.setText("<br><br>".join(lines))

    def _missing(self, item: CalendarItem) -> str:
        r = item.readiness
        if r is None or r.pending:
            return self.tr("The period is not over yet.")
        if r.ready:
            return self.tr("Its data is complete.")
        from greendesk.ui.refusals import shown

        parts = [self.tr("Months not closed: %1").replace("%1", ", ".join(r.months_open))] \
            if r.months_open else []
        parts += [f"{site}, {m}: {shown(w)}" for site, m, w in r.open_items[:MAX_SHOWN_MISSING]]
        more = len(r.open_items) - MAX_SHOWN_MISSING
        if more > 0:
            parts.append(self.tr("and %1 more in the Calendar").replace("%1", str(more)))
        return " · ".join(parts)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
