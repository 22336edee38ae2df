"""A node's balance as receipts and expenditures (приход / расход): a concentrator turns ore
into concentrate and tailings, so only the total mass has an unaccounted line; a material
passing through unchanged, or held in a stock, keeps its own."""

from __future__ import annotations

import json
from datetime import date

import pytest

from greendesk import periods
from greendesk.analysis import balances as ab
from greendesk.analysis import node_balance as nb
from greendesk.models import LossReason, MaterialCategory, NodeKind, QuantityKind
from greendesk.services import balances as bal
from greendesk.services import structure
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.store.db import Database

MATERIALS = {
    1: ab.MaterialInfo(1, "Ore", MaterialCategory.RAW_MATERIAL, QuantityKind.MASS, "t"),
    2: ab.MaterialInfo(2, "Concentrate", MaterialCategory.PRODUCT, QuantityKind.MASS, "t"),
    3: ab.MaterialInfo(3, "Tailings", MaterialCategory.WASTE, QuantityKind.MASS, "t"),
    4: ab.MaterialInfo(4, "Power", MaterialCategory.ENERGY_CARRIER, QuantityKind.ENERGY, "GJ",
                       1.0),
    5: ab.MaterialInfo(5, "Water", MaterialCategory.WATER, QuantityKind.VOLUME, "m³"),
}


def _terms(inputs: float = 0.0, outputs: float = 0.0, change: float = 0.0,
           **losses: float) -> ab.Terms:
    t = ab.Terms(inputs, outputs, change)
    for reason, qty in losses.items():
        t.add_loss(LossReason(reason), qty)
    return t


def test_a_concentrator_lists_receipts_and_expenditures_and_only_the_total_unaccounted() -> None:
    terms = {1: _terms(inputs=1000.0, process=4.0), 2: _terms(outputs=60.0),
             3: _terms(outputs=930.0), 4: _terms(inputs=50.0), 5: _terms(inputs=300.0)}
    sheet = nb.receipts_expenditures(terms, MATERIALS, {}, conserved=False)
    assert [(e.material, e.qty) for e in sheet.receipts] == [("Ore", 1000.0), ("Water", 300.0)]
    assert [(e.role, e.material, e.qty, e.reason) for e in sheet.expenditures] == [
        ("material", "Concentrate", 60.0, None), ("loss", "Ore", 4.0, LossReason.PROCESS),
        ("material", "Tailings", 930.0, None)]
    assert sheet.passing == ()  # ore becomes concentrate and tailings: no line of its own
    assert sheet.unaccounted_t == pytest.approx(6.0)  # 1000 − 60 − 930 − 4; water apart
    assert sheet.unaccounted_share == pytest.approx(0.006)
    assert sheet.expenditures[0].share_of(sheet.receipts_t) == pytest.approx(0.06)  # yield
    assert sheet.receipts[1].share_of(sheet.receipts_t) is None  # a volume is no share of t


def test_a_material_passing_through_and_a_stock_keep_their_own_unaccounted_line() -> None:
    crusher = nb.receipts_expenditures({1: _terms(1000.0, 980.0, handling=5.0)}, MATERIALS, {},
                                       conserved=False)
    (ore,) = crusher.passing
    assert (ore.received, ore.spent, ore.unaccounted) == (1000.0, 985.0, 15.0)
    assert ore.share == pytest.approx(0.015) and crusher.unaccounted_t == pytest.approx(15.0)

    # a stockpile counted at 200 t before and 270 t after: opening and closing stock lines
    pile = nb.receipts_expenditures({1: _terms(980.0, 900.0, 70.0), 2: _terms(inputs=10.0)},
                                    MATERIALS, {1: (200.0, 270.0)}, conserved=True)
    assert [(e.role, e.qty) for e in pile.receipts] == [("material", 10.0), ("opening", 200.0),
                                                          ("material", 980.0)]
    assert [(e.role, e.qty) for e in pile.expenditures] == [("material", 900.0),
                                                              ("closing", 270.0)]
    assert pile.receipts[1].share_of(pile.receipts_t) is None  # a stock is no share of a month
    assert [(p.material, p.unaccounted) for p in pile.passing] == [("Concentrate", 10.0),
                                                                   ("Ore", 10.0)]
    assert pile.unaccounted_t == pytest.approx(ab.Terms(990.0, 900.0, 70.0).unaccounted)
    assert pile.as_dict()["total_mass"]["unaccounted_pct"] == pytest.approx(20 / 990 * 100)


def _plant(db: Database) -> dict[str, int]:
    """Supplier → Flotation (ore in; concentrate and tailings out) → Customer; ore stock."""
    site = structure.get_plant(db).sites[0].id
    ids = {"site": site}
    for name, kind in (("Mine gate", NodeKind.SUPPLIER), ("Flotation", NodeKind.PROCESS),
                       ("Pile", NodeKind.STOCK), ("Buyer", NodeKind.CUSTOMER),
                       ("Dam", NodeKind.ENVIRONMENT)):
        ids[name], _ = structure.add_node(db, structure.NodeDraft(site, name, kind, None))
    for name, cat in (("Ore", MaterialCategory.RAW_MATERIAL),
                      ("Concentrate", MaterialCategory.PRODUCT),
                      ("Tailings", MaterialCategory.WASTE)):
        ids[name], _ = add_material(db, MaterialDraft(name, cat, QuantityKind.MASS, "t"))
    d = date(2025, 3, 10)
    AddFlows([FlowDraft(d, ids[a], ids[b], ids[m], q, "t") for a, b, m, q in (
        ("Mine gate", "Pile", "Ore", 1000.0), ("Pile", "Flotation", "Ore", 900.0),
        ("Flotation", "Buyer", "Concentrate", 50.0), ("Flotation", "Dam", "Tailings", 830.0),
    )]).apply(db)
    bal.record_stock_takings(db, [
        bal.StockTakingDraft(ids["Pile"], ids["Ore"], date(2025, 2, 28), 100.0, "t"),
        bal.StockTakingDraft(ids["Pile"], ids["Ore"], date(2025, 3, 31), 190.0, "t")])
    return ids


def test_the_service_and_json_carry_receipts_and_expenditures(plant: Database) -> None:
    ids = _plant(plant)
    month = periods.month(2025, 3)
    flotation = bal.balance(plant, month, node_id=ids["Flotation"])
    d = json.loads(json.dumps(flotation.as_dict()))
    assert [(e["material"], e["qty"]) for e in d["receipts"]] == [("Ore", 900.0)]
    assert [(e["material"], e["qty"], e["share_of_receipts_pct"]) for e in d["expenditures"]] \
        == [("Concentrate", 50.0, pytest.approx(50 / 9)),
            ("Tailings", 830.0, pytest.approx(830 / 9))]
    assert d["total_mass"]["unaccounted_t"] == pytest.approx(20.0)
    assert d["passing_through"] == []  # no meaningless "ore unaccounted 900 t"
    assert flotation.sheet.unaccounted_t == pytest.approx(flotation.total.unaccounted)

    pile = bal.balance(plant, month, node_id=ids["Pile"])
    assert [(e.role, e.qty) for e in pile.sheet.receipts] == [("opening", 100.0),
                                                              ("material", 1000.0)]
    assert [(e.role, e.qty) for e in pile.sheet.expenditures] == [("material", 900.0),
                                                                  ("closing", 190.0)]
    assert [p.unaccounted for p in pile.sheet.passing] == [pytest.approx(10.0)]

    site = bal.balance(plant, month, site_id=ids["site"])
    assert site.sheet.unaccounted_t == pytest.approx(site.total.unaccounted)
    assert [p.material for p in site.sheet.passing] == []  # ore comes in, never leaves


def test_the_balance_report_writes_receipts_and_expenditures_with_live_formulas(
        demo_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from greendesk.reports.context import ReportContext
    from greendesk.reports.registry import write_report
    from greendesk.reports.verify import verify_workbook

    path = tmp_path / "balance.xlsx"
    write_report(["balance"], ReportContext(demo_db, periods.month(2025, 3)), path)
    assert verify_workbook(path, demo_db).matches
    formulas = load_workbook(path)["Receipts and expenditures"]
    cached = load_workbook(path, data_only=True)["Receipts and expenditures"]
    rows = [[c.value for c in r] for r in cached.iter_rows(min_row=4)]
    flotation = [r for r in rows if r[1] == "Grinding and flotation"]
    assert {r[4] for r in flotation if r[3] == "Receipts"} >= {"Copper ore",
                                                                "Receipts, total mass"}
    unaccounted = [r for r in flotation if r[3] == "Unaccounted"]
    assert [r[4] for r in unaccounted] == ["Total mass"]  # no meaningless "ore unaccounted"
    ref = bal.load_reference(demo_db)
    node = next(i for i, n in ref.nodes.items() if n.name == "Grinding and flotation")
    want = bal.balance(demo_db, periods.month(2025, 3), node_id=node).sheet
    assert unaccounted[0][6] == pytest.approx(want.unaccounted_t, rel=1e-12)
    assert unaccounted[0][7] == pytest.approx(want.unaccounted_share, rel=1e-12)
    row = 4 + rows.index(unaccounted[0])
    assert str(formulas[f"G{row}"].value).startswith("=G")  # a live formula, not a figure
    crushing = [r[4] for r in rows if r[1] == "Crushing" and r[3] == "Unaccounted"]
    assert crushing == ["Total mass", "Copper ore (passing through)"]


def test_balance_prints_receipts_and_expenditures_in_text_and_csv(
        demo_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from greendesk.cli import main

    args = ["balance", "--db", str(demo_path), "--period", "2025-03", "--site",
            "Nurken concentrator", "--node"]
    assert main([*args, "Grinding and flotation"]) == 0
    text = capsys.readouterr().out
    assert "receipts" in text and "expenditures" in text and "unaccounted, total mass" in text
    assert "passing through" not in text  # ore becomes concentrate and tailings
    assert main([*args, "Crushing"]) == 0
    assert "unaccounted, passing through: Copper ore" in capsys.readouterr().out
    assert main([*args, "Grinding and flotation", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert any(r.split(",")[3:6] == ["receipts", "Copper ore", "material"] for r in rows)
    assert any(r.split(",")[3:6] == ["total_mass", "", "unaccounted_t"] for r in rows)
