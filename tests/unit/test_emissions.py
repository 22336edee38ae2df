"""Emissions to air computed by hand with the factors they cite: M = A × EF × (1 − η), SO₂
from sulphur, measured readings before calculation, norms prorated and exceedances, a missing
factor named (never zero), the sources' undo, the library's versions and diff, and GHG with
either GWP set against the 20,000 t CO₂ threshold."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from greendesk import periods
from greendesk.errors import DomainError, render
from greendesk.models import MaterialCategory, NodeKind, QuantityKind
from greendesk.models.emissions import EmissionSourceKind
from greendesk.models.formations import Medium, SourceKind
from greendesk.services import emission_sources as es
from greendesk.services import monitoring as ms
from greendesk.services import permits, structure
from greendesk.services.emissions import emission_lines, ghg, substance_masses
from greendesk.services.factors import (
    FactorDraft,
    current_factors,
    default_drafts,
    load_default_factors,
    load_factors,
    versions,
)
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database

MARCH = periods.month(2025, 3)
CITE = "test"


def _world(db: Database, diesel_t: float = 100.0) -> dict[str, int]:
    """One site: a fuel supplier feeding the haul fleet `diesel_t` t of diesel in March 2025."""
    site = structure.get_plant(db).sites[0].id
    supplier, _ = structure.add_node(db, structure.NodeDraft(site, "Fuel supplier",
                                                             NodeKind.SUPPLIER))
    pit, _ = structure.add_node(db, structure.NodeDraft(site, "Open pit", NodeKind.PROCESS))
    diesel, _ = add_material(db, MaterialDraft(name="Diesel", category=MaterialCategory.ENERGY_CARRIER,
                                               kind=QuantityKind.MASS, default_unit="t"))
    AddFlows([FlowDraft(date(2025, 3, 15), supplier, pit, diesel, diesel_t, "t")]).apply(db)
    sid, _ = es.add_source(db, es.SourceDraft(
        site, "6001", "Haul fleet", EmissionSourceKind.FUGITIVE, node_id=pit, mobile=True,
        streams=(es.StreamDraft(supplier, pit, diesel, "Diesel_offroad"),),
        abatement=(es.AbatementDraft("Scrubber", "so2", 0.5),)))
    return {"site": site, "supplier": supplier, "pit": pit, "diesel": diesel, "source": sid}


def _library(db: Database, *extra: FactorDraft) -> None:
    drafts, sha = default_drafts()
    load_factors(db, [*drafts, *extra], "factors.csv", sha + "x")


SULPHUR = FactorDraft("SO2", "diesel_offroad", 0.2, "%S", CITE, parameter=0.0)


def _line(db: Database, substance: str, period: periods.Period = MARCH):
    (line,) = [x for x in emission_lines(db, period) if x.substance == substance]
    return line


def test_co2_of_the_haul_fleet_is_fuel_times_ncv_times_the_cited_factor(plant: Database,
                                                                      clock) -> None:
    clock(date(2026, 1, 10))
    _world(plant)
    _library(plant)
    line = _line(plant, "CO2")
    # 100 t × 43.0 GJ/t (Table 1.2) = 4,300 GJ = 4.3 TJ; × 74,100 kg/TJ (Table 3.3.1) = 318.63 t
    assert line.mass_t == pytest.approx(318.63)
    assert line.basis == "calculated" and line.inputs[0].energy_gj == pytest.approx(4300.0)
    assert "Table 3.3.1" in line.inputs[0].factor.citation


def test_so2_from_sulphur_less_abatement_against_a_prorated_norm(plant: Database,
                                                                 clock) -> None:
    clock(date(2026, 1, 10))
    w = _world(plant)
    _library(plant, SULPHUR)
    pid, _ = permits.add_permit(plant, permits.PermitDraft(
        w["site"], "KZ1", date(2024, 1, 1), "", date(2024, 1, 1)))
    es.add_norm(plant, es.NormDraft(pid, w["source"], "SO2", 0.01, 0.73, date(2024, 1, 1)))
    line = _line(plant, "SO2")
    # 0.02 × 100 t × 0.2 % × (1 − 0) × (1 − 0.5) = 0.2 t; norm 0.73 t/year × 31/365 = 0.062 t
    assert line.mass_t == pytest.approx(0.2)
    assert line.norm_t == pytest.approx(0.062)
    assert line.exceedance_t == pytest.approx(0.138)
    (mass,) = [m for m in substance_masses(plant, MARCH) if m.substance == "SO2"]
    assert (mass.source_id, mass.mass_t, mass.norm_t, mass.basis, mass.mobile) == (
        w["source"], pytest.approx(0.2), pytest.approx(0.062), "calculated", True)


def test_a_substance_without_a_factor_is_named_not_counted_as_zero(plant: Database,
                                                                   clock) -> None:
    clock(date(2026, 1, 10))
    w = _world(plant)
    _library(plant)
    pid, _ = permits.add_permit(plant, permits.PermitDraft(
        w["site"], "KZ1", date(2024, 1, 1), "", date(2024, 1, 1)))
    es.add_norm(plant, es.NormDraft(pid, w["source"], "Dust", None, 5.0, date(2024, 1, 1)))
    line = _line(plant, "DUST")
    assert line.mass_t is None and line.exceedance_t is None
    assert [render(m) for m in line.missing] == [
        "no factor for diesel_offroad / DUST — load one"]
    assert "DUST" not in {m.substance for m in substance_masses(plant, MARCH)}
    # so2 is abated, so listed, with no factor in the default set either
    assert _line(plant, "SO2").mass_t is None


def test_readings_in_g_per_s_at_the_linked_point_take_precedence(plant: Database,
                                                                 clock) -> None:
    clock(date(2026, 1, 10))
    w = _world(plant)
    _library(plant, SULPHUR)
    point, _ = ms.add_point(plant, ms.PointDraft("Stack 1 port", SourceKind.STACK, Medium.AIR,
                                                 site_id=w["site"]))
    param, _ = ms.add_parameter(plant, "SO2", "Sulphur dioxide", "g/s")
    ms.add_readings(plant, [ms.ReadingDraft(point, param, date(2025, 3, 3), 1.0),
                            ms.ReadingDraft(point, param, date(2025, 3, 20), 3.0),
                            ms.ReadingDraft(point, param, date(2025, 4, 2), 50.0)])
    draft = es.SourceDraft(w["site"], "6001", "Haul fleet", EmissionSourceKind.FUGITIVE,
                           monitoring_point_id=point, hours_per_year=8760.0,
                           streams=(es.StreamDraft(w["supplier"], w["pit"], w["diesel"],
                                                   "diesel_offroad"),))
    es.EditSource(w["source"], draft).apply(plant)
    line = _line(plant, "SO2")
    # mean 2 g/s × (8,760 h × 31/365 = 744 h) × 3,600 s/h = 5.3568 t
    assert (line.basis, line.mass_t) == ("measured", pytest.approx(5.3568))
    assert _line(plant, "CO2").basis == "calculated"  # no CO2 readings at the point
    nox, _ = ms.add_parameter(plant, "NOX", "Nitrogen oxides", "g/s")
    ms.add_readings(plant, [ms.ReadingDraft(point, nox, date(2025, 3, 9), 0.5)])
    # read at the point though no factor, norm or abatement names it: 0.5 g/s × 744 h
    assert (_line(plant, "NOX").basis, _line(plant, "NOX").mass_t) == (
        "measured", pytest.approx(1.3392))
    # the highest reading against the permit's g/s norm: 3.0 against 2.5 g/s
    pid, _ = permits.add_permit(plant, permits.PermitDraft(
        w["site"], "KZ1", date(2024, 1, 1), "", date(2024, 1, 1)))
    es.add_norm(plant, es.NormDraft(pid, w["source"], "SO2", 2.5, None, date(2024, 1, 1)))
    so2 = _line(plant, "SO2")
    assert (so2.max_g_per_s, so2.norm_g_per_s, so2.exceedance_g_per_s) == (3.0, 2.5, 0.5)
    assert so2.norm_t is None and so2.exceedance_t is None
    # without working hours g/s cannot become tonnes: said, not computed, not zero
    es.EditSource(w["source"], replace(draft, hours_per_year=None)).apply(plant)
    so2 = _line(plant, "SO2")
    assert (so2.basis, so2.mass_t) == ("measured", None)
    assert [render(m) for m in so2.missing] == [
        "SO2 is read in g/s at the source, but its working hours a year are not given — enter "
        "them"]


def test_a_source_is_undone_and_redone_with_its_streams_and_audited(plant: Database,
                                                                    clock) -> None:
    clock(date(2026, 1, 10))
    w = _world(plant)
    site = w["site"]
    cmd = es.AddSource(es.SourceDraft(site, "0001", "Smelter stack", EmissionSourceKind.ORGANISED,
                                      height_m=120.0, diameter_m=6.0, streams=(es.StreamDraft(
                                          w["supplier"], w["pit"], w["diesel"], "diesel", 0.4),)))
    cmd.apply(plant)
    _library(plant)
    assert {x.source for x in emission_lines(plant, MARCH)} == {"0001 Smelter stack",
                                                                 "6001 Haul fleet"}
    (co2,) = [x for x in emission_lines(plant, MARCH) if x.source.startswith("0001")
              and x.substance == "CO2"]
    assert co2.mass_t == pytest.approx(40.0 * 43.0 * 74100 * 1e-6)  # 40 % of the stream
    (row,) = [r for r in es.list_sources(plant) if r.number == "0001"]
    edit = es.EditSource(row.id, replace(cmd.draft, name="Main stack"), row.version)
    edit.apply(plant)
    with pytest.raises(DomainError):  # opened before that edit: refused, not overwritten
        es.EditSource(row.id, replace(cmd.draft, name="Old stack"), row.version).apply(plant)
    edit.revert(plant)
    cmd.revert(plant)
    assert {x.source for x in emission_lines(plant, MARCH)} == {"6001 Haul fleet"}
    cmd.apply(plant)
    assert len([x for x in emission_lines(plant, MARCH) if x.source.startswith("0001")]) == 3
    assert verify(plant).ok


@pytest.mark.parametrize(("change", "sentence"), [
    (dict(number=" "), "Enter the source's number"),
    (dict(number="6001"), "already has a source numbered '6001'"),
    (dict(height_m=0.0), "above zero"),
    (dict(abatement=(es.AbatementDraft("ESP", "Dust", 1.0),)), "below 1, not 1.0"),
])
def test_bad_sources_are_refused_in_one_sentence(plant: Database, clock, change: dict,
                                                 sentence: str) -> None:
    clock(date(2026, 1, 10))
    w = _world(plant)
    draft = replace(es.SourceDraft(w["site"], "0002", "Stack", EmissionSourceKind.ORGANISED),
                    **change)
    with pytest.raises(DomainError, match=sentence):
        es.add_source(plant, draft)


def test_a_source_with_norms_is_not_deleted(plant: Database, clock) -> None:
    clock(date(2026, 1, 10))
    w = _world(plant)
    pid, _ = permits.add_permit(plant, permits.PermitDraft(
        w["site"], "KZ1", date(2024, 1, 1), "", date(2024, 1, 1)))
    es.add_norm(plant, es.NormDraft(pid, w["source"], "SO2", None, 1.0, date(2024, 1, 1)))
    with pytest.raises(DomainError, match="has permit norms; delete them first"):
        es.DeleteSource(w["source"]).apply(plant)


def test_the_library_keeps_versions_and_says_what_a_reload_changed(plant: Database) -> None:
    load_default_factors(plant)
    assert load_default_factors(plant).entities == frozenset()  # loaded once only
    drafts, sha = default_drafts()
    changed = [replace(d, value=75000.0) if (d.substance, d.activity) == ("CO2", "diesel")
               else d for d in drafts if (d.substance, d.activity) != ("N2O", "coal")]
    diff, _ = load_factors(plant, [*changed, SULPHUR], "plant.csv", "abc")
    assert (diff.added, diff.removed, diff.changed) == (
        ["diesel_offroad / SO2"], ["coal / N2O"], ["diesel / CO2"])
    assert [v.file_name for v in versions(plant)] == ["plant.csv", "emission_factors.csv"]
    again, _ = load_factors(plant, [*changed, SULPHUR], "plant.csv", "abc")
    assert again.version_id is None
    assert {(f.activity, f.substance, f.value) for f in current_factors(plant)} >= {
        ("diesel", "CO2", 75000.0)}


@pytest.mark.parametrize(("row", "sentence"), [
    (FactorDraft("CO2", "diesel", 1.0, "kg/m3", CITE), "'kg/m3' is not a factor unit"),
    (FactorDraft("CO2", "diesel", 1.0, "kg/TJ", " "), "cites its source"),
    (FactorDraft("CO2", "diesel", -1.0, "kg/TJ", CITE), "cannot be negative"),
])
def test_bad_factor_rows_refuse_the_whole_file(plant: Database, row: FactorDraft,
                                               sentence: str) -> None:
    with pytest.raises(DomainError, match=sentence):
        load_factors(plant, [FactorDraft("NCV", "diesel", 43.0, "TJ/Gg", CITE), row], "f.csv",
                     "x")
    assert versions(plant) == []


@pytest.mark.parametrize(("gwp", "co2e"), [
    # CO2 318.63 t; CH4 4.3 TJ × 4.15 kg/TJ = 17.845 kg; N2O 4.3 × 28.6 = 122.98 kg
    ("AR5", 318.63 + 0.017845 * 28 + 0.12298 * 265),
    ("AR4", 318.63 + 0.017845 * 25 + 0.12298 * 298),
])
def test_ghg_per_fuel_in_co2_equivalent_with_the_chosen_gwp_set(plant: Database, clock,
                                                               gwp: str, co2e: float) -> None:
    clock(date(2026, 1, 10))
    _world(plant)
    _library(plant)
    report = ghg(plant, periods.year(2025), gwp)
    (line,) = report.lines
    assert (line.activity, line.energy_gj) == ("diesel_offroad", pytest.approx(4300.0))
    assert line.mass_t["CH4"] == pytest.approx(0.017845)
    assert report.co2e_t == pytest.approx(co2e)
    assert not report.above_threshold


def test_an_installation_above_20000_t_co2_is_flagged(plant: Database, clock) -> None:
    clock(date(2026, 1, 10))
    _world(plant, diesel_t=7000.0)  # 7,000 t × 43.0 × 74,100 kg/TJ = 22,304.1 t CO2
    _library(plant)
    report = ghg(plant, periods.year(2025))
    assert report.co2_t == pytest.approx(22304.1)
    assert report.above_threshold


def test_a_discharge_is_its_water_times_the_measured_concentration(plant: Database,
                                                                   clock) -> None:
    clock(date(2026, 1, 10))
    db = plant
    site = structure.get_plant(db).sites[0].id
    pit, _ = structure.add_node(db, structure.NodeDraft(site, "Mine dewatering",
                                                        NodeKind.PROCESS))
    river, _ = structure.add_node(db, structure.NodeDraft(site, "Nura river",
                                                          NodeKind.ENVIRONMENT))
    water, _ = add_material(db, MaterialDraft(name="Mine water", category=MaterialCategory.WATER,
                                              kind=QuantityKind.VOLUME, default_unit="m³"))
    AddFlows([FlowDraft(date(2025, 3, 31), pit, river, water, 50_000.0, "m³")]).apply(db)
    point, _ = ms.add_point(db, ms.PointDraft("Outfall 1", SourceKind.DISCHARGE,
                                              Medium.SURFACE_WATER, site_id=site))
    ss, _ = ms.add_parameter(db, "SS", "Suspended solids", "mg/L")
    cu, _ = ms.add_parameter(db, "CU", "Copper", "mg/L")
    ms.add_readings(db, [ms.ReadingDraft(point, ss, date(2025, 3, 5), 20.0),
                         ms.ReadingDraft(point, ss, date(2025, 3, 25), 30.0),
                         ms.ReadingDraft(point, cu, date(2025, 2, 25), 0.5)])
    sid, _ = es.add_source(db, es.SourceDraft(
        site, "В-1", "Mine water outfall", EmissionSourceKind.DISCHARGE,
        monitoring_point_id=point, streams=(es.StreamDraft(pit, river, water, "mine_water"),)))
    pid, _ = permits.add_permit(db, permits.PermitDraft(site, "KZ1", date(2024, 1, 1), "",
                                                        date(2024, 1, 1)))
    es.add_norm(db, es.NormDraft(pid, sid, "SS", None, 12.0, date(2024, 1, 1)))
    es.add_norm(db, es.NormDraft(pid, sid, "CU", None, 0.1, date(2024, 1, 1)))
    lines = {x.substance: x for x in emission_lines(db, MARCH)}
    # 50,000 m³ × mean 25 mg/L = 1,250,000 g = 1.25 t; norm 12 t/year × 31/365 = 1.0192 t
    ss_line = lines["SS"]
    assert (ss_line.medium, ss_line.concentration_mg_l) == ("water", 25.0)
    assert ss_line.mass_t == pytest.approx(1.25)
    assert ss_line.exceedance_t == pytest.approx(1.25 - 12.0 * 31 / 365)
    assert ss_line.inputs[0].unit == "m³" and ss_line.inputs[0].fuel_t == 50_000.0
    # copper was measured in February only: named, not zero, not in the fee's masses
    assert lines["CU"].mass_t is None
    assert [render(m) for m in lines["CU"].missing] == [
        "no concentration of CU measured at the discharge point in the period — record one"]
    (mass,) = substance_masses(db, MARCH)
    assert (mass.substance, mass.medium, mass.mobile) == ("SS", "water", False)
    assert ghg(db, periods.year(2025)).lines == []  # water is no fuel


def test_a_factor_changed_inside_the_period_applies_from_its_day(plant: Database,
                                                                 clock) -> None:
    clock(date(2026, 1, 10))
    w = _world(plant)  # 100 t in March
    AddFlows([FlowDraft(date(2025, 2, 10), w["supplier"], w["pit"], w["diesel"], 100.0,
                        "t")]).apply(plant)
    load_factors(plant, [
        FactorDraft("NCV", "diesel_offroad", 43.0, "TJ/Gg", CITE),
        FactorDraft("CO2", "diesel_offroad", 74100.0, "kg/TJ", CITE,
                    valid_until=date(2025, 2, 28)),
        FactorDraft("CO2", "diesel_offroad", 80000.0, "kg/TJ", "plant's Tier 2",
                    valid_from=date(2025, 3, 1))], "tier2.csv", "t2")
    line = _line(plant, "CO2", periods.quarter(2025, 1))
    # February at 74,100 kg/TJ: 318.63 t; March at 80,000: 4.3 TJ × 80 t/TJ = 344 t
    assert line.mass_t == pytest.approx(318.63 + 344.0)
    assert line.inputs[0].fuel_t == pytest.approx(200.0)
    assert line.inputs[0].factor.value == 80000.0  # the last one applied is shown
    assert _line(plant, "CO2", periods.month(2025, 2)).mass_t == pytest.approx(318.63)
    (fuel,) = ghg(plant, periods.year(2025)).lines
    assert (fuel.fuel_t, fuel.mass_t["CO2"]) == (pytest.approx(200.0),
                                                 pytest.approx(318.63 + 344.0))
