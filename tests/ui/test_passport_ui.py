"""The waste register's passport: editing a waste type's composition and passport data in
its dialog (undoable), and writing the selected hazardous type's passport workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from greendesk.services.waste_passport import get_passport
from tests.ui.test_waste_ui import open_waste

SLUDGE = "Gas-cleaning sludge"


def select(view, name: str) -> int:  # type: ignore[no-untyped-def]
    row = next(i for i, t in enumerate(view.shown_types) if t.name == name)
    view.tabs.setCurrentIndex(0)
    view.types_table.setCurrentCell(row, 0)
    return view.shown_types[row].id


def ok(qtbot, dlg) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_the_composition_is_edited_undone_and_the_passport_written(
        qtbot, demo_path: Path, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    clock(date(2026, 11, 25))
    win, view = open_waste(qtbot, demo_path)
    sludge = select(view, SLUDGE)
    view.act_passport_data.trigger()
    dlg = view.dialog
    assert dlg is not None and dlg.composition.rowCount() == 5
    assert dlg.composition.item(3, 0).text() == "Arsenic (as As)"
    assert dlg.composition.cellWidget(3, 2).currentText() == "mg/kg"

    # a share that is not a number keeps the dialog open and changes nothing
    r = dlg.add_component()
    dlg.composition.item(r, 0).setText("Cadmium (as Cd)")
    dlg.composition.item(r, 1).setText("lots")
    ok(qtbot, dlg)
    assert view.dialog is dlg and dlg.error_label.isVisible()
    assert "not a number" in dlg.error_label.text()
    assert len(get_passport(win.db, sludge).components) == 5

    # a share over the whole keeps it open too: the services' sentence
    dlg.composition.item(r, 1).setText("60")
    ok(qtbot, dlg)
    assert view.dialog is dlg and "more than 100 %" in dlg.error_label.text()

    dlg.composition.item(r, 1).setText("120")
    unit = dlg.composition.cellWidget(r, 2)
    unit.setCurrentIndex(unit.findData("g/t"))
    dlg.composition.item(r, 3).setText("Protocol No. 18 of 20.03.2025")
    dlg.handling.setPlainText("Respirator and gloves")
    dlg.prepared_by.setText("A. Nurlanova")
    dlg.dated.setChecked(True)
    ok(qtbot, dlg)
    assert view.dialog is None, dlg.error_label.text()
    data = get_passport(win.db, sludge)
    assert [(c.name, c.share, str(c.unit)) for c in data.components][-1] == (
        "Cadmium (as Cd)", 120.0, "g/t")
    assert data.handling == "Respirator and gloves" and data.prepared_on == date(2026, 11, 25)
    assert "passport data" in win.undo_stack.undoText()

    win.undo_stack.undo()
    back = get_passport(win.db, sludge)
    assert len(back.components) == 5 and back.handling == "" and back.prepared_by == ""
    win.undo_stack.redo()
    assert get_passport(win.db, sludge) == data

    target = tmp_path / "sludge passport.xlsx"
    with qtbot.waitSignal(view.passport_exported, timeout=60_000) as blocker:
        view.export_passport(target)
    assert blocker.args == ["written"], view.message_bar.text()
    assert "Saved" in view.message_bar.text()
    wb = load_workbook(target)
    assert wb.sheetnames == ["Cover", SLUDGE, "Check", "_greendesk"]
    rows = list(wb[SLUDGE].iter_rows(min_row=4, values_only=True))
    assert ("Composition", "Cadmium (as Cd)", None, 120, "g/t",
            "Protocol No. 18 of 20.03.2025") in rows
    assert ("Precautions", "Handling", "Respirator and gloves", None, None, None) in rows
    check = {r[2] for r in wb["Check"].iter_rows(min_row=4, values_only=True)}
    assert check == {"Basis of the property: HP14", "Transport", "Storage"}


def test_passport_of_a_non_hazardous_type_is_refused_plainly(
        qtbot, demo_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _win, view = open_waste(qtbot, demo_path)
    select(view, "Copper smelting slag")
    view.export_passport(tmp_path / "slag.xlsx")
    assert "is not a hazardous waste" in view.message_bar.text()
    assert not (tmp_path / "slag.xlsx").exists()


def test_the_basis_heading_is_whole_and_the_form_fits_the_screen(
        qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    _win, view = open_waste(qtbot, demo_path)
    select(view, SLUDGE)
    view.edit_passport()
    dlg = view.dialog
    qtbot.waitExposed(dlg)
    assert dlg.width() <= 1280 and dlg.height() <= 720
    table = dlg.composition
    basis = table.horizontalHeaderItem(3).text()
    assert table.horizontalHeader().sectionSize(3) >= table.fontMetrics().horizontalAdvance(basis)
    assert table.horizontalHeaderItem(3).toolTip() == basis
    dlg.reject()
