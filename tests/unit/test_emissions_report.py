"""`report emissions` and `report ghg`: the services' figures cached under live formulas (the
excess over a norm, totals per site and enterprise, GJ = t × NCV, gases and CO₂e), a missing
factor named in a sentence and left blank (never zero), discharges on their own sheet, the
threshold flagged; verify rebuilds them, LibreOffice recomputes them, and the PEK report's
emissions sheet for a quarter."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.periods import month, quarter, year
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.registry import REPORTS, write_report
from greendesk.reports.verify import verify_workbook
from greendesk.services.emissions import emission_lines, ghg
from greendesk.store.db import Database
from tests.conftest import needs
from tests.unit.test_emissions import (
    test_a_discharge_is_its_water_times_the_measured_concentration as discharge_world,
)
from tests.unit.test_reports import SOFFICE, _recalculated

Y2025 = year(2025)


def _rows(ws) -> list[tuple]:  # type: ignore[no-untyped-def]
    out = []
    for r in ws.iter_rows(min_row=4, values_only=True):
        if all(v is None for v in r):
            break
        out.append(r)
    return out


@pytest.fixture
def book(demo_db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "air.xlsx"
    write_report(["emissions", "ghg"], ReportContext(demo_db, Y2025), path)
    return path


def test_emissions_per_source_and_substance_with_the_excess_live(book: Path,
                                                                 demo_db: Database) -> None:
    assert {"emissions", "ghg"} <= set(REPORTS)
    formulas = load_workbook(book)["Emissions to air"]
    rows = _rows(load_workbook(book, data_only=True)["Emissions to air"])
    lines = [x for x in emission_lines(demo_db, Y2025) if x.medium == "air"]
    assert len(rows) == sum(max(1, len(x.inputs)) for x in lines)
    # the smelter's SO2 comes from the sulphur balance (S left after the slag and blister ×
    # 2 × (1 − 0.95), the acid plant) and the coal (0.8 % S, through the same acid plant):
    # two rows, the norm and the excess on the second, over both masses
    so2 = next(x for x in lines if x.substance == "SO2" and x.source.startswith("0001"))
    n = next(i for i, r in enumerate(rows) if r[:2] == (so2.source, "SO2")) + 4
    gas, coal = rows[n - 4], rows[n - 3]
    assert gas[4].startswith("S: Copper concentrate − ")
    assert (gas[7], gas[8], gas[9]) == (2.0, "t/t S", 0.95)
    assert gas[10] == pytest.approx(gas[5] * 2 * (1 - 0.95))  # t S × 2 × (1 − η)
    # 0.02·B·S·(1 − η′)·(1 − η″)
    assert coal[10] == pytest.approx(0.02 * coal[5] * 0.8 * (1 - 0.1) * (1 - 0.95))
    assert formulas[f"M{n + 1}"].value == (f'=IF(OR(L{n + 1}="",COUNT(K{n}:K{n + 1})=0),"",'
                                           f'MAX(0,SUM(K{n}:K{n + 1})-L{n + 1}))')
    assert coal[11] == pytest.approx(4000.0) and so2.exceedance_t > 0
    assert coal[12] == pytest.approx(gas[10] + coal[10] - 4000.0, rel=1e-12)
    # the concentrator's dust has a norm and no factor: blank, named below, not zero
    dust = next(r for r in rows if r[0].startswith("0101"))
    assert (dust[10], dust[11], dust[12]) == (None, 45.0, None)
    text = [c.value for row in formulas.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("0101 Crushing building aspiration vent: no factor for ore_crushing / DUST"
               in t for t in text)
    assert next(r for r in rows if r[1] == "NOX")[3] == "measured"


def test_totals_per_site_and_enterprise_are_sums_of_the_sheet(book: Path,
                                                              demo_db: Database) -> None:
    formulas = load_workbook(book)["Emission totals"]
    rows = _rows(load_workbook(book, data_only=True)["Emission totals"])
    assert formulas["C4"].value.startswith("=SUMIFS('Emissions to air'!$K$4:")
    lines = [x for x in emission_lines(demo_db, Y2025) if x.medium == "air"]
    so2 = sum(x.mass_t for x in lines if x.substance == "SO2" and x.mass_t is not None)
    assert dict(((r[0], r[1]), r[2]) for r in rows)[("Enterprise, all sites", "SO2")] == \
        pytest.approx(so2, rel=1e-12)
    assert not any(r[1] == "DUST" for r in rows)  # no dust has a mass: no total of nothing


def test_ghg_activity_gases_and_co2e_are_formulas_against_the_threshold(
        book: Path, demo_db: Database) -> None:
    formulas = load_workbook(book)["Greenhouse gases"]
    values = load_workbook(book, data_only=True)["Greenhouse gases"]
    rows = _rows(values)
    app = ghg(demo_db, Y2025)
    assert sorted(r[1] for r in rows) == ["Diesel fuel (diesel_offroad)",
                                          "Karaganda coal (coal)"]
    assert [x.activity for x in app.lines] == ["coal", "diesel_offroad"]
    fleet = next(r for r in rows if r[1] == "Diesel fuel (diesel_offroad)")
    n = rows.index(fleet) + 4
    assert formulas[f"E{n}"].value == f"=C{n}*D{n}"
    # IPCC 2006 Vol. 2: NCV 43.0 TJ/Gg (Table 1.2), CO₂ 74,100 kg/TJ (Table 3.3.1)
    assert fleet[3] == 43.0 and fleet[5] == 74100.0
    assert fleet[4] == pytest.approx(fleet[2] * 43.0, rel=1e-12)
    assert fleet[8] == pytest.approx(fleet[2] * 43.0 * 74100.0 / 1e6, rel=1e-12)
    assert formulas[f"L{n}"].value == f"=N(I{n})+N(J{n})*28+N(K{n})*265"  # AR5
    assert fleet[11] == pytest.approx(fleet[8] + 28 * fleet[9] + 265 * fleet[10], rel=1e-12)
    labels = {r[0]: r[1] for r in values.iter_rows(values_only=True) if r[0]}
    assert labels["CO₂, total"] == pytest.approx(app.co2_t, rel=1e-12)
    assert labels["CO₂e, total"] == pytest.approx(app.co2e_t, rel=1e-12)
    assert labels["Threshold, CO₂"] == 20000
    assert labels["CO₂ minus the threshold (negative: below)"] == pytest.approx(app.co2_t - 20000, rel=1e-12)
    assert "The installation's CO₂ is above the threshold: it is subject to greenhouse gas " \
           "regulation." in labels
    above = next(r for r in range(1, values.max_row + 1)
                 if values.cell(r, 1).value == "CO₂ minus the threshold (negative: below)")
    assert formulas.cell(above, 2).value == f"=B{above - 3}-B{above - 1}"
    text = " ".join(str(v) for v in labels)
    assert "IPCC AR5 WG1 (2013), Table 8.A.1" in text and "Table 3.3.1" in text


def test_verify_rebuilds_both_in_russian_and_kazakh(demo_db: Database, tmp_path: Path) -> None:
    for language in ("ru", "kk"):
        path = tmp_path / f"air-{language}.xlsx"
        write_report(["emissions", "ghg"], ReportContext(demo_db, Y2025, language=language),
                     path)
        assert verify_workbook(path, demo_db).matches


def test_ghg_is_per_year_and_a_plant_without_sources_has_nothing(
        demo_db: Database, plant: Database, tmp_path: Path) -> None:
    with pytest.raises(NothingToReport, match="per calendar year"):
        write_report(["ghg"], ReportContext(demo_db, quarter(2025, 1)), tmp_path / "q.xlsx")
    with pytest.raises(NothingToReport, match="No emission source"):
        write_report(["emissions"], ReportContext(plant, Y2025), tmp_path / "e.xlsx")


def test_a_discharge_is_on_its_own_sheet_with_its_mass_a_formula(plant: Database, clock,
                                                                 tmp_path: Path) -> None:
    discharge_world(plant, clock)  # 50,000 m³ at a mean 25 mg/L SS in March 2025
    path = tmp_path / "water.xlsx"
    write_report(["emissions"], ReportContext(plant, month(2025, 3)), path)
    formulas = load_workbook(path)["Discharges to water"]
    rows = {r[1]: r for r in _rows(load_workbook(path, data_only=True)["Discharges to water"])}
    assert formulas["F4"].value == '=IF(E4="","",D4*E4/1000000)'
    ss = rows["SS"]
    assert (ss[3], ss[4], ss[5]) == (50_000.0, 25.0, pytest.approx(1.25))
    assert ss[7] == pytest.approx(1.25 - 12.0 * 31 / 365)
    assert rows["CU"][5] is None and "no concentration of CU" in rows["CU"][8]
    assert verify_workbook(path, plant).matches


def test_the_pek_report_has_the_quarters_emissions(demo_db: Database, tmp_path: Path) -> None:
    q3 = quarter(2025, 3)
    path = tmp_path / "pek.xlsx"
    write_report(["pek"], ReportContext(demo_db, q3), path)
    formulas = load_workbook(path)["Emissions to air"]
    rows = _rows(load_workbook(path, data_only=True)["Emissions to air"])
    lines = [x for x in emission_lines(demo_db, q3) if x.medium == "air"]
    assert [(r[0], r[1], r[3]) for r in rows] == [(x.source, x.substance, x.basis)
                                                  for x in lines]
    assert [r[4] for r in rows] == [None if x.mass_t is None else
                                    pytest.approx(x.mass_t, rel=1e-12) for x in lines]
    so2 = next(r for r in rows if r[0].startswith("0001") and r[1] == "SO2")
    n = rows.index(so2) + 4
    assert formulas[f"G{n}"].value == f'=IF(OR(E{n}="",F{n}=""),"",MAX(0,E{n}-F{n}))'
    assert so2[5] == pytest.approx(4000.0 * 92 / 365)  # the year's norm by the quarter's days
    assert so2[6] == pytest.approx(max(0.0, so2[4] - so2[5]))
    nox = next(r for r in rows if r[1] == "NOX")
    assert (nox[3], nox[8]) == ("measured", 20.0)  # the g/s norm beside the highest reading
    text = [c.value for row in formulas.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("no factor for ore_crushing / DUST" in t for t in text)
    assert verify_workbook(path, demo_db).matches


@needs(SOFFICE, reason="LibreOffice is not installed (CI installs libreoffice-calc)")
def test_libreoffice_recomputes_the_emissions_and_ghg_formulas(book: Path, demo_db: Database,
                                                               tmp_path: Path) -> None:
    wb = _recalculated(book, tmp_path)
    cached = load_workbook(book, data_only=True)
    for sheet, columns in (("Emissions to air", (12,)), ("Emission totals", (2, 3)),
                           ("Greenhouse gases", (4, 8, 9, 10, 11))):
        got, want = _rows(wb[sheet]), _rows(cached[sheet])
        assert len(got) == len(want) > 0
        for g, w in zip(got, want, strict=True):
            for c in columns:
                assert (g[c] in (None, "") and w[c] in (None, "")) or \
                    g[c] == pytest.approx(w[c], rel=1e-9, abs=1e-9), (sheet, c, g, w)
    labels = {r[0]: r[1] for r in wb["Greenhouse gases"].iter_rows(values_only=True) if r[0]}
    app = ghg(demo_db, Y2025)
    assert labels["CO₂, total"] == pytest.approx(app.co2_t, rel=1e-9)
    assert labels["CO₂ minus the threshold (negative: below)"] == pytest.approx(app.co2_t - 20000, rel=1e-9)


def test_a_factor_changed_in_the_year_shows_the_weighted_factor(plant: Database, clock,
                                                                tmp_path: Path) -> None:
    """100 t of diesel in March at 74,100 kg CO₂/TJ and 100 t in September at a factor of
    80,000 from 1 July: 4,300 GJ × 74,100 + 4,300 GJ × 80,000 = 662.63 t CO₂, shown as
    8,600 GJ at the year's weighted 77,050 kg/TJ so the formula gives the same tonnes."""
    from datetime import date

    from greendesk.services.factors import FactorDraft
    from greendesk.services.flows import AddFlows, FlowDraft
    from tests.unit.test_emissions import _library, _world

    clock(date(2026, 1, 10))
    w = _world(plant)
    _library(plant, FactorDraft("CO2", "diesel_offroad", 80000.0, "kg/TJ", "test",
                                valid_from=date(2025, 7, 1)))
    AddFlows([FlowDraft(date(2025, 9, 1), w["supplier"], w["pit"], w["diesel"], 100.0,
                        "t")]).apply(plant)
    path = tmp_path / "ghg.xlsx"
    write_report(["ghg"], ReportContext(plant, Y2025), path)
    values = load_workbook(path, data_only=True)["Greenhouse gases"]
    (row,) = _rows(values)
    assert (row[2], row[3], row[4]) == (200.0, 43.0, pytest.approx(8600.0))
    assert row[5] == pytest.approx(77050.0) and row[8] == pytest.approx(662.63)
    text = [c for r in values.iter_rows(values_only=True) for c in r if isinstance(c, str)]
    assert any("weighted values shown" in t for t in text)
    assert verify_workbook(path, plant).matches
