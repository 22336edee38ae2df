"""The PEK programme is edited where the monitoring points are: a parameter ticked with its
frequency, method and laboratory, written as one step Undo takes back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from greendesk.models import PekFrequency
from greendesk.services.pek import list_programme
from greendesk.ui.main_window import MainWindow
from tests.ui.speaking import speaking


def _open_point(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    """The window on the monitoring tab with the old pond's well selected."""
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    win.show_section("formations")
    view = win.section("formations")
    view.show_tab("monitoring")
    view.monitoring.select_point("GW-3 well below the old pond")
    return win, view.monitoring


def test_a_points_programme_is_edited_and_undone(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win, panel = _open_point(qtbot, demo_path)
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


def test_every_column_is_in_sight_in_kazakh(qtbot, qapp, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    with speaking(qapp, "kk"):
        _win, panel = _open_point(qtbot, demo_path)
        panel.act_programme.trigger()
        dlg = panel.dialog
        qtbot.waitExposed(dlg)
        assert dlg.table.horizontalHeaderItem(3).text() != "Frequency"  # Kazakh headings
        assert dlg.width() <= 1280 and dlg.height() <= 720
        qtbot.wait(50)
        assert dlg.table.horizontalScrollBar().maximum() == 0  # nothing hidden to the right
        dlg.reject()
