"""A model of the waste-stock rule, driven through every write path (issue 12, point 14).

Hypothesis writes random sequences of ledger adds, edits and deletes, waste movements,
incident clean-ups, flow-file imports, undos, redos and month closings into a small plant
with two waste storages. A plain model (a dict of flows) predicts for each step whether
it must be refused — a storage below zero at any date, a record dated in a closed month,
or a flow an incident refers to deleted — and the test checks that the application agrees,
that the database then holds exactly the model's flows, that no storage is ever negative,
and that a refused step changes nothing (not even the audit trail).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from greendesk.errors import DomainError
from greendesk.importers.flows_import import import_flows
from greendesk.models import NodeKind
from greendesk.services import checklist as cl
from greendesk.services import structure
from greendesk.services.flows import (
    AddFlows,
    DeleteFlows,
    EditFlow,
    FlowDraft,
    edit_field,
    get_flows,
)
from greendesk.services.periods_closed import close_period, reopen_period
from greendesk.services.waste import EPS, get_waste_type
from greendesk.services.waste_movements import MovementDraft, MovementKind, RecordMovement
from greendesk.store.db import Database, open_database
from tests.unit.test_waste import Plant, build

TODAY = date(2025, 6, 30)
DAYS = [date(2025, 1, 6) + timedelta(days=9 * k) for k in range(7)]  # Jan 6 .. Feb 9
MONTHS = ("2025-01", "2025-02")
Values = tuple[date, int, int, float]  # date, from, to, tonnes


@dataclass
class Setup:
    path: Path
    plant: Plant
    material: int
    contractor_node: int
    names: dict[int, str]
    material_name: str


@dataclass
class Step:
    """What a command does when applied (its undo does the reverse)."""

    cmd: Any
    removes: dict[int, Values] = field(default_factory=dict)
    adds: dict[int, Values] = field(default_factory=dict)


SETUP: Setup | None = None


@pytest.fixture
def prepared(db: Database, tmp_path: Path) -> Setup:
    plant = build(db)
    contractor_node, _ = structure.add_node(db, structure.NodeDraft(
        plant.site, "EcoService LLP", NodeKind.CONTRACTOR))
    waste = get_waste_type(db, plant.oil)
    names = {n.id: n.name for s in structure.get_plant(db).sites for n in s.nodes}
    db.close()
    path = tmp_path / "template.sqlite"
    con = sqlite3.connect(db.path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copyfile(db.path, path)
    return Setup(path, plant, waste.material_id, contractor_node, names, waste.material_name)


def stocks_ok(flows: dict[int, Values], storages: tuple[int, ...]) -> bool:
    """No storage below zero after any day (same-day movements count together)."""
    for node in storages:
        change: dict[date, float] = {}
        for day, src, dst, qty in flows.values():
            if node in (src, dst):
                change[day] = change.get(day, 0.0) + (qty if dst == node else -qty)
        level = 0.0
        for day in sorted(change):
            level += change[day]
            if level < -EPS:
                return False
    return True


class StockRule(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        assert SETUP is not None
        self.setup = p = SETUP
        self.dir = Path(tempfile.mkdtemp(prefix="stock-rule-"))
        shutil.copyfile(p.path, self.dir / "plant.sqlite")
        self.db = open_database(self.dir / "plant.sqlite")
        pl = p.plant
        self.storages = (pl.store_a, pl.store_b)
        self.edges = {"generate A": (pl.mining, pl.store_a), "generate B": (pl.mining, pl.store_b),
                      "A to B": (pl.store_a, pl.store_b),
                      "recycle A": (pl.store_a, pl.recycler),
                      "transfer A": (pl.store_a, p.contractor_node),
                      "transfer B": (pl.store_b, p.contractor_node)}
        self.flows: dict[int, Values] = {}
        self.closed: set[str] = set()
        self.incident_flows: set[int] = set()
        self.done: list[Step] = []
        self.undone: list[Step] = []
        self.imports = 0

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    # -------------------------------------------------------------- the model
    def must_refuse(self, removes: dict[int, Values], adds: dict[int, Values],
                    extra_days: tuple[date, ...] = ()) -> bool:
        days = [v[0] for v in (*removes.values(), *adds.values())] + list(extra_days)
        if any(f"{d:%Y-%m}" in self.closed for d in days):
            return True
        if (adds.keys() - removes.keys()) & self.flows.keys():
            return True  # put back under numbers that records added since have taken
        after = {k: v for k, v in self.flows.items() if k not in removes} | adds
        return not stocks_ok(after, self.storages)

    def fingerprint(self) -> tuple[Any, ...]:
        with self.db.read() as s:
            conn = s.connection()
            return tuple(conn.exec_driver_sql(q).fetchall() for q in (
                "SELECT * FROM flow ORDER BY id", "SELECT * FROM waste_transfer",
                "SELECT * FROM incident", "SELECT * FROM incident_waste",
                "SELECT * FROM import_batch", "SELECT * FROM node",
                "SELECT * FROM waste_storage", "SELECT count(*) FROM audit_entry"))

    def attempt(self, refuse: bool, step: Callable[[], object]) -> bool:
        """Run a step the model expects to be refused or not; True if it went in."""
        before = self.fingerprint()
        try:
            step()
        except DomainError as exc:
            assert refuse, f"refused, but the model accepts it: {exc}"
            assert self.fingerprint() == before, "a refused step changed the database"
            return False
        assert not refuse, "accepted, but the model says it breaks a rule"
        return True

    def do(self, step: Step, predicted_ids: bool = False) -> None:
        """Apply a new command; a first apply learns its ids afterwards."""
        if self.attempt(self.must_refuse(step.removes, step.adds),
                        lambda: step.cmd.apply(self.db)):
            if predicted_ids:
                ids = getattr(step.cmd, "ids", None) or [step.cmd.flow_id]
                step.adds = dict(zip(ids, step.adds.values(), strict=True))
            self.flows = {k: v for k, v in self.flows.items() if k not in step.removes} \
                | step.adds
            self.done.append(step)
            self.undone.clear()

    def values(self, flow_id: int) -> Values:
        return self.flows[flow_id]

    # -------------------------------------------------------------- rules
    @rule(edge=st.sampled_from(["generate A", "generate A", "generate B", "A to B",
                                "recycle A", "transfer A", "transfer B"]),
          day=st.sampled_from(DAYS), qty=st.integers(1, 9))
    def ledger_add(self, edge: str, day: date, qty: int) -> None:
        src, dst = self.edges[edge]
        cmd = AddFlows([FlowDraft(day, src, dst, self.setup.material, float(qty), "t")])
        self.do(Step(cmd, adds={-1: (day, src, dst, float(qty))}), predicted_ids=True)

    @precondition(lambda self: self.flows)
    @rule(data=st.data(), day=st.sampled_from(DAYS), qty=st.integers(1, 9))
    def ledger_edit(self, data: st.DataObject, day: date, qty: int) -> None:
        flow_id = data.draw(st.sampled_from(sorted(self.flows)))
        row = get_flows(self.db, [flow_id])[0]
        old = self.values(flow_id)
        cmd = EditFlow(flow_id, edit_field(row, flow_date=day, qty_entered=float(qty)))
        self.do(Step(cmd, removes={flow_id: old}, adds={flow_id: (day, old[1], old[2],
                                                                  float(qty))}))

    @precondition(lambda self: self.flows)
    @rule(data=st.data())
    def ledger_delete(self, data: st.DataObject) -> None:
        flow_id = data.draw(st.sampled_from(sorted(self.flows)))
        step = Step(DeleteFlows([flow_id]), removes={flow_id: self.values(flow_id)})
        if flow_id in self.incident_flows:  # an incident refers to it: refused, unchanged
            self.attempt(True, lambda: step.cmd.apply(self.db))
            return
        self.do(step)

    @rule(kind=st.sampled_from(["generate A", "generate B", "transfer A", "transfer B"]),
          day=st.sampled_from(DAYS), qty=st.integers(1, 9))
    def movement(self, kind: str, day: date, qty: int) -> None:
        src, dst = self.edges[kind]
        pl = self.setup.plant
        draft = MovementDraft(pl.oil, MovementKind.GENERATED, day, float(qty), "t", src, dst) \
            if kind.startswith("generate") else \
            MovementDraft(pl.oil, MovementKind.TRANSFERRED, day, float(qty), "t", src, dst,
                          pl.contractor, "R9")
        self.do(Step(RecordMovement(draft), adds={-1: (day, src, dst, float(qty))}),
                predicted_ids=True)

    @rule(kind=st.sampled_from(["generate A", "transfer A", "transfer B"]),
          day=st.sampled_from(DAYS), qty=st.integers(1, 9))
    def incident_cleanup(self, kind: str, day: date, qty: int) -> None:
        src, dst = self.edges[kind]
        draft = cl.IncidentDraft(self.setup.plant.site, day, "Yard", "Hose burst")
        clean = FlowDraft(day, src, dst, self.setup.material, float(qty), "t")
        result: list[int] = []
        if self.attempt(self.must_refuse({}, {-1: (day, src, dst, float(qty))}),
                        lambda: result.append(cl.record_incident(self.db, draft, [clean])[0])):
            new = self.new_flows()
            assert [v for v in new.values()] == [(day, src, dst, float(qty))]
            self.flows |= new
            self.incident_flows |= set(new)

    @rule(rows=st.lists(st.tuples(st.sampled_from(["generate A", "generate B",
                                                   "generate A", "generate B", "A to B",
                                                   "transfer A", "transfer B"]),
                                  st.sampled_from(DAYS), st.integers(1, 9)),
                        min_size=1, max_size=3))
    def file_import(self, rows: list[tuple[str, date, int]]) -> None:
        p = self.setup
        self.imports += 1
        path = self.dir / f"flows-{self.imports}.csv"
        site = "Test mine"
        lines = ["Date,Site,From,To,Material,Quantity,Unit"]
        expected = {}
        for n, (edge, day, qty) in enumerate(rows):
            src, dst = self.edges[edge]
            lines.append(f"{day.isoformat()},{site},{p.names[src]},{p.names[dst]},"
                         f"{p.material_name},{qty},t")
            expected[-1 - n] = (day, src, dst, float(qty))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        if self.attempt(self.must_refuse({}, expected),
                        lambda: import_flows(self.db, path, again=True)):
            new = self.new_flows()
            assert sorted(new.values()) == sorted(expected.values())
            self.flows |= new

    def replay(self, forward: bool) -> None:
        """Redo (forward) the top of the redo stack, or undo the top of the undo stack."""
        source, target = (self.undone, self.done) if forward else (self.done, self.undone)
        step = source[-1]
        out, into = (step.removes, step.adds) if forward else (step.adds, step.removes)
        run = step.cmd.apply if forward else step.cmd.revert
        if self.attempt(self.must_refuse(out, into), lambda: run(self.db)):
            self.flows = {k: v for k, v in self.flows.items() if k not in out} | into
            target.append(source.pop())

    @precondition(lambda self: self.done)
    @rule()
    def undo(self) -> None:
        self.replay(forward=False)

    @precondition(lambda self: self.undone)
    @rule()
    def redo(self) -> None:
        self.replay(forward=True)

    @rule(month=st.sampled_from([*MONTHS, None, None]))
    def close_or_reopen(self, month: str | None) -> None:
        if month is None:  # (closing less often than the other steps)
            return
        if month in self.closed:
            reopen_period(self.db, month, "the model goes on")
            self.closed.discard(month)
        else:
            close_period(self.db, month)
            self.closed.add(month)

    # -------------------------------------------------------------- what always holds
    def new_flows(self) -> dict[int, Values]:
        return {k: v for k, v in self.db_flows().items() if k not in self.flows}

    def db_flows(self) -> dict[int, Values]:
        with self.db.read() as s:
            return {i: (date.fromisoformat(d), f, t, q) for i, d, f, t, q in
                    s.connection().exec_driver_sql(
                        "SELECT id, flow_date, from_node_id, to_node_id, qty_canonical "
                        "FROM flow")}

    @invariant()
    def the_database_holds_the_model(self) -> None:
        assert self.db_flows() == self.flows

    @invariant()
    def no_storage_is_ever_negative(self) -> None:
        assert stocks_ok(self.db_flows(), self.storages)


def test_the_stock_rule_holds_through_every_path(prepared: Setup, clock) -> None:
    global SETUP
    clock(TODAY)
    SETUP = prepared
    try:
        run_state_machine_as_test(StockRule, settings=settings(
            max_examples=50, stateful_step_count=20, deadline=None, database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
    finally:
        SETUP = None
