"""Importing flow files from the window: refused files list their problems, good ones land."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from greendesk.ui.main_window import MainWindow

HEADER = "Date;Site;From;To;Material;Quantity;Unit;Method;Note\n"
GOOD = "31.01.2026;Nurken concentrator;Power grid;Crushing;Electricity;1 234,5;MWh;measured;csv\n"


@pytest.fixture
def win(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(demo_path)
    w.show()
    w.show_section("ledger")
    return w


def _run(qtbot, win: MainWindow, path: Path) -> str:  # type: ignore[no-untyped-def]
    importer = win.ledger_view.importer
    with qtbot.waitSignal(importer.finished, timeout=20_000) as blocker:
        importer.start(path)
    return blocker.args[0]


def test_csv_with_bom_and_decimal_commas_imports(qtbot, win: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "march.csv"
    path.write_bytes((HEADER + GOOD * 3).encode("utf-8-sig"))
    view = win.ledger_view
    before = view.model.rowCount()
    assert _run(qtbot, win, path) == "imported"
    assert view.model.rowCount() == before + 3
    assert "Imported 3 flow records from march.csv" in view.message_bar.text()
    view.filters.text.setText("csv")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    row = view.model.row_at(0)
    assert (row.qty_entered, row.unit_entered) == (1234.5, "MWh")
    assert row.qty_canonical == pytest.approx(1234.5 * 3.6)
    assert not win.undo_stack.canUndo()  # an import is not an undoable step: Undo says so
    assert not win.act_undo.isEnabled()
    assert win.act_undo.text() == "Cannot undo: Import 3 flow record(s) from march.csv"


def test_one_bad_row_imports_nothing_and_is_listed(qtbot, win: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = GOOD.replace("1 234,5", "-7")
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + GOOD + GOOD + bad + GOOD, encoding="utf-8")
    view = win.ledger_view
    before = view.model.rowCount()
    assert _run(qtbot, win, path) == "refused"
    assert view.model.rowCount() == before
    dialog = view.importer.problems_dialog
    assert dialog is not None and dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(5)]
    assert cells[1] == "4"  # the header is row 1, so the third data row is row 4
    assert cells[2].startswith("F") and cells[3] == "-7"
    assert "nothing was imported" in view.message_bar.text()


def test_the_same_file_twice_asks_first(qtbot, win: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "once.csv"
    path.write_text(HEADER + GOOD, encoding="utf-8")
    view = win.ledger_view
    assert _run(qtbot, win, path) == "imported"
    count = view.model.rowCount()
    assert _run(qtbot, win, path) == "duplicate"
    box = view.importer.pending_question
    assert box is not None and "already" in box.text()
    with qtbot.waitSignal(view.importer.finished, timeout=20_000) as blocker:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert blocker.args[0] == "imported"
    assert view.model.rowCount() == count + 1


def test_a_resaved_file_asks_before_recording_its_rows_again(qtbot, win: MainWindow,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    first, resaved = tmp_path / "jan.csv", tmp_path / "jan-v2.csv"
    first.write_text(HEADER + GOOD, encoding="utf-8")
    resaved.write_text(HEADER + GOOD + "\n", encoding="utf-8")     # other bytes, same rows
    view = win.ledger_view
    assert _run(qtbot, win, first) == "imported"
    count = view.model.rowCount()
    assert _run(qtbot, win, resaved) == "duplicate"
    box = view.importer.pending_question
    assert box is not None and box.windowTitle() == "Import rows already recorded?"
    assert "1 of the 1 rows of jan-v2.csv match records already" in box.text()
    assert "imported from jan.csv" in box.text()
    with qtbot.waitSignal(view.importer.finished, timeout=20_000) as blocker:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert blocker.args[0] == "imported"
    assert view.model.rowCount() == count + 1


def test_cancel_leaves_the_database_as_it_was(qtbot, win: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.csv"
    path.write_text(HEADER + GOOD * 20_000, encoding="utf-8")
    view = win.ledger_view
    before = view.model.rowCount()
    importer = view.importer
    with qtbot.waitSignal(importer.finished, timeout=30_000) as blocker:
        importer.start(path)
        importer.cancel()  # the officer presses Cancel while the rows are being checked
    assert blocker.args[0] == "cancelled"
    assert view.model.rowCount() == before
    assert "cancelled" in view.message_bar.text()
