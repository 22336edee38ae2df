"""Technological against commercial metal balance of a concentrator node, through the
services and `balance --format json`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from greendesk import periods
from greendesk.analysis import balances as ab
from greendesk.analysis import metal_balance as mb
from greendesk.models import MaterialCategory, NodeKind, QuantityKind
from greendesk.services import balances as bal
from greendesk.services import structure
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.store.db import Database

MARCH = periods.month(2025, 3)


def concentrator(db: Database, conc_t: float = 30.0, tail_t: float = 970.0,
                 lead: bool = False) -> dict[str, int]:
    """Mine gate → Mill → Buyer (concentrate) and → Dam (tailings); ore 1 % Cu, concentrate
    25 % Cu, tailings 0.2 % Cu, assayed over March. With `lead`, a lead concentrate too and
    Pb assays (the three-product case)."""
    site = structure.get_plant(db).sites[0].id
    ids = {}
    for name, kind in (("Mine gate", NodeKind.SUPPLIER), ("Mill", NodeKind.PROCESS),
                       ("Buyer", NodeKind.CUSTOMER), ("Dam", NodeKind.ENVIRONMENT)):
        ids[name], _ = structure.add_node(db, structure.NodeDraft(site, name, kind, None))
    for name, cat in (("Ore", MaterialCategory.RAW_MATERIAL),
                      ("Cu concentrate", MaterialCategory.PRODUCT),
                      ("Pb concentrate", MaterialCategory.PRODUCT),
                      ("Tailings", MaterialCategory.WASTE)):
        ids[name], _ = add_material(db, MaterialDraft(name, cat, QuantityKind.MASS, "t", None,
                                                      None, None, None))
    d = date(2025, 3, 10)
    rows = [("Mine gate", "Mill", "Ore", 1000.0), ("Mill", "Buyer", "Cu concentrate", conc_t),
            ("Mill", "Dam", "Tailings", tail_t)]
    if lead:
        rows.append(("Mill", "Buyer", "Pb concentrate", 50.0))
    AddFlows([FlowDraft(d, ids[a], ids[b], ids[m], q, "t") for a, b, m, q in rows]).apply(db)
    grades = [("Mine gate", "Ore", "Cu", 1.0), ("Mill", "Cu concentrate", "Cu", 25.0),
              ("Mill", "Tailings", "Cu", 0.2)]
    if lead:  # the Pb-Zn worked example's grades, Zn read as Cu (see test_metal_formulas)
        grades = [("Mine gate", "Ore", "Pb", 3.0), ("Mine gate", "Ore", "Cu", 6.0),
                  ("Mill", "Pb concentrate", "Pb", 50.0), ("Mill", "Pb concentrate", "Cu", 8.0),
                  ("Mill", "Cu concentrate", "Pb", 2.0), ("Mill", "Cu concentrate", "Cu", 55.0),
                  ("Mill", "Tailings", "Pb", 0.2), ("Mill", "Tailings", "Cu", 0.5)]
    bal.add_period_assays(db, [bal.PeriodAssayDraft(
        ids[n], ids[m], c, date(2025, 3, 1), date(2025, 3, 31), v) for n, m, c, v in grades])
    return ids


def test_technological_and_commercial_recovery_of_a_concentrator(plant: Database) -> None:
    ids = concentrator(plant)
    cu = bal.balance(plant, MARCH, node_id=ids["Mill"]).metal[0]
    gamma = (1.0 - 0.2) / (25.0 - 0.2)  # two-product formula by hand
    assert cu.yield_ == pytest.approx(gamma)
    assert cu.technological_recovery == pytest.approx(gamma * 25.0 / 1.0)  # 80.65 %
    assert cu.commercial_recovery == pytest.approx(30 * 0.25 / 10.0)  # 75.00 %
    assert cu.concentration_ratio == pytest.approx(1 / gamma)
    assert cu.enrichment_ratio == pytest.approx(25.0)
    # 10 t of copper fed; the weighed 30 t of concentrate hold 0.565 t less than the assays say
    assert cu.metal_unaccounted == pytest.approx((gamma * 25.0 - 0.75) * 10.0)
    # the total mass closes (1000 t in, 1000 t out): the assays are suspect
    assert cu.above(0.01) and cu.where_to_look(0.01) == mb.CHECK_SAMPLING
    assert not cu.above(0.10) and cu.where_to_look(0.10) is None


def test_mass_that_does_not_close_points_at_the_weighing(plant: Database) -> None:
    ids = concentrator(plant, conc_t=28.0, tail_t=950.0)  # 2.2 % of the mass unaccounted
    cu = bal.balance(plant, MARCH, node_id=ids["Mill"]).metal[0]
    assert cu.where_to_look(0.01) == mb.CHECK_WEIGHING


def test_three_products_through_the_services(plant: Database) -> None:
    ids = concentrator(plant, conc_t=93.6459, tail_t=853.514, lead=True)
    metal = {m.component: m for m in bal.balance(plant, MARCH, node_id=ids["Mill"]).metal}
    # yields 5.28401 % + 9.36459 % (processconvert.com's three-product worked example)
    assert metal["Pb"].yield_ == pytest.approx(0.0528401 + 0.0936459, abs=1e-6)
    assert metal["Pb"].technological_recovery == pytest.approx(0.880668 + 0.0624306, abs=1e-6)
    assert metal["Cu"].technological_recovery == pytest.approx(0.0704535 + 0.85842, abs=1e-5)
    assert metal["Cu"].technological_note is None


def test_no_made_up_number_where_the_formula_does_not_apply(plant: Database) -> None:
    ids = concentrator(plant)
    site = bal.balance(plant, MARCH, site_id=structure.get_plant(plant).sites[0].id)
    assert site.metal[0].technological_recovery is None  # per node only
    nodes = {ids["Mill"]: ab.NodeInfo(ids["Mill"], "Mill", NodeKind.PROCESS),
             1: ab.NodeInfo(1, "In", NodeKind.SUPPLIER), 2: ab.NodeInfo(2, "Out",
                                                                        NodeKind.CUSTOMER)}
    mats = {7: ab.MaterialInfo(7, "Ore", MaterialCategory.RAW_MATERIAL, QuantityKind.MASS, "t")}
    sums = [ab.MetalSum(1, ids["Mill"], 7, "Cu", 1.0, 100.0),
            ab.MetalSum(ids["Mill"], 2, 7, "Cu", 1.0, 100.0)]  # no tail at all
    got = mb.technological(sums, nodes, mats, ids["Mill"])["Cu"]
    assert got.recovery is None and "0 tail(s)" in str(got.reason)


def test_balance_json_has_the_technological_figures(plant: Database, db_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from greendesk.cli import main

    concentrator(plant)
    plant.close()
    assert main(["balance", "--db", str(db_path), "--period", "2025-03", "--node", "Mill",
                 "--format", "json"]) == 0
    cu = json.loads(capsys.readouterr().out)["scopes"][0]["metal"][0]
    assert set(cu) >= {"yield", "recovery", "technological_recovery", "commercial_recovery",
                       "metal_unaccounted", "concentration_ratio", "enrichment_ratio"}
    assert cu["commercial_recovery"] == pytest.approx(0.75)
    assert cu["technological_recovery"] == pytest.approx(0.8 / 24.8 * 25)
    assert "sampling" in cu["where_to_look"]
