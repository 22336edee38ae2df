"""Permits and contractor licences expiring within 90 days are named on the start page and
beside the licence in the waste register's contractors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from greendesk.services.waste import ContractorDraft, add_contractor
from greendesk.store.db import open_database
from greendesk.ui.main_window import MainWindow
from greendesk.validation import make_valid_bin


def test_the_start_page_and_the_contractors_warn_before_expiry(qtbot, demo_path: Path,  # type: ignore[no-untyped-def]
                                                               clock) -> None:
    db = open_database(demo_path)
    add_contractor(db, ContractorDraft("Demo Recycling LLP", make_valid_bin("180240"), "LIC-9",
                                       date(2031, 1, 20), "R9"))
    db.close()
    clock(date(2030, 12, 1))  # the concentrator's permit ends 2030-12-31
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    win.show_section("start")
    start = win.section("start")
    text = start.due.alerts.list.text()
    assert "Permit KZ17VCZ00002468 of Nurken concentrator expires on 2030-12-31 (days left: 30)" \
        in text
    assert "Licence LIC-9 of Demo Recycling LLP expires on 2031-01-20 (days left: 50)" in text
    start.due.alerts.list.linkActivated.emit(f"alert:{len(start.due.alerts.alerts) - 1}")
    assert win.section("waste").tabs.currentWidget() is win.section("waste").contractors_table
    win.show_section("waste")
    view = win.section("waste")
    row = next(r for r in range(view.contractors_table.rowCount())
               if view.contractors_table.item(r, 0).text() == "Demo Recycling LLP")
    assert "(in 50 day" in view.contractors_table.item(row, 3).text()  # %n: plural forms
