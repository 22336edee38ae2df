"""Drive the formations section as an officer would: add a formation, sample it, see its
value and its place in the ranking; import through the mapping step; read the monitoring."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from greendesk.ui import formatting
from greendesk.ui.main_window import MainWindow


def _ok(qtbot, dlg) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _section(qtbot, win: MainWindow):  # type: ignore[no-untyped-def]
    win.resize(1300, 850)
    win.show_section("formations")
    view = win.section("formations")
    qtbot.waitExposed(win)
    return view


def _add_formation(qtbot, view, name: str, tonnage: str) -> None:  # type: ignore[no-untyped-def]
    view.act_add.trigger()
    dlg = view.dialog
    qtbot.keyClicks(dlg.name, name)
    dlg.kind.setCurrentIndex(dlg.kind.findText("Tailings storage facility"))
    dlg.status.setCurrentIndex(dlg.status.findText("Closed"))
    qtbot.keyClicks(dlg.tonnage, tonnage)
    qtbot.keyClicks(dlg.density, "1,45")
    assert dlg.figures_hint.text().startswith("= ") and "m³" in dlg.figures_hint.text()
    _ok(qtbot, dlg)
    assert view.dialog is None, dlg.error_label.text()


def test_add_a_formation_with_two_assays_and_see_its_value_and_rank(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    view = _section(qtbot, window)
    _add_formation(qtbot, view, "Lean dump", "500 000")
    _add_formation(qtbot, view, "Old tailings pond", "2 000 000")
    assert view.model.rowCount() == 2
    assert view.current.formation.name == "Old tailings pond"
    qtbot.keyClicks(view.search, "lean")
    assert [r.formation.name for r in view.model.rows] == ["Lean dump"]
    view.search.clear()
    view.select_formation("Old tailings pond")
    assert "Formation “Old tailings pond” added." in view.message_bar.text()

    view.act_add_sample.trigger()
    dlg = view.dialog
    qtbot.keyClicks(dlg.code, "OTP-1")
    dlg.set_grade("Cu", "0,25")
    dlg.set_grade("Au", "500", "ppb")
    _ok(qtbot, dlg)
    assert view.dialog is None, dlg.error_label.text()

    # The samples tab lists the assay in the component's unit ...
    assert view.samples_table.rowCount() == 1
    heads = [view.samples_table.horizontalHeaderItem(c).text()
             for c in range(view.samples_table.columnCount())]
    assert heads[-2:] == ["Cu, %", "Au, g/t"]
    assert view.samples_table.item(0, heads.index("Au, g/t")).text() == "0.500"
    # ... and the assessment values it: 2 Mt at 0.25 % Cu and 0.5 g/t Au.
    cu, au = view.current.assessment.components
    assert cu.contained.metal_t == pytest.approx(5_000.0)
    assert au.contained.metal_t == pytest.approx(1.0)
    net = 5000 * 0.6 * 9000 - 2e6 * 7 + 1.0 * 0.65 * 75e6 - 2e6 * 9
    assert view.current.assessment.net_value == pytest.approx(net)
    view.detail_tabs.setCurrentIndex(1)
    assert view.assessment_table.item(0, 0).text() == "Cu"
    assert view.assessment_table.item(1, 11).text() == "yes"
    assert "rank 1 of 2" in view.assessment_summary.text()
    assert "43,750,000" in view.assessment_summary.text()  # 27 M − 14 M + 48.75 M − 18 M

    # The ranking puts it first, the unvalued dump after it.
    view.show_tab("ranking")
    table, model = view.ranking_table, view.ranking_model
    first = [model.index(0, c).data() for c in range(3)]
    assert first == ["1", "Old tailings pond", "43,750,000"]
    assert model.index(1, 1).data() == "Lean dump" and model.index(1, 2).data() == ""
    assert table.isVisible()

    # Undo takes the formation away again, with its sample.
    view.show_tab("register")
    view.select_formation("Lean dump")
    view.act_delete.trigger()
    assert view.model.rowCount() == 1
    window.act_undo.trigger()
    assert view.model.rowCount() == 2


def test_a_refused_formation_stays_in_its_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = _section(qtbot, window)
    view.act_add.trigger()
    dlg = view.dialog
    qtbot.keyClicks(dlg.name, "Dump")
    dlg.kind.setCurrentIndex(dlg.kind.findText("Waste-rock dump"))
    assert not dlg.method.isEnabled()  # construction methods are for tailings only
    qtbot.keyClicks(dlg.year_from, "1990")
    qtbot.keyClicks(dlg.year_to, "1980")
    _ok(qtbot, dlg)
    assert view.dialog is dlg
    assert "cannot end in 1980 before it began in 1990" in dlg.error_label.text()
    dlg.reject()


def test_import_through_the_mapping_step(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text("ID;Nombre;Estado;Metodo;Ton\n"
                    "C-1;Tranque Norte;ACTIVO;AGUAS ARRIBA;1 500\n"
                    "C-2;Tranque Sur;EN PAUSA;<Nulo>;<Nulo>\n", encoding="utf-8")
    view = _section(qtbot, window)
    view.import_file(path)
    dlg = view.dialog
    # The first guess reads the Spanish headings; kind is a constant for this list.
    assert dlg.source("name").currentText() == "Nombre"
    assert dlg.source("status").currentText() == "Estado"
    dlg.set_source("kind", "= tailings")
    dlg.set_source("external_id", "ID")
    dlg.set_source("tonnage_t", "Ton")
    dlg.set_source("construction_method", "Metodo")
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "EN PAUSA" in dlg.error.text()
    assert [p.row for p in dlg.problems] == [3]
    dlg.problems_dialog.close()
    assert view.model.rowCount() == 0  # nothing was imported
    dlg.set_value("EN PAUSA", "inactive")
    dlg.save_as.setText("chile small")
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert view.dialog is None
    assert "Imported 2 formations" in view.message_bar.text()
    assert sorted(r.formation.name for r in view.rows) == ["Tranque Norte", "Tranque Sur"]
    north = next(r.formation for r in view.rows if r.formation.name == "Tranque Norte")
    assert north.tonnage_t == 1500 and north.construction_method.value == "upstream"
    # The saved mapping is offered next time.
    view.import_file(path)
    names = [view.dialog.mapping_combo.itemText(i)
             for i in range(view.dialog.mapping_combo.count())]
    assert "chile-small" in names
    view.dialog.reject()


def test_monitoring_shows_exceedances_gaps_and_the_chart(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    view = _section(qtbot, win)
    view.select_formation("Nura tailings pond No. 1 (1968–1991)")
    view.detail_tabs.setCurrentIndex(2)
    assert view.curve_component.currentText() == "Cu"
    assert view.curve_table.rowCount() == 6 and view.curve_chart.points == 6
    assert view.curve_table.item(0, 1).text() == "42,000,000"
    view.show_tab("monitoring")
    panel = view.monitoring
    panel.period.setCurrentIndex(panel.period.findData(2025))
    assert panel.findings.tabText(0) == "Exceedances (5)"
    assert panel.findings.tabText(1) == "Gaps in the readings (3)"
    panel.select_point("Dust PM10 at the slag heap")
    assert panel.chart.points == 36 and panel.chart.limit_lines == [0.3]
    shown = [line.label.format for line in panel.chart.lines if line.isVisible()]
    assert shown == [f"limit {formatting.short_number(0.3)}"]  # the window's decimal mark
    before = len(panel.readings)
    panel.act_reading.trigger()
    dlg = panel.dialog
    qtbot.keyClicks(dlg.value, "0,41")
    _ok(qtbot, dlg)
    assert len(panel.readings) == before + 1
    win.act_undo.trigger()
    assert len(panel.readings) == before


def test_deleting_a_watched_formation_keeps_the_trail_whole_through_undo_and_redo(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    from greendesk.models import FormationKind, FormationStatus, Medium, SourceKind
    from greendesk.services import formations as fs
    from greendesk.services import monitoring as ms
    from greendesk.store.audit_verify import verify

    db = window.db
    fid, _ = fs.add_formation(db, fs.FormationDraft("Old pond", FormationKind.TAILINGS,
                                                    FormationStatus.CLOSED, tonnage_t=1e6))
    ms.add_point(db, ms.PointDraft("Well", SourceKind.FORMATION, Medium.GROUNDWATER,
                                   formation_id=fid))
    view = _section(qtbot, window)
    view.select_formation("Old pond")
    view.act_delete.trigger()
    assert view.model.rowCount() == 0
    # The point stays, detached, and the trail says so: the verifier finds no difference.
    assert [p.formation_id for p in ms.list_points(db)] == [None]
    assert verify(db).ok, verify(db).summary()
    window.act_undo.trigger()
    assert [p.formation_id for p in ms.list_points(db)] == [fid]
    assert verify(db).ok, verify(db).summary()
    window.act_redo.trigger()
    assert view.model.rowCount() == 0 and verify(db).ok, verify(db).summary()


def test_the_register_headings_are_whole_in_russian(qtbot, qapp, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.speaking import speaking

    with speaking(qapp, "ru"):
        view = _section(qtbot, window)
        for table in (view.table, view.ranking_table):
            header = table.horizontalHeader()
            model = table.model()
            texts = [model.headerData(c, Qt.Orientation.Horizontal) for c in
                     range(model.columnCount())]
            assert "Тип" in texts  # headings in Russian, as the model gives them
            for col, text in enumerate(texts):
                assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(text), text
