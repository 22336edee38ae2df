"""The Air and climate section on the demo plant: sources and norms listed, the smelter's SO₂
exceedance drawn in red, the missing dust factor named, greenhouse gases above the
threshold with either GWP set, and the factors with their cited tables."""

from __future__ import annotations

from pathlib import Path

from greendesk.ui.main_window import MainWindow


def _texts(table, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_air_and_climate_shows_the_demo_against_its_norms(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    win.show_section("air")
    view = win.section("air")
    assert sorted(_texts(view.sources, 1)) == ["0001", "0101", "6001"]
    assert sorted(_texts(view.norms, 2)) == ["DUST", "DUST", "NOX", "SO2"]
    year = view.picker.period.findText("2025")
    view.picker.kind.setCurrentIndex(view.picker.kind.findData("year"))
    view.picker.period.setCurrentIndex(year)
    rows = {(view.lines[r].source.split()[0], view.lines[r].substance): r
            for r in range(len(view.lines))}
    so2 = rows[("0001", "SO2")]
    assert view.emissions.item(so2, 8).text() not in ("", "—")
    assert view.emissions.item(so2, 0).foreground().color().red() == 180
    assert "no factor for ore_crushing / DUST — load one" in view.missing.text()
    assert "Above the threshold of 20,000 t CO₂ a year" in view.ghg_flag.text()
    ar5 = view.ghg_total.text()
    view.gwp.setCurrentIndex(view.gwp.findData("AR4"))
    assert view.ghg_total.text() != ar5
    assert any("Table 1.2" in t for t in _texts(view.factors, 5))
