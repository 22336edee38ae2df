"""The Calendar section: the next 12 months with overdue items in red, a status set with a
file as evidence through its form, undone by Undo; the details say what data is missing."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from greendesk.models.obligations import ObligationState
from greendesk.services import obligation_calendar
from greendesk.ui.calendar_view import RED
from greendesk.ui.main_window import MainWindow


def _calendar(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    """The window on the demo, showing the Calendar section."""
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    qtbot.waitExposed(win)
    win.show_section("calendar")
    return win, win.section("calendar")


def _accept(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_the_calendar_marks_overdue_and_records_a_submission_with_evidence(
        qtbot, demo_path: Path, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    clock(date(2026, 2, 10))
    win, view = _calendar(qtbot, demo_path)
    rows = {(i.obligation.code, i.site, i.period.label): n for n, i in enumerate(view.items)}
    # The demo's Q4 PEK reports were due on 12 January 2026 and are not submitted.
    pek = rows[("pek_report", "Nurken open pit", "2025-Q4")]
    assert view.table.item(pek, 0).foreground().color() == RED
    assert "overdue" in view.table.item(pek, 2).text()
    # The demo submitted its Q4 fee declarations: not red.
    fee = rows[("fee_declaration_2026", "Nurken open pit", "2025-Q4")]
    assert view.table.item(fee, 0).foreground().color() != RED
    assert all(i.due <= date(2027, 2, 9) for i in view.items)

    view.table.selectRow(pek)
    assert "Still missing" in view.details.text() or "not closed" in view.details.text()
    view.act_status.trigger()
    dlg = view.dialog
    dlg.state.setCurrentIndex(dlg.state.findData(ObligationState.SUBMITTED))
    evidence = tmp_path / "PEK Q4.pdf"
    evidence.write_bytes(b"pek report")
    dlg.use_file(str(evidence))
    qtbot.keyClicks(dlg.reference, "EO-2026-15")
    _accept(qtbot, dlg)
    assert view.dialog is None, dlg.error_label.text()
    item = next(i for i in obligation_calendar.calendar(win.db, date(2026, 1, 1),
                                                         date(2026, 1, 31))
                if i.site == "Nurken open pit" and i.obligation.code == "pek_report")
    assert item.status is not None and item.status.reference == "EO-2026-15"
    assert item.status.evidence_sha256 == hashlib.sha256(b"pek report").hexdigest()
    # Submitted, a past item leaves the list (it shows what is due and what is overdue).
    assert not any(i.obligation.code == "pek_report" and i.site == "Nurken open pit"
                   and i.period.label == "2025-Q4" for i in view.items)

    win.act_undo.trigger()
    row = next(n for n, i in enumerate(view.items) if i.obligation.code == "pek_report"
               and i.site == "Nurken open pit" and i.period.label == "2025-Q4")
    assert view.items[row].state is ObligationState.NOT_STARTED
    assert view.table.item(row, 0).foreground().color() == RED


def test_a_submission_without_a_date_after_today_is_refused_in_the_form(
        qtbot, demo_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    clock(date(2026, 2, 10))
    win, view = _calendar(qtbot, demo_path)
    view.table.selectRow(0)
    view.act_status.trigger()
    dlg = view.dialog
    dlg.state.setCurrentIndex(dlg.state.findData(ObligationState.SUBMITTED))
    dlg.use_file("/nonexistent/file.pdf")
    assert "cannot be read" in dlg.file_label.text()
    qtbot.keyClicks(dlg.reference, "x" * 101)
    _accept(qtbot, dlg)
    assert view.dialog is dlg and "at most 100" in dlg.error_label.text()


def test_the_start_page_lists_what_is_due_in_30_days_and_what_is_missing(
        qtbot, demo_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    clock(date(2026, 1, 5))
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    qtbot.waitExposed(win)
    win.show_section("start")
    due = win.section("start").due
    text = due.list.text()
    # The Q4 PEK reports fall due on 12 January 2026; the demo's December is not closed.
    assert "12.01.2026" in text or "2026-01-12" in text or "1/12/26" in text
    assert "Report on production environmental control" in text
    assert "Months not closed" in text and "2025-12" in text
    assert "Greenhouse gas" not in text  # due 1 April: not within 30 days
    qtbot.mouseClick(due.go, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.section("calendar")


def test_the_calendar_lists_the_permit_conditions_at_risk_and_opens_their_place(
        qtbot, demo_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    clock(date(2026, 3, 1))
    win, view = _calendar(qtbot, demo_path)
    assert view.alerts.isVisible()
    text = view.alerts.list.text()
    assert "Waste engine oil stored 72.000 t at the end of 2025" in text
    assert "on course to exceed the year's limit" in text  # 2026 so far
    (first, _) = view.alerts.alerts
    # the GHG inventory is owed by the installation's 2025 CO2, and the details say so
    ghg = next(n for n, i in enumerate(view.items) if i.obligation.code == "ghg_inventory"
               and i.period.label == "2025")
    view.table.selectRow(ghg)
    assert "Applies: ghg_t_co2 in 2025 was 52" in view.details.text()
    assert "(threshold 20" in view.details.text()
    view.alerts.list.linkActivated.emit("alert:0")
    assert win.stack.currentWidget() is win.section("structure")
    assert win.section("structure").selected_ref() == ("site", first.site_id)
    # ... and the start page's 30-day block lists them too
    win.show_section("start")
    start = win.section("start")
    assert "Waste engine oil" in start.due.alerts.list.text()
    # the limit raised above the figure: the alerts go
    from greendesk.services import permits
    from greendesk.services.permit_terms import WasteLimit, permit_terms, set_permit_terms

    permit = next(p for p in permits.list_permits(win.db) if p.number == "KZ41VCZ00005678")
    terms = permit_terms(win.db, permit.id)
    changes = set_permit_terms(win.db, permit.id, list(terms.conditions),
                               [WasteLimit(x.waste_type_id, 100.0, x.burial_t)
                                for x in terms.waste_limits])
    win.bus.announce(changes)
    win.show_section("calendar")
    qtbot.waitUntil(lambda: not view.alerts.isVisible())
