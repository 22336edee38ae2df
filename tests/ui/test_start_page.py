"""Start here: a new database opens on the start page, which says what to do next and
follows the set-up as it happens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from greendesk.models import NodeKind, SiteKind
from greendesk.services import structure
from greendesk.services.changes import Changes, Entity
from greendesk.ui.main_window import MainWindow
from greendesk.ui.start_view import StartView


def _state(view: StartView, key: str) -> tuple[str, str]:
    mark, state, _go = view.rows[key]
    return mark.text(), state.text()


def test_a_new_database_opens_on_the_start_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.stack.currentWidget()
    assert isinstance(view, StartView) and view.isVisible()
    assert _state(view, "structure") == ("➜", "next")
    assert _state(view, "report") == ("○", "to do")
    assert view.btn_demo.isVisible() and view.btn_by_hand.isEnabled()
    qtbot.mouseClick(view.rows["structure"][2], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.structure_view


def test_the_steps_follow_the_set_up(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.stack.currentWidget()
    assert isinstance(view, StartView)
    db = window.db
    assert db is not None
    structure.set_enterprise(db, "Saryarka Copper JSC", "050340000009")
    site, _ = structure.add_site(db, structure.SiteDraft("Nurken", "Abai", SiteKind.MINE))
    structure.add_node(db, structure.NodeDraft(site, "Open pit", NodeKind.PROCESS))
    window.bus.changed.emit(Changes.of(Entity.SITE, Entity.NODE))
    qtbot.waitUntil(lambda: _state(view, "structure")[0] == "✔")
    assert _state(view, "structure") == ("✔", "done (1)")
    assert _state(view, "materials") == ("➜", "next")
    qtbot.mouseClick(view.rows["classifier"][2], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.section("waste")


def test_a_plant_with_data_opens_where_the_officer_left(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_section("ledger")
    assert win.open_path(demo_path)
    assert win.stack.currentWidget() is win.ledger_view
    win.show_section("start")
    view = win.stack.currentWidget()
    assert isinstance(view, StartView)
    assert all(_state(view, key)[0] == "✔" for key in ("structure", "materials", "flows"))


def test_empty_tables_say_what_to_do_next(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from greendesk.models import MaterialCategory, QuantityKind
    from greendesk.services import materials

    ledger = window.ledger_view
    window.show_section("ledger")
    assert ledger.empty_hint.isVisible() and "Plant structure" in ledger.empty_hint.text()
    mats = window.materials_view
    window.show_section("materials")
    assert mats.empty_hint.isVisible() and "Add material" in mats.empty_hint.text()
    for key in ("balances", "waste", "formations"):
        window.show_section(key)
        hint = window.section(key).empty_hint  # type: ignore[attr-defined]
        assert hint.isVisible() and hint.text()
    db = window.db
    assert db is not None
    _id, changes = materials.add_material(db, materials.MaterialDraft(
        "Copper ore", MaterialCategory.RAW_MATERIAL, QuantityKind.MASS, "t"))
    window.bus.changed.emit(changes)
    window.show_section("materials")
    qtbot.waitUntil(lambda: not mats.empty_hint.isVisible())


def test_a_filtered_empty_ledger_says_to_widen_the_filter(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(demo_path)
    win.show_section("ledger")
    ledger = win.ledger_view
    assert not ledger.empty_hint.isVisible()
    ledger.filters.text.setText("no such note anywhere")
    qtbot.waitUntil(lambda: ledger.empty_hint.isVisible())
    assert "filters" in ledger.empty_hint.text()


def test_the_start_page_saves_the_set_up_workbook(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  monkeypatch) -> None:
    from openpyxl import load_workbook

    from greendesk.ui import file_dialogs

    target = tmp_path / "setup.xlsx"
    monkeypatch.setattr(file_dialogs, "_run", lambda _d: ([str(target)], "Excel (*.xlsx)"))
    view = window.stack.currentWidget()
    assert isinstance(view, StartView) and view.btn_workbook.isEnabled()
    qtbot.mouseClick(view.btn_template, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.structure_view
    names = load_workbook(target, read_only=True).sheetnames
    assert len(names) >= 8 and "Sites" in names
