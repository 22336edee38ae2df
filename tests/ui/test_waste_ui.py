"""The waste register section, driven as the officer would."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from greendesk.models import NodeKind, SiteKind
from greendesk.services import structure
from greendesk.services.waste import ContractorDraft, add_contractor
from greendesk.services.waste_movements import MovementKind
from greendesk.store.db import open_database
from greendesk.ui import formatting
from greendesk.ui.main_window import MainWindow
from greendesk.validation import make_valid_bin
from tests.conftest import needs

LOW = Path(__file__).resolve().parents[3] / "shared" / "data" / "list_of_waste.csv"
DEMO_TODAY = date(2026, 11, 25)


def ok(qtbot, dlg) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def cell(table, row: int, col: int) -> str:  # type: ignore[no-untyped-def]
    return table.item(row, col).text()


def figure(view, label: str, year: int) -> str:  # type: ignore[no-untyped-def]
    t = view.figures_table
    col = next(c for c in range(t.columnCount()) if t.horizontalHeaderItem(c).text() == str(year))
    row = next(r for r in range(t.rowCount()) if cell(t, r, 0).strip() == label)
    return cell(t, row, col)


@pytest.fixture
def plant_path(db_path: Path) -> Path:
    db = open_database(db_path)
    structure.set_enterprise(db, "Test Copper LLP", make_valid_bin("100440"))
    site, _ = structure.add_site(db, structure.SiteDraft("Test mine", "Karaganda", SiteKind.MINE))
    for name, kind in (("Workshop", NodeKind.PROCESS), ("Oil storage", NodeKind.STOCK),
                       ("Oil regeneration", NodeKind.PROCESS)):
        structure.add_node(db, structure.NodeDraft(site, name, kind))
    add_contractor(db, ContractorDraft("EcoService LLP", make_valid_bin("110540"), "KZ-7",
                                       date(2030, 12, 31), "R9, D9"))
    db.close()
    return db_path


def open_waste(qtbot, path: Path):  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.show()
    win.show_section("waste")
    view = win.section("waste")
    view.today = DEMO_TODAY
    view.refresh()
    return win, view


def test_without_a_classifier_the_section_works_and_says_how_to_load_one(
        qtbot, plant_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win, view = open_waste(qtbot, plant_path)
    assert view.hint.isVisible()
    assert "Import classifier" in view.hint.text()
    assert view.contractors_table.rowCount() == 1
    view.act_register.trigger()
    assert view.dialog is None and "classifier" in view.message_bar.text()
    bad = tmp_path / "low.csv"
    bad.write_text("code,description\n01 03 04*,Acid tailings\n01 03 0X,Broken\n",
                   encoding="utf-8")
    view.act_import.trigger()
    dlg = view.dialog
    dlg.files.setText(str(bad))
    ok(qtbot, dlg)
    assert view.problems_dialog is not None and view.problems_dialog.table.rowCount() == 1
    assert "nothing was imported" in view.message_bar.text()
    view.problems_dialog.close()
    assert view.hint.isVisible()


def test_register_through_the_picker_then_generation_and_transfer_move_stock_and_share(
        qtbot, plant_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win, view = open_waste(qtbot, plant_path)
    low = tmp_path / "low.csv"
    low.write_text("code,description\n13 02 05*,Mineral-based engine oils\n"
                   "13 02 08*,Other engine oils\n10 06 01,Copper slags\n", encoding="utf-8")
    assert view.import_classifier([low])
    assert not view.hint.isVisible() and "3 entries" in view.message_bar.text()

    # register a waste type, choosing its code in the picker
    view.act_register.trigger()
    dlg = view.dialog
    qtbot.keyClicks(dlg.picker.search, "engine oil")
    assert dlg.picker.proxy.rowCount() == 2
    qtbot.keyClicks(dlg.picker.search, " mineral")
    assert dlg.picker.current().display_code == "13 02 05*"
    assert "hazardous" in dlg.code_label.text()
    dlg.name.setText("Waste oil")
    dlg.node.setCurrentIndex(dlg.node.findText("Workshop"))
    dlg.hp.setText("HP14")
    ok(qtbot, dlg)
    assert view.dialog is None
    assert cell(view.types_table, 0, 0) == "Waste oil"
    assert cell(view.types_table, 0, 2) == "13 02 05*"
    view.year.setCurrentIndex(view.year.findData(2025))

    # generation into the storage
    view.movement_actions[MovementKind.GENERATED].trigger()
    dlg = view.dialog
    dlg.when.setDate(QDate(2025, 3, 1))
    qtbot.keyClicks(dlg.quantity, "40")
    assert dlg.to_node.currentText() == "Oil storage"
    ok(qtbot, dlg)
    assert view.dialog is None
    assert cell(view.stock_table, 0, 8) == "40.000"
    assert figure(view, "Recycling share", 2025) == "0.00 %"

    # a transfer larger than the stock is refused in the dialog, naming the shortfall
    view.movement_actions[MovementKind.TRANSFERRED].trigger()
    dlg = view.dialog
    dlg.when.setDate(QDate(2025, 4, 1))
    assert dlg.from_node.currentText() == "Oil storage"
    # in the window's number format (1 234,5 in Russian and Kazakh), not a sentence's
    assert dlg.stock_hint.text().endswith(": " + formatting.quantity(40, "t"))
    dlg.operation.setCurrentIndex(dlg.operation.findData("R9"))
    qtbot.keyClicks(dlg.quantity, "100")
    ok(qtbot, dlg)
    assert view.dialog is dlg and "60 t short" in dlg.error_label.text()
    dlg.quantity.setText("25")
    ok(qtbot, dlg)
    assert view.dialog is None
    assert cell(view.stock_table, 0, 5) == "25.000" and cell(view.stock_table, 0, 8) == "15.000"
    assert figure(view, "Recycling share", 2025) == "62.50 %"  # 25 t re-refined (R9) of 40 t

    # charts are built when the figures are first shown
    view.tabs.setCurrentIndex(view.FIGURES_TAB)
    assert view.charts is not None and "hazardous" in view.charts.bars
    view.charts.grab()

    # undo takes the transfer back
    win.undo_stack.undo()
    assert cell(view.stock_table, 0, 8) == "40.000"
    assert figure(view, "Recycling share", 2025) == "0.00 %"
    win.undo_stack.redo()
    assert cell(view.stock_table, 0, 8) == "15.000"


def test_a_contractor_with_a_bad_bin_stays_in_its_dialog(qtbot, plant_path: Path
                                                         ) -> None:  # type: ignore[no-untyped-def]
    win, view = open_waste(qtbot, plant_path)
    view.act_contractor.trigger()
    dlg = view.dialog
    dlg.name.setText("Recycler LLP")
    dlg.bin.setText("123")
    dlg.licence.setText("L-9")
    dlg.operations.setText("R4")
    ok(qtbot, dlg)
    assert view.dialog is dlg and "BIN" in dlg.error_label.text()
    dlg.bin.setText(make_valid_bin("120540"))
    ok(qtbot, dlg)
    assert view.dialog is None and view.contractors_table.rowCount() == 2


def test_the_demo_plants_figures_stock_and_overdue(qtbot, demo_path: Path
                                                   ) -> None:  # type: ignore[no-untyped-def]
    win, view = open_waste(qtbot, demo_path)
    assert not view.hint.isVisible()
    assert view.types_table.rowCount() == 6
    view.year.setCurrentIndex(view.year.findData(2025))
    assert figure(view, "Recycled incl. incineration, t", 2025) == "36,120.000"
    assert figure(view, "Stock at year end, t", 2024) == "48.000"
    assert [cell(view.stock_table, 0, c) for c in (0, 1, 2, 3, 5, 8)] == [
        "Waste engine oil", "Waste oil storage", "48.000", "144.000", "120.000", "72.000"]
    assert cell(view.overdue_table, 0, 3) == "72.000"
    view.site.setCurrentIndex(view.site.findText("Nurken copper smelter"))
    assert figure(view, "Recycled incl. incineration, t", 2025) == "36,000.000"
    assert view.stock_table.rowCount() == 0


@needs(LOW.is_file(), reason="../shared/data/list_of_waste.csv is not beside this checkout")
def test_the_full_list_in_the_picker(qtbot, plant_path: Path) -> None:  # type: ignore[no-untyped-def]
    win, view = open_waste(qtbot, plant_path)
    assert view.import_classifier([LOW])
    view.act_register.trigger()
    picker = view.dialog.picker
    assert picker.proxy.rowCount() == 842
    qtbot.keyClicks(picker.search, "01 03 04")
    assert picker.current().description.startswith("Acid-generating tailings")
    picker.search.setText("copper slag")  # "copper" is in the sub-chapter title
    assert "10 06 01" in [picker.proxy.index(r, 0).data() for r in range(picker.proxy.rowCount())]


def test_pyqtgraph_is_loaded_only_when_the_charts_are_shown(demo_path: Path, tmp_path: Path
                                                            ) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication, QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "QCoreApplication.setOrganizationName('GreenDeskTests')\n"
        "QCoreApplication.setApplicationName('GreenDeskTests')\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        "QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])\n"
        "app = QApplication([])\n"
        "from greendesk.ui.main_window import MainWindow\n"
        "w = MainWindow(); w.open_path(Path(sys.argv[1])); w.show(); w.show_section('waste')\n"
        "app.processEvents()\n"
        "assert 'pyqtgraph' not in sys.modules, 'pyqtgraph loaded with the section'\n"
        "v = w.section('waste'); v.tabs.setCurrentIndex(v.FIGURES_TAB); app.processEvents()\n"
        "assert 'pyqtgraph' in sys.modules and v.charts is not None\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "GREENDESK_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", script, str(demo_path), str(tmp_path / "qs")],
                          env=env, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
