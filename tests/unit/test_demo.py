"""The demo plant's figures hang together, as the balance and waste sections will need."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from greendesk.demo.plant import last_complete_year
from greendesk.models import Flow, Material, Node
from greendesk.store.db import Database


def _total(db: Database, material: str, target: str | None = None, year: int = 2025) -> float:
    to = aliased(Node)
    with db.read() as s:
        q = (select(func.sum(Flow.qty_canonical)).join(Material).join(to, Flow.to_node_id == to.id)
             .where(Material.name == material,
                    Flow.flow_date.between(date(year, 1, 1), date(year, 12, 31))))
        if target:
            q = q.where(to.name == target)
        return float(s.scalar(q) or 0.0)


def test_runs_through_the_last_complete_year(demo_db: Database) -> None:
    with demo_db.read() as s:
        first, last = s.execute(select(func.min(Flow.flow_date), func.max(Flow.flow_date))).one()
    assert (first, last) == (date(2023, 1, 1), date(2025, 12, 1))
    assert last_complete_year(date(2026, 11, 25)) == 2025


def test_ore_concentrate_tailings_are_coherent(demo_db: Database) -> None:
    ore = _total(demo_db, "Copper ore", "Open-pit mining")
    flotation_feed = _total(demo_db, "Copper ore", "Grinding and flotation")
    concentrate = _total(demo_db, "Copper concentrate", "Concentrate warehouse")
    tailings = _total(demo_db, "Flotation tailings")
    assert 5.5e6 < ore < 6.5e6  # about 6 Mt of ore a year
    assert 0.96 < tailings / flotation_feed < 0.985  # tailings are most of the ore
    # 0.60 % Cu, 88 % recovery into a 22 % Cu concentrate: 2.4 % of the feed by mass.
    assert abs(concentrate / flotation_feed - 0.006 * 0.88 / 0.22) < 0.001


def test_smelter_slag_and_copper(demo_db: Database) -> None:
    anode = _total(demo_db, "Anode copper")
    slag = _total(demo_db, "Copper smelting slag")
    assert 28_000 < anode < 33_000
    assert 2.5 < slag / anode < 3.3


def test_entered_units_are_kept_and_converted(demo_db: Database) -> None:
    with demo_db.read() as s:
        diesel = s.execute(select(Flow.qty_entered, Flow.unit_entered, Flow.qty_canonical)
                           .join(Material).where(Material.name == "Diesel fuel")).first()
        power = s.execute(select(Flow.qty_entered, Flow.unit_entered, Flow.qty_canonical)
                          .join(Material).where(Material.name == "Electricity")).first()
    assert diesel.unit_entered == "L"
    assert abs(diesel.qty_canonical - diesel.qty_entered / 1000 * 0.84) < 1e-6  # L → t
    assert power.unit_entered == "MWh"
    assert abs(power.qty_canonical - power.qty_entered * 3.6) < 1e-6  # MWh → GJ


def test_heating_peaks_in_winter(demo_db: Database) -> None:
    with demo_db.read() as s:
        rows = dict(s.execute(
            select(Flow.flow_date, func.sum(Flow.qty_canonical)).join(Material)
            .where(Material.name == "Heat", Flow.flow_date >= date(2025, 1, 1))
            .group_by(Flow.flow_date)).all())
    assert rows[date(2025, 1, 1)] > 5 * rows[date(2025, 7, 1)]
