"""Building blocks for forms: a dialog that submits a draft, and an inline message bar.

Errors are shown in the window, next to what they concern, never in a modal box that would
stop the officer (and the tests).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from greendesk import periods
from greendesk.errors import DomainError
from greendesk.ui import formatting
from greendesk.ui.kit.periods import qdate
from greendesk.ui.refusals import shown


class FactDateEdit(QDateEdit):
    """The date of a record that states a fact (a flow, a count, a reading, an incident):
    it offers no day after today, which the services refuse anyway. The limit follows the
    clock, so a window left open overnight offers the new day."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(formatting.date_format())
        self.refresh_limit()
        self.set_day(value or periods.today())

    def refresh_limit(self) -> None:
        self.setMaximumDate(qdate(periods.today()))

    def set_day(self, value: date) -> None:
        """Show `value`, or today if it is later (a future-dated record left by an older
        version never becomes the default for new ones)."""
        self.refresh_limit()
        self.setDate(qdate(min(value, periods.today())))

    def day(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.refresh_limit()
        super().showEvent(event)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.refresh_limit()
        super().focusInEvent(event)


class MessageBar(QFrame):
    """A one-line banner for results and refusals: calm for info, red for errors."""

    STYLES = {
        "info": "background:#eaf4ef; border:1px solid #b9d8c9; color:#1d4d3c;",
        "error": "background:#fbeaea; border:1px solid #e2b4b4; color:#7a1f1f;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(close)
        self.kind = "info"
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setStyleSheet(f"#messageBar {{{self.STYLES[kind]} border-radius:4px;}}")
        self._label.setText(text)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self._label.text()


class FormDialog(QDialog):
    """A form whose OK builds a draft and hands it to `submit`.

    `submit` runs the service call; a DomainError keeps the dialog open and shows the
    sentence under the field it names (or at the bottom), so nothing is lost.
    """

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("color:#a12626;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.submit: Callable[[], None] = lambda: None
        self._field_widgets: dict[str, QWidget] = {}

    def add_field(self, label: str, widget: QWidget, field: str) -> QWidget:
        self.form.addRow(label, widget)
        self._field_widgets[field] = widget
        return widget

    def _on_ok(self) -> None:
        self.error_label.hide()
        try:
            self.submit()
        except DomainError as exc:
            self.show_error(shown(exc), exc.field)
            return
        self.accept()

    def show_error(self, text: str, field: str | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        widget = self._field_widgets.get(field or "")
        if widget is not None:
            widget.setFocus()


def open_form(owner: QWidget, dialog: QDialog, submit: Callable[[], object] | None = None
              ) -> QDialog:
    """Open a form without blocking: the owner keeps it as `owner.dialog` while it is open
    (tests and the owner reach it there), and forgets it when it closes."""
    if submit is not None:
        dialog.submit = submit  # type: ignore[attr-defined]
    owner.dialog = dialog  # type: ignore[attr-defined]
    dialog.finished.connect(lambda _r: setattr(owner, "dialog", None))
    dialog.open()
    return dialog


INVALID_STYLE = "border:1px solid #c0392b;"


class FieldErrors:
    """For forms that show a refusal under the form and outline the field it names.

    The form has `error` (a QLabel) and `_fields` (field name → widget)."""

    error: QLabel
    _fields: dict[str, QWidget]

    def draft(self) -> Any: ...

    def checked_draft(self) -> Any | None:
        """The form's draft, or None with the refusal shown next to its field."""
        self.clear_error()
        try:
            return self.draft()
        except DomainError as exc:
            self.show_error(shown(exc), exc.field)
            return None

    def clear_error(self) -> None:
        self.error.hide()
        for widget in self._fields.values():
            widget.setStyleSheet("")

    def show_error(self, text: str, field: str | None) -> None:
        self.error.setText(text)
        self.error.show()
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setFocus()
