"""The waste register: types, licences, movements as flows, stock, overdue, figures."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from greendesk.cli import main
from greendesk.errors import DomainError
from greendesk.models import LegacyLevel, NodeKind, PhysicalState, StorageRole
from greendesk.periods import month, year
from greendesk.services import structure
from greendesk.services.classifier import ClassifierDraft, EntryDraft, load_classifier
from greendesk.services.ledger import explain
from greendesk.services.waste import (
    ContractorDraft,
    WasteTypeDraft,
    add_contractor,
    get_waste_type,
    list_contractors,
    parse_operations,
    register_waste_type,
    set_basis,
    update_waste_type,
)
from greendesk.services.waste_indicators import all_scopes, figures, series, waste_indicators
from greendesk.services.waste_movements import (
    MovementDraft,
    MovementKind,
    RecordMovement,
    assign_transfer,
    site_nodes,
)
from greendesk.services.waste_stock import (
    FlowSum,
    classification,
    overdue,
    stock_level,
    stock_table,
    waste_flow_sums,
)
from greendesk.store.db import Database, open_database
from greendesk.validation import make_valid_bin

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")

G, R, T, P = (MovementKind.GENERATED, MovementKind.RECYCLED, MovementKind.TRANSFERRED,
              MovementKind.PLACED)
DUMP_DATA = ("SELECT id, from_node_id, to_node_id, material_id, qty_canonical FROM flow "
             "ORDER BY id", "SELECT * FROM waste_transfer ORDER BY flow_id",
             "SELECT * FROM waste_storage ORDER BY node_id", "SELECT id, name FROM node ORDER BY id")


def small_classifier() -> ClassifierDraft:
    rows = (EntryDraft("010101", "Mining waste"), EntryDraft("010306", "Other tailings",
                                                            False, True),
            EntryDraft("010304", "Acid tailings", True), EntryDraft("130205", "Engine oil", True),
            EntryDraft("100601", "Slags"))
    return ClassifierDraft(rows, (EntryDraft("01", "Mining"),), "test.csv", "0" * 64)


@dataclass
class Plant:
    db: Database
    site: int
    mining: int
    recycler: int
    store_a: int
    store_b: int
    dump: int
    oil: int  # waste type
    contractor: int


def build(db: Database) -> Plant:
    structure.set_enterprise(db, "Test Copper LLP", make_valid_bin("100440"))
    site, _ = structure.add_site(db, structure.SiteDraft("Test mine", "Karaganda",
                                                         structure.SiteKind.MINE))

    def node(name: str, kind: NodeKind) -> int:
        return structure.add_node(db, structure.NodeDraft(site, name, kind))[0]

    ids = [node("Mining", NodeKind.PROCESS), node("Oil regeneration", NodeKind.PROCESS),
           node("Store A", NodeKind.STOCK), node("Store B", NodeKind.STOCK),
           node("Waste dump", NodeKind.STOCK)]
    load_classifier(db, small_classifier(), "en")
    oil, _ = register_waste_type(db, WasteTypeDraft(site, "Waste oil", "13 02 05*",
                                                    PhysicalState.LIQUID, ids[0],
                                                    hp_properties="HP14"))
    contractor, _ = add_contractor(db, ContractorDraft(
        "EcoService LLP", make_valid_bin("110540"), "KZ-7", date(2030, 12, 31), "R4, R9, D9"))
    return Plant(db, site, *ids, oil, contractor)


@pytest.fixture
def wp(db: Database) -> Plant:
    return build(db)


def move(p: Plant, kind: MovementKind, day: date, qty: float, src: int | None = None,
         dst: int | None = None, op: str | None = None, type_id: int | None = None
         ) -> RecordMovement:
    cmd = RecordMovement(MovementDraft(type_id or p.oil, kind, day, qty, "t", src, dst,
                                       p.contractor if kind is T else None,
                                       op or ("R9" if kind is T else None)))
    cmd.apply(p.db)
    return cmd


def dump(db: Database) -> list[list[tuple]]:
    with db.read() as s:
        return [[tuple(r) for r in s.connection().exec_driver_sql(q)] for q in DUMP_DATA]


# ---------------------------------------------------------------- waste types
def test_hazard_comes_from_the_code_and_the_row_reads_back(wp: Plant) -> None:
    row = get_waste_type(wp.db, wp.oil)
    assert (row.code, row.display_code, row.hazardous) == ("130205", "13 02 05*", True)
    assert row.material_name == "Waste oil" and row.generating_node_name == "Mining"
    assert row.hp_properties == ("HP14",) and row.storage_limit_months == 6


def test_a_mirror_entry_needs_the_assessment_and_its_reason(wp: Plant) -> None:
    draft = WasteTypeDraft(wp.site, "Tailings", "01 03 06", PhysicalState.SLUDGE, wp.mining)
    with pytest.raises(DomainError, match="mirror entry") as err:
        register_waste_type(wp.db, draft)
    assert err.value.field == "mirror_assessment"
    type_id, _ = register_waste_type(wp.db, WasteTypeDraft(
        wp.site, "Tailings", "01 03 06", PhysicalState.SLUDGE, wp.mining,
        mirror_assessment="Leaching test below limits", legacy_level=LegacyLevel.GREEN))
    row = get_waste_type(wp.db, type_id)
    assert not row.hazardous and row.mirror and row.legacy_level is LegacyLevel.GREEN


def test_register_refusals_say_what_and_where(wp: Plant) -> None:
    def refused(match: str, **changes: object) -> None:
        base = dict(site_id=wp.site, name="Slag", code="10 06 01",
                    physical_state=PhysicalState.SOLID, generating_node_id=wp.mining)
        with pytest.raises(DomainError, match=match):
            register_waste_type(wp.db, WasteTypeDraft(**{**base, **changes}))  # type: ignore[arg-type]

    refused("non-hazardous entry, so hazardous properties", hp_properties="HP4")
    refused("not a hazardous entry", code="10 06 01*")
    refused("not an entry of the loaded waste classifier", code="99 99 99")
    refused("not a process", generating_node_id=wp.store_a)
    refused("not a hazardous property", code="01 03 04*", hp_properties="HP16")
    refused("already has a waste type named", name="Waste oil")
    refused("storage limit", storage_limit_months=0)


def test_without_a_classifier_registration_says_how_to_load_one(plant: Database) -> None:
    site = structure.get_plant(plant).sites[0].id
    node, _ = structure.add_node(plant, structure.NodeDraft(site, "Mining", NodeKind.PROCESS))
    with pytest.raises(DomainError, match="classifier import"):
        register_waste_type(plant, WasteTypeDraft(site, "Slag", "10 06 01",
                                                  PhysicalState.SOLID, node))


def test_edit_keeps_site_and_material(wp: Plant) -> None:
    row = get_waste_type(wp.db, wp.oil)
    update_waste_type(wp.db, wp.oil, WasteTypeDraft(
        wp.site, "Used engine oil", "13 02 05*", PhysicalState.LIQUID, wp.mining,
        hp_properties=("HP7", "HP14"), storage_limit_months=3))
    again = get_waste_type(wp.db, wp.oil)
    assert again.name == "Used engine oil" and again.material_id == row.material_id
    assert again.hp_properties == ("HP7", "HP14") and again.storage_limit_months == 3


# ---------------------------------------------------------------- contractors and licences
def test_contractors_have_a_valid_bin_and_licensed_operations(wp: Plant) -> None:
    with pytest.raises(DomainError, match="BIN"):
        add_contractor(wp.db, ContractorDraft("Bad LLP", "123", "L-1", date(2030, 1, 1), "R4"))
    with pytest.raises(DomainError, match="not a recovery or disposal operation"):
        add_contractor(wp.db, ContractorDraft("Bad LLP", make_valid_bin("110540"), "L-1",
                                              date(2030, 1, 1), "R14"))
    assert parse_operations("d9, r4 R4;D10") == ("R4", "D9", "D10")
    (c,) = list_contractors(wp.db)
    assert c.operations == ("R4", "R9", "D9")


def test_transfers_are_refused_outside_the_licence_naming_which(wp: Plant, clock) -> None:
    clock(date(2032, 1, 1))  # the licence's end lies in the past by then
    move(wp, G, date(2025, 1, 5), 100, dst=wp.store_a)
    with pytest.raises(DomainError, match=r"does not cover D10 \(incineration on land\); it "
                                          r"covers R4, R9, D9"):
        move(wp, T, date(2025, 2, 1), 10, src=wp.store_a, op="D10")
    with pytest.raises(DomainError, match="expired on 2030-12-31, before the transfer on "
                                          "2031-01-02"):
        move(wp, T, date(2031, 1, 2), 10, src=wp.store_a)
    move(wp, T, date(2030, 12, 31), 10, src=wp.store_a, op="D9")  # the last valid day


# ---------------------------------------------------------------- movements as flows
def test_generation_and_transfer_are_flows_and_undo_leaves_nothing(wp: Plant) -> None:
    before = dump(wp.db)
    gen = move(wp, G, date(2025, 3, 10), 40, dst=wp.store_a)
    tra = move(wp, T, date(2025, 4, 1), 25, src=wp.store_a)
    assert stock_level(wp.db, wp.oil, wp.store_a, date(2025, 12, 31)) == pytest.approx(15)
    nodes = site_nodes(wp.db, wp.site)
    assert [n.name for n in nodes.contractors] == ["EcoService LLP"]  # made for the transfer
    flows, transfers, roles, _ = dump(wp.db)
    assert [f[1:3] for f in flows] == [(wp.mining, wp.store_a),
                                       (wp.store_a, nodes.contractors[0].id)]
    assert transfers == [(tra.flow_id, wp.contractor, "R9")]
    assert roles == [(wp.store_a, "storage")]
    tra.revert(wp.db)
    gen.revert(wp.db)
    assert dump(wp.db) == before
    gen.apply(wp.db)  # redo gives the same records back
    tra.apply(wp.db)
    assert dump(wp.db)[1] == [(tra.flow_id, wp.contractor, "R9")]


def test_a_movement_that_would_make_a_stock_negative_names_stock_and_shortfall(
        wp: Plant) -> None:
    move(wp, G, date(2025, 1, 1), 30, dst=wp.store_a)
    before = dump(wp.db)
    with pytest.raises(DomainError, match=r"stock of Waste oil at Store A negative: it would be "
                                          r"−12\.5 t on 2025-02-01, 12\.5 t short"):
        move(wp, R, date(2025, 2, 1), 42.5, src=wp.store_a, dst=wp.recycler)
    assert dump(wp.db) == before
    # a later outflow already recorded counts too
    move(wp, T, date(2025, 6, 1), 20, src=wp.store_a)
    with pytest.raises(DomainError, match="−5 t on 2025-06-01 \\(after the movements recorded "
                                          "later\\), 5 t short"):
        move(wp, P, date(2025, 3, 1), 15, src=wp.store_a, dst=wp.dump)


def test_undo_of_a_generation_that_later_movements_need_is_refused(wp: Plant) -> None:
    gen = move(wp, G, date(2025, 1, 1), 30, dst=wp.store_a)
    move(wp, T, date(2025, 2, 1), 20, src=wp.store_a)
    with pytest.raises(DomainError, match="Undoing this movement would make the stock"):
        gen.revert(wp.db)
    assert stock_level(wp.db, wp.oil, wp.store_a, date(2025, 12, 31)) == pytest.approx(10)


def test_kinds_check_their_nodes(wp: Plant) -> None:
    move(wp, G, date(2025, 1, 1), 30, dst=wp.store_a)
    move(wp, P, date(2025, 1, 2), 5, src=wp.store_a, dst=wp.dump)  # marks the dump a formation
    with pytest.raises(DomainError, match="technogenic formation; record a placement"):
        move(wp, G, date(2025, 1, 3), 5, dst=wp.dump)
    with pytest.raises(DomainError, match="temporary storage"):
        move(wp, P, date(2025, 1, 3), 5, src=wp.store_a, dst=wp.store_a)
    with pytest.raises(DomainError, match="not a process; recycled waste"):
        move(wp, R, date(2025, 1, 3), 5, src=wp.store_a, dst=wp.store_b)
    with pytest.raises(DomainError, match="not a process; waste is generated"):
        move(wp, G, date(2025, 1, 3), 5, src=wp.store_a, dst=wp.store_b)
    with pytest.raises(DomainError, match="Choose the contractor"):
        RecordMovement(MovementDraft(wp.oil, T, date(2025, 1, 3), 5, "t", wp.store_a)
                       ).apply(wp.db)
    nodes = site_nodes(wp.db, wp.site)  # an unmarked stock may still become either
    assert [n.name for n in nodes.formations] == ["Store B", "Waste dump"]
    assert [n.name for n in nodes.storages] == ["Store A", "Store B"]


def test_flows_recorded_in_the_ledger_can_be_assigned_to_a_contractor(wp: Plant) -> None:
    from greendesk.services.flows import AddFlows, FlowDraft

    contractor_node = structure.add_node(wp.db, structure.NodeDraft(
        wp.site, "EcoService yard", NodeKind.CONTRACTOR))[0]
    material = get_waste_type(wp.db, wp.oil).material_id
    add = AddFlows([FlowDraft(date(2025, 5, 1), wp.mining, contractor_node, material, 7, "t")])
    add.apply(wp.db)
    with pytest.raises(DomainError, match="does not cover D1 "):
        assign_transfer(wp.db, add.ids, wp.contractor, "D1")
    assign_transfer(wp.db, add.ids, wp.contractor, "D9")
    assert dump(wp.db)[1] == [(add.ids[0], wp.contractor, "D9")]


# ---------------------------------------------------------------- the stock invariant
STEP = st.tuples(st.sampled_from(["gen", "rec", "tra", "pla", "undo"]), st.integers(0, 1),
                 st.integers(0, 90), st.integers(1, 60))


@pytest.fixture(scope="module")
def base_file(tmp_path_factory: pytest.TempPathFactory, template_db_file: Path) -> Path:
    path = tmp_path_factory.mktemp("waste") / "base.sqlite"
    shutil.copyfile(template_db_file, path)
    db = open_database(path)
    build(db)
    db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEP, min_size=1, max_size=14))
def test_accepted_movements_keep_every_stock_equal_to_its_movements_and_never_negative(
        base_file: Path, tmp_path: Path, steps: list[tuple[str, int, int, int]]) -> None:
    path = tmp_path / f"prop-{abs(hash(tuple(steps)))}.sqlite"
    shutil.copyfile(base_file, path)
    db = open_database(path)
    try:
        p = Plant(db, 1, 1, 2, 3, 4, 5, 1, 1)
        stores = (p.store_a, p.store_b)
        model: list[tuple[date, int, float]] = []  # (day, storage, signed qty), accepted only
        done: list[tuple[RecordMovement, list[tuple[date, int, float]]]] = []
        start = date(2025, 1, 1)

        def negative(rows: list[tuple[date, int, float]]) -> bool:
            for store in stores:
                balance = 0.0
                for day in sorted({d for d, s, _q in rows if s == store}):
                    balance += sum(q for d, s, q in rows if s == store and d == day)
                    if balance < -1e-9:
                        return True
            return False

        for op, which, offset, qty in steps:
            day = start + timedelta(days=offset)
            store = stores[which]
            if op == "undo":
                if not done:
                    continue
                cmd, effect = done[-1]
                after = list(model)
                after.remove(effect[0])
                try:
                    cmd.revert(db)
                except DomainError:
                    assert negative(after)
                else:
                    assert not negative(after)
                    model = after
                    done.pop()
                continue
            kind, src, dst = {"gen": (G, None, store), "rec": (R, store, p.recycler),
                              "tra": (T, store, None), "pla": (P, store, p.dump)}[op]
            effect = [(day, store, float(qty) if kind is G else -float(qty))]
            try:
                cmd = move(p, kind, day, qty, src, dst)
            except DomainError as exc:
                assert "negative" in str(exc) and negative(model + effect)
            else:
                assert not negative(model + effect)
                model = model + effect
                done.append((cmd, effect))
            for s in stores:  # the database agrees with the accepted movements
                for check in (start, start + timedelta(days=45), start + timedelta(days=90)):
                    expected = sum(q for d, n, q in model if n == s and d <= check)
                    assert stock_level(db, p.oil, s, check) == pytest.approx(expected)
                    assert expected > -1e-9
    finally:
        db.close()


# ---------------------------------------------------------------- stock table and overdue
def test_the_stock_table_balances_per_month_and_year(wp: Plant) -> None:
    move(wp, G, date(2025, 1, 15), 50, dst=wp.store_a)
    move(wp, G, date(2025, 2, 15), 30, dst=wp.store_a)
    move(wp, R, date(2025, 2, 20), 10, src=wp.store_a, dst=wp.recycler)
    move(wp, T, date(2025, 3, 1), 25, src=wp.store_a)
    move(wp, P, date(2025, 3, 5), 5, src=wp.store_a, dst=wp.dump)
    (y,) = stock_table(wp.db, year(2025))
    assert (y.opening, y.generated, y.recycled, y.transferred, y.placed, y.closing) == \
        pytest.approx((0, 80, 10, 25, 5, 40))
    months = [stock_table(wp.db, month(2025, m)) for m in (1, 2, 3)]
    assert [m[0].closing for m in months] == pytest.approx([50, 70, 40])
    assert months[1][0].opening == pytest.approx(50)
    for (row,) in months:
        assert row.opening + row.generated - row.recycled - row.transferred - row.placed \
            + row.other == pytest.approx(row.closing)
    assert stock_table(wp.db, month(2025, 4))[0].closing == pytest.approx(40)
    assert [r.node_name for r in stock_table(wp.db, year(2025))] == ["Store A"]


def test_overdue_storage_first_in_first_out(wp: Plant) -> None:
    move(wp, G, date(2025, 1, 10), 20, dst=wp.store_a)
    move(wp, G, date(2025, 3, 10), 20, dst=wp.store_a)
    move(wp, G, date(2025, 8, 1), 20, dst=wp.store_a)
    move(wp, T, date(2025, 8, 15), 25, src=wp.store_a)  # takes January's 20 and 5 of March's
    assert overdue(wp.db, date(2025, 9, 10)) == []      # March + 6 months is not yet past
    (row,) = overdue(wp.db, date(2025, 9, 11))
    assert (row.quantity, row.stored_since, row.due, row.days_overdue) == \
        (15, date(2025, 3, 10), date(2025, 9, 10), 1)
    (row,) = overdue(wp.db, date(2026, 2, 2))
    assert row.quantity == 35 and row.waste_type == "Waste oil" and row.node_name == "Store A"


# ---------------------------------------------------------------- figures
def test_recycling_share_is_not_clamped_when_old_stock_is_processed(wp: Plant) -> None:
    move(wp, G, date(2024, 6, 1), 100, dst=wp.store_a)
    move(wp, G, date(2025, 2, 1), 10, dst=wp.store_a)
    move(wp, R, date(2025, 3, 1), 60, src=wp.store_a, dst=wp.recycler)
    move(wp, T, date(2025, 4, 1), 20, src=wp.store_a, op="D9")
    set_basis(wp.db, wp.site, 2025, "Copper ore", 1000.0, 50.0)
    ind = waste_indicators(wp.db, 2025, wp.site)
    f = ind.current
    assert (f.generated, f.hazardous, f.recycled_on_site, f.recycled) == (10, 10, 60, 60)
    assert f.recycling_share == pytest.approx(6.0)  # 600 %
    assert (f.transferred, f.stock_at_year_end) == (20, 30)
    assert f.per_tonne_of_product == pytest.approx(0.01)
    assert f.per_unit_of_output_value == pytest.approx(0.2)
    assert ind.previous is not None and ind.previous.stock_at_year_end == 100
    assert ind.change_pct("generated") == pytest.approx(-90.0)
    assert ind.change_pct("stock_at_year_end") == pytest.approx(-70.0)


def test_figures_are_plain_arithmetic_over_the_sums() -> None:
    from greendesk.services.waste_movements import NodeClass as C
    from greendesk.services.waste_stock import Classification

    sums = [FlowSum(2025, 1, 7, C.PROCESS, C.FORMATION, None, 900.0),
            FlowSum(2025, 1, 8, C.PROCESS, C.STORAGE, None, 100.0),
            FlowSum(2025, 1, 8, C.STORAGE, C.OUT, "R4", 40.0),
            FlowSum(2025, 1, 8, C.STORAGE, C.OUT, "D10", 10.0),
            FlowSum(2025, 1, 8, C.STORAGE, C.OUT, "D1", 5.0),
            FlowSum(2025, 1, 9, C.PROCESS, C.OUT, None, 50.0),
            FlowSum(2025, 1, 7, C.FORMATION, C.PROCESS, None, 30.0)]
    cls = Classification({(1, 7): False, (1, 8): True}, {(1, 7): LegacyLevel.GREEN,
                                                         (1, 8): LegacyLevel.RED},
                         {1: "Mine"}, "Enterprise")
    f = figures(sums, cls, [], 2025)
    assert (f.generated, f.hazardous, f.non_hazardous, f.unclassified) == (1050, 100, 900, 50)
    assert f.by_level == {"green": 900, "amber": 0, "red": 100, "unspecified": 50}
    assert (f.recycled_on_site, f.recovered, f.incinerated, f.recycled) == (30, 40, 10, 80)
    assert (f.transferred, f.placed, f.stock_at_year_end) == (105, 870, 45)
    assert f.recycling_share == pytest.approx(80 / 1050)
    assert figures([], cls, [], 2025).recycling_share is None


@pytest.mark.backends("sqlite")  # reads SQLite's EXPLAIN QUERY PLAN
def test_the_figures_queries_are_served_by_indexes(wp: Plant) -> None:
    from greendesk.services.waste_stock import flow_sums_query

    for by_op in (False, True):
        plan = " ".join(explain(wp.db, flow_sums_query([1, 2], date(2025, 12, 31), 1,
                                                       by_operation=by_op)))
        assert "USING INDEX" in plan or "USING INTEGER PRIMARY KEY" in plan, plan
        assert "SCAN flow" not in plan, plan
    assert waste_flow_sums(wp.db, 2025) == []


# ---------------------------------------------------------------- the demo plant
def _demo_sum(db: Database, site: str, src: str, dst: str, material: str, y: int) -> float:
    con = sqlite3.connect(db.path)
    try:
        return con.execute(
            "SELECT coalesce(sum(f.qty_canonical), 0) FROM flow f "
            "JOIN node a ON a.id = f.from_node_id JOIN node b ON b.id = f.to_node_id "
            "JOIN site s ON s.id = f.site_id JOIN material m ON m.id = f.material_id "
            "WHERE s.name = ? AND a.name = ? AND b.name = ? AND m.name = ? "
            "AND f.flow_date BETWEEN ? AND ?",
            (site, src, dst, material, f"{y}-01-01", f"{y}-12-31")).fetchone()[0]
    finally:
        con.close()


def _from_processes(db: Database, y: int, site: str | None = None) -> float:
    """All waste generated: waste-material flows leaving a process node, by plain SQL."""
    con = sqlite3.connect(db.path)
    try:
        return con.execute(
            "SELECT coalesce(sum(f.qty_canonical), 0) FROM flow f "
            "JOIN node a ON a.id = f.from_node_id JOIN material m ON m.id = f.material_id "
            "JOIN site s ON s.id = f.site_id WHERE a.kind = 'process' AND m.category = 'waste' "
            "AND f.flow_date BETWEEN ? AND ? AND (? IS NULL OR s.name = ?)",
            (f"{y}-01-01", f"{y}-12-31", site, site)).fetchone()[0]
    finally:
        con.close()


def test_the_demo_plants_figures_match_hand_computed_values(demo_db: Database) -> None:
    mine, conc, smelt = "Nurken open pit", "Nurken concentrator", "Nurken copper smelter"

    def generated(y: int) -> dict[str, float]:
        return {
            "overburden": _demo_sum(demo_db, mine, "Open-pit mining", "Overburden dump No. 1",
                                    "Overburden", y),
            "tailings": _demo_sum(demo_db, conc, "Grinding and flotation",
                                  "Tailings storage facility", "Flotation tailings", y),
            "slag": _demo_sum(demo_db, smelt, "Smelting and converting", "Slag heap",
                              "Copper smelting slag", y),
            "sludge": _demo_sum(demo_db, smelt, "Sulphuric acid plant",
                                "Hazardous waste contractor", "Gas-cleaning sludge", y),
            "oil": 12.0 * 12,  # 12 t a month, written by the demo
            # crusher rejects: 10 % of the historic slag crushed (1,500 / 3,000 t a month)
            "rejects": {2023: 0.0, 2024: 1_800.0, 2025: 3_600.0}[y],
        }

    g25, g24 = generated(2025), generated(2024)
    # other demo extensions may add wastes of their own (incident clean-ups): count them too
    total, total24 = _from_processes(demo_db, 2025), _from_processes(demo_db, 2024)
    assert total == pytest.approx(sum(g25.values()), rel=1e-3)
    anode = _demo_sum(demo_db, smelt, "Fire refining and anode casting", "Anode copper customer",
                      "Anode copper", 2025)
    enterprise, conc_f, smelt_f, mine_f = (r.current for r in all_scopes(demo_db, 2025))
    assert enterprise.scope == "enterprise" and enterprise.name == "Saryarka Copper JSC"
    assert enterprise.generated == pytest.approx(total)
    assert enterprise.hazardous >= g25["sludge"] + g25["oil"] - 1e-6
    assert enterprise.by_level["green"] == pytest.approx(
        g25["overburden"] + g25["tailings"] + g25["slag"] + g25["rejects"])
    # recycled: historic slag crushed on site (3,000 t a month in 2025) + oil re-refined
    # (4 × 30 t, R9)
    assert enterprise.recycled == pytest.approx(36_000 + 120)
    assert enterprise.recycling_share == pytest.approx(36_120 / total)
    assert enterprise.stock_at_year_end == pytest.approx(72)  # 3 years × 4 quarters × 6 t
    assert enterprise.per_tonne_of_product == pytest.approx(total / round(anode, 3))
    assert enterprise.per_unit_of_output_value == pytest.approx(
        total / round(round(anode, 3) * 4.2, 1))
    ind = waste_indicators(demo_db, 2025)
    assert ind.change_pct("generated") == pytest.approx((total - total24) / total24 * 100)
    assert smelt_f.name == smelt and smelt_f.recycled == pytest.approx(36_000)
    assert smelt_f.generated == pytest.approx(_from_processes(demo_db, 2025, smelt))
    assert smelt_f.recycling_share == pytest.approx(36_000 / smelt_f.generated)
    assert smelt_f.recycling_share == pytest.approx(
        36_000 / (g25["slag"] + g25["sludge"] + g25["rejects"]), rel=1e-3)
    assert smelt_f.placed == pytest.approx(g25["slag"] + g25["rejects"] - 36_000)
    assert smelt_f.transferred >= g25["sludge"] - 1e-6
    assert mine_f.recycled == pytest.approx(120) and mine_f.stock_at_year_end == 72
    assert conc_f.generated == pytest.approx(g25["tailings"], rel=1e-3)
    assert conc_f.recycled == 0
    assert g24["slag"] > 0 and series(demo_db, until_year=2025)[1].recycled_on_site == 18_000
    assert [round(f.stock_at_year_end) for f in series(demo_db, until_year=2025)] == [24, 48, 72]
    (oil,) = stock_table(demo_db, year(2025))
    assert (oil.opening, oil.generated, oil.transferred, oil.closing) == (48, 144, 120, 72)
    assert sum(r.quantity for r in overdue(demo_db, date(2026, 11, 25))) == pytest.approx(72)
    cls = classification(demo_db)
    assert sum(1 for h in cls.hazardous.values() if h) >= 2


def test_indicators_command_prints_json(demo_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    assert main(["indicators", "--db", str(demo_path), "--year", "2025", "--format",
                 "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["year"] == 2025 and out["unit"] == "t"
    names = [f["name"] for f in out["figures"]]
    assert names[0] == "Saryarka Copper JSC" and len(names) == 4
    assert out["figures"][0]["recycled"] == pytest.approx(36_120)
    assert out["figures"][0]["previous_year"]["year"] == 2024
    assert main(["indicators", "--db", str(demo_path), "--year", "2025", "--site",
                 "nurken open pit"]) == 0
    assert "Nurken open pit (site), 2025" in capsys.readouterr().out
    assert main(["indicators", "--db", str(demo_path), "--year", "2025", "--site", "Nowhere"]) == 2


def test_demo_storage_roles(demo_db: Database) -> None:
    from greendesk.services.waste_movements import roles_in

    with demo_db.read() as s:
        roles = roles_in(s)
    assert sorted(r.value for r in roles.values()) == ["formation"] * 4 + ["storage"]
    assert StorageRole.FORMATION in roles.values()
