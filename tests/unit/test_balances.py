"""Balances: hand-checked small plants, identities on random networks, the demo's figures."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from greendesk import periods
from greendesk.analysis import balances as ab
from greendesk.errors import DomainError
from greendesk.models import LossReason, MaterialCategory, Method, NodeKind, QuantityKind
from greendesk.services import balances as bal
from greendesk.services import structure
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.store.db import Database

YEAR = periods.year(2025)


def _small_plant(db: Database) -> dict[str, int]:
    """Supplier → Crusher → Stockpile → Customer, with a transport loss and coal and power."""
    site = structure.get_plant(db).sites[0].id
    ids = {}
    for name, kind, reason in (("Mine gate", NodeKind.SUPPLIER, None),
                               ("Crusher", NodeKind.PROCESS, None),
                               ("Stockpile", NodeKind.STOCK, None),
                               ("Buyer", NodeKind.CUSTOMER, None),
                               ("Haul loss", NodeKind.LOSS, LossReason.TRANSPORT),
                               ("Grid", NodeKind.SUPPLIER, None)):
        ids[name], _ = structure.add_node(db, structure.NodeDraft(site, name, kind, reason))
    ids["site"] = site
    for name, cat, kind, unit, ncv, tce, tce_unit in (
            ("Ore", MaterialCategory.RAW_MATERIAL, QuantityKind.MASS, "t", None, None, None),
            ("Coal", MaterialCategory.ENERGY_CARRIER, QuantityKind.MASS, "t", 21.28, 0.726, "t"),
            ("Power", MaterialCategory.ENERGY_CARRIER, QuantityKind.ENERGY, "MWh", None, 0.123,
             "MWh")):
        ids[name], _ = add_material(db, MaterialDraft(name, cat, kind, unit, None, ncv, tce,
                                                      tce_unit))
    d = date(2025, 3, 10)
    AddFlows([FlowDraft(d, ids[a], ids[b], ids[m], q, u) for a, b, m, q, u in (
        ("Mine gate", "Crusher", "Ore", 1000.0, "t"),
        ("Crusher", "Stockpile", "Ore", 980.0, "t"),
        ("Crusher", "Haul loss", "Ore", 5.0, "t"),
        ("Stockpile", "Buyer", "Ore", 900.0, "t"),
        ("Mine gate", "Crusher", "Coal", 10.0, "t"),
        ("Grid", "Crusher", "Power", 100.0, "MWh"),
    )]).apply(db)
    bal.record_stock_takings(db, [
        bal.StockTakingDraft(ids["Stockpile"], ids["Ore"], date(2024, 12, 31), 200.0, "t"),
        bal.StockTakingDraft(ids["Stockpile"], ids["Ore"], date(2025, 12, 31), 270.0, "t"),
    ])
    return ids


def _line(scope: bal.ScopeBalance, label: str) -> ab.BalanceLine:
    return next(ln for ln in scope.lines if ln.label == label)


def test_small_plant_by_hand(plant: Database) -> None:
    ids = _small_plant(plant)
    crusher = bal.balance(plant, YEAR, node_id=ids["Crusher"])
    ore = _line(crusher, "Ore")
    assert (ore.inputs, ore.outputs, ore.accounted_total) == (1000.0, 980.0, 5.0)
    assert ore.accounted == ((LossReason.TRANSPORT, 5.0),)
    assert ore.unaccounted == pytest.approx(15.0)
    assert _line(crusher, "Total mass").unaccounted_share == pytest.approx(0.015)
    assert all(ln.label != "Coal" for ln in crusher.lines)  # fuel is energy, not mass

    stock = bal.balance(plant, YEAR, node_id=ids["Stockpile"])
    assert _line(stock, "Ore").stock_change == pytest.approx(70.0)
    assert _line(stock, "Ore").unaccounted == pytest.approx(980 - 900 - 70)
    assert _line(stock, "Ore").meaningful

    site = bal.balance(plant, YEAR, site_id=ids["site"])
    total = site.total
    assert (total.inputs, total.outputs, total.stock_change) == (1000.0, 900.0, 70.0)
    assert total.accounted_total == 5.0
    assert total.unaccounted == pytest.approx(25.0)  # 15 at the crusher + 10 at the stockpile
    energy = site.energy_total
    assert energy.gj.purchased == pytest.approx(10 * 21.28 + 100 * 3.6)
    assert energy.gj.use == pytest.approx(energy.gj.purchased) and energy.gj.unaccounted == 0
    assert energy.tce.purchased == pytest.approx(10 * 0.726 + 100 * 0.123)
    assert site.product_t == 900.0
    assert site.energy_intensity == pytest.approx((10 * 21.28 + 360) / 900)


def test_missing_counts_are_named_and_taken_as_zero(plant: Database) -> None:
    ids = _small_plant(plant)
    stock = bal.balance(plant, periods.year(2024), node_id=ids["Stockpile"])
    assert stock.lines == () or _line(stock, "Ore").stock_change == 0.0
    q1 = bal.balance(plant, periods.quarter(2025, 1), node_id=ids["Stockpile"])
    assert any("no closing stock-taking within the period" in n for n in q1.stock_notes)
    assert _line(q1, "Ore").stock_change == 0.0


def test_commands_refuse_and_leave_the_database_as_it_was(plant: Database) -> None:
    ids = _small_plant(plant)
    before = bal.list_stock_takings(plant, ids["Stockpile"])
    with pytest.raises(DomainError, match="stock node"):
        bal.record_stock_takings(plant, [bal.StockTakingDraft(
            ids["Crusher"], ids["Ore"], date(2025, 1, 31), 1.0, "t")])
    with pytest.raises(DomainError, match="already has a count"):
        bal.record_stock_takings(plant, [
            bal.StockTakingDraft(ids["Stockpile"], ids["Ore"], date(2025, 6, 30), 5.0, "t"),
            bal.StockTakingDraft(ids["Stockpile"], ids["Ore"], date(2025, 12, 31), 5.0, "t")])
    assert bal.list_stock_takings(plant, ids["Stockpile"]) == before
    with pytest.raises(DomainError, match="more than the whole"):
        bal.grade_fraction(120.0, "%")
    with pytest.raises(DomainError, match="not a component"):
        bal.clean_component("C u")
    assert bal.clean_component(" cu ") == "Cu"
    draft = bal.PeriodAssayDraft(ids["Crusher"], ids["Ore"], "Cu", date(2025, 1, 1),
                                 date(2025, 12, 31), 0.6)
    bal.add_period_assays(plant, [draft])
    with pytest.raises(DomainError, match="already has a grade"):
        bal.add_period_assays(plant, [draft])
    with pytest.raises(DomainError, match="measured by energy"):
        bal.add_period_assays(plant, [bal.PeriodAssayDraft(
            ids["Crusher"], ids["Power"], "Cu", date(2024, 1, 1), date(2024, 1, 31), 1.0)])


def test_metal_flow_assay_wins_over_period_assay(plant: Database) -> None:
    ids = _small_plant(plant)
    bal.add_period_assays(plant, [
        bal.PeriodAssayDraft(ids["Mine gate"], ids["Ore"], "Cu", date(2025, 1, 1),
                             date(2025, 12, 31), 1.0),
        bal.PeriodAssayDraft(ids["Crusher"], ids["Ore"], "Cu", date(2025, 1, 1),
                             date(2025, 12, 31), 0.9)])
    crusher = bal.balance(plant, YEAR, node_id=ids["Crusher"])
    cu = crusher.metal[0]
    assert cu.feed == pytest.approx(10.0) and cu.products == pytest.approx(980 * 0.009)
    assert cu.accounted == pytest.approx(5 * 0.009)
    with plant.read() as s:
        from sqlalchemy import select

        from greendesk.models import Flow
        feed_id = s.scalar(select(Flow.id).where(Flow.to_node_id == ids["Crusher"],
                                                 Flow.material_id == ids["Ore"]))
    bal.set_flow_assays(plant, feed_id, {"cu": (1.2, "%")})
    cu = bal.balance(plant, YEAR, node_id=ids["Crusher"]).metal[0]
    assert cu.feed == pytest.approx(12.0)
    assert cu.recovery == pytest.approx(980 * 0.009 / 12.0)


# -- identities on random networks ----------------------------------------------------------

KINDS = [NodeKind.PROCESS, NodeKind.STOCK, NodeKind.SUPPLIER, NodeKind.CUSTOMER,
         NodeKind.ENVIRONMENT, NodeKind.LOSS]


@st.composite
def networks(draw):  # type: ignore[no-untyped-def]
    n = draw(st.integers(2, 8))
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=n, max_size=n))
    nodes = {i: ab.NodeInfo(i, f"n{i}", k, LossReason.STORAGE if k is NodeKind.LOSS else None)
             for i, k in enumerate(kinds)}
    flows = draw(st.lists(st.builds(
        lambda a, b, m, q: ab.FlowSum(a, b, m, q), st.integers(0, n - 1),
        st.integers(0, n - 1), st.integers(1, 3),
        st.floats(0.001, 1e7, allow_nan=False)), max_size=25))
    flows = [f for f in flows if f.from_node_id != f.to_node_id]
    stock = {(i, m): draw(st.floats(-1e6, 1e6)) for i, k in nodes.items()
             if k is NodeKind.STOCK for m in (1, 2)}
    return nodes, flows, stock


@given(networks())
@settings(max_examples=200, deadline=None)
def test_terms_add_up_and_the_site_is_the_sum_of_its_nodes(net) -> None:  # type: ignore[no-untyped-def]
    nodes, flows, stock = net
    site = ab.site_terms(flows, nodes, stock)
    scale = 1e-9 * (1 + sum(f.qty for f in flows) + sum(abs(v) for v in stock.values()))
    for m in (1, 2, 3):
        per_node = [ab.node_terms(flows, nodes, i, stock).get(m, ab.Terms())
                    for i, n in nodes.items() if n.inside]
        for t in per_node + [site.get(m, ab.Terms())]:
            assert abs(t.inputs - t.outputs - t.stock_change - t.accounted_total
                       - t.unaccounted) <= scale
        site_u = site.get(m, ab.Terms()).unaccounted
        assert abs(site_u - sum(t.unaccounted for t in per_node)) <= scale
        # Brute force, flow by flow: what crosses the boundary of (inside ∪ loss nodes).
        inside = {i for i, n in nodes.items() if n.inside or n.kind is NodeKind.LOSS}
        brute_in = sum(f.qty for f in flows if f.material_id == m
                       and f.from_node_id not in inside and f.to_node_id in inside)
        got = site.get(m, ab.Terms())
        assert abs(got.inputs - brute_in) <= scale
        # Every term brute-forced independently, so the residual is checked, not assumed.
        loss = {i for i, n in nodes.items() if n.kind is NodeKind.LOSS}
        brute_out = sum(f.qty for f in flows if f.material_id == m
                        and f.from_node_id in inside and f.to_node_id not in inside)
        brute_loss = sum(f.qty for f in flows if f.material_id == m
                         and f.to_node_id in loss and f.from_node_id not in loss) - sum(
            f.qty for f in flows if f.material_id == m
            and f.from_node_id in loss and f.to_node_id not in loss)
        brute_stock = sum(v for (i, mm), v in stock.items() if mm == m and nodes[i].inside)
        assert abs(got.outputs - brute_out) <= scale
        assert abs(got.accounted_total - brute_loss) <= scale
        assert abs(got.stock_change - brute_stock) <= scale
        assert abs(got.unaccounted - (brute_in - brute_out - brute_stock - brute_loss)) <= scale


@given(st.lists(st.tuples(st.sampled_from(["Mine gate", "Crusher", "Stockpile", "Buyer",
                                           "Haul loss"]),
                          st.sampled_from(["Crusher", "Stockpile", "Buyer", "Haul loss"]),
                          st.floats(0.01, 1e5), st.integers(1, 12)), min_size=1, max_size=12))
@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_service_matches_the_flows_record_by_record(plant: Database, records) -> None:  # type: ignore[no-untyped-def]
    ids = _ensure_plant(plant)
    drafts = [FlowDraft(date(2025, mo, 5), ids[a], ids[b], ids["Ore"], q, "t")
              for a, b, q, mo in records if a != b]
    if not drafts:
        return
    cmd = AddFlows(drafts)
    cmd.apply(plant)
    try:
        both = bal.site_balances(plant, ids["site"], YEAR)
        months = bal.monthly(plant, YEAR, site_id=ids["site"])
        inside = {ids["Crusher"], ids["Stockpile"]}
        loss = {ids["Haul loss"]}
        base_in = 1000.0  # _small_plant's own records
        want_in = base_in + sum(d.qty_entered for d in drafts
                                if d.from_node_id not in inside | loss
                                and d.to_node_id in inside | loss)
        assert both.site.total.inputs == pytest.approx(want_in)
        assert both.site.total.unaccounted == pytest.approx(
            sum(n.total.unaccounted for n in both.nodes if n.total is not None))
        assert sum(p.inputs_t for p in months) == pytest.approx(want_in)
    finally:
        cmd.revert(plant)


_PLANTS: dict[str, dict[str, int]] = {}


def _ensure_plant(db: Database) -> dict[str, int]:
    key = str(db.path)
    if key not in _PLANTS:
        _PLANTS[key] = _small_plant(db)
    return _PLANTS[key]


# -- the demo plant ----------------------------------------------------------------------------

def test_demo_recoveries_and_indicators(demo_db: Database) -> None:
    found = {(i.key, i.component): i for i in bal.indicators(demo_db, YEAR)}
    assert found[("beneficiation", "Cu")].value == pytest.approx(0.88, abs=0.01)
    assert found[("metallurgy", "Cu")].value == pytest.approx(0.965, abs=0.005)
    assert found[("extraction", None)].value == pytest.approx(0.98, abs=0.01)  # 2 % in-pit loss
    assert found[("waste_use", None)].denominator > 1e7  # overburden, tailings and slag
    assert all(i.formula for i in found.values())


def test_demo_stocks_close_within_the_survey_error(demo_db: Database) -> None:
    ref = bal.load_reference(demo_db)
    for site_id in ref.sites:
        for node in bal.site_balances(demo_db, site_id, YEAR).nodes:
            if ref.nodes[node.node_id].kind is NodeKind.STOCK:
                assert not node.stock_notes
                assert abs(node.total.unaccounted_share) < 0.01, node.scope_name


def test_monthly_stock_changes_add_up_to_the_year(demo_db: Database) -> None:
    ref = bal.load_reference(demo_db)
    site = next(i for i, (n, _k) in ref.sites.items() if n == "Nurken concentrator")
    year = bal.balance(demo_db, YEAR, site_id=site).total
    months = bal.monthly(demo_db, YEAR, site_id=site)
    assert len(months) == 12
    assert sum(p.unaccounted_t for p in months) == pytest.approx(year.unaccounted, rel=1e-9)
    assert {name for name, _a, _u in months[0].by_node} >= {"Crushing", "Grinding and flotation"}
    assert months[0].energy_intensity > 0


def test_balance_queries_are_served_by_indexes(demo_db: Database) -> None:
    from greendesk.services.ledger import explain

    plan = " ".join(explain(demo_db, bal.flow_sums_query(1, date(2025, 1, 1),
                                                          date(2025, 12, 31))))
    assert "ix_flow_site_date" in plan and "SCAN flow" not in plan
    plan = " ".join(explain(demo_db, bal.flow_sums_query(1, date(2025, 1, 1),
                                                          date(2025, 12, 31), node_id=5)))
    assert "ix_flow_from_date" in plan and "ix_flow_to_date" in plan


def test_sankey_has_losses_and_wastes(demo_db: Database) -> None:
    ref = bal.load_reference(demo_db)
    site = next(i for i, (n, _k) in ref.sites.items() if n == "Nurken concentrator")
    data = bal.sankey(demo_db, site, YEAR)
    kinds = {ln.kind for ln in data.links}
    assert kinds == {"flow", "waste", "loss"} and data.unit == "t"
    energy = bal.sankey(demo_db, site, YEAR, "energy")
    assert energy.unit == "GJ" and {ln.material for ln in energy.links} == {"Electricity", "Heat"}


def test_cli_prints_the_same_figures(demo_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from greendesk.cli import main
    from greendesk.store.db import open_database

    assert main(["balance", "--db", str(demo_path), "--period", "2025",
                 "--site", "Nurken concentrator", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    db = open_database(demo_path)
    try:
        ref = bal.load_reference(db)
        site = next(i for i, (n, _k) in ref.sites.items() if n == "Nurken concentrator")
        want = bal.balance(db, YEAR, site_id=site).total.unaccounted
    finally:
        db.close()
    total = next(ln for ln in data["scopes"][0]["lines"] if ln["level"] == "total"
                 and ln["unit"] == "t")
    assert total["unaccounted"] == pytest.approx(want)
    assert main(["balance", "--db", str(demo_path), "--period", "2025-03",
                 "--format", "csv"]) == 0
    assert "Nurken copper smelter" in capsys.readouterr().out
    assert main(["balance", "--db", str(demo_path), "--period", "2025", "--node",
                 "Power grid"]) == 2
    assert "Several sites" in capsys.readouterr().err
    assert main(["balance", "--db", str(demo_path), "--period", "20x5"]) == 2
    assert main(["reconcile", "--db", str(demo_path), "--site", "Nurken concentrator",
                 "--period", "2025-03"]) == 0
    out = capsys.readouterr().out
    assert "global test" in out and "degrees of freedom" in out


def test_default_uncertainty_is_checked(demo_db: Database) -> None:
    with pytest.raises(DomainError, match="percentage"):
        bal.set_method_uncertainty(demo_db, Method.ESTIMATED, 0.0)
