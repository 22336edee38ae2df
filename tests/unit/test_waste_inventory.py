"""Issue 15 §1: the waste inventory is complete, agrees with `greendesk indicators`, closes
per row (a live formula in the workbook), adds up over months and quarters, and a
formation's register shows what was placed into it in the period."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.analysis.waste_inventory import FlowGroup, inventory
from greendesk.cli import main
from greendesk.models import FormationKind, FormationStatus, NodeKind
from greendesk.periods import Period, month, quarter, year
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import write_report
from greendesk.services import structure
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.formations import FormationDraft, add_formation, placed_in
from greendesk.services.structure import get_plant
from greendesk.services.waste_indicators import waste_indicators
from greendesk.services.waste_inventory import WasteInventory, waste_inventory
from greendesk.services.waste_movements import MovementKind
from greendesk.store.db import Database
from tests.unit.test_waste import build, move

TERMS = ("opening", "generated", "received", "recovered", "disposed", "transferred", "placed",
         "closing")


def _indicators_json(path: Path, y: int, capsys: pytest.CaptureFixture[str],
                     site: str | None = None) -> list[dict]:
    args = ["indicators", "--db", str(path), "--year", str(y), "--format", "json"]
    assert main(args + (["--site", site] if site else [])) == 0
    return json.loads(capsys.readouterr().out)["figures"]


def _same_as_indicators(inv: WasteInventory, f: dict) -> None:
    """Every figure of the inventory against the indicators of the same scope and year."""
    assert inv.total("generated") == pytest.approx(f["generated"], rel=1e-12, abs=1e-9)
    assert inv.total("received") == pytest.approx(f["received"], rel=1e-12, abs=1e-9)
    assert inv.total("disposed") == pytest.approx(f["disposed"], rel=1e-12, abs=1e-9)
    assert inv.total("recovered") == pytest.approx(f["recycled_on_site"], rel=1e-12, abs=1e-9)
    assert inv.total("transferred") == pytest.approx(f["transferred"], rel=1e-12, abs=1e-9)
    assert inv.total("placed") == pytest.approx(f["placed"], rel=1e-12, abs=1e-9)
    assert inv.total("closing") == pytest.approx(f["stock_at_year_end"], rel=1e-12, abs=1e-9)
    assert inv.total("opening") == pytest.approx(
        f["previous_year"]["stock_at_year_end"], rel=1e-12, abs=1e-9)


@pytest.mark.parametrize("y", [2024, 2025])
def test_every_figure_equals_the_indicators_command_for_every_scope(
        y: int, demo_db: Database, demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    enterprise, *per_site = _indicators_json(demo_path, y, capsys)
    _same_as_indicators(waste_inventory(demo_db, year(y)), enterprise)
    sites = get_plant(demo_db).sites
    assert len(per_site) == len(sites) == 3
    for site in sites:
        (f,) = _indicators_json(demo_path, y, capsys, site.name)
        _same_as_indicators(waste_inventory(demo_db, year(y), [site.id]), f)


def test_the_placements_and_the_hazardous_sludge_transfer_are_in_the_inventory(
        demo_db: Database) -> None:
    inv = waste_inventory(demo_db, year(2025))
    assert inv.total("placed") == pytest.approx(23_532_417.255)
    assert inv.total("placed") == pytest.approx(sum(p.net for p in inv.placements))
    sludge = next(r for r in inv.rows if r.name == "Gas-cleaning sludge")
    assert (sludge.code, sludge.hazardous, sludge.hp_properties) == (
        "10 06 07*", True, ("HP6", "HP14"))
    assert sludge.transferred == pytest.approx(1_064.457)
    assert inv.total("transferred") == pytest.approx(1_184.457)
    assert sum(t.qty for t in inv.transfers) == pytest.approx(inv.total("transferred"))
    (to_contractor,) = [t for t in inv.transfers if t.waste == "Gas-cleaning sludge"]
    assert (to_contractor.operation, to_contractor.bin, to_contractor.licence) == (
        "D9", "100940000002", "KZ-02VCZ-0071-2021")
    tailings = next(r for r in inv.rows if r.name == "Flotation tailings")
    assert tailings.generated == tailings.placed == pytest.approx(5_738_916.688)


_REF = re.compile(r"([+-]?)([A-Z]+)(\d+)")


def _evaluate(ws, formula: str) -> float:  # type: ignore[no-untyped-def]
    """A sum of signed cell references (=G4+H4-J4) or =SUM(A1:A9), evaluated on the sheet
    (a referenced formula is evaluated in turn)."""
    def value(cell) -> float:  # type: ignore[no-untyped-def]
        v = cell.value
        return _evaluate(ws, v) if isinstance(v, str) and v.startswith("=") else v or 0.0

    body = formula.removeprefix("=")
    if body.startswith("SUM("):
        return sum(value(c) for row in ws[body[4:-1].replace("$", "")] for c in row)
    assert _REF.sub("", body) == "", formula  # nothing but signed references
    return sum((-1.0 if sign == "-" else 1.0) * value(ws[f"{col}{row}"])
               for sign, col, row in _REF.findall(body))


def test_the_workbook_inventory_closes_per_row_with_a_live_formula(
        demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "waste.xlsx"
    write_report(["waste"], ReportContext(demo_db, year(2025)), path)
    wb = load_workbook(path)
    inv = waste_inventory(demo_db, year(2025))
    ws = wb["Waste inventory"]
    assert [c.value for c in ws[3]][6:] == [
        "Stock at start, t", "Generated, t", "Received from others, t", "Recovered on site, t",
        "Disposed on site or lost, t", "Transferred, t", "Placed in own formations, t",
        "Stock at end, t"]
    rows = [r for r in ws.iter_rows(min_row=4) if r[0].value]
    assert len(rows) == len(inv.rows) == 6
    for cells, r in zip(rows, inv.rows, strict=True):
        n = cells[0].row
        assert [c.value for c in cells[:3]] == [r.site_name, r.name, r.code]
        assert cells[13].value == f"=G{n}+H{n}+I{n}-J{n}-K{n}-L{n}-M{n}"
        assert [c.value for c in cells[6:13]] == pytest.approx(list(r.figures()[:7]))
        assert _evaluate(ws, cells[13].value) == pytest.approx(r.closing, abs=1e-6)
    by_name = {c[1].value: c for c in rows}
    assert by_name["Gas-cleaning sludge"][3].value == "yes"
    assert by_name["Gas-cleaning sludge"][4].value == "HP6, HP14"
    assert by_name["Overburden"][12].value == pytest.approx(17_738_201)

    def total(sheet: str, label: str) -> float:
        w = wb[sheet]
        (cell,) = [r[1] for r in w.iter_rows() if r[0].value == label]
        return _evaluate(w, cell.value)

    assert total("Transfers", "Total transferred") == pytest.approx(inv.total("transferred"))
    assert total("Transfers", "Total transferred") == pytest.approx(1_184.457)
    transfers = [r for r in wb["Transfers"].iter_rows(min_row=4, max_row=3 + len(
        inv.transfers), values_only=True)]
    assert {(r[1], r[2], r[3], r[5]) for r in transfers} == {
        ("Karaganda EcoService LLP", "100940000002", "KZ-02VCZ-0071-2021", op)
        for op in ("D9", "R9")}
    assert total("Placements", "Total placed, net") == pytest.approx(inv.total("placed"))
    ops = wb["R and D operations"]
    assert [c.value for c in ops[3]][3:] == ["R9, t", "D9, t", "Transferred, t"]
    for cells in ops.iter_rows(min_row=4):
        if cells[0].value:
            r = next(x for x in inv.rows if (x.site_name, x.name) == (cells[0].value,
                                                                       cells[1].value))
            assert _evaluate(ops, cells[-1].value) == pytest.approx(r.transferred)


def _by_waste(inv: WasteInventory) -> dict[tuple[str, str], tuple[float, ...]]:
    return {(r.site_name, r.name): r.figures() for r in inv.rows}


@pytest.mark.parametrize("parts", ["month", "quarter"])
def test_months_and_quarters_add_up_to_the_year(parts: str, demo_db: Database) -> None:
    periods: list[Period] = [month(2025, m) for m in range(1, 13)] if parts == "month" \
        else [quarter(2025, q) for q in range(1, 5)]
    whole = _by_waste(waste_inventory(demo_db, year(2025)))
    pieces = [_by_waste(waste_inventory(demo_db, p)) for p in periods]
    for key, figures in whole.items():
        got = [p.get(key, (0.0,) * 8) for p in pieces]
        assert got[0][0] == pytest.approx(figures[0])  # opening: the first part's
        assert got[-1][7] == pytest.approx(figures[7])  # closing: the last part's
        for i in range(1, 7):
            assert sum(g[i] for g in got) == pytest.approx(figures[i], abs=1e-6), (key, i)
        for before, after in zip(got, got[1:], strict=False):
            assert after[0] == pytest.approx(before[7], abs=1e-6)  # one part ends, the next starts
    oil = [p[("Nurken open pit", "Waste engine oil")] for p in pieces]
    assert [o[5] for o in oil] == ([0, 0, 30] * 4 if parts == "month" else [30] * 4)


def test_a_formations_register_shows_what_was_placed_in_the_period(
        demo_db: Database, tmp_path: Path) -> None:
    inv = waste_inventory(demo_db, year(2025))
    placed_by_node = {p.node_name: p.net for p in inv.placements if p.formation}
    by_year = placed_in(demo_db, year(2025))
    from greendesk.services.formations import list_formations

    formations = {f.name: f for f in list_formations(demo_db)}
    tailings = formations["Tailings storage facility"]
    assert by_year[tailings.id] == pytest.approx(placed_by_node["Tailings storage facility"])
    assert by_year[tailings.id] == pytest.approx(5_738_916.688)
    assert sum(placed_in(demo_db, month(2025, m))[tailings.id] for m in range(1, 13)) == \
        pytest.approx(by_year[tailings.id])
    assert formations["Nura tailings pond No. 1 (1968–1991)"].id not in by_year  # no node
    path = tmp_path / "formations.xlsx"
    write_report(["formations"], ReportContext(demo_db, year(2025)), path)
    ws = load_workbook(path)["Formations"]
    header = [c.value for c in ws[3]]
    col = header.index("Placed in the period, t")
    assert header[col - 1] == "Tonnage, t"
    shown = {r[1]: r[col] for r in ws.iter_rows(min_row=4, values_only=True) if r[1]}
    for name, f in formations.items():
        if f.node_id is not None:
            assert shown[name] == pytest.approx(by_year[f.id])
    assert shown["Overburden dump No. 1"] == pytest.approx(17_738_201)
    assert shown["Nura tailings pond No. 1 (1968–1991)"] is None


def test_received_disposed_and_unrecorded_transfers_keep_the_identity(db: Database) -> None:
    p = build(db)
    site = p.site

    def node(name: str, kind: NodeKind, **kw: object) -> int:
        return structure.add_node(db, structure.NodeDraft(site, name, kind, **kw))[0]

    supplier, customer = node("Other plant", NodeKind.SUPPLIER), node("Buyer", NodeKind.CUSTOMER)
    spill = node("Spillage", NodeKind.LOSS, loss_reason=structure.LossReason.HANDLING)
    pond = node("Oil pond", NodeKind.STOCK)  # linked to the register below, never marked
    add_formation(db, FormationDraft("Oil pond", FormationKind.SLUDGE_POND,
                                     FormationStatus.OPERATING, site_id=site, node_id=pond))
    from greendesk.services.waste import get_waste_type, list_contractors

    oil = get_waste_type(db, p.oil).material_id
    move(p, MovementKind.GENERATED, date(2025, 1, 10), 50, dst=p.store_a)
    move(p, MovementKind.GENERATED, date(2025, 3, 10), 40, dst=p.store_a)
    move(p, MovementKind.TRANSFERRED, date(2025, 3, 20), 20, src=p.store_a, op="R9")
    AddFlows([FlowDraft(date(2025, 2, 1), supplier, p.store_a, oil, 7, "t"),
              FlowDraft(date(2025, 2, 2), p.store_a, spill, oil, 2, "t"),
              FlowDraft(date(2025, 2, 3), p.store_a, customer, oil, 5, "t"),
              FlowDraft(date(2025, 2, 4), p.store_a, pond, oil, 11, "t"),
              FlowDraft(date(2025, 2, 5), p.store_a, p.recycler, oil, 3, "t")]).apply(db)
    inv = waste_inventory(db, year(2025))
    (contractor,) = list_contractors(db)
    (row,) = inv.rows
    assert dict(zip(TERMS, row.figures(), strict=True)) == pytest.approx(dict(
        opening=0, generated=90, received=7, recovered=3, disposed=2, transferred=25,
        placed=11, closing=56))
    assert {(t.receiver, t.bin, t.operation, t.count, t.qty) for t in inv.transfers} == {
        ("EcoService LLP", contractor.bin, "R9", 1, 20.0),
        ("Buyer", "", "", 1, 5.0)}
    (placement,) = inv.placements
    assert (placement.node_name, placement.formation, placement.net) == ("Oil pond", "Oil pond",
                                                                         11.0)
    f = waste_indicators(db, 2025).current
    assert (f.generated, f.received, f.recycled_on_site, f.disposed, f.transferred, f.placed,
            f.stock_at_year_end) == pytest.approx((90, 7, 3, 2, 25, 11, 56))
    assert list(placed_in(db, year(2025)).values()) == [pytest.approx(11.0)]


def test_the_arithmetic_counts_each_flow_class_once() -> None:
    cases = defaultdict(float)
    groups = [FlowGroup(1, 1, 10, 20, src, dst, False, 1.0)
              for src in "PSFB" for dst in "PSFXL"]
    groups.append(FlowGroup(1, 1, 10, 20, "P", "S", True, 5.0))  # before: opening only
    (t,) = inventory(groups).values()
    for g in groups:
        cases[(g.src, g.dst)] += g.qty
    stock_change = sum(q for (s, d), q in cases.items() if d == "S") - sum(
        q for (s, d), q in cases.items() if s == "S") - 5.0
    assert t.opening == 5.0
    assert t.closing - t.opening == pytest.approx(stock_change)
    assert (t.generated, t.received, t.recovered, t.disposed, t.transferred) == (5, 2, 3, 3, 3)
    assert t.placed == pytest.approx(-1.0)  # 4 into F (from P, S, F, B), 5 out (to P, S, F, X, L)


def test_a_waste_moved_without_a_waste_type_still_has_its_row(db: Database) -> None:
    from greendesk.models import MaterialCategory, QuantityKind
    from greendesk.services.materials import MaterialDraft, add_material

    p = build(db)
    slag, _ = add_material(db, MaterialDraft("Slag", MaterialCategory.WASTE,
                                                QuantityKind.MASS, "t", waste_code="100601"))
    AddFlows([FlowDraft(date(2025, 5, 1), p.mining, p.store_b, slag, 30, "t")]).apply(db)
    (row,) = waste_inventory(db, year(2025)).rows
    assert (row.waste_type_id, row.name, row.code, row.hazardous) == (None, "Slag", "10 06 01",
                                                                       False)
    assert (row.generated, row.closing) == (30, 30)
    assert waste_indicators(db, 2025).current.generated == 30
