"""Drive the greening plan: mark an action done with its effect, log an incident."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from greendesk.models.checklist import ActionStatus
from greendesk.services.summary import summarise
from greendesk.ui.bus import Bus
from greendesk.ui.checklist_view import ChecklistView


@pytest.fixture
def view(qtbot, demo_db):  # type: ignore[no-untyped-def]
    v = ChecklistView(Bus())
    qtbot.addWidget(v)
    v.set_database(demo_db)
    v.resize(1400, 850)
    v.show()  # a section builds its widgets when first shown
    v.site.setCurrentIndex(v.site.findText("Nurken concentrator"))
    return v


def _measure_line(view, measure_id: str) -> str:  # type: ignore[no-untyped-def]
    tree = view.measures_tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(0).startswith(measure_id + " "):
            return item.text(2)
    raise AssertionError(measure_id)


def test_mark_done_with_an_effect_moves_progress_and_dashboard(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    assert _measure_line(view, "M4").startswith("0 of 3 done")
    view.tabs.setCurrentWidget(view.dashboard)
    assert view.dashboard_values[3] == 0.0
    view.tabs.setCurrentIndex(0)

    action = view.action_by_item("M4.2")
    view.select_action(action.id)
    ed = view.editor
    ed.status.setCurrentIndex(ed.status.findData(ActionStatus.DONE.value))
    qtbot.keyClicks(ed.owner, "B. Sadykov")
    qtbot.keyClicks(ed.effect, "3 500")
    qtbot.keyClicks(ed.effect_unit, "GJ/yr saved")
    ed.indicator.setCurrentIndex(ed.indicator.findData("energy_intensity"))
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    assert "actual effect" in ed.error.text()  # done needs the actual effect
    qtbot.keyClicks(ed.actual, "3100")
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    assert not ed.error.isVisibleTo(ed)

    assert _measure_line(view, "M4").startswith("1 of 3 done (33%)")
    assert action.id not in {view.plan.item(r, 0).data(Qt.ItemDataRole.UserRole)
                             for r in range(view.plan.rowCount())}  # done leaves the plan
    view.tabs.setCurrentWidget(view.dashboard)
    assert view.dashboard_values[3] == pytest.approx(100 / 3)
    assert any("status 'not_started' → 'done'" in ed.history.item(i).text()
               for i in range(ed.history.count()))


def test_plan_starts_with_cheap_steps_and_marks_overdue(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    first = view.plan.item(0, 0).text()
    last = view.plan.item(view.plan.rowCount() - 1, 0).text()
    assert first.startswith("Low") and last.startswith("High")
    action = view.action_by_item("M2.2")
    view.select_action(action.id)
    view.editor.due.set_value(view.today.replace(year=view.today.year - 1))
    view.editor.submit()
    row = next(r for r in range(view.plan.rowCount())
               if view.plan.item(r, 0).data(Qt.ItemDataRole.UserRole) == action.id)
    assert view.plan.item(row, 4).text().endswith("overdue")


def test_indicators_show_values_or_say_what_is_missing(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    tree = view.measures_tree
    texts = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        texts += [top.child(j).text(2) for j in range(top.childCount())
                  if top.child(j).text(0).startswith("Indicator:")]
    assert any(t.startswith("4.") and t.endswith("GJ/t (2025)") for t in texts)  # energy
    # never a made-up number: a figure the plant lacks data for says what it needs
    assert any(t.startswith("No data yet: needs ") for t in texts)


def test_incident_with_cleanup_waste_lands_in_the_ledger(qtbot, view, demo_db) -> None:  # type: ignore[no-untyped-def]
    view.site.setCurrentIndex(view.site.findText("Nurken copper smelter"))
    before = summarise(demo_db).flows
    view.act_incident.trigger()
    dlg = view.dialog
    qtbot.keyClicks(dlg.place, "Acid plant, tank 3")
    dlg.description.setPlainText("Overflow of weak acid during a pump failure")
    qtbot.keyClicks(dlg.substances, "sulphuric acid")
    qtbot.keyClicks(dlg.quantity, "2,5")
    qtbot.keyClicks(dlg.quantity_unit, "m³")
    dlg.waste_from.setCurrentIndex(dlg.waste_from.findText("Sulphuric acid plant"))
    dlg.waste_to.setCurrentIndex(dlg.waste_to.findText("Hazardous waste contractor"))
    dlg.waste_material.setCurrentIndex(dlg.waste_material.findText("Gas-cleaning sludge"))
    qtbot.keyClicks(dlg.waste_qty, "4,2")
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert view.dialog is None
    assert view.incidents.rowCount() == 1
    assert view.incidents.item(0, 1).text() == "Acid plant, tank 3"
    assert summarise(demo_db).flows == before + 1


def test_evidence_attached_in_the_window(qtbot, view, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    action = view.action_by_item("M10.1")
    view.select_action(action.id)
    doc = tmp_path / "monitoring-plan.pdf"
    doc.write_bytes(b"%PDF-1.4 test")
    view.attach_evidence(action.id, doc)
    assert view.editor.evidence.count() == 1
    view.save_evidence(view.editor.evidence.item(0).data(256), tmp_path / "no-such" / "x.pdf")
    assert "cannot be written" in view.message_bar.text()  # no such folder: said plainly
    (tmp_path / "out").mkdir()
    view.save_evidence(view.editor.evidence.item(0).data(256), tmp_path / "out")
    assert (tmp_path / "out" / "monitoring-plan.pdf").read_bytes() == b"%PDF-1.4 test"


@pytest.mark.parametrize(("answer", "expected"), [
    ("Keep both", {"monitoring-plan.pdf": b"mine", "monitoring-plan (2).pdf": b"%PDF-1.4 x"}),
    ("Replace", {"monitoring-plan.pdf": b"%PDF-1.4 x"}),
    ("Cancel", {"monitoring-plan.pdf": b"mine"}),
])
def test_saving_over_a_file_asks_first(qtbot, view, tmp_path: Path, answer: str,  # type: ignore[no-untyped-def]
                                       expected: dict[str, bytes]) -> None:
    action = view.action_by_item("M10.1")
    view.select_action(action.id)
    doc = tmp_path / "monitoring-plan.pdf"
    doc.write_bytes(b"%PDF-1.4 x")
    view.attach_evidence(action.id, doc)
    out = tmp_path / "out"
    out.mkdir()
    (out / "monitoring-plan.pdf").write_bytes(b"mine")
    view.save_evidence(view.editor.evidence.item(0).data(256), out)
    box = view.pending_question
    assert box is not None and "monitoring-plan.pdf already exists" in box.text()
    assert (out / "monitoring-plan.pdf").read_bytes() == b"mine"  # nothing yet
    [button] = [b for b in box.buttons() if b.text() == answer]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pending_question is None)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == expected


def test_the_cost_class_wraps_so_the_status_is_in_sight(qtbot, qapp, demo_db) -> None:  # type: ignore[no-untyped-def]
    from greendesk.ui.checklist_view import COST_CLASS_WIDTH
    from tests.ui.speaking import speaking

    with speaking(qapp, "ru"):
        v = ChecklistView(Bus())
        qtbot.addWidget(v)
        v.set_database(demo_db)
        v.resize(1000, 700)  # the section's share of a 1280×720 window
        v.show()
        v.site.setCurrentIndex(v.site.findText("Nurken concentrator"))
        plan = v.plan
        assert plan.item(0, 0).text().startswith("Низкие")
        assert plan.columnWidth(0) <= COST_CLASS_WIDTH and plan.wordWrap()
        status = plan.columnViewportPosition(2) + plan.columnWidth(2)
        assert 0 < status <= plan.viewport().width()  # the whole status column is seen
