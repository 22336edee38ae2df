"""The audit trail section: the log of every change (filtered), what each entry changed,
whether the trail verifies (also against anchors kept outside the database), the officer's
name it records, and the closed periods."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk import settings as app_settings
from greendesk.services import audit_log, periods_closed
from greendesk.services.audit_log import AuditDetail, AuditFilter, AuditRow
from greendesk.services.changes import Changes, Entity
from greendesk.store.audit_verify import VerifyReport, verify
from greendesk.store.db import Database
from greendesk.ui import formatting, labels
from greendesk.ui.audit_anchors import AnchorsPanel
from greendesk.ui.bus import Bus
from greendesk.ui.forms import FormDialog
from greendesk.ui.kit.panels import heading, scrolling
from greendesk.ui.kit.periods import date_edit
from greendesk.ui.kit.tables import read_only_table, row_view
from greendesk.ui.refusals import shown
from greendesk.ui.section import Section
from greendesk.ui.undo import announce_irreversible

PAGE = 200
_STATUS = {
    "idle": "background:#f3f6f4; border:1px solid #d9e2dc; color:#33453c;",
    "busy": "background:#f3f6f4; border:1px solid #d9e2dc; color:#33453c;",
    "ok": "background:#eaf4ef; border:1px solid #b9d8c9; color:#1d4d3c;",
    "bad": "background:#fbeaea; border:1px solid #e2b4b4; color:#7a1f1f;",
}


def local_time(at: datetime) -> str:
    return formatting.moment(at.replace(tzinfo=UTC).astimezone())


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.10g}"
    return str(value)


class AuditTableModel(QAbstractTableModel):
    """Entries newest first, fetched 200 at a time as the table scrolls."""

    HEADERS = ("#", QT_TRANSLATE_NOOP("AuditTableModel", "When"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Who"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Note"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.filter = AuditFilter()
        self.rows: list[AuditRow] = []
        self.total = 0

    def reload(self, db: Database | None, f: AuditFilter) -> None:
        self.beginResetModel()
        self.db, self.filter = db, f
        self.rows = audit_log.list_entries(db, f, 0, PAGE) if db else []
        self.total = audit_log.count_entries(db, f) if db else 0
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if self.db is None or parent.isValid():
            return
        more = audit_log.list_entries(self.db, self.filter, len(self.rows), PAGE)
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditTableModel", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        return (str(r.id), local_time(r.at), r.who, action_label(r.action),
                labels.record(r.entity, r.entity_id), shown(r.note))[index.column()]


_ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("AuditView", "Added"),
    "update": QT_TRANSLATE_NOOP("AuditView", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditView", "Deleted"),
    "import": QT_TRANSLATE_NOOP("AuditView", "Imported"),
    "period_close": QT_TRANSLATE_NOOP("AuditView", "Period closed"),
    "period_reopen": QT_TRANSLATE_NOOP("AuditView", "Period reopened"),
    "restore": QT_TRANSLATE_NOOP("AuditView", "Restored"),
    "export": QT_TRANSLATE_NOOP("AuditView", "Exported"),
}


def action_label(action: str) -> str:
    text = _ACTIONS.get(action)
    return QCoreApplication.translate("AuditView", text) if text else action


class _Signals(QObject):
    verified = Signal(int, object)  # generation, VerifyReport or Exception


class ClosePeriodDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, self.tr("Close a period"))
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("2025-03 for a month, 2025 for a year"))
        self.note = QLineEdit()
        self.add_field(self.tr("Period"), self.period, "period")
        self.add_field(self.tr("Note"), self.note, "note")
        hint = QLabel(self.tr("Records dated in a closed period cannot be added, changed, "
                              "deleted or imported until it is reopened with a reason."))
        hint.setWordWrap(True)
        self.form.addRow(hint)


class ReopenPeriodDialog(FormDialog):
    def __init__(self, parent: QWidget | None, period: str) -> None:
        super().__init__(parent, self.tr("Reopen %s") % periods_closed.label(period))
        self.period = period
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it is reopened (kept in the audit trail)"))
        self.add_field(self.tr("Reason"), self.reason, "reason")


class OfficerDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, self.tr("Officer's name"))
        self.name = QLineEdit(app_settings.officer_name())
        self.add_field(self.tr("Name"), self.name, "name")
        hint = QLabel(self.tr("Recorded with every change, together with the computer's "
                              "user name."))
        hint.setWordWrap(True)
        self.form.addRow(hint)


class AuditView(Section):
    def __init__(self, bus: Bus, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(bus, undo_stack, parent)
        self.report: VerifyReport | None = None
        self._generation = 0
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="audit-verify")
        self._pending: Future[None] | None = None
        self._busy = self._again = False
        self._verified_for: Database | None = None
        self._signals = _Signals(self)
        self._signals.verified.connect(self._on_verified)

    def build(self) -> None:
        title = self.title_label(self.tr("Audit trail"))
        self.officer_label = QLabel(self)
        self.officer_button = QPushButton(self.tr("Change…"), self)
        self.officer_button.clicked.connect(self.edit_officer)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.officer_label)
        header.addWidget(self.officer_button)

        self.make_toolbar()
        self.act_verify = self.add_action(self.tr("Verify"), "audit", self.start_verify)
        self.act_verify.setToolTip(self.tr("Recompute the hash chain and compare every record "
                                           "with the trail"))

        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QListWidget(self)
        self.problems.hide()

        # -- filters and the log
        self.entity = QComboBox(self)
        self.action = QComboBox(self)
        self.action.addItem(self.tr("All actions"), None)
        for a in audit_log.ACTIONS:
            self.action.addItem(action_label(a), a)
        self.use_from = QCheckBox(self.tr("From", "start of a date range"), self)
        self.date_from = date_edit(date.today(), self)
        self.use_to = QCheckBox(self.tr("to", "end of a date range"), self)
        self.date_to = date_edit(date.today(), self)
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(False)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search notes, records, people…"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for w in (self.entity, self.action):
            filters.addWidget(w)
        filters.addWidget(self.search, 1)
        dates = QHBoxLayout()
        for w in (self.use_from, self.date_from, self.use_to, self.date_to):
            dates.addWidget(w)
        dates.addStretch(1)
        self.entity.currentIndexChanged.connect(self.refresh)
        self.action.currentIndexChanged.connect(self.refresh)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        for sig in (self.use_from.toggled, self.use_to.toggled, self.date_from.dateChanged,
                    self.date_to.dateChanged):
            sig.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)

        self.model = AuditTableModel(self)
        self.table = row_view(self)
        self.table.setModel(self.model)
        for col, width in enumerate((50, 130, 150, 105, 150)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur))
        self.count_label = QLabel(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addLayout(dates)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        # -- one entry, and the closed periods
        self.detail_title = heading(self.tr("Select an entry to see what it changed."), self)
        self.detail_title.setWordWrap(True)
        self.changes = read_only_table(self, [self.tr("Field"), self.tr("Before"),
                                              self.tr("After")])
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        periods = QGroupBox(self.tr("Closed periods"), self)
        self.periods = read_only_table(periods, [self.tr("Period"), self.tr("State"),
                                                 self.tr("Closed"), self.tr("Reopened because")],
                                       single=True)
        self.close_button = QPushButton(self.tr("Close a period…"), periods)
        self.close_button.clicked.connect(self.close_period)
        self.reopen_button = QPushButton(self.tr("Reopen…"), periods)
        self.reopen_button.clicked.connect(self.reopen_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        self.periods.setMinimumHeight(110)
        periods_layout = QVBoxLayout(periods)
        periods_layout.addWidget(self.periods, 1)
        periods_layout.addLayout(buttons)

        right = QFrame(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.changes, 2)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(periods, 1)
        self.anchors = AnchorsPanel(right)
        self.anchors.anchors_changed.connect(self.start_verify)
        right_layout.addWidget(self.anchors, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(scrolling(right))  # taller than a laptop's window
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setCollapsible(0, False)
        splitter.setSizes([640, 520])

        layout = self.page_layout()
        layout.addLayout(header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.problems)
        layout.addWidget(splitter, 1)
        self._set_status("idle", self.tr("Not verified yet."))
        self._show_officer()

    # -- database ----------------------------------------------------------------------
    def database_set(self) -> None:
        self._generation += 1
        self.report = None
        self.message_bar.hide()
        self.problems.hide()
        self.anchors.reset()
        self.close_button.setEnabled(self.writable)
        self.reopen_button.setEnabled(self.writable)
        self.act_verify.setEnabled(self.db is not None)

    def load(self) -> None:
        self._fill_entities()
        self.refresh()
        self.refresh_periods()
        self._set_status("idle", self.tr("Not verified yet."))
        self._verified_for = None
        if self.isVisible():
            self.start_verify()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.db is not None and self._verified_for is not self.db:
            self.start_verify()  # verify once per database, when first looked at

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Entity.CLOSED_PERIOD):
            self.refresh_periods()
        self._fill_entities()
        self.refresh()

    def _fill_entities(self) -> None:
        current = self.entity.currentData()
        self.entity.blockSignals(True)
        self.entity.clear()
        self.entity.addItem(self.tr("All records"), None)
        for name in audit_log.entities(self.db) if self.db else []:
            self.entity.addItem(labels.record_kind(name), name)
        index = self.entity.findData(current)
        self.entity.setCurrentIndex(max(index, 0))
        self.entity.blockSignals(False)
        self.entity.setToolTip(self.entity.currentText())  # chosen silently

    def current_filter(self) -> AuditFilter:
        def day(edit: QDateEdit) -> date:
            d = edit.date()
            return date(d.year(), d.month(), d.day())

        return AuditFilter(
            entity=self.entity.currentData(), action=self.action.currentData(),
            date_from=day(self.date_from) if self.use_from.isChecked() else None,
            date_to=day(self.date_to) if self.use_to.isChecked() else None,
            text=self.search.text())

    def refresh(self) -> None:
        self.model.reload(self.db, self.current_filter())
        self.count_label.setText(self.tr("Entries: %n", "", self.model.total))
        self._show(self.table.currentIndex())

    # -- one entry ---------------------------------------------------------------------
    def _show(self, index: QModelIndex) -> None:
        self.changes.setRowCount(0)
        self.summary.clear()
        if self.db is None or not index.isValid() or index.row() >= len(self.model.rows):
            self.detail_title.setText(self.tr("Select an entry to see what it changed."))
            return
        row = self.model.rows[index.row()]
        detail = audit_log.entry_detail(self.db, row.id)
        if detail is None:
            return
        self.detail_title.setText(
            self.tr("Entry #%1 · %2 %3 · %4 · %5").replace("%1", str(row.id))
            .replace("%2", action_label(row.action))
            .replace("%3", labels.record(row.entity, row.entity_id))
            .replace("%4", local_time(row.at)).replace("%5", row.who or "?"))
        self._fill_changes(detail)

    def _fill_changes(self, detail: AuditDetail) -> None:
        self.changes.setRowCount(len(detail.changes))
        for r, (col, before, after) in enumerate(detail.changes):
            for c, v in enumerate((col.replace("_", " "), _show(before), _show(after))):
                self.changes.setItem(r, c, QTableWidgetItem(v))
        self.summary.setText(shown(detail.summary)
                             + (f"\n{shown(detail.row.note)}" if detail.row.note else ""))

    # -- verification ------------------------------------------------------------------
    def start_verify(self) -> None:
        if self.db is None:
            return
        if self._busy:  # an anchor added meanwhile: once more when this run is done
            self._again = True
            return
        self._busy, self._again = True, False
        db, generation, anchors = self.db, self._generation, list(self.anchors.given)
        self._verified_for = db
        self.act_verify.setEnabled(False)
        self._set_status("busy", self.tr("Verifying the audit trail…"))

        def work() -> None:
            try:
                outcome: object = verify(db, anchors)
            except Exception as exc:  # noqa: BLE001 - shown in the window
                outcome = exc
            self._signals.verified.emit(generation, outcome)

        self._pending = self._pool.submit(work)

    def wait_for_background(self) -> None:
        if self._pending is not None:
            self._pending.result()

    def _on_verified(self, generation: int, outcome: object) -> None:
        self.act_verify.setEnabled(self.db is not None)
        self._busy = False
        if self._again:  # what this run checked is already out of date
            self.start_verify()
            return
        if generation != self._generation:
            return
        if not isinstance(outcome, VerifyReport):
            self._set_status("bad", self.tr("The audit trail could not be verified: %s")
                             % outcome)
            return
        self.report = outcome
        self.anchors.show_checks(outcome.anchors)
        when = datetime.now().strftime("%H:%M")
        self.problems.clear()
        if outcome.ok:
            self.problems.hide()
            self._set_status("ok", self.tr(
                "Verified at %1: the trail is intact — %2 entries, the chain unbroken, and all "
                "%3 records match it.").replace("%1", when)
                .replace("%2", formatting.count(outcome.entries))
                .replace("%3", formatting.count(outcome.records)))
            return
        self._set_status("bad", self.tr(
            "Verified at %1: %2 problem(s) found. %3").replace("%1", when)
            .replace("%2", formatting.count(outcome.total_problems)).replace("%3", shown(outcome.problems[0].text)))
        for p in outcome.problems[:200]:
            self.problems.addItem(shown(p.text))
        rows = min(self.problems.count(), 5)
        self.problems.setFixedHeight(rows * (self.fontMetrics().height() + 4) + 8)
        self.problems.show()

    def _set_status(self, kind: str, text: str) -> None:
        self.status_kind = kind
        self.status.setStyleSheet(f"#auditStatus {{{_STATUS[kind]} border-radius:4px; "
                                  f"padding:6px 10px;}}")
        self.status.setText(text)

    # -- officer -----------------------------------------------------------------------
    def _show_officer(self) -> None:
        name = app_settings.officer_name()
        self.officer_label.setText(self.tr("Officer: %s") % name if name else
                                   self.tr("Officer: (not set)"))

    def edit_officer(self) -> None:
        dlg = OfficerDialog(self)

        def submit() -> None:
            try:
                app_settings.set_officer_name(dlg.name.text())
            except OSError as exc:
                from greendesk.errors import DomainError

                raise DomainError(self.tr("The settings could not be saved: %s")
                                  % (exc.strerror or exc), field="name") from exc
            self._show_officer()

        self.open_dialog(dlg, submit)

    # -- closed periods ----------------------------------------------------------------
    def refresh_periods(self) -> None:
        rows = periods_closed.list_periods(self.db) if self.db else []
        self.period_rows = rows
        self.periods.setRowCount(len(rows))
        for r, p in enumerate(rows):
            state = self.tr("closed") if p.closed else self.tr("reopened")
            closed = f"{local_time(p.closed_at)[:10]} · {p.closed_by}"
            reason = "" if p.closed else f"{p.reopen_reason} ({p.reopened_by}, " \
                f"{local_time(p.reopened_at)[:10] if p.reopened_at else ''})"
            for c, v in enumerate((p.label, state, closed, reason)):
                self.periods.setItem(r, c, QTableWidgetItem(v))

    def close_period(self) -> None:
        if self.db is None:
            return
        db = self.db
        dlg = ClosePeriodDialog(self)

        def submit() -> None:
            changes = periods_closed.close_period(db, dlg.period.text(), dlg.note.text())
            name = periods_closed.label(periods_closed.normalise(dlg.period.text()))
            announce_irreversible(self.undo_stack, self.bus, changes, self.tr("Close %s") % name,
                                  self.tr("reopen the period in the Audit trail, with a reason."))
            self.message_bar.show_message(self.tr("%s is closed: its records can no longer "
                                                  "change.") % name, "info")

        self.open_dialog(dlg, submit)

    def reopen_selected(self) -> None:
        r = self.periods.currentRow()
        if self.db is None or not 0 <= r < len(self.period_rows):
            self.message_bar.show_message(self.tr("Select the closed period to reopen."),
                                          "error")
            return
        db, period = self.db, self.period_rows[r].period
        dlg = ReopenPeriodDialog(self, period)

        def submit() -> None:
            changes = periods_closed.reopen_period(db, period, dlg.reason.text())
            announce_irreversible(self.undo_stack, self.bus, changes,
                                  self.tr("Reopen %s") % periods_closed.label(period),
                                  self.tr("close the period again in the Audit trail."))
            self.message_bar.show_message(self.tr("%s is open again.")
                                          % periods_closed.label(period), "info")

        self.open_dialog(dlg, submit)

