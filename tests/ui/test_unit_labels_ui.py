"""A Russian or Kazakh window shows units as its officers write them («т», «ГДж», «МВт·ч») in
the ledger, the entry panel's picker and the balance table, while the database keeps "t",
"GJ", "MWh"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from greendesk.ui.ledger_model import COLUMNS
from greendesk.ui.main_window import MainWindow

MWH = {"ru": "МВт·ч", "kk": "МВт·сағ"}


@pytest.fixture(params=["ru", "kk"])
def window(request, qtbot, demo_path: Path) -> Iterator[tuple[MainWindow, str]]:  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))  # as make_app does for --lang, before the window
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    assert win.open_path(demo_path)
    yield win, request.param
    QLocale.setDefault(before)


def test_the_ledger_shows_tonnes_as_t_and_stores_the_symbol(window) -> None:  # type: ignore[no-untyped-def]
    win, _language = window
    win.show_section("ledger")
    model = win.ledger_view.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    tonnes = next(r for r in rows if r is not None and r.unit_entered == "t")
    assert model.display(tonnes, "unit") == "т"
    canonical = [model.display(r, "canonical") for r in rows if r is not None]
    assert any(c.endswith(" т") for c in canonical), canonical[:5]
    assert not any(c.endswith(" t") or c.endswith(" GJ") for c in canonical)


def test_a_unit_typed_into_a_ledger_cell_in_russian_is_stored_as_the_symbol(window) -> None:  # type: ignore[no-untyped-def]
    win, _language = window
    win.show_section("ledger")
    view = win.ledger_view
    model = view.model
    column = next(i for i, c in enumerate(COLUMNS) if c[0] == "unit")
    r = next(r for r in range(model.rowCount()) if model.row_at(r).unit_entered == "t"
             and model.row_at(r).qty_entered < 1000)
    flow_id = model.row_at(r).id
    assert model.index(r, column).data(Qt.ItemDataRole.EditRole) == "т"
    assert model.setData(model.index(r, column), "кг"), view.message_bar.text()
    edited = next(model.row_at(i) for i in range(model.rowCount())
                  if model.row_at(i).id == flow_id)
    assert edited.unit_entered == "kg" and model.display(edited, "unit") == "кг"


def test_the_unit_picker_shows_the_label_and_stores_the_symbol(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    win, language = window
    win.show_section("ledger")
    view = win.ledger_view
    entry = view.entry
    entry.select(site="Nurken concentrator", material="Electricity")
    qtbot.keyClicks(entry.from_node.lineEdit(), "Power grid")
    qtbot.keyClicks(entry.to_node.lineEdit(), "Crushing")
    shown = [entry.unit.itemText(i) for i in range(entry.unit.count())]
    assert shown[0] == "ГДж" and MWH[language] in shown and "MWh" not in shown
    entry.unit.setCurrentIndex(entry.unit.findText(MWH[language]))
    qtbot.keyClicks(entry.quantity, "2")
    assert entry.preview.text() == "= 7,20 ГДж"
    qtbot.keyClicks(entry.note, "units in Russian")
    qtbot.keyClick(entry.note, Qt.Key.Key_Return)
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    saved = next(r for r in rows if r is not None and r.note == "units in Russian")
    assert (saved.qty_entered, saved.unit_entered) == (2.0, "MWh")
    assert view.model.display(saved, "unit") == MWH[language]


def test_the_balance_table_shows_t(window) -> None:  # type: ignore[no-untyped-def]
    win, _language = window
    win.show_section("balances")
    view = win.section("balances")
    view.select(site="Nurken concentrator", period=("year", "2025"))
    table = view.table
    units = {table.item(r, 1).text() for r in range(table.rowCount()) if table.item(r, 1)}
    assert "т" in units and "t" not in units, units
