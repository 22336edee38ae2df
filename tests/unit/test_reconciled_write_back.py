"""Reconciled values written back into the unmeasured flows: the service's guard, a mixed
stream's unmeasured part, undo, a closed month, and `greendesk reconcile --apply`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from greendesk.cli.main import main
from greendesk.errors import DomainError
from greendesk.models import Flow, ReconciliationRole
from greendesk.services import balances as bal
from greendesk.services.flow_reconciled import reconciled_writes, write_back
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.periods_closed import close_period
from greendesk.store.db import Database
from tests.unit.test_reconcile_site import MARCH, _concentrator

TAILS = "Flotation → Dam: Tails"


def _tails(db: Database, ids: dict[str, int]) -> list[tuple[float, str]]:
    with db.read() as s:
        return [(q, r.value if hasattr(r, "value") else r) for q, r in s.execute(
            select(Flow.qty_canonical, Flow.reconciliation)
            .where(Flow.to_node_id == ids["Dam"]).order_by(Flow.id))]


def _mixed_tails(db: Database, tail_cu: float = 0.09) -> dict[str, int]:
    """The concentrator with its tailings estimated: the first record (9 695 t) unmeasured,
    a second one of 1 000 t weighed; the weighed tonnages of feed and concentrate fix it."""
    ids = _concentrator(db, tail_cu)
    with db.write() as s:
        s.execute(update(Flow).where(Flow.to_node_id == ids["Dam"])
                  .values(reconciliation=ReconciliationRole.UNMEASURED))
    AddFlows([FlowDraft(date(2025, 3, 20), ids["Flotation"], ids["Dam"], ids["Tails"], 1000.0,
                        "t", uncertainty_pct=2.0)]).apply(db)
    return ids


def test_a_mixed_stream_takes_its_reconciled_total_less_its_measured_records(
        plant: Database) -> None:
    ids = _mixed_tails(plant)
    rec = bal.reconcile_site(plant, ids["site"], MARCH)
    assert rec.result.passed is True
    tails = next(v for v in rec.flows if v.label == TAILS)
    assert tails.status == "estimated"
    writes = reconciled_writes(plant, ids["site"], rec)
    ((stream, unmeasured),) = writes.totals
    assert stream == (ids["Flotation"], ids["Dam"], ids["Tails"])
    assert unmeasured == pytest.approx(tails.reconciled - 1000.0)
    step = write_back(plant, ids["site"], rec)
    step.apply(plant)
    (first, role), (second, _m) = _tails(plant, ids)
    assert role == "unmeasured" and first == pytest.approx(tails.reconciled - 1000.0)
    assert second == 1000.0  # the weighed record is not touched
    assert first + second == pytest.approx(tails.reconciled)
    step.revert(plant)  # undo: the estimate is back
    assert [q for q, _r in _tails(plant, ids)] == [9695.0, 1000.0]


def test_a_failed_global_test_needs_confirmation_and_a_closed_month_is_refused(
        plant: Database) -> None:
    ids = _mixed_tails(plant, tail_cu=0.30)  # copper does not close
    rec = bal.reconcile_site(plant, ids["site"], MARCH)
    assert rec.result.passed is False
    with pytest.raises(DomainError, match="global test of the reconciliation did not pass"):
        write_back(plant, ids["site"], rec)
    step = write_back(plant, ids["site"], rec, confirmed=True)
    close_period(plant, "2025-03")
    with pytest.raises(DomainError, match="is closed"):
        step.apply(plant)
    assert [q for q, _r in _tails(plant, ids)] == [9695.0, 1000.0]


def test_undetermined_streams_are_named_and_nothing_is_written(plant: Database) -> None:
    ids = _concentrator(plant)
    with plant.write() as s:  # ore, concentrate and tails unknown: two balances, three flows
        s.execute(update(Flow).where(Flow.material_id.in_((ids["Ore"], ids["Conc"],
                                                          ids["Tails"])))
                  .values(reconciliation=ReconciliationRole.UNMEASURED))
    rec = bal.reconcile_site(plant, ids["site"], MARCH)
    writes = reconciled_writes(plant, ids["site"], rec)
    assert writes.totals == ()
    assert TAILS in writes.undetermined and "Flotation → Smelter: Conc" in writes.undetermined
    with pytest.raises(DomainError, match="estimated no unmeasured flow"):
        write_back(plant, ids["site"], rec, confirmed=True)


def test_reconcile_apply_writes_and_refuses_without_confirmation(
        plant: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _mixed_tails(plant, tail_cu=0.30)
    args = ["reconcile", "--db", str(db_path), "--site", "Test mine", "--period", "2025-03",
            "--apply"]
    assert main(args) == 2
    assert capsys.readouterr().err.strip().endswith(
        "The global test of the reconciliation did not pass, so its estimates are not "
        "written unless you confirm them.")
    assert [q for q, _r in _tails(plant, ids)] == [9695.0, 1000.0]
    assert main([*args, "--confirm"]) == 0
    assert ("Reconciled values written into the unmeasured records; flows changed: 1."
            in capsys.readouterr().out)
    rec = bal.reconcile_site(plant, ids["site"], MARCH)
    tails = next(v for v in rec.flows if v.label == TAILS)
    assert sum(q for q, _r in _tails(plant, ids)) == pytest.approx(tails.reconciled, rel=1e-6)
