"""The month close from the Balances section (issue 16 §6): the checklist lists each item,
"Open" goes to the place to fix it (the stock-taking form filled in), items are waived with
a reason, and "Close the month" is enabled only when nothing is open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPushButton
from sqlalchemy import select

from greendesk.analysis.month_close import ItemKind
from greendesk.models import StockTaking
from greendesk.services import balances as bal
from greendesk.services import month_close, periods_closed
from tests.ui.test_balance_ui import SITE
from tests.ui.test_balance_ui import _open as open_balances

WAREHOUSE = "Concentrate warehouse"


def _open(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    win, view = open_balances(qtbot, demo_path)
    view.select(period=("month", "2025-11"))
    return win, view


def _drop_november_count(win) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with win.db.read() as s:
        node = next(i for i, n in bal.load_reference(win.db).nodes.items() if n.name == WAREHOUSE)
        rows = s.scalars(select(StockTaking).where(
            StockTaking.node_id == node,
            StockTaking.taken_on.between(date(2025, 11, 1), date(2025, 11, 30)))).all()
        material = rows[0].material_id
        ids = [r.id for r in rows if r.material_id == material]
    bal.delete_stock_takings(win.db, ids)
    return node, material


def _buttons(dlg, row: int) -> dict[str, QPushButton]:  # type: ignore[no-untyped-def]
    return {b.text(): b for b in dlg.table.cellWidget(row, 3).findChildren(QPushButton)}


def test_open_an_item_fills_in_the_stock_taking(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    win, view = _open(qtbot, demo_path)
    node, material = _drop_november_count(win)
    qtbot.mouseClick(view.month_close_button, Qt.MouseButton.LeftButton)
    dlg = view.month_dialog
    assert dlg.period == "2025-11" and dlg.sheet.site == SITE
    row = next(r for r, i in enumerate(dlg.sheet.items) if i.kind is ItemKind.STOCK_TAKING)
    assert dlg.table.item(row, 0).text() == "Stock-taking"
    assert WAREHOUSE in dlg.table.item(row, 1).text()
    assert not dlg.close_button.isEnabled()
    qtbot.mouseClick(_buttons(dlg, row)["Open"], Qt.MouseButton.LeftButton)
    form = view.dialog
    assert form.node.currentData() == node and form.material.currentData() == material
    assert form.day.date().toPython() == date(2025, 11, 30)
    assert "on" in form.previous.text() and form.previous.text() != "none before this day"
    form.quantity.setValue(1234.0)
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert view.dialog is None
    assert all(i.kind is not ItemKind.STOCK_TAKING for i in dlg.sheet.items)  # followed the bus


def test_waive_with_a_reason_then_close_the_month(qtbot, demo_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    win, view = _open(qtbot, demo_path)
    view.threshold.setValue(0.3)
    view.open_month_close()
    dlg = view.month_dialog
    balances = [r for r, i in enumerate(dlg.sheet.items) if i.kind is ItemKind.BALANCE]
    assert balances and not dlg.close_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: ("Belt scale recalibrated", True))
    qtbot.mouseClick(_buttons(dlg, balances[0])["Waive…"], Qt.MouseButton.LeftButton)
    assert dlg.table.item(balances[0], 2).text() == "waived: Belt scale recalibrated"
    assert "Waive…" not in _buttons(dlg, balances[0])
    for site_id, _n in bal.sites(win.db):  # every site's items, as the officer would
        for item in month_close.checklist(win.db, site_id, "2025-11", 0.3).open_items:
            month_close.waive(win.db, site_id, "2025-11", item.key, "Known drift")
    dlg.refresh()
    assert dlg.close_button.isEnabled()
    qtbot.mouseClick(dlg.close_button, Qt.MouseButton.LeftButton)
    assert "2025-11" in {p.period for p in periods_closed.list_periods(win.db) if p.closed}
    assert "is closed" in dlg.status.text()


def test_an_item_elsewhere_opens_its_section(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    from greendesk.analysis.month_close import CloseItem
    from greendesk.errors import Message

    win, view = _open(qtbot, demo_path)
    view.open_month_close()
    view.month_dialog.opened.emit(CloseItem("reading:1:SO4:2025-11-01", ItemKind.READING,
                                            Message("x"), "formations", (1,)))
    assert win.section("formations").isVisible()


def test_the_state_heading_is_whole_when_nothing_is_listed(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    _win, view = open_balances(qtbot, demo_path)
    view.select(period=("month", "2025-12"))
    qtbot.mouseClick(view.month_close_button, Qt.MouseButton.LeftButton)
    dlg = view.month_dialog
    header = dlg.table.horizontalHeader()
    state = dlg.table.horizontalHeaderItem(2).text()
    assert header.sectionSize(2) >= dlg.table.fontMetrics().horizontalAdvance(state)
