"""The Calendar section: what is due in the next 12 months (and what is overdue), for the
enterprise and each site, with its status; overdue items in red.

The items come from services.obligation_calendar; a status is set through the undo stack
(services.obligation_status.SetObligationStatus). Selecting an item shows its basis, its
deadline as the law words it and what data its period still lacks.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSplitter

from greendesk import periods
from greendesk.i18n_catalog import catalogue_language
from greendesk.services import obligation_calendar, obligation_status, obligations
from greendesk.services.changes import Entity
from greendesk.services.obligation_calendar import CalendarItem
from greendesk.services.permit_alerts import permit_alerts
from greendesk.ui import formatting
from greendesk.ui.kit.panels import scrolling
from greendesk.ui.kit.tables import fill_rows, read_only_table
from greendesk.ui.obligation_dialogs import ObligationStatusDialog, export_choices, state_name
from greendesk.ui.permit_alerts_list import PermitAlertsList
from greendesk.ui.refusals import shown
from greendesk.ui.section import Section
from greendesk.ui.undo import perform

RED = QColor("#a12626")


def language() -> str:
    """The language the window shows obligations' names in."""
    return catalogue_language(QLocale().name())


class CalendarView(Section):
    """Obligations due in the next 12 months, overdue ones first and in red."""

    WATCHES = frozenset({Entity.OBLIGATION, Entity.OBLIGATION_STATUS, Entity.SITE,
                         Entity.CLOSED_PERIOD, Entity.PERMIT, Entity.WASTE_CONTRACTOR,
                         Entity.FLOW, Entity.WASTE_TYPE})
    EAGER = False

    def build(self) -> None:
        layout = self.page_layout()
        layout.addWidget(self.title_label(self.tr("Calendar of obligations")))
        layout.addWidget(self.message_bar)
        self.make_toolbar()
        layout.addWidget(self.toolbar)
        self.act_status = self.add_action(self.tr("Set status…"), "rename", self.set_status)
        self.range_label = QLabel(self)
        self.range_label.setWordWrap(True)
        layout.addWidget(self.range_label)
        self.alerts = PermitAlertsList(self)
        self.alerts.hide()
        layout.addWidget(self.alerts)
        self.items: list[CalendarItem] = []
        self.table = read_only_table(self, [
            self.tr("Due"), self.tr("Period"), self.tr("Status"), self.tr("Obligation"),
            self.tr("For"), self.tr("Basis")], single=True, wrap=False)
        self.table.itemSelectionChanged.connect(self._selected_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.set_status())
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(scrolling(self.details, self))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

    def database_set(self) -> None:
        self.items = []
        self.details.clear()

    def load(self) -> None:
        if self.db is None:
            fill_rows(self.table, [])
            self.alerts.show_alerts([])
            return
        if self.writable:
            obligations.ensure_default_register(self.db)
        today = periods.today()
        start, end = obligation_calendar.default_range(today)
        self.range_label.setText(self.tr("Due from %1 to %2, and anything overdue from the "
                                         "past year. Red: past due and not submitted.")
                                 .replace("%1", formatting.day(start))
                                 .replace("%2", formatting.day(end)))
        self.alerts.show_alerts(permit_alerts(self.db, today))
        items = obligation_calendar.calendar(self.db, start - timedelta(days=365), end)
        self.items = [i for i in items if i.due >= today or i.overdue(today)]
        lang = language()
        enterprise = self.tr("the enterprise")
        overdue = self.tr("overdue")
        fill_rows(self.table, [
            [formatting.day(i.due), i.period.label,
             state_name(i.state) + (f" — {overdue}" if i.overdue(today) else ""),
             i.obligation.name(lang), i.site or enterprise,
             i.obligation.basis] for i in self.items],
            red={n for n, i in enumerate(self.items) if i.overdue(today)}, colour=RED)
        self._selected_changed()

    def selected(self) -> CalendarItem | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) and self.table.selectedItems() \
            else None

    def _selected_changed(self) -> None:
        item = self.selected()
        self.act_status.setEnabled(self.writable and item is not None)
        if item is None or self.db is None:
            self.details.setText(self.tr("Choose an item to see its basis and what data is "
                                         "still missing."))
            return
        self.details.setText(self.describe(obligation_calendar.with_readiness(self.db, item)))

    def describe(self, item: CalendarItem) -> str:
        """The item's particulars and readiness, as the details pane shows them."""
        ob, lang = item.obligation, language()
        lines = [ob.name(lang),
                 self.tr("Deadline: %1").replace("%1", ob.deadline_text(lang)),
                 self.tr("Basis: %1").replace("%1", ob.basis),
                 self.tr("Hand in to: %1").replace("%1", ob.authority or "—")]
        if not ob.confirmed:
            lines.append(self.tr("Check against current law: %1").replace("%1", ob.source))
        f = item.figure
        if f is not None and not item.conditional:
            lines.append(self.tr("Applies: %1 in %2 was %3 (threshold %4).")
                         .replace("%1", ob.threshold_key or "").replace("%2", str(f.year))
                         .replace("%3", formatting.count(round(f.value)))
                         .replace("%4", formatting.count(int(ob.threshold_min or 0))))
        elif item.conditional and f is not None:
            lines.append(self.tr("Applies only above its threshold (%1 ≥ %2); %3 counted for "
                                 "%4 so far, some factors missing.")
                         .replace("%1", ob.threshold_key or "")
                         .replace("%2", formatting.count(int(ob.threshold_min or 0)))
                         .replace("%3", formatting.count(round(f.value)))
                         .replace("%4", str(f.year)))
        elif item.conditional:
            lines.append(self.tr("Applies only above its threshold (%1 ≥ %2); GreenDesk does "
                                 "not know the figure.").replace("%1", ob.threshold_key or "")
                         .replace("%2", formatting.count(int(ob.threshold_min or 0))))
        if not item.holiday_data:
            lines.append(self.tr("GreenDesk has no public holidays for %1: the due date skips "
                                 "weekends only.").replace("%1", str(item.due.year)))
        st = item.status
        if st is not None and st.submitted_on is not None:
            lines.append(self.tr("Submitted on %1, reference %2.")
                         .replace("%1", formatting.day(st.submitted_on))
                         .replace("%2", st.reference or "—"))
            if st.evidence_sha256:
                lines.append(f"{st.evidence_name}  SHA-256 {st.evidence_sha256}")
            if st.export_entry_id:
                lines.append(self.tr("Exported workbook: audit entry #%1")
                             .replace("%1", str(st.export_entry_id)))
        r = item.readiness
        if r is None or r.pending:
            lines.append(self.tr("The period is not over yet."))
        elif r.ready:
            lines.append(self.tr("Its data is complete: every month of the period is closed."))
        else:
            lines.append(self.tr("Still missing:"))
            lines += [self.tr("%1 is not closed.").replace("%1", m) for m in r.months_open
                      if not any(x[1] == m for x in r.open_items)]
            lines += [f"• {site}, {m}: {shown(what)}" for site, m, what in r.open_items]
        return "\n".join(lines)

    def set_status(self) -> None:
        item = self.selected()
        if item is None or self.db is None or not self.writable:
            return
        title = f"{item.obligation.name(language())}\n" \
                f"{item.site or self.tr('the enterprise')} · {item.period.label}"
        dlg = ObligationStatusDialog(self, item, title,
                                     export_choices(obligation_status.export_entries(self.db)))
        self.open_dialog(dlg, lambda: self._perform(item, dlg))

    def _perform(self, item: CalendarItem, dlg: ObligationStatusDialog) -> None:
        assert self.db is not None
        command = obligation_status.SetObligationStatus(
            item.obligation.id, item.site_id, item.period.label, dlg.draft(),
            item.status.version if item.status else None)
        perform(self.undo_stack, command, self.db, self.bus,  # type: ignore[arg-type]
                self.tr("Set the status of “%1”").replace("%1", item.obligation.name(
                    language())), self.show_error)
