"""Date pickers of facts offer no day after today, and a future-dated record never becomes
the default date of a new one (issue 12, point 10)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from greendesk.ui.forms import FactDateEdit
from greendesk.ui.main_window import MainWindow


def test_the_ledger_entry_date_stops_at_today(qtbot, demo_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    clock(date(2025, 6, 15))  # the demo's flows after this day stand for typos
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    win.show_section("ledger")
    qtbot.waitExposed(win)
    entry = win.ledger_view.entry
    assert entry.date.maximumDate() == QDate(2025, 6, 15)
    assert entry.date.date() == QDate(2025, 6, 1)  # the last record up to today
    entry.date.setDate(QDate(2027, 12, 1))  # typed in the window
    assert entry.date.date() == QDate(2025, 6, 15)


def test_a_fact_date_follows_the_clock(qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    clock(date(2025, 6, 15))
    edit = FactDateEdit(date(2029, 6, 30))
    qtbot.addWidget(edit)
    assert edit.day() == date(2025, 6, 15)
    clock(date(2025, 6, 16))  # the window stayed open overnight
    edit.show()
    assert edit.maximumDate() == QDate(2025, 6, 16)
