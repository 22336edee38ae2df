"""The editor of one site action: status, owner, dates, cost, effects, evidence, history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models.checklist import ActionStatus, CostClass
from greendesk.services.checklist import ActionDraft, ActionRow
from greendesk.ui import formatting
from greendesk.ui.forms import FieldErrors
from greendesk.ui.kit.combos import narrow
from greendesk.ui.kit.numbers import line_number
from greendesk.ui.kit.panels import entry_panel, heading

STATUS_TEXT = {
    ActionStatus.NOT_STARTED: QT_TRANSLATE_NOOP("ActionLabels", "Not started"),
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("ActionLabels", "Planned"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ActionLabels", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("ActionLabels", "Done"),
    ActionStatus.NOT_APPLICABLE: QT_TRANSLATE_NOOP("ActionLabels", "Not applicable"),
}
COST_TEXT = {
    CostClass.LOW: QT_TRANSLATE_NOOP("ActionLabels", "Low — organisational"),
    CostClass.MEDIUM: QT_TRANSLATE_NOOP("ActionLabels", "Medium — process changes"),
    CostClass.HIGH: QT_TRANSLATE_NOOP("ActionLabels", "High — investment project"),
}


def status_text(status: ActionStatus) -> str:
    """An action's status in the window's language."""
    return QCoreApplication.translate("ActionLabels", STATUS_TEXT[status])


def cost_text(cost: CostClass) -> str:
    """An action's cost class in the window's language."""
    return QCoreApplication.translate("ActionLabels", COST_TEXT[cost])


class OptionalDate(QDateEdit):
    """A date edit that can be empty (shown as 'not set')."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(formatting.date_format())
        self.setMinimumDate(QDate(2000, 1, 1))
        self.setSpecialValueText(self.tr("not set"))
        self.clear_date()

    def clear_date(self) -> None:
        self.setDate(self.minimumDate())

    def value(self) -> date | None:
        d = self.date()
        return None if d == self.minimumDate() else d.toPython()

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.clear_date()
        else:
            self.setDate(QDate(value.year, value.month, value.day))



class ActionEditor(FieldErrors, QFrame):
    """Emits `saved(action_id, ActionDraft)`; evidence and drills through their signals."""

    save_requested = Signal(int, object)
    attach_requested = Signal(int)
    save_out_requested = Signal(int)
    drill_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        entry_panel(self)
        self.action: ActionRow | None = None
        self.title = heading(self.tr("Select an action"))
        self.title.setWordWrap(True)
        self.status = QComboBox()
        for st in ActionStatus:
            self.status.addItem(status_text(st), st.value)
        self.owner = QLineEdit()
        self.start = OptionalDate()
        self.due = OptionalDate()
        self.cost_class = narrow(QComboBox())
        for c in CostClass:
            self.cost_class.addItem(cost_text(c), c.value)
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("tenge"))
        self.effect = QLineEdit()
        self.effect_unit = QLineEdit()
        self.effect_unit.setPlaceholderText(self.tr("e.g. t/yr less tailings, GJ/yr saved"))
        self.indicator = narrow(QComboBox())  # indicators' titles are long; the list is not
        self.actual = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why it does not apply here"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(54)
        self.error = QLabel()
        self.error.setStyleSheet("color:#a12626;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.submit)
        self.evidence = QListWidget()
        self.evidence.setFixedHeight(64)
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(lambda: self.action and self.attach_requested.emit(
            self.action.id))
        self.save_out_button = QPushButton(self.tr("Save copy…"))
        self.save_out_button.clicked.connect(self._save_out)
        self.drill_button = QPushButton(self.tr("Record a drill…"))
        self.drill_button.clicked.connect(lambda: self.action and self.drill_requested.emit(
            self.action.id))
        self.history = QListWidget()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # captions above fields
        self._fields = {"status": self.status, "owner": self.owner, "start_date": self.start,
                        "due_date": self.due, "cost_class": self.cost_class,
                        "estimated_cost": self.cost, "expected_effect": self.effect,
                        "effect_unit": self.effect_unit, "indicator": self.indicator,
                        "actual_effect": self.actual, "not_applicable_reason": self.reason,
                        "notes": self.notes}
        for caption, key in ((self.tr("Status"), "status"), (self.tr("Owner"), "owner"),
                             (self.tr("Start"), "start_date"), (self.tr("Due"), "due_date"),
                             (self.tr("Cost class"), "cost_class"),
                             (self.tr("Estimated cost"), "estimated_cost"),
                             (self.tr("Expected effect"), "expected_effect"),
                             (self.tr("Effect unit"), "effect_unit"),
                             (self.tr("Indicator moved"), "indicator"),
                             (self.tr("Actual effect"), "actual_effect"),
                             (self.tr("Not applicable because"), "not_applicable_reason"),
                             (self.tr("Notes"), "notes")):
            form.addRow(caption, self._fields[key])
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.save_out_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.save_button)
        layout.addWidget(QLabel(self.tr("Evidence")))
        layout.addWidget(self.evidence)
        layout.addLayout(buttons)
        layout.addWidget(self.drill_button)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        self.setEnabled(False)

    def set_indicators(self, items: list[tuple[str, str]]) -> None:
        self.indicator.clear()
        self.indicator.addItem(self.tr("(none)"), "")
        for key, title in items:
            self.indicator.addItem(title, key)

    def show_action(self, action: ActionRow | None, evidence: list, history: list) -> None:  # type: ignore[type-arg]
        self.action = action
        self.clear_error()
        self.setEnabled(action is not None)
        if action is None:
            self.title.setText(self.tr("Select an action"))
            return
        self.title.setText(f"{action.item_id}  {action.text}")
        self.status.setCurrentIndex(self.status.findData(action.status.value))
        self.owner.setText(action.owner)
        self.start.set_value(action.start_date)
        self.due.set_value(action.due_date)
        self.cost_class.setCurrentIndex(self.cost_class.findData(action.cost_class.value))
        for edit, value in ((self.cost, action.estimated_cost), (self.effect, action.expected_effect),
                            (self.actual, action.actual_effect)):
            edit.setText(formatting.editable(value, None))
        self.effect_unit.setText(action.effect_unit)
        self.indicator.setCurrentIndex(max(0, self.indicator.findData(action.indicator)))
        self.reason.setText(action.not_applicable_reason)
        self.notes.setPlainText(action.notes)
        self.drill_button.setVisible(action.measure_id == "M9")
        self.evidence.clear()
        for ev in evidence:
            item = QListWidgetItem(f"{ev.file_name}  ({formatting.count(ev.size)} B, sha256 {ev.sha256[:10]}…)")
            item.setData(256, ev.id)
            self.evidence.addItem(item)
        self.history.clear()
        for h in history:
            self.history.addItem(f"{h.at}  {h.who}: {h.field} {h.before!r} → {h.after!r}")

    def draft(self) -> ActionDraft:
        return ActionDraft(
            status=ActionStatus(self.status.currentData()), owner=self.owner.text(),
            start_date=self.start.value(), due_date=self.due.value(),
            cost_class=CostClass(self.cost_class.currentData()),
            estimated_cost=line_number(self.cost, "estimated_cost", self.tr("Estimated cost")),
            expected_effect=line_number(self.effect, "expected_effect", self.tr("Expected effect")),
            effect_unit=self.effect_unit.text(), indicator=self.indicator.currentData() or "",
            actual_effect=line_number(self.actual, "actual_effect", self.tr("Actual effect")),
            notes=self.notes.toPlainText(), not_applicable_reason=self.reason.text())

    def submit(self) -> None:
        if self.action is None:
            return
        draft = self.checked_draft()
        if draft is not None:
            self.save_requested.emit(self.action.id, draft)

    def _save_out(self) -> None:
        item = self.evidence.currentItem() or self.evidence.item(0)
        if item is not None:
            self.save_out_requested.emit(int(item.data(256)))

