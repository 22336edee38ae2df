"""SO₂ of a smelter by its sulphur balance: the source's "sulphur_balance" streams with the
S grades of their flows' assays, less the acid plant's capture (its abatement η for SO₂),
computed by hand; a stream without its grades named, never counted as zero."""

from __future__ import annotations

from datetime import date

import pytest

from greendesk import periods
from greendesk.errors import render
from greendesk.models import MaterialCategory, NodeKind, QuantityKind
from greendesk.models.emissions import EmissionSourceKind
from greendesk.services import emission_sources as es
from greendesk.services import structure
from greendesk.services.emissions import emission_lines
from greendesk.services.factors import load_default_factors
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.store.db import Database

SB = "sulphur_balance"


def _smelter(db: Database, slag_grade: bool = True) -> None:
    """100,000 t concentrate at 30 % S in; 40,000 t matte at 22 % S and 60,000 t slag at
    1 % S out, in March 2025; the acid plant captures 95 % of the SO₂."""
    site = structure.get_plant(db).sites[0].id
    mine, _ = structure.add_node(db, structure.NodeDraft(site, "Concentrator",
                                                         NodeKind.SUPPLIER))
    smelter, _ = structure.add_node(db, structure.NodeDraft(site, "Smelter", NodeKind.PROCESS))
    buyer, _ = structure.add_node(db, structure.NodeDraft(site, "Converter", NodeKind.CUSTOMER))
    dump, _ = structure.add_node(db, structure.NodeDraft(site, "Slag dump", NodeKind.STOCK))
    m = {n: add_material(db, MaterialDraft(name=n, category=MaterialCategory.RAW_MATERIAL,
                                           kind=QuantityKind.MASS, default_unit="t"))[0]
         for n in ("Concentrate", "Matte", "Slag")}
    AddFlows([FlowDraft(date(2025, 3, 5), mine, smelter, m["Concentrate"], 100_000.0, "t",
                        grades=(("S", 30.0, "%"),)),
              FlowDraft(date(2025, 3, 25), smelter, buyer, m["Matte"], 40_000.0, "t",
                        grades=(("S", 22.0, "%"),)),
              FlowDraft(date(2025, 3, 25), smelter, dump, m["Slag"], 60_000.0, "t",
                        grades=(("S", 1.0, "%"),) if slag_grade else ())]).apply(db)
    es.add_source(db, es.SourceDraft(
        site, "0001", "Smelter stack", EmissionSourceKind.ORGANISED, node_id=smelter,
        streams=(es.StreamDraft(mine, smelter, m["Concentrate"], SB),
                 es.StreamDraft(smelter, buyer, m["Matte"], SB),
                 es.StreamDraft(smelter, dump, m["Slag"], SB)),
        abatement=(es.AbatementDraft("Acid plant", "SO2", 0.95),)))
    load_default_factors(db)


def test_so2_is_twice_the_sulphur_left_after_products_and_the_acid_plant(
        plant: Database, clock) -> None:
    clock(date(2026, 1, 10))
    _smelter(plant)
    (line,) = [x for x in emission_lines(plant, periods.month(2025, 3)) if x.substance == "SO2"]
    # S in 30,000 t; out 8,800 + 600 = 9,400 t; left 20,600 t; 5 % escapes the acid plant:
    # 1,030 t S → SO₂ = 2 × 1,030 = 2,060 t.
    assert line.mass_t == pytest.approx(2060.0)
    assert line.basis == "calculated" and line.efficiency == 0.95
    assert [(t.name, t.tonnes, t.content) for t in line.balance] == [
        ("Concentrate", 100_000.0, pytest.approx(0.30)), ("Matte", 40_000.0, pytest.approx(0.22)),
        ("Slag", 60_000.0, pytest.approx(0.01))]
    assert line.missing == ()
    (row,) = line.inputs  # the balance's row: S left × 2 × (1 − η)
    assert (row.material, row.fuel_t, row.mass_t) == (
        "S: Concentrate − Matte, Slag", pytest.approx(20_600.0), pytest.approx(2060.0))
    assert row.factor is not None and row.factor.value == 2.0


def test_a_product_without_its_s_grade_is_named_and_no_so2_is_counted(
        plant: Database, clock) -> None:
    clock(date(2026, 1, 10))
    _smelter(plant, slag_grade=False)
    (line,) = [x for x in emission_lines(plant, periods.month(2025, 3)) if x.substance == "SO2"]
    assert line.mass_t is None
    assert [render(m) for m in line.missing] == ["no S grade assayed for Slag — record one"]


def test_the_json_output_gives_the_balance(plant: Database, clock) -> None:
    from greendesk.cli.emissions import line_dict

    clock(date(2026, 1, 10))
    _smelter(plant)
    (line,) = [x for x in emission_lines(plant, periods.month(2025, 3)) if x.substance == "SO2"]
    got = line_dict(line)["sulphur_balance"]
    assert [row["s_t"] for row in got] == [  # type: ignore[attr-defined]
        pytest.approx(30_000.0), pytest.approx(8_800.0), pytest.approx(600.0)]


def test_more_sulphur_out_than_in_is_named_on_the_line_not_raised(plant: Database,
                                                                 clock) -> None:
    clock(date(2026, 1, 10))
    _smelter(plant)
    with plant.write() as s:  # the matte re-assayed at 80 % S: 32,000 + 600 t out of 30,000
        from sqlalchemy import update

        from greendesk.models.balances import FlowAssay
        s.execute(update(FlowAssay).where(FlowAssay.fraction == 0.22).values(
            fraction=0.80, value_entered=80.0))
    (line,) = [x for x in emission_lines(plant, periods.month(2025, 3)) if x.substance == "SO2"]
    assert line.mass_t is None
    assert [render(m) for m in line.missing] == [
        "More of the element leaves in the products (32600.000 t) than enters (30000.000 t): "
        "check the tonnages and grades."]
