"""The Relations dialog edits a relation: choosing it fills the form, Save changes writes it
as one undoable step, a refusal stays in the dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from greendesk.models import RelationKind
from greendesk.services import flow_relations as fr
from tests.ui.test_balance_ui import _open as open_balances

ORE = "Ore receipt from the mine → Crushing: Copper ore"
DUST = "Crushing → Crusher dusting losses: Copper ore"


def test_a_relation_is_chosen_edited_and_undone(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win, view = open_balances(qtbot, demo_path)
    site = view.site.currentData()
    streams = {label: s for s, label in fr.site_streams(win.db, site)}
    fr.add_relation(win.db, fr.RelationDraft(site, RelationKind.TRANSFER, streams[ORE],
                                             streams[DUST], 0.002, 0.0005, note="foreman"))
    qtbot.mouseClick(view.relations_button, Qt.MouseButton.LeftButton)
    dlg = view.relations_dialog
    assert not dlg.save_button.isEnabled()
    dlg.table.selectRow(0)
    assert dlg.save_button.isEnabled()
    assert (dlg.stream_a.currentText(), dlg.stream_b.currentText(), dlg.coefficient.text(),
            dlg.sigma.text(), dlg.note.text()) == (ORE, DUST, "0.002", "0.0005", "foreman")
    dlg.coefficient.setText("0.003")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.status.text() == ""
    assert dlg.table.item(0, 2).text() == "B = 0.003 × A (σ 0.0005)"
    (row,) = fr.list_relations(win.db)
    assert (row.draft.coefficient, row.draft.note) == (0.003, "foreman")
    win.act_undo.trigger()                                     # Edit ▸ Undo takes it back
    assert fr.list_relations(win.db)[0].draft.coefficient == 0.002
    assert dlg.table.item(0, 2).text() == "B = 0.002 × A (σ 0.0005)"
    dlg.table.selectRow(0)
    dlg.coefficient.setText("0")                               # a refusal, in the dialog
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.status.text() == "The transfer coefficient is a number greater than zero."
    assert fr.list_relations(win.db)[0].draft.coefficient == 0.002
