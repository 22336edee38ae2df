"""Technogenic formations: figures, contained metal, screening, the grade–tonnage curve,
the register's services and commands, and monitoring at the limit's edge."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from greendesk.analysis import formations as an
from greendesk.errors import DomainError
from greendesk.models import (
    ConstructionMethod,
    FormationKind,
    FormationStatus,
    Medium,
    NodeKind,
    SourceKind,
)
from greendesk.periods import parse_period
from greendesk.services import formations as fs
from greendesk.services import monitoring as ms
from greendesk.services import monitoring_checks
from greendesk.store.db import Database

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")

K, S = FormationKind, FormationStatus


# ---------------------------------------------------------------- tonnage, volume, density
def test_the_missing_figure_is_derived_from_the_other_two() -> None:
    assert an.reconcile_tonnage(None, 1000.0, 1.5) == an.TonnageFigures(1500.0, 1000.0, 1.5,
                                                                         "tonnage")
    assert an.reconcile_tonnage(1500.0, None, 1.5) == an.TonnageFigures(1500.0, 1000.0, 1.5,
                                                                         "volume")
    fig = an.reconcile_tonnage(1500.0, 1000.0, None)
    assert (fig.density_t_m3, fig.derived, fig.note) == (1.5, "density", None)
    assert an.reconcile_tonnage(1500.0, None, None) == an.TonnageFigures(1500.0, None, None)


def test_three_given_figures_are_checked_against_each_other() -> None:
    agree = an.reconcile_tonnage(1520.0, 1000.0, 1.5)  # 1.3 % apart: within 5 %
    assert agree.note is None and agree.derived is None
    assert agree.disagreement == pytest.approx(20 / 1520)
    disagree = an.reconcile_tonnage(2000.0, 1000.0, 1.5)  # 25 % apart
    assert disagree.tonnage_t == 2000.0  # the given figures are kept
    assert disagree.disagreement == pytest.approx(0.25)
    assert "differ by 25%" in disagree.note and "1,500 t" in disagree.note
    assert an.reconcile_tonnage(2000.0, 1000.0, 1.5, tolerance=0.3).note is None


def test_an_implausible_derived_density_is_noted() -> None:
    fig = an.reconcile_tonnage(76.0, 50_667.0, None)  # a row of the Chilean register
    assert fig.derived == "density" and "outside the 0.5–6 t/m³" in fig.note


# ---------------------------------------------------------------- grades and contained metal
def test_percent_and_grams_per_tonne_give_tonnes_of_metal() -> None:
    assert an.to_gpt(0.3, "%") == 3000.0
    assert an.to_gpt(0.5, "g/t") == 0.5 and an.to_gpt(500, "ppb") == 0.5
    assert an.contained_t(1_000_000, an.to_gpt(0.3, "%")) == pytest.approx(3000.0)
    assert an.contained_t(1_000_000, an.to_gpt(0.5, "g/t")) == pytest.approx(0.5)
    assert an.from_gpt(2750.0, "%") == pytest.approx(0.275)
    with pytest.raises(ValueError, match="not a grade unit"):
        an.grade_unit("oz/t")


BLOCKS = (an.BlockGrade("A", 100_000, an.to_gpt(0.5, "%")),
          an.BlockGrade("B", 300_000, an.to_gpt(0.2, "%")),
          an.BlockGrade("C", 200_000, an.to_gpt(0.35, "%")))


def test_contained_metal_from_blocks_where_present_else_mean_grade() -> None:
    by_blocks = an.contained_metal(5e6, an.ComponentGrades("Cu", "%", 1000.0, 9, BLOCKS))
    # 500 + 600 + 700 t of Cu in 600,000 t: the formation's own tonnage is not used.
    assert by_blocks.basis == "blocks"
    assert by_blocks.metal_t == pytest.approx(1800.0)
    assert by_blocks.tonnage_t == 600_000
    assert an.from_gpt(by_blocks.grade_gpt, "%") == pytest.approx(0.3)
    by_mean = an.contained_metal(2e6, an.ComponentGrades("Au", "g/t", 0.4, 3))
    assert (by_mean.basis, by_mean.metal_t) == ("mean grade", pytest.approx(0.8))
    assert an.contained_metal(None, an.ComponentGrades("Au", "g/t", 0.4, 3)) is None


def test_grade_tonnage_curve_against_hand_computed_values() -> None:
    cut = [an.to_gpt(x, "%") for x in (0.0, 0.25, 0.35, 0.4, 0.6)]
    curve = an.grade_tonnage_curve(BLOCKS, cut)
    assert [p.tonnage_t for p in curve] == [600_000, 300_000, 300_000, 100_000, 0]
    assert [p.n_blocks for p in curve] == [3, 2, 2, 1, 0]  # 0.35 %: block C is at the cut-off
    assert [p.metal_t for p in curve] == pytest.approx([1800, 1200, 1200, 500, 0])
    grades = [None if p.grade_gpt is None else an.from_gpt(p.grade_gpt, "%") for p in curve]
    assert grades[:4] == pytest.approx([0.3, 0.4, 0.4, 0.5]) and grades[4] is None
    default = an.grade_tonnage_curve(BLOCKS)  # 0 and every block's grade
    assert [p.cutoff_gpt for p in default] == [0.0, 2000.0, 3500.0, 5000.0]


# ---------------------------------------------------------------- economic screening
CU = an.Assumptions(9_000.0, 60.0, 7.0)
AU = an.Assumptions(75_000_000.0, 65.0, 9.0)


def test_screening_per_component_against_hand_computed_values() -> None:
    v = an.screen_component(1e6, an.ComponentGrades("Cu", "%", 3000.0, 2), CU)
    assert v.contained.metal_t == pytest.approx(3000.0)
    assert v.recoverable_t == pytest.approx(1800.0)  # 60 %
    assert v.recoverable_value == pytest.approx(16_200_000.0)  # × 9,000 USD/t
    assert v.processing_cost == pytest.approx(7_000_000.0)  # 1 Mt × 7 USD/t
    assert v.net_value == pytest.approx(9_200_000.0) and v.profitable
    assert an.breakeven_grade_gpt(CU) == pytest.approx(7 / (9000 * 0.6) * 1e6)
    missing = an.screen_component(1e6, an.ComponentGrades("Mo", "%", 100.0, 1),
                                  an.Assumptions(None, 50.0, 2.0))
    assert missing.net_value is None and missing.missing == "no price"


def test_a_formation_counts_the_components_that_pay() -> None:
    both = an.assess(1, 1e6, [(an.ComponentGrades("Cu", "%", 3000.0, 2), CU),
                              (an.ComponentGrades("Au", "g/t", 0.5, 2), AU)])
    # Au: 0.5 t × 65 % × 75 M USD/t = 24.375 M, less 9 M of processing.
    assert both.net_value == pytest.approx(9_200_000 + 15_375_000)
    assert both.paying == ("Cu", "Au") and both.profitable
    poor = an.assess(2, 1e6, [(an.ComponentGrades("Cu", "%", 500.0, 2), CU),
                              (an.ComponentGrades("Au", "g/t", 0.1, 2), AU)])
    # Neither pays: the formation shows the least negative one (Au: 4.875 M − 9 M).
    assert poor.net_value == pytest.approx(-4_125_000) and poor.paying == ()
    unvalued = an.assess(3, None, [(an.ComponentGrades("Cu", "%", 500.0, 2), CU)])
    assert unvalued.net_value is None
    order = an.rank([poor, unvalued, both], {1: "b", 2: "a", 3: "c"})
    assert [a.formation_id for a in order] == [1, 2, 3]


def test_own_assumptions_fall_back_to_the_defaults() -> None:
    own = an.Assumptions(price_per_t=10_000.0).over(CU)
    assert own == an.Assumptions(10_000.0, 60.0, 7.0)


# ---------------------------------------------------------------- monitoring at the edge
def test_equal_to_the_limit_is_not_an_exceedance_unless_inclusive() -> None:
    limit = an.Limit(0.5)
    assert an.exceedance(0.5, limit) is None
    assert an.exceedance(0.4999, limit) is None
    side, margin = an.exceedance(0.5001, limit)
    assert side == "above" and margin == pytest.approx(0.0001)
    assert an.exceedance(0.5, an.Limit(0.5, inclusive=True)) == ("above", 0.0)
    ph = an.Limit(8.5, 6.5)
    assert an.exceedance(6.5, ph) is None and an.exceedance(8.5, ph) is None
    assert an.exceedance(6.4, ph) == ("below", pytest.approx(0.1))
    assert an.exceedance(6.5, an.Limit(8.5, 6.5, inclusive=True)) == ("below", 0.0)


def test_gaps_are_silences_longer_than_the_interval() -> None:
    monthly = [date(2025, m, 15) for m in range(1, 13)]
    assert an.find_gaps(monthly, date(2025, 1, 1), date(2025, 12, 31), 31) == []
    holes = [d for d in monthly if d.month not in (6, 7)]
    (gap,) = an.find_gaps(holes, date(2025, 1, 1), date(2025, 12, 31), 31)
    assert (gap.after, gap.before, gap.start, gap.end) == (
        date(2025, 5, 15), date(2025, 8, 15), date(2025, 5, 16), date(2025, 8, 14))
    (none,) = an.find_gaps([], date(2025, 1, 1), date(2025, 3, 31), 31)
    assert (none.after, none.before, none.days) == (None, None, 90)
    # A reading exactly one interval after the last is on time.
    assert an.find_gaps([date(2025, 1, 1), date(2025, 2, 1)], date(2025, 1, 1),
                        date(2025, 2, 15), 31) == []


# ---------------------------------------------------------------- the register's services
@pytest.fixture
def site(plant: Database) -> dict[str, int]:
    from greendesk.services import structure
    from greendesk.services.materials import MaterialDraft, add_material

    site_id = structure.get_plant(plant).sites[0].id
    ids = {"site": site_id}
    for name, kind in (("Flotation", NodeKind.PROCESS), ("Tailings pond", NodeKind.STOCK),
                       ("Reclaim", NodeKind.PROCESS)):
        ids[name], _ = structure.add_node(plant, structure.NodeDraft(site_id, name, kind))
    from greendesk.models import MaterialCategory, QuantityKind

    ids["tailings"], _ = add_material(plant, MaterialDraft(
        "Tailings", MaterialCategory.WASTE, QuantityKind.MASS, "t", 1.4,
        waste_code="010306"))
    return ids


def _flow(db: Database, ids: dict[str, int], src: str, dst: str, qty: float, unit: str = "t",
          day: date = date(2025, 3, 1)) -> None:
    from greendesk.services.flows import AddFlows, FlowDraft

    AddFlows([FlowDraft(day, ids[src], ids[dst], ids["tailings"], qty, unit)]).apply(db)


def test_placements_into_the_linked_node_grow_the_tonnage(plant: Database,
                                                           site: dict[str, int]) -> None:
    fid, _ = fs.add_formation(plant, fs.FormationDraft(
        "Tailings pond", K.TAILINGS, S.OPERATING, node_id=site["Tailings pond"],
        opening_tonnage_t=1_000_000.0, opening_date=date(2025, 1, 1), density_t_m3=1.4))
    row = fs.get_formation(plant, fid)
    assert row.site_id == site["site"]  # taken from the node
    assert row.ledger_t == 0.0 and row.current_tonnage_t == 1_000_000.0
    _flow(plant, site, "Flotation", "Tailings pond", 40.0, "kt")
    _flow(plant, site, "Tailings pond", "Reclaim", 5_000.0)
    _flow(plant, site, "Flotation", "Tailings pond", 7.0, day=date(2024, 12, 1))  # before opening
    row = fs.get_formation(plant, fid)
    assert row.ledger_t == pytest.approx(35_000.0)
    assert row.current_tonnage_t == pytest.approx(1_035_000.0)
    assert row.figures.volume_m3 == pytest.approx(1_035_000.0 / 1.4)
    assert row.figures.note is None
    # A survey that disagrees with the books is noted, not taken over them.
    fs.update_formation(plant, fid, replace(row.draft(), tonnage_t=1_200_000.0))
    row = fs.get_formation(plant, fid)
    assert row.current_tonnage_t == pytest.approx(1_035_000.0)
    assert "surveyed tonnage 1,200,000 t" in row.figures.note


def test_formation_rules_are_refused_with_a_sentence(plant: Database,
                                                     site: dict[str, int]) -> None:
    with pytest.raises(DomainError, match="tailings storage facilities only"):
        fs.add_formation(plant, fs.FormationDraft(
            "Dump", K.WASTE_ROCK_DUMP, S.OPERATING, site_id=site["site"],
            construction_method=ConstructionMethod.UPSTREAM))
    with pytest.raises(DomainError, match="not a stock node") as err:
        fs.add_formation(plant, fs.FormationDraft("Pond", K.TAILINGS, S.OPERATING,
                                                  node_id=site["Flotation"]))
    assert err.value.field == "node"
    with pytest.raises(DomainError, match="cannot end in 1970 before it began in 1980"):
        fs.add_formation(plant, fs.FormationDraft("Old", K.TAILINGS, S.CLOSED,
                                                  year_from=1980, year_to=1970))
    with pytest.raises(DomainError, match="bulk density must be greater than 0"):
        fs.add_formation(plant, fs.FormationDraft("Old", K.TAILINGS, S.CLOSED,
                                                  density_t_m3=0.0))
    with pytest.raises(DomainError, match="not a List of Waste code"):
        fs.add_formation(plant, fs.FormationDraft("Old", K.TAILINGS, S.CLOSED,
                                                  waste_code="01 03"))
    fs.add_formation(plant, fs.FormationDraft("Pond", K.TAILINGS, S.OPERATING,
                                              node_id=site["Tailings pond"]))
    with pytest.raises(DomainError, match="already linked to the formation 'Pond'"):
        fs.add_formation(plant, fs.FormationDraft("Pond 2", K.TAILINGS, S.OPERATING,
                                                  node_id=site["Tailings pond"]))
    with pytest.raises(DomainError, match="already has a formation named 'Pond'"):
        fs.add_formation(plant, fs.FormationDraft("Pond", K.SLAG_HEAP, S.OPERATING,
                                                  site_id=site["site"]))
    hazardous, _ = fs.add_formation(plant, fs.FormationDraft(
        "Acid tailings", K.TAILINGS, S.CLOSED, waste_code="01 03 04*"))
    row = fs.get_formation(plant, hazardous)
    assert (row.waste_code, row.hazardous) == ("010304", True)
    assert len(fs.list_formations(plant)) == 2


def _pond(db: Database) -> int:
    fid, _ = fs.add_formation(db, fs.FormationDraft(
        "Old pond", K.TAILINGS, S.CLOSED, tonnage_t=2_000_000.0))
    return fid


def test_samples_with_assays_value_the_formation(plant: Database) -> None:
    fid = _pond(plant)
    fs.add_sample(plant, fs.SampleDraft(fid, "P-1", (fs.AssayDraft("Cu", 0.30),
                                                      fs.AssayDraft("Au", 400, "ppb"))))
    fs.add_sample(plant, fs.SampleDraft(fid, "P-2", (fs.AssayDraft("Cu", 0.20),
                                                      fs.AssayDraft("Au", 0.6, "g/t"))))
    with pytest.raises(DomainError, match="already has a sample P-1"):
        fs.add_sample(plant, fs.SampleDraft(fid, "P-1", (fs.AssayDraft("Cu", 0.1),)))
    with pytest.raises(DomainError, match="two assays of Cu"):
        fs.add_sample(plant, fs.SampleDraft(fid, "P-3", (fs.AssayDraft("Cu", 0.1),
                                                          fs.AssayDraft("cu", 0.2))))
    with pytest.raises(DomainError, match="more than the whole sample"):
        fs.add_sample(plant, fs.SampleDraft(fid, "P-3", (fs.AssayDraft("Cu", 120),)))
    with pytest.raises(DomainError, match="'Xx' is not a component"):
        fs.add_sample(plant, fs.SampleDraft(fid, "P-3", (fs.AssayDraft("Xx", 1),)))
    samples = fs.list_samples(plant, fid)
    assert [s.code for s in samples] == ["P-1", "P-2"]
    assert samples[0].assays[1] == fs.AssayRow("Au", 400.0, "ppb", 0.4)
    r = fs.assessment(plant, fid)
    cu, au = r.assessment.components
    # Mean grades 0.25 % Cu and 0.5 g/t Au over 2 Mt: 5,000 t Cu and 1 t Au.
    assert cu.contained.metal_t == pytest.approx(5_000.0)
    assert au.contained.metal_t == pytest.approx(1.0)
    assert cu.net_value == pytest.approx(5000 * 0.6 * 9000 - 2e6 * 7)
    assert au.net_value == pytest.approx(1.0 * 0.65 * 75e6 - 2e6 * 9)
    assert r.n_assays == 4 and r.rank == 1
    # A formation's own assumptions change only its screening.
    comps = {c.code: c.id for c in fs.list_components(plant)}
    fs.set_formation_assumptions(plant, fid, {comps["Cu"]: an.Assumptions(recovery_pct=30.0)})
    assert fs.formation_assumptions(plant, fid) == {comps["Cu"]: an.Assumptions(None, 30.0)}
    cu2 = fs.assessment(plant, fid).assessment.components[0]
    assert cu2.net_value == pytest.approx(5000 * 0.3 * 9000 - 2e6 * 7)


def test_blocks_give_the_contained_metal_and_the_curve(plant: Database) -> None:
    fid = _pond(plant)
    a, _ = fs.add_block(plant, fid, "A", 100_000)
    b, _ = fs.add_block(plant, fid, "B", 300_000)
    for code, block, grade in (("1", a, 0.45), ("2", a, 0.55), ("3", b, 0.2), ("4", None, 9.0)):
        fs.add_sample(plant, fs.SampleDraft(fid, code, (fs.AssayDraft("Cu", grade),), block))
    with pytest.raises(DomainError, match="greater than 0"):
        fs.add_block(plant, fid, "C", 0)
    cu = fs.assessment(plant, fid).assessment.components[0]
    # Blocks: 100 kt × 0.5 % + 300 kt × 0.2 % = 1,100 t; the unblocked sample is not used.
    assert cu.contained.basis == "blocks" and cu.contained.metal_t == pytest.approx(1100.0)
    curve = fs.grade_tonnage(plant, fid, "Cu", [0.0, 3000.0])
    assert [(p.tonnage_t, p.metal_t) for p in curve] == [(400_000, pytest.approx(1100.0)),
                                                         (100_000, pytest.approx(500.0))]
    assert [x.n_samples for x in fs.list_blocks(plant, fid)] == [2, 1]
    fs.delete_block(plant, b)
    assert fs.list_samples(plant, fid)[2].block_id is None


def test_delete_then_undo_puts_the_formation_back_whole(plant: Database) -> None:
    fid = _pond(plant)
    block, _ = fs.add_block(plant, fid, "A", 100_000)
    fs.add_sample(plant, fs.SampleDraft(fid, "1", (fs.AssayDraft("Cu", 0.3),), block))
    fs.set_formation_assumptions(plant, fid, {1: an.Assumptions(price_per_t=8000.0)})
    pid, _ = ms.add_point(plant, ms.PointDraft("Well", SourceKind.FORMATION,
                                               Medium.GROUNDWATER, formation_id=fid))
    before = fs.register_dict(fs.assessment(plant, fid))
    cmd = fs.DeleteFormation(fid)
    cmd.apply(plant)
    assert fs.list_formations(plant) == []
    assert ms.list_points(plant)[0].formation_id is None
    cmd.revert(plant)
    assert fs.register_dict(fs.assessment(plant, fid)) == before
    assert ms.list_points(plant)[0].formation_id == fid
    edit = fs.EditFormation(fid, fs.FormationDraft("Renamed", K.TAILINGS, S.RECLAIMED))
    edit.apply(plant)
    assert fs.get_formation(plant, fid).status is S.RECLAIMED
    edit.revert(plant)
    assert fs.get_formation(plant, fid).name == "Old pond"
    add = fs.AddFormation(fs.FormationDraft("New", K.SLAG_HEAP, S.OPERATING))
    add.apply(plant)
    add.revert(plant)
    add.apply(plant)  # redo keeps the id
    assert fs.get_formation(plant, add.id).name == "New"  # type: ignore[arg-type]


# ---------------------------------------------------------------- monitoring services
def test_exceedances_and_gaps_from_the_database(plant: Database) -> None:
    fid = _pond(plant)
    params = {p.code: p.id for p in ms.list_parameters(plant)}
    pid, _ = ms.add_point(plant, ms.PointDraft("GW-1", SourceKind.FORMATION,
                                               Medium.GROUNDWATER, 31, formation_id=fid))
    with pytest.raises(DomainError, match="watches a formation"):
        ms.add_point(plant, ms.PointDraft("GW-2", SourceKind.FORMATION, Medium.GROUNDWATER))
    ms.set_limit(plant, pid, params["SO4"], 500.0)
    ms.set_limit(plant, pid, params["Cu"], 1.0, inclusive=True)
    with pytest.raises(DomainError, match="lower limit 9 is above the upper limit 8.5"):
        ms.set_limit(plant, pid, params["pH"], 8.5, 9.0)
    readings = [ms.ReadingDraft(pid, params["SO4"], date(2025, m, 10), v)
                for m, v in ((1, 499.0), (2, 500.0), (3, 500.5), (5, 420.0))]
    readings += [ms.ReadingDraft(pid, params["Cu"], date(2025, m, 10), v)
                 for m, v in ((1, 1.0), (2, 0.9), (3, 0.99), (4, 0.5), (5, 0.5))]
    ids, _ = ms.add_readings(plant, readings)
    found = monitoring_checks.exceedances(plant, parse_period("2025-Q1"))
    # 500.0 equals a plain limit: not listed; 1.0 equals an inclusive one: listed.
    assert [(e.parameter, e.taken_on.month, e.value) for e in found] == [
        ("Cu", 1, 1.0), ("SO4", 3, 500.5)]
    assert found[0].margin == 0.0 and found[1].margin == pytest.approx(0.5)
    assert found[1].margin_pct == pytest.approx(0.1)
    gaps = monitoring_checks.gaps(plant, parse_period("2025-01-01..2025-06-30"),
                   today=date(2026, 1, 1))
    assert [(g.parameter, g.start, g.end) for g in gaps] == [
        ("SO4", date(2025, 3, 11), date(2025, 5, 9)),
        ("SO4", date(2025, 5, 11), date(2025, 6, 30)),
        ("Cu", date(2025, 5, 11), date(2025, 6, 30))]
    undo = ms.DeleteReadings(ids[:2])
    undo.apply(plant)
    assert len(ms.list_readings(plant, pid)) == len(readings) - 2
    undo.revert(plant)
    assert len(ms.list_readings(plant, pid)) == len(readings)


# ---------------------------------------------------------------- the demo and the CLI
def test_demo_register_ranks_the_old_pond_first(demo_db: Database) -> None:
    ranked = fs.ranking(demo_db)
    names = [r.formation.name for r in ranked]
    assert names[0].startswith("Nura tailings pond") and names[-1] == "Overburden dump No. 1"
    tsf = next(r for r in ranked if r.formation.name == "Tailings storage facility")
    assert tsf.formation.node_name == "Tailings storage facility"
    assert tsf.formation.ledger_t > 1e7  # three years of placed tailings
    found = monitoring_checks.exceedances(demo_db, parse_period("2025"))
    assert len(found) == 5 and not any(e.value == 0.3 for e in found)  # 0.3 = the limit
    assert {g.point for g in monitoring_checks.gaps(demo_db, parse_period("2025"))} == {
        "GW-1 well below the tailings dam"}


def test_cli_prints_the_register_and_exceedances(demo_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from greendesk.cli import main

    assert main(["tmf", "--db", str(demo_path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["formations"][0]
    assert first["assessment"]["rank"] == 1 and first["assessment"]["paying"] == ["Cu", "Au"]
    assert main(["tmf", "--db", str(demo_path)]) == 0
    assert "Nura tailings pond" in capsys.readouterr().out
    assert main(["exceedances", "--db", str(demo_path), "--period", "2025",
                 "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["exceedances"]) == 5 and len(out["gaps"]) == 3
    assert main(["exceedances", "--db", str(demo_path), "--period", "2025-13"]) == 2
    assert "no month 13" in capsys.readouterr().err
