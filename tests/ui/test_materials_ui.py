"""Editing a material's density in the window recomputes the ledger and says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from greendesk.ui.main_window import MainWindow


def test_new_density_is_announced_and_the_ledger_follows(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    win.show_section("ledger")
    ledger = win.ledger_view
    ledger.filters.material.setCurrentIndex(ledger.filters.material.findText("Diesel fuel"))
    first = ledger.model.row_at(0)
    assert first.unit_entered == "L"

    win.show_section("materials")
    view = win.materials_view
    view.select_material("Diesel fuel")
    view.act_edit.trigger()
    dlg = view.dialog
    assert dlg.density.text() == "0.84"
    dlg.density.setText("0,85")
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert view.dialog is None
    assert "36 record(s) were recomputed" in view.message_bar.text()

    win.show_section("ledger")
    again = ledger.model.row_at(0)
    assert again.id == first.id and again.qty_entered == first.qty_entered
    assert abs(again.qty_canonical - first.qty_entered / 1000 * 0.85) < 1e-9


def test_a_refused_edit_stays_in_the_dialog(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    win.show_section("materials")
    view = win.materials_view
    view.select_material("Diesel fuel")
    view.act_edit.trigger()
    dlg = view.dialog
    dlg.density.clear()
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert view.dialog is dlg
    assert "were entered in L" in dlg.error_label.text()
