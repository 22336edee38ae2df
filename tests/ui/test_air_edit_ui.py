"""Editing in the Air and climate section as an officer does it: a source added through its
form (a refusal first), edited, its norm added, the source's delete refused while it has
norms, each step undone; the chart of a line against its norm; a factor file previewed and
loaded as a new version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from greendesk.models.emissions import EmissionSourceKind
from greendesk.services import emission_sources as es
from greendesk.services.factors import versions
from greendesk.ui.main_window import MainWindow


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _yes(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.pending_confirmation.button(QMessageBox.StandardButton.Yes),
                     Qt.MouseButton.LeftButton)


def _air(qtbot, path: Path):  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.show()
    win.show_section("air")
    return win, win.section("air")


def _numbers(view) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(view.sources.item(r, 1).text() for r in range(view.sources.rowCount()))


def _select(view, number: str) -> None:  # type: ignore[no-untyped-def]
    view.sources.selectRow(next(r for r in range(view.sources.rowCount())
                                if view.sources.item(r, 1).text() == number))


def test_a_source_is_added_with_a_stream_edited_normed_and_undone(qtbot, demo_path: Path  # type: ignore[no-untyped-def]
                                                                  ) -> None:
    win, view = _air(qtbot, demo_path)
    assert _numbers(view) == ["0001", "0101", "6001"]
    view.act_add_source.trigger()
    dlg = view.dialog
    hint = dlg.sizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720 - 40  # room for its title bar
    dlg.site_box.setCurrentIndex(dlg.site_box.findText("Nurken copper smelter"))
    qtbot.keyClicks(dlg.number_edit, "0001")  # the smelter's stack already has it
    qtbot.keyClicks(dlg.name_edit, "Boiler house stack")
    qtbot.keyClicks(dlg.height_edit, "45")
    qtbot.keyClicks(dlg.diameter_edit, "2,5")
    qtbot.keyClicks(dlg.hours_edit, "6000")
    qtbot.mouseClick(dlg.add_stream_button, Qt.MouseButton.LeftButton)
    dlg.streams.cellWidget(0, 0).setCurrentIndex(
        dlg.streams.cellWidget(0, 0).findText("Coal supplier"))
    dlg.streams.cellWidget(0, 2).setCurrentIndex(
        dlg.streams.cellWidget(0, 2).findText("Karaganda coal"))
    dlg.streams.item(0, 3).setText("coal")
    dlg.streams.item(0, 4).setText("0,3")
    qtbot.mouseClick(dlg.add_abatement_button, Qt.MouseButton.LeftButton)
    dlg.abatement.item(0, 0).setText("Cyclone")
    dlg.abatement.item(0, 1).setText("dust")
    dlg.abatement.item(0, 2).setText("1.2")  # refused: η is below 1
    _ok(qtbot, dlg)
    assert view.dialog is dlg and "already has a source numbered" in dlg.error_label.text()
    dlg.number_edit.setText("0002")
    _ok(qtbot, dlg)
    assert view.dialog is dlg and "below 1, not 1.2" in dlg.error_label.text()
    dlg.abatement.item(0, 2).setText("0,85")
    _ok(qtbot, dlg)
    assert view.dialog is None
    assert _numbers(view) == ["0001", "0002", "0101", "6001"]
    added = next(s for s in es.list_sources(win.db) if s.number == "0002")
    d = es.source_draft(win.db, added.id)
    assert (d.height_m, d.diameter_m, d.hours_per_year) == (45.0, 2.5, 6000.0)
    assert [(s.activity, s.share) for s in d.streams] == [("coal", 0.3)]
    assert [(a.substance, a.efficiency) for a in d.abatement] == [("DUST", 0.85)]
    assert win.act_undo.text().replace("&", "") == "Undo: Add emission source “0002”"

    _select(view, "0002")  # edit: fugitive now, so its stack is dropped
    view.act_edit_source.trigger()
    dlg = view.dialog
    assert dlg.number_edit.text() == "0002" and dlg.streams.rowCount() == 1
    dlg.kind_box.setCurrentIndex(dlg.kind_box.findData(EmissionSourceKind.FUGITIVE))
    assert not dlg.stack.isEnabled()
    _ok(qtbot, dlg)
    d = es.source_draft(win.db, added.id)
    assert d.kind == EmissionSourceKind.FUGITIVE and d.height_m is None
    win.act_undo.trigger()
    assert es.source_draft(win.db, added.id).height_m == 45.0

    _select(view, "0002")  # a norm for it, then its delete refused
    view.act_add_norm.trigger()
    dlg = view.dialog
    dlg.substance_box.setCurrentText("so2")
    qtbot.keyClicks(dlg.t_edit, "12,5")
    _ok(qtbot, dlg)
    assert view.dialog is None
    norm = next(n for n in es.list_norms(win.db) if n.source.startswith("0002"))
    assert (norm.substance, norm.t_per_year, norm.g_per_s) == ("SO2", 12.5, None)
    view.norms.selectRow(next(r for r, n in enumerate(view.norm_rows) if n.id == norm.id))
    view.act_edit_norm.trigger()  # a negative figure refused, then g/s added
    dlg = view.dialog
    assert dlg.t_edit.text() == "12.5"
    dlg.g_edit.setText("-1")
    _ok(qtbot, dlg)
    assert view.dialog is dlg and dlg.error_label.text() == "A norm cannot be negative."
    dlg.g_edit.setText("0,4")
    _ok(qtbot, dlg)
    assert next(n for n in es.list_norms(win.db) if n.id == norm.id).g_per_s == 0.4
    win.act_undo.trigger()
    assert next(n for n in es.list_norms(win.db) if n.id == norm.id).g_per_s is None
    _select(view, "0002")
    view.act_delete_source.trigger()
    _yes(qtbot, view)
    assert "Source 0002 has permit norms; delete them first." in view.message_bar.text()
    view.norms.selectRow(next(r for r, n in enumerate(view.norm_rows) if n.id == norm.id))
    view.act_delete_norm.trigger()
    _yes(qtbot, view)
    _select(view, "0002")
    view.act_delete_source.trigger()
    _yes(qtbot, view)
    assert _numbers(view) == ["0001", "0101", "6001"]
    win.act_undo.trigger()  # the source's delete
    win.act_undo.trigger()  # the norm's delete
    assert "0002" in _numbers(view) and any(n.id == norm.id for n in es.list_norms(win.db))
    win.act_undo.trigger()  # the norm
    win.act_undo.trigger()  # the edit
    win.act_undo.trigger()  # the add
    assert _numbers(view) == ["0001", "0101", "6001"]


def test_a_line_is_charted_by_month_against_its_norm(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, view = _air(qtbot, demo_path)
    view.tabs.setCurrentIndex(1)
    view.picker.kind.setCurrentIndex(view.picker.kind.findData("year"))
    view.picker.period.setCurrentIndex(view.picker.period.findText("2025"))
    assert view.chart_hint.isVisible() and not view.chart_box.isVisible()
    row = next(r for r, x in enumerate(view.lines)
               if x.source.startswith("0001") and x.substance == "SO2")
    view.emissions.selectRow(row)
    assert view.chart_box.isVisible()
    months = view.monthly[(view.picker.current(), view.lines[row].source_id, "SO2")]
    assert len(months) == 12 and all(n is not None for _, _, n in months)
    above = [i for i, (_, m, n) in enumerate(months) if m is not None and m > n]
    assert above and view.chart.above == above  # exceeding months drawn in red
    year_norm = view.lines[row].norm_t
    assert abs(sum(n for _, _, n in months) - year_norm) < 1e-6 * year_norm


def test_a_factor_file_is_previewed_then_loaded(qtbot, demo_path: Path, tmp_path: Path  # type: ignore[no-untyped-def]
                                                ) -> None:
    win, view = _air(qtbot, demo_path)
    view.tabs.setCurrentIndex(3)
    bad = tmp_path / "bad.csv"
    bad.write_text("substance,activity,value,unit,citation\nCO2,diesel,-1,kg/TJ,x\n",
                   encoding="utf-8")
    view.import_factors(str(bad))
    assert view.dialog is None and "cannot be negative" in view.message_bar.text()
    good = tmp_path / "plant_factors.csv"
    good.write_text("substance,activity,value,unit,citation\n"
                    "DUST,ore_crushing,0.05,kg/t,Plant methodology table 3\n",
                    encoding="utf-8")
    before = len(versions(win.db))
    view.import_factors(str(good))
    dlg = view.dialog
    assert "1 added" in dlg.summary.text() and "ore_crushing / DUST" in \
        dlg.details.toPlainText()
    assert len(versions(win.db)) == before  # nothing loaded before OK
    _ok(qtbot, dlg)
    assert len(versions(win.db)) == before + 1
    assert "Loaded 1 factors" in view.message_bar.text()
    assert [view.factors.item(r, 0).text() for r in range(view.factors.rowCount())] == [
        "ore_crushing"]
    assert win.act_undo.text().replace("&", "").startswith("Cannot undo")
