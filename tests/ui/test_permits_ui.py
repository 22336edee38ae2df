"""The permit register in the plant structure section: a site's category and address in its
form, a permit added, edited and deleted through the table's forms, each undone by Undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from greendesk.models import FacilityCategory
from greendesk.services import permits, structure
from greendesk.ui.kit.periods import qdate
from greendesk.ui.main_window import MainWindow


def _accept(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _open(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.show_section("structure")
    return win


def test_a_permit_is_added_edited_deleted_and_each_undone(qtbot, demo_path: Path, clock  # type: ignore[no-untyped-def]
                                                          ) -> None:
    clock(date(2026, 1, 20))
    win = _open(qtbot, demo_path)
    view = win.structure_view
    site = next(s for s in view.plant.sites if s.name == "Nurken concentrator")
    view.select_ref(("site", site.id))
    panel = view.permits
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "KZ17VCZ00002468"

    panel.act_add.trigger()
    dlg = view.dialog
    qtbot.keyClicks(dlg.number_edit, "KZ17VCZ00002468")  # taken on this site
    dlg.issued_edit.setDate(qdate(date(2025, 12, 1)))
    dlg.from_edit.setDate(qdate(date(2026, 1, 1)))
    dlg.until_edit.setDate(qdate(date(2035, 12, 31)))
    qtbot.keyClicks(dlg.authority_edit, "Ecology Department")
    _accept(qtbot, dlg)
    assert view.dialog is dlg and "already has a permit numbered" in dlg.error_label.text()
    dlg.number_edit.setText("KZ17VCZ00009000")
    _accept(qtbot, dlg)
    assert view.dialog is None
    assert [p.number for p in permits.list_permits(win.db, site.id)] == [
        "KZ17VCZ00009000", "KZ17VCZ00002468"]
    assert panel.table.rowCount() == 2 and panel.table.item(0, 0).text() == "KZ17VCZ00009000"
    assert win.act_undo.text().replace("&", "") == "Undo: Add permit “KZ17VCZ00009000”"

    panel.table.selectRow(0)
    panel.act_edit.trigger()
    view.dialog.no_end.setChecked(True)
    _accept(qtbot, view.dialog)
    assert permits.list_permits(win.db, site.id)[0].valid_until is None
    win.act_undo.trigger()
    assert permits.list_permits(win.db, site.id)[0].valid_until == date(2035, 12, 31)

    panel.table.selectRow(0)
    panel.act_delete.trigger()
    qtbot.mouseClick(view.pending_confirmation.button(QMessageBox.StandardButton.Yes),
                     Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1
    win.act_undo.trigger()  # the delete
    assert panel.table.rowCount() == 2
    win.act_undo.trigger()  # the add
    assert [p.number for p in permits.list_permits(win.db, site.id)] == ["KZ17VCZ00002468"]
    assert panel.table.rowCount() == 1


def test_the_site_form_sets_address_and_category(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    structure.set_enterprise(window.db, "Saryarka Copper JSC", "050340000009")
    structure.add_site(window.db, structure.SiteDraft("Mill", "Karaganda", "concentrator"))
    view = window.structure_view
    view.refresh()
    site = view.plant.sites[0]
    view.select_ref(("site", site.id))
    assert view.permits.act_add.isEnabled() and view.permits.table.rowCount() == 0
    view.act_edit.trigger()
    dlg = view.dialog
    assert dlg.category_combo.currentData() is None  # not set until the officer sets it
    qtbot.keyClicks(dlg.address_edit, "Industrial zone 1, Nurken")
    dlg.category_combo.setCurrentIndex(dlg.category_combo.findData(FacilityCategory.II))
    _accept(qtbot, dlg)
    site = structure.get_plant(window.db).sites[0]
    assert (site.address, site.category) == ("Industrial zone 1, Nurken", FacilityCategory.II)


def _open_pit(qtbot, demo_path: Path, clock):  # type: ignore[no-untyped-def]
    clock(date(2025, 12, 20))
    win = _open(qtbot, demo_path)
    view = win.structure_view
    pit = next(s for s in view.plant.sites if s.name == "Nurken open pit")
    view.select_ref(("site", pit.id))
    return win, view


def test_conditions_and_limits_are_edited_and_checked_in_the_panel(qtbot, demo_path: Path,  # type: ignore[no-untyped-def]
                                                                   clock) -> None:
    from greendesk.services.permit_terms import permit_terms

    win, view = _open_pit(qtbot, demo_path, clock)
    panel = view.permits
    assert "Waste engine oil accumulated 72.000 t in 2025 against a limit of 60.000 t " \
           "(12.000 t over)." in panel.checks.text()
    panel.table.selectRow(0)
    permit = panel.selected()
    assert permit is not None and permit.number == "KZ41VCZ00005678"
    assert panel.terms.text().startswith("1. Keep waste accumulation")
    panel.act_terms.trigger()
    dlg = view.dialog
    oil = next(i for i, (_id, name) in enumerate(dlg.waste_types) if name == "Waste engine oil")
    dlg.limits_table.item(oil, 1).setText("1,234")  # reads two ways: refused
    _accept(qtbot, dlg)
    assert view.dialog is dlg and "could be 1234 or 1.234" in dlg.error_label.text()
    dlg.limits_table.item(oil, 1).setText("80")
    dlg.conditions_edit.setPlainText("Only this condition.")
    _accept(qtbot, dlg)
    assert view.dialog is None
    terms = permit_terms(win.db, permit.id)
    assert terms.conditions == ("Only this condition.",)
    assert [w.accumulation_t for w in terms.waste_limits if w.waste_type == "Waste engine oil"
            ] == [80.0]
    assert panel.checks.text() == ""  # 72 t no longer exceeds 80 t
    win.act_undo.trigger()
    assert permit_terms(win.db, permit.id).conditions[0].startswith("Keep waste")
    assert "12.000 t over" in panel.checks.text()


def test_the_panel_warns_of_a_permit_expiring(qtbot, demo_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    clock(date(2030, 12, 1))
    win = _open(qtbot, demo_path)
    view = win.structure_view
    site = next(s for s in view.plant.sites if s.name == "Nurken concentrator")
    view.select_ref(("site", site.id))
    assert "Permit KZ17VCZ00002468 of Nurken concentrator expires on" in \
        view.permits.checks.text()
    assert "in 30 days." in view.permits.checks.text()


def test_the_permit_form_sets_the_bat_flag_and_undo_clears_it(qtbot, demo_path: Path,  # type: ignore[no-untyped-def]
                                                               clock) -> None:
    clock(date(2026, 1, 20))
    win = _open(qtbot, demo_path)
    view = win.structure_view
    site = next(s for s in view.plant.sites if s.name == "Nurken copper smelter")
    view.select_ref(("site", site.id))
    panel = view.permits
    panel.table.selectRow(0)
    panel.act_edit.trigger()
    assert not view.dialog.bat_check.isChecked()
    view.dialog.bat_check.setChecked(True)
    _accept(qtbot, view.dialog)
    assert view.dialog is None
    (row,) = permits.list_permits(win.db, site.id)
    assert row.bat
    from greendesk.periods import quarter
    from greendesk.services.fees import bat_sites

    assert bat_sites(win.db, quarter(2025, 4)) == [site.id]
    panel.table.selectRow(0)
    panel.act_edit.trigger()
    assert view.dialog.bat_check.isChecked()  # the form starts from the permit
    view.dialog.reject()
    win.act_undo.trigger()
    assert not permits.list_permits(win.db, site.id)[0].bat


def test_a_large_limit_reads_as_typed_and_the_names_take_the_width(qtbot, demo_path: Path,  # type: ignore[no-untyped-def]
                                                                   clock) -> None:
    from PySide6.QtWidgets import QHeaderView

    from greendesk.services.permit_terms import permit_terms

    win, view = _open_pit(qtbot, demo_path, clock)
    view.permits.table.selectRow(0)
    permit = view.permits.selected()
    limits = {w.waste_type: w for w in permit_terms(win.db, permit.id).waste_limits}
    view.permits.act_terms.trigger()
    dlg = view.dialog
    row = next(i for i, (_id, name) in enumerate(dlg.waste_types) if name == "Overburden")
    burial = limits["Overburden"].burial_t
    assert burial is not None and burial >= 1e6
    assert dlg.limits_table.item(row, 2).text() == f"{burial:.0f}"  # not "1.8e+06"
    header = dlg.limits_table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.ResizeToContents
    _accept(qtbot, dlg)  # read back unchanged
    after = {w.waste_type: w.burial_t for w in permit_terms(win.db, permit.id).waste_limits}
    assert after == {name: w.burial_t for name, w in limits.items()}
