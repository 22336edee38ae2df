"""Every public write operation of `services/` against a closed month (issue 12, point 2).

The operations are found by reading the services modules (a function that opens a write
transaction or applies a command, and every undoable command); each one either has a case
here that must be refused on March 2025 once it is closed — commands also for their undo
and redo — or a line in NOT_DATED saying why it cannot change a dated record. A new write
operation without either fails `test_every_write_operation_is_walked`.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import date
from typing import Any, Protocol

import pytest
from sqlalchemy import func, select

import greendesk.services
from greendesk.errors import DomainError
from greendesk.models import (
    Base,
    Flow,
    FlowAssay,
    MonitoringReading,
    PeriodAssay,
    StockTaking,
    WasteTransfer,
    WasteType,
    load_all,
)
from greendesk.services import balances as bal
from greendesk.services import checklist as cl
from greendesk.services import monitoring as ms
from greendesk.services import month_close
from greendesk.services.flow_grades import SetFlowGrades
from greendesk.services.flow_reconciled import WriteReconciled, write_reconciled
from greendesk.services.flow_relations import Stream
from greendesk.services.flows import AddFlows, DeleteFlows, EditFlow, edit_field, get_flows
from greendesk.services.materials import MaterialDraft, list_materials, update_material
from greendesk.services.periods_closed import close_period, reopen_period
from greendesk.services.waste import set_basis
from greendesk.services.waste_movements import (
    MovementDraft,
    MovementKind,
    RecordMovement,
    assign_transfer,
)
from greendesk.store.db import Database
from tests.conftest import DEMO_TODAY

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")

MONTH = "2025-03"
CLOSED = "is closed; reopen it"


class Command(Protocol):
    def apply(self, db: Database) -> Any: ...
    def revert(self, db: Database) -> Any: ...


# ---------------------------------------------------------------- finding the operations
def write_operations() -> set[str]:
    """module.name of every public function that writes and of every undoable command."""
    found = set()
    for info in pkgutil.iter_modules(greendesk.services.__path__):
        mod = importlib.import_module(f"greendesk.services.{info.name}")
        for name, obj in vars(mod).items():
            if name.startswith("_") or getattr(obj, "__module__", None) != mod.__name__:
                continue
            if inspect.isclass(obj) and hasattr(obj, "apply") and hasattr(obj, "revert"):
                found.add(f"{info.name}.{name}")
            elif inspect.isfunction(obj):
                src = inspect.getsource(obj)
                if ".write()" in src or ".apply(db" in src:
                    found.add(f"{info.name}.{name}")
    return found


NOT_DATED = {
    "reconcile_site.set_method_uncertainty": "a plant-wide setting, not a record of a period",
    "checklist.merge_template": "the checklist's measures and items carry no date",
    "checklist.update_action": "an action's dates are plans (start, due), not facts",
    "checklist.add_own_action": "an action's dates are plans (start, due), not facts",
    "checklist.attach_evidence": "evidence files belong to an action, not to a period",
    "classifier.load_classifier": "the waste classifier is reference data",
    "obligations.load_register": "the obligations register is reference data",
    **{n: "a submission follows the close of its period: a status is no figure of it"
       for n in ("obligation_status.SetObligationStatus", "obligation_status.set_status")},
    "fee_rates.load_rates": "the fee's rates are dated reference data, not a period's figures",
    **{n: "a waste type's passport data describes the waste, not a period's figures" for n in (
        "waste_passport.SetPassport", "waste_passport.set_passport",
        "waste_passport.set_composition")},
    **{n: "the formations register describes what a formation holds now; "
       "its samples are not figures of a period" for n in (
           "formation_records.AddFormation", "formation_records.EditFormation",
           "formation_records.DeleteFormation", "formation_records.add_formation",
           "formation_records.update_formation", "formation_records.delete_formation",
           "formation_records.add_component", "formation_records.set_default_assumptions",
           "formation_records.set_formation_assumptions", "formation_records.add_block",
           "formation_records.update_block", "formation_records.delete_block",
           "formation_samples.add_sample", "formation_samples.update_sample",
           "formation_samples.delete_samples")},
    "materials.add_material": "a new material has no records yet",
    "monitoring.add_parameter": "a parameter carries no date",
    "reference_names.rename_references": "components and parameters carry no date",
    "monitoring.add_point": "a point carries no date",
    "monitoring.update_point": "a point carries no date (its readings are untouched)",
    "monitoring.set_limit": "limits carry no date (no history of limits is kept)",
    "monitoring.remove_limit": "limits carry no date (no history of limits is kept)",
    "periods_closed.close_period": "closing is what the walk checks against",
    "sync_import.import_package": "walked in tests/unit/test_sync.py: a site's package for a "
                                  "month closed here is refused; a corrected one replaces "
                                  "only while the month is reopened",
    "periods_closed.reopen_period": "reopening is what the walk checks against",
    **{f"flow_relations.{n}": "a relation's dates are its terms, not facts of a period"
       for n in ("AddRelation", "EditRelation", "DeleteRelation", "add_relation",
                 "update_relation", "delete_relation")},
    **{f"permits.{n}": "a permit's dates are its terms, not facts of a period"
       for n in ("AddPermit", "EditPermit", "DeletePermit", "add_permit", "update_permit",
                 "delete_permit")},
    **{f"permit_terms.{n}": "a permit's conditions and limits are its terms, not facts of "
       "a period" for n in ("SetPermitTerms", "set_permit_terms")},
    **{f"pek.{n}": "the PEK programme says what is measured; it carries no date"
       for n in ("SetProgramme", "set_programme")},
    **{f"emission_sources.{n}": "a source and its norms are terms (norms: validity dates); "
                                "the emissions are computed from the ledger, not stored"
       for n in ("AddSource", "EditSource", "DeleteSource", "add_source", "AddNorm",
                 "EditNorm", "DeleteNorm", "add_norm")},
    "factors.load_factors": "the emission factor library is reference data",
    **{f"structure.{n}": "plant structure; a node or site with records cannot be deleted"
       for n in ("set_enterprise", "add_site", "update_site", "delete_site", "add_node",
                 "update_node", "move_node", "delete_node")},
    "waste.register_waste_type": "a waste type carries no date",
    "waste.update_waste_type": "a waste type carries no date",
    "waste.delete_waste_type": "a waste type with movements cannot be deleted",
    "waste.add_contractor": "a contractor's licence term is not a fact of a period",
    "waste.update_contractor": "a contractor's licence term is not a fact of a period",
    "waste_movements.set_storage_role": "a node's role is plant structure",
}


# ---------------------------------------------------------------- helpers
def snapshot(db: Database) -> str:
    """A digest of every table but the trail: a refused step must leave it as it was."""
    h = hashlib.sha256()
    with db.read() as s:
        conn = s.connection()
        for table in sorted(Base.metadata.tables):
            if table in ("audit_entry", "alembic_version"):
                continue
            for row in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY rowid"):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def refused(db: Database, step: Callable[[], object], match: str = CLOSED) -> None:
    before = snapshot(db)
    with pytest.raises(DomainError, match=match):
        step()
    assert snapshot(db) == before


def closed(db: Database, period: str = MONTH) -> None:
    close_period(db, period)


def reopened(db: Database, period: str = MONTH) -> None:
    reopen_period(db, period, "the walk goes on")


def walk_command(db: Database, cmd: Command) -> None:
    """apply, undo and redo, each refused while the month is closed and fine when open."""
    closed(db)
    refused(db, lambda: cmd.apply(db))
    reopened(db)
    cmd.apply(db)
    closed(db)
    refused(db, lambda: cmd.revert(db))  # undo
    reopened(db)
    cmd.revert(db)
    closed(db)
    refused(db, lambda: cmd.apply(db))  # redo
    reopened(db)
    cmd.apply(db)


def one(db: Database, q: Any) -> Any:
    with db.read() as s:
        return s.execute(q.limit(1)).first()


def in_month(col: Any) -> Any:
    return func.substr(col, 1, 7) == MONTH


def a_flow(db: Database) -> int:
    return one(db, select(Flow.id).where(in_month(Flow.flow_date)).order_by(Flow.id))[0]


def reading_draft(db: Database) -> ms.ReadingDraft:
    point_id, parameter_id = one(db, select(MonitoringReading.point_id,
                                            MonitoringReading.parameter_id))
    return ms.ReadingDraft(point_id, parameter_id, date(2025, 3, 20), 1.0)


def march_readings(db: Database) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(MonitoringReading.id).where(
            in_month(MonitoringReading.taken_on))))


def count_draft(db: Database) -> bal.StockTakingDraft:
    node_id, material_id = one(db, select(StockTaking.node_id, StockTaking.material_id))
    return bal.StockTakingDraft(node_id, material_id, date(2025, 3, 10), 5.0, "t")


def oil_movement(db: Database) -> RecordMovement:
    type_id, material_id = one(db, select(WasteType.id, WasteType.material_id)
                               .where(WasteType.name == "Waste engine oil"))
    storage = one(db, select(Flow.to_node_id).where(Flow.material_id == material_id,
                                                    in_month(Flow.flow_date)))[0]
    return RecordMovement(MovementDraft(type_id, MovementKind.GENERATED, date(2025, 3, 9),
                                        1.0, "t", to_node_id=storage))


def m9_action(db: Database) -> int:
    cl.ensure_ready(db)
    site_id = one(db, select(Flow.site_id))[0]
    return next(a.id for a in cl.list_actions(db, site_id) if a.measure_id == "M9")


def diesel_denser(db: Database) -> tuple[int, MaterialDraft]:
    diesel = next(m for m in list_materials(db) if m.name == "Diesel fuel")
    return diesel.id, MaterialDraft(**{k: v for k, v in asdict(diesel).items()
                                       if k not in ("id", "version")} | {"density_t_per_m3": 0.9})


# ---------------------------------------------------------------- the cases
def _once(db: Database, step: Callable[[], object]) -> None:
    closed(db)
    refused(db, step)
    reopened(db)
    step()  # and it was the closed month that refused it


def _unwaive(db: Database) -> None:
    site = one(db, select(Flow.site_id))[0]
    month_close.waive(db, site, MONTH, "balance:site", "Scale drift")
    _once(db, lambda: month_close.unwaive(db, site, MONTH, "balance:site"))


def _transfer(db: Database) -> None:
    flow_id, contractor_id = one(db, select(WasteTransfer.flow_id, WasteTransfer.contractor_id)
                                 .join(Flow, Flow.id == WasteTransfer.flow_id)
                                 .where(in_month(Flow.flow_date)))
    _once(db, lambda: assign_transfer(db, [flow_id], contractor_id, "D10"))


def _period_assay(db: Database) -> None:
    node_id, material_id = one(db, select(PeriodAssay.node_id, PeriodAssay.material_id))
    # March lies inside the range: the check covers every month of it, not its ends only.
    _once(db, lambda: bal.add_period_assays(db, [bal.PeriodAssayDraft(
        node_id, material_id, "Zn", date(2025, 2, 1), date(2025, 4, 30), 1.0)]))


def unmeasured_march(db: Database) -> tuple[int, date, date, list[tuple[Stream, float]]]:
    """A March record marked unmeasured (while the month is open), and its stream's total
    to write back."""
    row = get_flows(db, [a_flow(db)])[0]
    EditFlow(row.id, edit_field(row, reconciliation="unmeasured")).apply(db)
    stream = Stream(row.from_node_id, row.to_node_id, row.material_id)
    return row.site_id, date(2025, 3, 1), date(2025, 3, 31), [(stream, 1.0)]


def _basis(db: Database) -> None:
    closed(db, "2025")
    refused(db, lambda: set_basis(db, None, 2025, "Copper cathode", 1000.0))
    reopened(db, "2025")
    set_basis(db, None, 2025, "Copper cathode", 1000.0)


CASES: dict[str, Callable[[Database], None]] = {
    "flows.AddFlows": lambda db: walk_command(db, AddFlows(
        [get_flows(db, [a_flow(db)])[0].draft()])),
    "flows.EditFlow": lambda db: walk_command(db, EditFlow(a_flow(db), edit_field(
        get_flows(db, [a_flow(db)])[0], qty_entered=1.0))),
    "flows.DeleteFlows": lambda db: walk_command(db, DeleteFlows([a_flow(db)])),
    "flow_reconciled.WriteReconciled": lambda db: walk_command(db, WriteReconciled(
        *unmeasured_march(db))),
    "flow_reconciled.write_reconciled": lambda db: (lambda args: _once(
        db, lambda: write_reconciled(db, *args)))(unmeasured_march(db)),
    "monitoring.AddReadings": lambda db: walk_command(db, ms.AddReadings([reading_draft(db)])),
    "monitoring.DeleteReadings": lambda db: walk_command(db, ms.DeleteReadings(
        march_readings(db))),
    "monitoring.add_readings": lambda db: _once(db, lambda: ms.add_readings(
        db, [reading_draft(db)])),
    "monitoring.delete_point": lambda db: _once(db, lambda: ms.delete_point(
        db, reading_draft(db).point_id)),
    "balance_records.RecordStockTakings": lambda db: walk_command(
        db, bal.RecordStockTakings([count_draft(db)])),
    "balance_records.record_stock_takings": lambda db: _once(
        db, lambda: bal.record_stock_takings(db, [count_draft(db)])),
    "balance_records.delete_stock_takings": lambda db: _once(db, lambda: bal.delete_stock_takings(
        db, [one(db, select(StockTaking.id).where(in_month(StockTaking.taken_on)))[0]])),
    "balance_records.set_flow_assays": lambda db: _once(db, lambda: bal.set_flow_assays(
        db, one(db, select(FlowAssay.flow_id).join(Flow, Flow.id == FlowAssay.flow_id)
                .where(in_month(Flow.flow_date)))[0], {"Cu": (1.0, "%")})),
    "balance_records.add_period_assays": _period_assay,
    "flow_grades.SetFlowGrades": lambda db: walk_command(db, SetFlowGrades(
        one(db, select(FlowAssay.flow_id).join(Flow, Flow.id == FlowAssay.flow_id)
            .where(in_month(Flow.flow_date)))[0], [("Cu", 1.0, "%")])),
    "waste_movements.RecordMovement": lambda db: walk_command(db, oil_movement(db)),
    "waste_movements.assign_transfer": _transfer,
    "checklist.record_incident": lambda db: _once(db, lambda: cl.record_incident(
        db, cl.IncidentDraft(one(db, select(Flow.site_id))[0], date(2025, 3, 5), "Pit",
                             "Hose burst"))),
    "checklist.record_drill": lambda db: (lambda action: _once(db, lambda: cl.record_drill(
        db, action, date(2025, 3, 5))))(m9_action(db)),
    "materials.update_material": lambda db: _once(db, lambda: update_material(
        db, *diesel_denser(db))),
    "waste.set_basis": _basis,
    "month_close.WaiveItem": lambda db: walk_command(db, month_close.WaiveItem(
        one(db, select(Flow.site_id))[0], MONTH, "balance:site", "Scale drift")),
    "month_close.waive": lambda db: _once(db, lambda: month_close.waive(
        db, one(db, select(Flow.site_id))[0], MONTH, "balance:site", "Scale drift")),
    "month_close.unwaive": _unwaive,
}


def test_every_write_operation_is_walked() -> None:
    found = write_operations()
    assert not set(CASES) & set(NOT_DATED)
    assert found - set(CASES) - set(NOT_DATED) == set(), \
        "a new write operation: add a closed-period case here, or say why it has no date"
    assert set(CASES) | set(NOT_DATED) <= found, "a case for an operation that is gone"


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_closed_month_refuses_the_operation(name: str, demo_db: Database, clock) -> None:
    clock(DEMO_TODAY)
    CASES[name](demo_db)


# ---------------------------------------------------------------- dated models
PERIOD_EXEMPT = {
    "formation": "opening_date: an attribute of the register entry, not a fact of a period",
    "formation_sample": "taken_on: the register describes what a formation holds now",
    "site_action": "start_date, due_date: plans",
    "waste_contractor": "licence_valid_until: a term, not a fact",
    "permit": "issued_on, valid_from, valid_until: a permit's terms, not facts of a period",
    "flow_relation": "valid_from, valid_until: a relation's terms, not facts of a period",
    "obligation": "basis_date, valid_from, valid_until: the register's legal data",
    "obligation_status": "submitted_on: when a report was handed in, after its period",
    "waste_passport": "prepared_on: the passport's own date, not a fact of a period",
    "fee_rate": "valid_from, valid_to: when a rate of the law applies, not a fact of a period",
    "emission_factor": "valid_from, valid_until: reference data's validity, not a fact",
    "emission_norm": "valid_from, valid_until: a permit norm's terms, not a fact",
}


def _date_columns(table: Any) -> list[str]:
    from sqlalchemy import Date, DateTime

    return [c.name for c in table.columns
            if isinstance(c.type, Date) and not isinstance(c.type, DateTime)]


def test_every_dated_model_declares_its_period_column() -> None:
    """A model with a calendar date names the column closed periods go by; a model hanging
    on a dated record names the key it is dated through; or it is exempt, with why."""
    load_all()
    dated: dict[str, str] = {}
    for mapper in Base.registry.mappers:
        cls, table = mapper.class_, mapper.local_table
        col = getattr(cls, "__period_column__", None)
        if col is not None:
            assert col in _date_columns(table), f"{cls.__name__}: {col} is not a date column"
            end = getattr(cls, "__period_end_column__", None)
            assert end is None or end in _date_columns(table)
            dated[table.name] = col
        elif _date_columns(table):
            assert table.name in PERIOD_EXEMPT, \
                f"{cls.__name__} has a date ({_date_columns(table)}) but no __period_column__"
    assert {"flow", "stock_taking", "monitoring_reading", "incident", "drill",
            "period_assay"} <= set(dated)
    for mapper in Base.registry.mappers:
        cls, table = mapper.class_, mapper.local_table
        parents = {fk.parent.name for fk in table.foreign_keys
                   if fk.column.table.name in dated and table.name not in dated}
        if parents:
            assert getattr(cls, "__period_via__", None) in parents, \
                f"{cls.__name__} hangs on a dated record: declare __period_via__"


def test_refusals_leave_the_commands_usable(demo_db: Database, clock) -> None:
    """A first try refused by a closed month leaves no half state behind (EditFlow kept
    its `before` and then broke on the next try)."""
    clock(DEMO_TODAY)
    row = get_flows(demo_db, [a_flow(demo_db)])[0]
    edit = EditFlow(row.id, edit_field(row, qty_entered=row.qty_entered + 1))
    closed(demo_db)
    refused(demo_db, lambda: edit.apply(demo_db))
    reopened(demo_db)
    edit.apply(demo_db)
    assert get_flows(demo_db, [row.id])[0].qty_entered == row.qty_entered + 1
    edit.revert(demo_db)
    assert replace(get_flows(demo_db, [row.id])[0], version=None) == replace(row, version=None)
