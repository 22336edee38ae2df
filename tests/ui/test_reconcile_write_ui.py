"""The Balances reconciliation view writes the estimated flows back (one undoable step),
asks first when the global test failed, refuses a closed month, and follows relations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from greendesk.models import Flow, ReconciliationRole, RelationKind
from greendesk.services import flow_relations as fr
from greendesk.services.periods_closed import close_period
from greendesk.ui.undo import perform
from tests.ui.test_balance_ui import _open

TAILS = "Grinding and flotation → Tailings storage facility: Flotation tailings"


def _unmeasured(db) -> list[float]:  # type: ignore[no-untyped-def]
    """The quantities of the unmeasured records (the demo has none but March's tailings)."""
    with db.read() as s:
        return list(s.scalars(select(Flow.qty_canonical).where(
            Flow.reconciliation == ReconciliationRole.UNMEASURED).order_by(Flow.id)))


def _unmeasured_tails(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    win, view = _open(qtbot, demo_path)
    view.select(period=("month", "2025-03"))
    qtbot.mouseClick(view.reconcile_button, Qt.MouseButton.LeftButton)
    f, t, m = next(v.key for v in view.reconciliation.flows if v.label == TAILS)
    assert not view.write_button.isEnabled()  # nothing estimated yet
    with win.db.write() as s:
        s.execute(update(Flow).where(
            Flow.from_node_id == f, Flow.to_node_id == t, Flow.material_id == m,
            Flow.flow_date >= date(2025, 3, 1), Flow.flow_date <= date(2025, 3, 31))
            .values(reconciliation=ReconciliationRole.UNMEASURED))
    qtbot.mouseClick(view.reconcile_button, Qt.MouseButton.LeftButton)
    return win, view


def test_the_button_writes_the_estimate_and_undo_takes_it_back(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    win, view = _unmeasured_tails(qtbot, demo_path)
    rec = view.reconciliation
    assert rec.result.passed is True and view.write_button.isEnabled()
    estimate = next(v for v in rec.flows if v.label == TAILS)
    before = _unmeasured(win.db)
    assert sum(before) != estimate.reconciled
    asked: list[str] = []
    view.write_button.ask = lambda text: asked.append(text) or False
    qtbot.mouseClick(view.write_button, Qt.MouseButton.LeftButton)
    assert asked == []  # the test passed: no question
    assert sum(_unmeasured(win.db)) == pytest.approx(estimate.reconciled)
    assert "Reconciled values written; flows changed: 1." in view.message_bar.text()
    assert not view.write_button.isEnabled()  # the flows changed: reconcile again
    win.act_undo.trigger()
    assert _unmeasured(win.db) == before


def test_a_failed_test_asks_and_a_closed_month_is_refused(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    win, view = _unmeasured_tails(qtbot, demo_path)
    rec = view.reconciliation
    # The view shows a failed test: the officer is asked, and "No" writes nothing.
    failed = replace(rec, result=replace(rec.result, chi2=99.0, critical=1.0))
    view.write_button.show_reconciliation(win.db, failed, view.site.currentData())
    asked: list[str] = []
    view.write_button.ask = lambda text: asked.append(text) or False
    before = _unmeasured(win.db)
    qtbot.mouseClick(view.write_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "did not pass" in asked[0]
    close_period(win.db, "2025-03")
    view.write_button.ask = lambda text: True
    qtbot.mouseClick(view.write_button, Qt.MouseButton.LeftButton)
    assert "closed" in view.message_bar.text()
    assert _unmeasured(win.db) == before


def test_the_view_follows_relations(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    win, view = _unmeasured_tails(qtbot, demo_path)
    assert view.write_button.isEnabled()
    streams = dict((label, s) for s, label in fr.site_streams(win.db, view.site.currentData()))
    draft = fr.RelationDraft(view.site.currentData(), RelationKind.EQUAL,
                             streams["Ore receipt from the mine → Crushing: Copper ore"],
                             streams["Crushing → Grinding and flotation: Copper ore"])
    perform(win.undo_stack, fr.AddRelation(draft), win.db, win.bus, "add", lambda _t: None)
    assert view.reconciliation is None and not view.write_button.isEnabled()
    assert "Press Reconcile" in view.chi2_label.text()
