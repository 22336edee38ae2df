"""A site's reconciliation with components, flow roles and the officer's relations."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import update

from greendesk import periods
from greendesk.analysis.reconcile import Status
from greendesk.models import (
    Flow,
    FlowRelation,
    MaterialCategory,
    NodeKind,
    QuantityKind,
    ReconciliationRole,
    RelationKind,
)
from greendesk.services import balances as bal
from greendesk.services import structure
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.store.db import Database

MARCH = periods.month(2025, 3)


def _concentrator(db: Database, tail_cu: float = 0.09) -> dict[str, int]:
    """Mine → Flotation → (Smelter: concentrate, Dam: tailings), copper assayed in %, plus
    a reagent (never assayed) and ore sold straight from the mine (in no balance)."""
    site = structure.get_plant(db).sites[0].id
    ids = {"site": site}
    for name, kind in (("Mine", NodeKind.SUPPLIER), ("Flotation", NodeKind.PROCESS),
                       ("Smelter", NodeKind.CUSTOMER), ("Dam", NodeKind.CUSTOMER),
                       ("Reagents", NodeKind.SUPPLIER)):
        ids[name], _ = structure.add_node(db, structure.NodeDraft(site, name, kind, None))
    for name, cat in (("Ore", MaterialCategory.RAW_MATERIAL), ("Conc", MaterialCategory.PRODUCT),
                      ("Tails", MaterialCategory.WASTE), ("Lime", MaterialCategory.REAGENT)):
        ids[name], _ = add_material(db, MaterialDraft(name, cat, QuantityKind.MASS, "t", None,
                                                      None, None, None))
    d = date(2025, 3, 10)
    AddFlows([FlowDraft(d, ids[a], ids[b], ids[m], q, "t", uncertainty_pct=2.0,
                        grades=((("Cu", g, "%"),) if g is not None else ()),
                        assay_uncertainty_pct=5.0)
              for a, b, m, q, g in (("Mine", "Flotation", "Ore", 10000.0, 0.60),
                                    ("Flotation", "Smelter", "Conc", 305.0, 18.0),
                                    ("Flotation", "Dam", "Tails", 9695.0, tail_cu),
                                    ("Reagents", "Flotation", "Lime", 20.0, None),
                                    ("Mine", "Smelter", "Ore", 50.0, None))]).apply(db)
    return ids


def _by_label(rec: bal.SiteReconciliation) -> dict[str, object]:
    return {v.label: v for v in rec.result.variables}


def test_copper_that_does_not_close_shows_in_the_chi_square(plant: Database) -> None:
    ids = _concentrator(plant, tail_cu=0.30)  # 60 t Cu in, 54.9 + 29.1 t out
    rec = bal.reconcile_site(plant, ids["site"], MARCH)
    (cu,) = rec.components
    assert (cu.component, cu.unit, cu.balances) == ("Cu", "%", ("Flotation",))
    assert len(cu.grades) == 3  # ore, concentrate and tailings; lime carries no copper
    r = rec.result
    assert r.passed is False and r.chi2 > r.critical
    grades = {g.label: g for g in cu.grades}
    tails = grades["Flotation → Dam: Tails, Cu %"]
    assert tails.sigma == pytest.approx(0.30 * 0.05) and tails.reconciled < 0.30
    # The reconciled values close copper at the node: 0.01 × Σ ± tonnage × grade = 0.
    t = {v.key: v.reconciled for v in rec.flows}
    metal = sum(sign * t[g.key[1:4]] * g.reconciled for g, sign in
                zip(cu.grades, (1, -1, -1), strict=True))
    assert abs(metal) < 1e-6
    # JSON carries the component's adjusted grades with σ and tests; mass rows apart.
    data = json.loads(json.dumps(rec.as_dict(), default=str))
    assert data["components"][0]["component"] == "Cu"
    first = data["components"][0]["grades"][0]
    assert {"reconciled", "reconciled_sigma", "standardised_adjustment",
            "gross_error"} <= set(first)
    assert all("Cu %" not in v["label"] for v in data["variables"])


def test_consistent_assays_pass_and_a_flow_in_no_balance_is_listed(plant: Database) -> None:
    ids = _concentrator(plant)
    rec = bal.reconcile_site(plant, ids["site"], MARCH)
    got = _by_label(rec)
    sold = got["Mine → Smelter: Ore"]
    assert sold.status == Status.NOT_IN_BALANCE and sold.reconciled == 50.0
    assert rec.result.dof == 2  # mass and copper at the flotation node


def test_unmeasured_and_constant_roles_and_relations(plant: Database) -> None:
    ids = _concentrator(plant)
    with plant.write() as s:
        s.execute(update(Flow).where(Flow.to_node_id == ids["Dam"])
                  .values(reconciliation=ReconciliationRole.UNMEASURED))
        s.execute(update(Flow).where(Flow.to_node_id == ids["Smelter"],
                                     Flow.material_id == ids["Conc"])
                  .values(reconciliation=ReconciliationRole.CONSTANT))
    got = _by_label(bal.reconcile_site(plant, ids["site"], MARCH))
    assert got["Flotation → Dam: Tails"].status == Status.ESTIMATED
    assert got["Flotation → Dam: Tails"].measured is None  # never counted as measured
    assert got["Flotation → Smelter: Conc"].status == Status.FIXED
    assert got["Flotation → Smelter: Conc"].reconciled == 305.0

    # The officer states tails = 0.97 × ore (σ 0.001): the relation becomes a constraint.
    with plant.write() as s:
        s.add(FlowRelation(site_id=ids["site"], kind=RelationKind.TRANSFER,
                           a_from_node_id=ids["Mine"], a_to_node_id=ids["Flotation"],
                           a_material_id=ids["Ore"], b_from_node_id=ids["Flotation"],
                           b_to_node_id=ids["Dam"], b_material_id=ids["Tails"],
                           coefficient=0.97, coefficient_sigma=0.001,
                           valid_from=date(2025, 1, 1)))
    rec = bal.reconcile_site(plant, ids["site"], MARCH)
    got = _by_label(rec)
    k = next(v for v in rec.flows if v.key[0] == "k")
    ore, tails = got["Mine → Flotation: Ore"], got["Flotation → Dam: Tails"]
    assert tails.reconciled == pytest.approx(k.reconciled * ore.reconciled)
    assert k.status == Status.ADJUSTED and rec.result.dof == 2  # 3 balances, 1 unknown
    # Outside its validity the relation is not used.
    assert not any(v.key[0] == "k" for v in bal.reconcile_site(
        plant, ids["site"], periods.month(2024, 12)).flows)


def test_nodes_without_assays_get_no_component_balance_and_a_sentence(plant: Database) -> None:
    ids = _concentrator(plant)
    AddFlows([FlowDraft(date(2025, 3, 11), ids["Flotation"], ids["Dam"], ids["Tails"], 5.0,
                        "t")]).apply(plant)  # a second tailings record, not assayed
    rec = bal.reconcile_site(plant, ids["site"], MARCH)
    # The stream is still assayed (its assayed part's grade), so the balance stands ...
    assert rec.components[0].balances == ("Flotation",)
    # ... but an unassayed stream of a material that carries copper takes it away.
    AddFlows([FlowDraft(date(2025, 3, 12), ids["Flotation"], ids["Dam"], ids["Conc"], 2.0,
                        "t")]).apply(plant)
    rec = bal.reconcile_site(plant, ids["site"], MARCH)
    assert rec.components == () and rec.result.dof == 1
    assert any(e.startswith("Cu: no component balance for Flotation")
               for e in rec.result.explanations)


def test_reconcile_command_prints_a_table_per_component(demo_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from greendesk.cli.main import main

    args = ["reconcile", "--db", str(demo_path), "--site", "Nurken concentrator",
            "--period", "2025-03"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "== Cu, %: balances of Crushing" in out and "reconciled grade" in out
    assert main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (cu,) = data["components"]
    assert cu["component"] == "Cu" and cu["unit"] == "%" and cu["grades"]
    assert all(g["reconciled_sigma"] is not None for g in cu["grades"])
    assert "iterations" in data and all(isinstance(v["label"], str) for v in data["variables"])
