"""File ▸ Import plant set-up…: differences confirmed before they are applied, a refused
workbook's problems listed, an applied import a step Undo cannot take back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from greendesk.importers.plant_workbook import write_plant_workbook
from greendesk.services import structure
from greendesk.ui import file_dialogs
from greendesk.ui.main_window import MainWindow


@pytest.fixture
def win(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(demo_path)
    w.show()
    return w


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_a, **_k: str(path))


def _import_a_changed_region(win: MainWindow, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The plant exported with one site's region changed, chosen from File ▸ Import plant
    set-up…"""
    assert win.db is not None
    out = write_plant_workbook(tmp_path / "plant.xlsx", win.db, with_records=True)
    wb = load_workbook(out)
    wb["Sites"].cell(row=2, column=2, value="Ulytau")
    wb.save(out)
    _choose(monkeypatch, out)
    win.act_import_plant.trigger()


def _regions(win: MainWindow) -> set[str]:
    assert win.db is not None
    return {s.region for s in structure.get_plant(win.db).sites}


def test_the_menu_shows_the_differences_and_applies_them_once_confirmed(
        qtbot, win: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _import_a_changed_region(win, tmp_path, monkeypatch)
    importer = win.structure_view.plant_importer
    box = importer.pending_question
    assert box is not None and "Region" in box.text() and "Ulytau" in box.text()
    assert "Ulytau" not in _regions(win)   # nothing written before the answer
    with qtbot.waitSignal(importer.finished, timeout=20_000) as blocker:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert blocker.args == ["imported"]
    assert "Ulytau" in _regions(win)
    assert win.act_undo.text() == "Cannot undo: Import plant set-up from plant.xlsx"
    tree = win.structure_view.tree
    qtbot.waitUntil(lambda: any("Ulytau" in tree.topLevelItem(0).child(i).text(2)
                                for i in range(tree.topLevelItem(0).childCount())))


def test_declining_changes_nothing(qtbot, win: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _import_a_changed_region(win, tmp_path, monkeypatch)
    importer = win.structure_view.plant_importer
    with qtbot.waitSignal(importer.finished, timeout=20_000) as blocker:
        importer.pending_question.button(QMessageBox.StandardButton.No).click()
    assert blocker.args == ["declined"]
    assert "Ulytau" not in _regions(win)


def test_a_refused_workbook_lists_its_problems(qtbot, win: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = write_plant_workbook(tmp_path / "plant.xlsx")
    wb = load_workbook(out)
    wb["Sites"].append(["New pit", "Abai", "volcano"])
    wb["Nodes"].append(["Atlantis", "Crushing", "Process"])
    wb.save(out)
    _choose(monkeypatch, out)
    before = _regions(win)
    win.act_import_plant.trigger()
    dialog = win.structure_view.plant_importer.problems_dialog
    assert dialog is not None and dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "Sites"
    assert _regions(win) == before
    assert "nothing was imported" in win.structure_view.message_bar.text()


def test_a_waste_type_whose_code_awaits_the_classifier_says_so(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from greendesk.importers.plant_import import import_plant
    from greendesk.services.new_plant import create_plant
    from greendesk.store.db import open_database

    path = create_plant(tmp_path / "new.sqlite", "Test plant", "050340000009", "en")
    out = write_plant_workbook(tmp_path / "plant.xlsx")
    wb = load_workbook(out)
    wb["Sites"].append(["North pit", "Karaganda", "Mine or quarry"])
    wb["Nodes"].append(["North pit", "Mining", "Process"])
    wb["Waste types"].append(["North pit", "Sludge", "10 06 07*", "sludge", "", "", "", "",
                              "Mining"])
    wb.save(out)
    db = open_database(path, create=False)
    import_plant(db, out)
    db.close()
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(path)
    w.show()
    w.show_section("waste")
    view = w.section("waste")
    view.refresh()  # type: ignore[attr-defined]
    table = view.types_table  # type: ignore[attr-defined]
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "10 06 07* — code not verified"
