"""Issue 16 §5 in the window: the ledger's Reconciliation column, set from the entry panel
and inline (in the officer's words), and the Relations… dialog of the Balances section."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from greendesk.models import Method, ReconciliationRole, RelationKind
from greendesk.services import flow_relations as fr
from greendesk.ui.ledger_model import COLUMNS
from tests.ui.test_balance_ui import _open as open_balances
from tests.ui.test_ledger_ui import _find_row, _ore_from_crushing, ledger  # noqa: F401

ROLE = [k for k, _h, _s in COLUMNS].index("reconciliation")


def test_the_entry_panel_records_an_unmeasured_flow(qtbot, ledger) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    view = ledger.ledger_view
    entry = _ore_from_crushing(qtbot, view)
    entry.reconciliation.setCurrentIndex(entry.reconciliation.findData(
        ReconciliationRole.UNMEASURED))
    qtbot.keyClicks(entry.note, "estimated by the foreman")
    entry.submit()
    r = _find_row(view, "estimated by the foreman")
    assert r is not None
    row = view.model.row_at(r)
    assert (row.reconciliation, row.method, row.qty_entered) == (
        ReconciliationRole.UNMEASURED, Method.ESTIMATED, 100.0)
    assert view.model.headerData(ROLE, Qt.Orientation.Horizontal) == "Reconciliation"
    assert view.model.data(view.model.index(r, ROLE)) == "Unmeasured"


def test_the_role_is_edited_inline_in_any_language_and_undone(qtbot, ledger) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    view = ledger.ledger_view
    entry = _ore_from_crushing(qtbot, view)
    qtbot.keyClicks(entry.note, "role inline")
    entry.submit()
    model = view.model
    r = _find_row(view, "role inline")
    assert model.data(model.index(r, ROLE)) == "Measured"
    assert model.data(model.index(r, ROLE), Qt.ItemDataRole.EditRole) == "Measured"
    assert model.flags(model.index(r, ROLE)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(r, ROLE), "Константа")
    r = _find_row(view, "role inline")
    assert model.row_at(r).reconciliation is ReconciliationRole.CONSTANT
    assert not model.setData(model.index(r, ROLE), "maybe")
    assert "'maybe' is not a valid reconciliation." in view.message_bar.text()
    ledger.act_undo.trigger()
    r = _find_row(view, "role inline")
    assert model.row_at(r).reconciliation is ReconciliationRole.MEASURED


def test_relations_are_listed_added_undone_and_removed(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win, view = open_balances(qtbot, demo_path)
    qtbot.mouseClick(view.relations_button, Qt.MouseButton.LeftButton)
    dlg = view.relations_dialog
    assert dlg.table.rowCount() == 0 and dlg.stream_a.count() > 2
    dlg.stream_a.setCurrentIndex(dlg.stream_a.findText(
        "Ore receipt from the mine → Crushing: Copper ore"))
    dlg.stream_b.setCurrentIndex(dlg.stream_b.findText(
        "Crushing → Crusher dusting losses: Copper ore"))
    dlg.coefficient.setText("0.002")
    dlg.sigma.setText("0.0005")
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    assert dlg.status.text() == ""
    assert dlg.table.rowCount() == 1
    assert dlg.table.item(0, 2).text() == "B = 0.002 × A (σ 0.0005)"
    (row,) = fr.list_relations(win.db)
    assert (row.draft.kind, row.draft.coefficient, row.draft.valid_until) == (
        RelationKind.TRANSFER, 0.002, None)
    win.act_undo.trigger()                                     # Edit ▸ Undo takes it back
    assert dlg.table.rowCount() == 0
    win.act_redo.trigger()
    assert dlg.table.rowCount() == 1
    dlg.coefficient.setText("-1")                              # a refusal, in the dialog
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    assert dlg.status.text() == "The transfer coefficient is a number greater than zero."
    dlg.kind.setCurrentIndex(dlg.kind.findData(RelationKind.EQUAL))
    assert not dlg.coefficient.isEnabled()
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)   # the same pair, same days
    assert "already have a relation" in dlg.status.text()
    dlg.table.selectRow(0)
    qtbot.mouseClick(dlg.remove_button, Qt.MouseButton.LeftButton)
    assert dlg.table.rowCount() == 0 and fr.list_relations(win.db) == []
