"""The greening plan's air indicators and the rational-use report's air sheet read the
emissions: hand-computed from 100 t of off-road diesel (IPCC 2006 factors) and 1,000 t
shipped, a site without sources has no figure (not a zero)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.models import MaterialCategory, NodeKind, QuantityKind
from greendesk.periods import year
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import write_report
from greendesk.reports.verify import verify_workbook
from greendesk.services import air_indicators as air
from greendesk.services import structure
from greendesk.services.checklist_template import load_template
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.indicators import compute
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.store.db import Database
from tests.unit.test_emissions import SULPHUR, _library, _world

# 100 t diesel × 43.0 GJ/t (IPCC 2006 Vol. 2 Table 1.2) = 4,300 GJ;
# CO2e = 4,300 × (74,100 + 4.15 × 28 + 28.6 × 265) / 10⁶ = 351.71936 t (Table 3.3.1, AR5)
CO2E_T = 4300 * (74100 + 4.15 * 28 + 28.6 * 265) / 1e6
# SO2 = 0.02 × 100 t × 0.2 % S × (1 − 0.5 scrubber) = 0.2 t
SO2_T = 0.2


def _shipping(db: Database, w: dict[str, int], tonnes: float = 1000.0) -> None:
    customer, _ = structure.add_node(db, structure.NodeDraft(w["site"], "Buyer",
                                                             NodeKind.CUSTOMER))
    ore, _ = add_material(db, MaterialDraft(name="Ore", category=MaterialCategory.PRODUCT,
                                            kind=QuantityKind.MASS, default_unit="t"))
    AddFlows([FlowDraft(date(2025, 6, 30), w["pit"], customer, ore, tonnes, "t")]).apply(db)


def test_emissions_and_ghg_per_tonne_shipped_by_hand(plant: Database, clock) -> None:
    clock(date(2026, 1, 10))
    w = _world(plant)
    _library(plant, SULPHUR)
    _shipping(plant, w)
    assert abs(CO2E_T - 351.71936) < 1e-9  # the hand figure above
    ghg = air.intensity(plant, air.GHG_KIND, w["site"], 2025)
    assert (ghg.numerator, ghg.shipped_t) == (pytest.approx(CO2E_T), 1000.0)
    assert ghg.value == pytest.approx(0.35171936)
    series = compute(plant, "emissions_per_tonne_product", w["site"], [2024, 2025])
    assert series.values == {2024: None, 2025: pytest.approx(SO2_T / 1000 * 1000)}  # kg/t
    assert compute(plant, "ghg_per_tonne_product", w["site"], [2025]).values == {
        2025: pytest.approx(0.35171936)}
    fugitive = compute(plant, "unorganised_sources_count", w["site"], [2024, 2025])
    assert fugitive.values == {2024: None, 2025: 1.0} and fugitive.missing is None


def test_no_source_or_nothing_shipped_is_no_figure(plant: Database, clock) -> None:
    clock(date(2026, 1, 10))
    site = structure.get_plant(plant).sites[0].id
    for key in ("emissions_per_tonne_product", "ghg_per_tonne_product",
                "unorganised_sources_count"):
        series = compute(plant, key, site, [2025])
        assert series.missing is not None and series.values.get(2025) is None
    w = _world(plant)
    _library(plant)  # no sulphur factor: no pollutant has a mass
    assert air.intensity(plant, air.EMISSIONS, w["site"], 2025).numerator is None
    assert air.intensity(plant, air.GHG_KIND, w["site"], 2025).value is None  # nothing shipped


def test_the_plan_names_the_air_indicators() -> None:
    measures = {m.id: m.indicators for m in load_template().measures}
    assert "emissions_per_tonne_product" in measures["M1"]
    assert "ghg_per_tonne_product" in measures["M4"]
    assert "unorganised_sources_count" in measures["M8"]


def test_rational_use_air_sheet_is_a_live_ratio(plant: Database, clock,
                                                tmp_path: Path) -> None:
    clock(date(2026, 1, 10))
    w = _world(plant)
    _library(plant, SULPHUR)
    _shipping(plant, w)
    path = tmp_path / "ru.xlsx"
    write_report(["rational-use"], ReportContext(plant, year(2025)), path)
    formulas = load_workbook(path)["Air indicators"]
    rows = [r for r in load_workbook(path, data_only=True)["Air indicators"].iter_rows(
        min_row=4, values_only=True) if r[0]]
    assert [(r[0], r[2], r[5]) for r in rows] == [
        (2025, "Emissions to air per tonne shipped", "kg/t"),
        (2025, "Greenhouse gases per tonne shipped", "t CO₂e/t")]
    assert formulas["G4"].value == '=IF(E4=0,"",D4/E4*1000)'
    assert (rows[0][3], rows[0][4], rows[0][6]) == (pytest.approx(SO2_T), 1000.0,
                                                    pytest.approx(0.2))
    assert formulas["G5"].value == '=IF(E5=0,"",D5/E5*1)'
    assert rows[1][6] == pytest.approx(0.35171936)
    assert verify_workbook(path, plant).matches
