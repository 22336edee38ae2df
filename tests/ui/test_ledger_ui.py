"""Drive the flow ledger as an officer would: type, save, undo, redo, filter, copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from greendesk.ui.main_window import MainWindow


@pytest.fixture
def ledger(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.resize(1300, 800)
    win.show()
    win.show_section("ledger")
    qtbot.waitExposed(win)
    return win


def _find_row(view, note: str) -> int | None:  # type: ignore[no-untyped-def]
    for r in range(view.model.rowCount()):
        row = view.model.row_at(r)
        if row is not None and row.note == note:
            return r
    return None


def test_type_a_flow_and_see_it_with_its_canonical_value(qtbot, ledger: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = ledger.ledger_view
    entry = view.entry
    before = view.model.rowCount()
    entry.select(site="Nurken concentrator", material="Electricity")
    entry.from_node.setFocus()
    qtbot.keyClicks(entry.from_node.lineEdit(), "Power grid")
    qtbot.keyClicks(entry.to_node.lineEdit(), "Crushing")
    assert [entry.unit.itemText(i) for i in range(entry.unit.count())][:1] == ["GJ"]
    entry.unit.setCurrentText("MWh")
    qtbot.keyClicks(entry.quantity, "1 250,5")  # a Russian-style decimal comma
    assert entry.preview.text() == "= 4,501.80 GJ"
    qtbot.keyClicks(entry.note, "typed in the test")
    qtbot.keyClick(entry.note, Qt.Key.Key_Return)

    assert view.model.rowCount() == before + 1
    r = _find_row(view, "typed in the test")
    assert r is not None
    row = view.model.row_at(r)
    assert (row.qty_entered, row.unit_entered) == (1250.5, "MWh")
    assert view.model.display(row, "canonical") == "4,501.80 GJ"
    assert entry.quantity.text() == "" and entry.from_node.currentText() == "Power grid"

    ledger.act_undo.trigger()
    assert view.model.rowCount() == before
    assert _find_row(view, "typed in the test") is None
    ledger.act_redo.trigger()
    assert view.model.rowCount() == before + 1
    assert _find_row(view, "typed in the test") is not None


def test_enter_saves_once_from_the_quantity_and_the_note(qtbot, ledger: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = ledger.ledger_view
    entry = view.entry
    before = view.model.rowCount()
    saves: list[object] = []
    entry.submitted.connect(saves.append)
    entry.select(site="Nurken concentrator", from_node="Power grid", to_node="Crushing",
                 material="Electricity")
    for field, count in ((entry.quantity, 1), (entry.note, 2)):
        qtbot.keyClicks(entry.quantity, "7")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert len(saves) == count  # one save per Enter, not two
        assert not entry.error.isVisibleTo(entry), entry.error.text()  # no "Enter the quantity."
    assert view.model.rowCount() == before + 2


def test_bad_quantity_is_shown_next_to_the_field(qtbot, ledger: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = ledger.ledger_view
    entry = view.entry
    before = view.model.rowCount()
    entry.select(site="Nurken concentrator", from_node="Power grid", to_node="Crushing",
                 material="Electricity")
    qtbot.keyClicks(entry.quantity, "-12")
    qtbot.keyClick(entry.quantity, Qt.Key.Key_Return)
    assert "greater than zero" in entry.error.text() and entry.error.isVisibleTo(entry)
    assert "c0392b" in entry.quantity.styleSheet()
    entry.quantity.clear()
    qtbot.keyClicks(entry.quantity, "abc")
    entry.submit()
    assert "not a number" in entry.error.text()
    entry.to_node.setCurrentIndex(entry.to_node.findText("Power grid"))
    entry.quantity.clear()
    qtbot.keyClicks(entry.quantity, "5")
    entry.submit()
    assert "to itself" in entry.error.text()
    assert view.model.rowCount() == before


def test_filter_narrows_the_table_and_the_totals(qtbot, ledger: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = ledger.ledger_view
    qtbot.waitUntil(lambda: "Mass" in view.footer.text())
    all_rows = view.model.rowCount()
    view.filters.select_period("year", "2025")
    view.filters.site.setCurrentIndex(view.filters.site.findText("Nurken copper smelter"))
    from datetime import date

    from greendesk.services import ledger as service
    from greendesk.services.ledger import LedgerFilter

    site = view.filters.site.currentData()
    expected = service.count(view.db, LedgerFilter(date(2025, 1, 1), date(2025, 12, 31),
                                                   site_id=site), view.model.catalog)
    assert view.model.rowCount() == expected < all_rows
    qtbot.waitUntil(lambda: view.footer.text().startswith(f"{expected} record")
                    and "Mass" in view.footer.text())
    view.filters.material.setCurrentIndex(view.filters.material.findText("Anode copper"))
    assert view.model.rowCount() == 12
    qtbot.waitUntil(lambda: view.footer.text().startswith("12 record")
                    and "Mass" in view.footer.text())
    total = sum(view.model.row_at(r).qty_canonical for r in range(12))
    assert f"{total:,.3f} t" in view.footer.text()
    qtbot.keyClicks(view.filters.text, "no such thing anywhere")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)


def test_sort_by_material_descending(qtbot, ledger: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = ledger.ledger_view
    view.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    n = view.model.rowCount()
    names = [view.model.display(view.model.row_at(r), "material") for r in range(n)]
    assert names == sorted(names, reverse=True)  # every page, in order, none missing
    assert len({view.model.row_at(r).id for r in range(n)}) == n


def test_inline_edit_and_bulk_delete_with_undo(qtbot, ledger: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = ledger.ledger_view
    model = view.model
    row = model.row_at(0)
    assert model.setData(model.index(0, 5), "2 000")
    assert model.row_at(0).qty_entered == 2000.0
    assert not model.setData(model.index(0, 5), "abc")
    assert "not a valid quantity" in view.message_bar.text()
    ledger.act_undo.trigger()
    assert model.row_at(0).qty_entered == row.qty_entered

    before = model.rowCount()
    view.select_rows([0, 1, 2])
    view.delete_selected()
    assert model.rowCount() == before - 3
    ledger.act_undo.trigger()
    assert model.rowCount() == before and model.row_at(0).id == row.id


def test_copy_rows_as_tab_separated_text(qtbot, ledger: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = ledger.ledger_view
    view.select_rows([0, 1])
    view.copy_selected()
    lines = QApplication.clipboard().text().splitlines()
    assert len(lines) == 3
    assert lines[0].split("\t")[:3] == ["Date", "Site", "From"]
    assert lines[1].split("\t")[0] == "2023-01"


def test_an_import_of_a_new_month_reaches_the_pickers_and_the_entry_date(  # type: ignore[no-untyped-def]
        qtbot, ledger: MainWindow, clock) -> None:
    from datetime import date

    from greendesk.services.flows import AddFlows, FlowDraft

    clock(date(2026, 11, 25))
    view = ledger.ledger_view
    years = view.filters.picker
    years.select("year")
    assert years.period.findText("2026") < 0
    with ledger.db.read() as s:
        from sqlalchemy import select

        from greendesk.models import Flow
        f = s.scalars(select(Flow).order_by(Flow.flow_date.desc())).first()
        draft = FlowDraft(date(2026, 1, 15), f.from_node_id, f.to_node_id, f.material_id,
                          1.0, f.unit_entered)
    ledger.bus.announce(AddFlows([draft]).apply(ledger.db))  # as an import announces it
    assert years.period.findText("2026") >= 0  # the pickers offer the imported year
    assert view.entry.date.date().toPython() == date(2026, 1, 15)  # new entries: that month
    view.filters.select_period("month", "2025-03")
    assert view.entry.date.date().toPython() == date(2025, 3, 1)  # the month worked on


def _ore_from_crushing(qtbot, view):  # type: ignore[no-untyped-def]
    """The entry panel filled with 100 t of ore from crushing to flotation on 15 June 2025."""
    from datetime import date

    entry = view.entry
    entry.select(site="Nurken concentrator", material="Copper ore")
    entry.from_node.setCurrentIndex(entry.from_node.findText("Crushing"))
    entry.to_node.setCurrentIndex(entry.to_node.findText("Grinding and flotation"))
    entry.set_date(date(2025, 6, 15))
    qtbot.keyClicks(entry.quantity, "100")
    return entry


def test_grades_typed_with_a_record_are_stored_with_it(qtbot, ledger: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from greendesk.models import Flow, FlowAssay, Method

    view = ledger.ledger_view
    entry = _ore_from_crushing(qtbot, view)
    qtbot.keyClicks(entry.grades, "Cu 120 %")
    qtbot.keyClick(entry.grades, Qt.Key.Key_Return)
    assert "more than the whole" in entry.error.text()
    assert "c0392b" in entry.grades.styleSheet()  # shown next to the grades line
    entry.grades.clear()
    qtbot.keyClicks(entry.grades, "cu 0,85; Au 0,4 g/t")
    entry.assay_method.setCurrentIndex(entry.assay_method.findData(Method.CALCULATED))
    entry.assay_uncertainty.setValue(5.0)
    qtbot.keyClicks(entry.note, "graded in the test")
    entry.submit()
    assert entry.grades.text() == ""
    with ledger.db.read() as s:
        flow_id = s.scalar(select(Flow.id).where(Flow.note == "graded in the test"))
        grades = {a.component: (a.value_entered, a.unit, a.method, a.uncertainty_pct)
                  for a in s.scalars(select(FlowAssay).where(FlowAssay.flow_id == flow_id))}
    assert grades == {"Cu": (0.85, "%", Method.CALCULATED, 5.0),
                      "Au": (0.4, "g/t", Method.CALCULATED, 5.0)}


def test_grades_edited_inline_with_undo(qtbot, ledger: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from greendesk.ui.ledger_model import COLUMNS

    view = ledger.ledger_view
    entry = _ore_from_crushing(qtbot, view)
    qtbot.keyClicks(entry.note, "grades inline")
    entry.submit()
    r = _find_row(view, "grades inline")
    assert r is not None
    col = [k for k, _h, _s in COLUMNS].index("grades")
    model = view.model
    assert model.data(model.index(r, col)) == ""
    assert model.setData(model.index(r, col), "cu 0,9; Au 1,25 g/t")
    r = _find_row(view, "grades inline")
    assert model.data(model.index(r, col)) == "Au 1.25 g/t; Cu 0.9 %"
    assert model.data(model.index(r, col), Qt.ItemDataRole.EditRole) == "Au 1.25 g/t; Cu 0.9 %"
    assert not model.setData(model.index(r, col), "Cu lots")
    assert "not a grade" in view.message_bar.text()
    ledger.act_undo.trigger()
    r = _find_row(view, "grades inline")
    assert model.data(model.index(r, col)) == ""
