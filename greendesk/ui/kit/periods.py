"""Choosing a reporting period: a kind (year, quarter, month, from–to, or all) and then one
period of that kind within the database's dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from greendesk import periods
from greendesk.periods import Period
from greendesk.ui import formatting

LISTED = ("year", "quarter", "month")  # kinds whose periods are listed in the second combo


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(value: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar, shown as 31.03.2025 or 2025-03-31 (the UI's language)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(formatting.date_format())
    if value is not None:
        edit.setDate(qdate(value))
    return edit


class PeriodPicker(QWidget):
    """`kind` (the caller's texts for "all", "year", "quarter", "month", "custom"), then
    `period` for a listed kind or `date_from`/`date_to` for "custom".

    Emits `changed()` when the officer's choice changes; `set_range` is silent. The texts
    come from the caller so that they keep its translation context."""

    changed = Signal()

    def __init__(self, kinds: Sequence[tuple[str, str]], parent: QWidget | None = None, *,
                 complete_year: bool = False) -> None:
        super().__init__(parent)
        self.complete_year = complete_year  # start on the last complete year, if there is one
        self.first: date | None = None
        self.last: date | None = None
        self.kind = QComboBox(self)
        for text, key in kinds:
            self.kind.addItem(text, key)
        self.period = QComboBox(self)
        self.period.setMinimumContentsLength(8)
        self.date_from, self.date_to = date_edit(parent=self), date_edit(parent=self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.kind)
        layout.addWidget(self.period, 1)
        layout.addWidget(self.date_from)
        layout.addWidget(self.date_to)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.date_from.dateChanged.connect(lambda _d: self.changed.emit())
        self.date_to.dateChanged.connect(lambda _d: self.changed.emit())
        self._show_fields()

    def set_range(self, first: date | None, last: date | None, *, keep: bool = True) -> None:
        """Offer the periods between the database's first and last dates (none if either is
        None); the chosen one stays chosen while offered, if `keep`. Emits nothing."""
        self.first, self.last = first, last
        self.blockSignals(True)
        try:
            for edit, day in ((self.date_from, first), (self.date_to, last)):
                if day is not None:
                    edit.setDate(qdate(day))
            self._fill(keep)
        finally:
            self.blockSignals(False)

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current(self) -> Period | None:
        """The chosen period; None for "all", or a from–to that ends before it starts."""
        kind = self.current_kind()
        if kind == "custom":
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
            return periods.custom(start, end) if end >= start else None
        return self.period.currentData() if kind in LISTED else None

    def bounds(self) -> tuple[date | None, date | None]:
        """The first and last day chosen, as typed for from–to; (None, None) for all."""
        kind = self.current_kind()
        if kind == "custom":
            return self.date_from.date().toPython(), self.date_to.date().toPython()
        p = self.period.currentData() if kind in LISTED else None
        return (p.start, p.end) if p is not None else (None, None)

    def select(self, kind: str, label: str | None = None) -> None:
        """Choose as the officer would: select("year", "2025"). An unknown label is a
        ValueError."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if label is not None:
            index = self.period.findText(label)
            if index < 0:
                raise ValueError(label)
            self.period.setCurrentIndex(index)

    def _kind_changed(self) -> None:
        self._show_fields()
        self._fill(keep=True)
        self.changed.emit()

    def _show_fields(self) -> None:
        kind = self.current_kind()
        self.period.setVisible(kind in LISTED)
        self.date_from.setVisible(kind == "custom")
        self.date_to.setVisible(kind == "custom")

    def _fill(self, keep: bool) -> None:
        kind = self.current_kind()
        listed = kind in LISTED and self.first is not None and self.last is not None
        items = periods.periods_between(self.first, self.last, kind) if listed else []  # type: ignore[arg-type]
        current = self.period.currentText() if keep else ""
        self.period.blockSignals(True)
        self.period.clear()
        for p in items:
            self.period.addItem(p.label, p)
        index = self.period.findText(current) if current else -1
        if index < 0:
            index = self._default_index(kind)
        self.period.setCurrentIndex(index if self.period.count() else -1)
        self.period.blockSignals(False)
        self.period.setToolTip(self.period.currentText())  # chosen silently

    def _default_index(self, kind: str) -> int:
        last = self.last
        if self.complete_year and kind == "year" and self.period.count() > 1 \
                and last is not None and last.month < 12:
            return 1  # the last complete year
        return 0
