"""Edit ▸ Undo names the officer's last change in the window, whichever section made it, and
takes it back; after a change that cannot be undone it is disabled and says why, and never
reaches past it to an older change elsewhere."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

import greendesk.ui
from greendesk.services import periods_closed
from greendesk.services.waste_movements import MovementKind
from greendesk.ui.main_window import MainWindow


def _ok(qtbot, dlg) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dlg.isHidden(), dlg.error_label.text()


def undo_text(win: MainWindow) -> str:
    return win.act_undo.text().replace("&", "")


def redo_text(win: MainWindow) -> str:
    return win.act_redo.text().replace("&", "")


def assert_undo_names(win: MainWindow, what: str) -> None:
    assert undo_text(win) == f"Undo: {what}" and win.act_undo.isEnabled()


def assert_stopped_at(win: MainWindow, what: str) -> None:
    """Undo is disabled, names the irreversible change, and its tips say why."""
    assert undo_text(win) == f"Cannot undo: {what}"
    assert not win.act_undo.isEnabled()
    assert f"“{what}” cannot be undone" in win.act_undo.toolTip()
    assert win.act_undo.statusTip() == win.act_undo.toolTip()


@pytest.fixture
def win(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(demo_path)
    w.resize(1300, 850)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_a_fresh_database_has_nothing_to_undo(win: MainWindow) -> None:
    assert undo_text(win) == "Undo" and not win.act_undo.isEnabled()
    assert redo_text(win) == "Redo" and not win.act_redo.isEnabled()
    assert win.act_undo.toolTip() == "Nothing to undo."


# -- one test per section: its last action is what Undo names ------------------------------

def test_ledger_delete_is_named_with_its_count_undone_and_redone(win: MainWindow) -> None:
    win.show_section("ledger")
    view = win.ledger_view
    before = view.model.rowCount()
    view.select_rows([0, 1, 2])
    view.delete_selected()
    assert view.model.rowCount() == before - 3
    assert_undo_names(win, "Delete 3 flow record(s)")
    win.act_undo.trigger()
    assert view.model.rowCount() == before
    assert undo_text(win) == "Undo" and not win.act_undo.isEnabled()
    assert redo_text(win) == "Redo: Delete 3 flow record(s)" and win.act_redo.isEnabled()
    win.act_redo.trigger()
    assert view.model.rowCount() == before - 3
    assert_undo_names(win, "Delete 3 flow record(s)")


def test_structure_edit_stops_undo_and_says_why(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = win.structure_view
    site = view.plant.sites[0]
    view.select_ref(("site", site.id))
    view.act_add_node.trigger()
    qtbot.keyClicks(view.dialog.name_edit, "Assay laboratory")
    _ok(qtbot, view.dialog)
    assert_stopped_at(win, "Add node")
    assert "could leave the records wrong" in win.act_undo.toolTip()
    win.act_undo.trigger()  # disabled: nothing happens
    assert any(n.name == "Assay laboratory" for s in view.plant.sites for n in s.nodes)


def test_materials_edit_stops_undo(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.show_section("materials")
    view = win.materials_view
    view.select_material("Diesel fuel")
    view.act_edit.trigger()
    view.dialog.density.setText("0,85")
    _ok(qtbot, view.dialog)
    assert_stopped_at(win, "Edit material “Diesel fuel”")


def test_balances_stock_taking_is_undone_and_defaults_stop_undo(qtbot, win: MainWindow  # type: ignore[no-untyped-def]
                                                                ) -> None:
    from greendesk.services import balances as bal

    win.show_section("balances")
    view = win.section("balances")
    view.select(site="Nurken concentrator", period=("year", "2025"))
    view.select(node="Concentrate warehouse", period=("month", "2025-12"))
    qtbot.mouseClick(view.count_button, Qt.MouseButton.LeftButton)
    dlg = view.dialog
    dlg.material.setCurrentIndex(dlg.material.findText("Copper concentrate"))
    dlg.day.setDate(QDate(2026, 1, 31))
    dlg.quantity.setValue(5000.0)
    _ok(qtbot, dlg)
    node = view.node.currentData()
    assert bal.list_stock_takings(win.db, node)[-1].taken_on == date(2026, 1, 31)
    assert_undo_names(win, "Record stock-taking")
    win.act_undo.trigger()
    assert bal.list_stock_takings(win.db, node)[-1].taken_on.year == 2025

    view.save_defaults()
    assert_stopped_at(win, "Save default uncertainties")


def _waste(win: MainWindow):  # type: ignore[no-untyped-def]
    win.show_section("waste")
    view = win.section("waste")
    view.today = date(2026, 11, 25)
    view.refresh()
    return view


def test_waste_movement_is_undone_and_a_contractor_edit_stops_undo(qtbot, win: MainWindow  # type: ignore[no-untyped-def]
                                                                   ) -> None:
    from greendesk.services import ledger
    from greendesk.services.catalog import load_catalog
    from greendesk.ui.waste_dialogs import movement_label

    def flows() -> int:
        return ledger.count(win.db, ledger.LedgerFilter(date(2000, 1, 1), date(2100, 1, 1)),
                            load_catalog(win.db))

    view = _waste(win)
    before = flows()
    view.movement_actions[MovementKind.GENERATED].trigger()
    dlg = view.dialog
    dlg.when.setDate(QDate(2026, 3, 1))
    qtbot.keyClicks(dlg.quantity, "12")
    _ok(qtbot, dlg)
    assert_undo_names(win, movement_label(MovementKind.GENERATED))
    assert flows() == before + 1
    win.act_undo.trigger()
    assert flows() == before

    view.tabs.setCurrentIndex(3)
    view.contractors_table.setCurrentCell(0, 0)
    view.edit_contractor()
    view.dialog.name.setText("Karaganda EcoService Ltd")
    _ok(qtbot, view.dialog)
    assert_stopped_at(win, "Edit contractor “Karaganda EcoService Ltd”")


def test_formations_add_is_undone_and_a_sample_stops_undo(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.show_section("formations")
    view = win.section("formations")
    before = view.model.rowCount()
    view.act_add.trigger()
    dlg = view.dialog
    qtbot.keyClicks(dlg.name, "Lean dump")
    qtbot.keyClicks(dlg.tonnage, "500 000")
    qtbot.keyClicks(dlg.density, "1,45")
    _ok(qtbot, dlg)
    assert_undo_names(win, "Add formation")
    win.act_undo.trigger()
    assert view.model.rowCount() == before

    view.select_formation("Slag heap")
    view.act_add_sample.trigger()
    dlg = view.dialog
    qtbot.keyClicks(dlg.code, "SH-99")
    dlg.set_grade("Cu", "0,5")
    _ok(qtbot, dlg)
    assert_stopped_at(win, "Add sample")
    assert redo_text(win) == "Redo" and not win.act_redo.isEnabled()


def test_monitoring_readings_deleted_are_named_with_their_count(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.show_section("formations")
    view = win.section("formations")
    view.show_tab("monitoring")
    panel = view.monitoring
    panel.select_point("Dust PM10 at the slag heap")
    before = len(panel.readings)
    panel.readings_table.selectRow(0)
    panel.readings_table.selectionModel().select(
        panel.readings_table.model().index(1, 0),
        panel.readings_table.selectionModel().SelectionFlag.Select
        | panel.readings_table.selectionModel().SelectionFlag.Rows)
    panel.delete_readings()
    assert len(panel.readings) == before - 2
    assert_undo_names(win, "Delete 2 reading(s)")
    win.act_undo.trigger()
    assert len(panel.readings) == before


def test_greening_plan_save_stops_undo(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.show_section("checklist")
    view = win.section("checklist")
    view.site.setCurrentIndex(view.site.findText("Nurken concentrator"))
    view.select_action(view.action_by_item("M4.2").id)
    qtbot.keyClicks(view.editor.owner, "B. Sadykov")
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    assert "Action saved." in view.message_bar.text()
    assert_stopped_at(win, "Save action M4.2")


def test_closing_a_period_stops_undo_and_says_how_to_reopen(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.show_section("audit")
    view = win.section("audit")
    view.close_period()
    view.dialog.period.setText("2024-03")
    _ok(qtbot, view.dialog)
    what = "Close " + periods_closed.label("2024-03")
    assert undo_text(win) == f"Cannot undo: {what}" and not win.act_undo.isEnabled()
    assert "reopen the period in the Audit trail" in win.act_undo.toolTip()


# -- across sections ------------------------------------------------------------------------

def test_after_an_irreversible_change_undo_never_reaches_an_older_one(  # type: ignore[no-untyped-def]
        qtbot, win: MainWindow) -> None:
    win.show_section("ledger")
    ledger = win.ledger_view
    before = ledger.model.rowCount()
    ledger.select_rows([0, 1, 2])
    ledger.delete_selected()  # section A: undoable
    assert_undo_names(win, "Delete 3 flow record(s)")

    win.show_section("materials")
    materials = win.materials_view
    materials.select_material("Diesel fuel")
    materials.act_edit.trigger()
    materials.dialog.density.setText("0,85")
    _ok(qtbot, materials.dialog)  # section B: cannot be undone
    assert_stopped_at(win, "Edit material “Diesel fuel”")

    win.act_undo.trigger()
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    win.undo_stack.undo()  # not even the stack itself goes past the stop
    win.show_section("ledger")
    assert ledger.model.rowCount() == before - 3  # the deletion stays

    ledger.select_rows([0])
    ledger.delete_selected()  # a later undoable change is undone, then Undo stops again
    assert_undo_names(win, "Delete 1 flow record(s)")
    win.act_undo.trigger()
    assert ledger.model.rowCount() == before - 3
    assert_stopped_at(win, "Edit material “Diesel fuel”")


def test_an_undo_the_services_refuse_keeps_the_change_and_stops_there(  # type: ignore[no-untyped-def]
        qtbot, win: MainWindow) -> None:
    """The closed-period rule holds on undo: another program closes the month meanwhile."""
    win.show_section("ledger")
    view = win.ledger_view
    before = view.model.rowCount()
    view.select_rows([0])
    row = view.model.row_at(0)
    view.delete_selected()
    periods_closed.close_period(win.db, row.flow_date.strftime("%Y-%m"), "closed elsewhere")
    win.act_undo.trigger()
    assert view.model.rowCount() == before - 1  # still deleted
    assert "closed" in view.message_bar.text()
    assert_stopped_at(win, "Delete 1 flow record(s)")
    assert "closed" in win.act_undo.toolTip()


def test_an_import_stops_undo(qtbot, win: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win.show_section("ledger")
    ledger = win.ledger_view
    ledger.select_rows([0])
    ledger.delete_selected()
    path = tmp_path / "march.csv"
    path.write_text("date,site,from,to,material,quantity,unit\n"
                    "2025-03-15,Nurken concentrator,Power grid,Crushing,Electricity,12,MWh\n",
                    encoding="utf-8")
    with qtbot.waitSignal(ledger.importer.finished, timeout=20_000) as blocker:
        ledger.importer.start(path)
    assert blocker.args[0] == "imported", ledger.message_bar.text()
    assert_stopped_at(win, "Import 1 flow record(s) from march.csv")


def test_another_database_forgets_the_stop(qtbot, win: MainWindow, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = win.section("audit")
    view.close_period()
    view.dialog.period.setText("2024-04")
    _ok(qtbot, view.dialog)
    assert undo_text(win).startswith("Cannot undo") and not win.act_undo.isEnabled()
    assert win.open_path(db_path)
    assert undo_text(win) == "Undo" and win.act_undo.toolTip() == "Nothing to undo."


def test_every_window_write_goes_through_the_undo_module() -> None:
    """Announcing a change on the bus is undo.py's job; only a report's export (the Reports
    section's, the waste register's passport), which adds an audit entry and changes no
    record, announces by itself."""
    ui = Path(greendesk.ui.__file__).parent
    announcing = {}
    for path in sorted(ui.glob("*.py")):
        if path.name in ("undo.py", "bus.py"):
            continue
        calls = [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                 and n.func.attr == "announce"]
        if calls:
            announcing[path.name] = len(calls)
    assert announcing == {"reports_view.py": 1, "waste_passport.py": 1}
