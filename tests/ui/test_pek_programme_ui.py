"""The PEK programme is edited where the monitoring points are: a parameter ticked with its
frequency, method and laboratory, written as one step Undo takes back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from greendesk.models import PekFrequency
from greendesk.services.pek import list_programme
from greendesk.ui.main_window import MainWindow


def test_a_points_programme_is_edited_and_undone(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    win.show_section("formations")
    view = win.section("formations")
    view.show_tab("monitoring")
    panel = view.monitoring
    panel.select_point("GW-3 well below the old pond")
    point = panel.current_point()
    assert point is not None
    before = list_programme(win.db, point.id)
    assert [(r.parameter, r.frequency) for r in before] == [
        ("SO4", PekFrequency.MONTHLY), ("pH", PekFrequency.MONTHLY)]
    panel.act_programme.trigger()
    dlg = panel.dialog
    codes = [p.code for p in dlg.parameters]
    so4, cu = codes.index("SO4"), codes.index("Cu")
    assert dlg.measured(so4) and not dlg.measured(cu)
    assert dlg.table.item(so4, 2).text() == "≤ 500 mg/L"  # the norm: the point's limit
    dlg.set_measured(cu, True)
    dlg.frequencies[cu].setCurrentIndex(dlg.frequencies[cu].findData(PekFrequency.QUARTERLY))
    dlg.table.item(cu, 4).setText("Atomic absorption")
    dlg.table.item(cu, 5).setText("Lab B")
    dlg.set_measured(codes.index("pH"), False)
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert panel.dialog is None
    after = list_programme(win.db, point.id)
    assert [(r.parameter, r.frequency, r.method, r.laboratory) for r in after] == [
        ("Cu", PekFrequency.QUARTERLY, "Atomic absorption", "Lab B"),
        ("SO4", PekFrequency.MONTHLY, "Gravimetric", before[0].laboratory)]
    win.act_undo.trigger()
    assert list_programme(win.db, point.id) == before
