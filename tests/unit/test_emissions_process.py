"""Process CO₂ by the carbon balance of a source's node, from the ledger and the library's
carbon contents (IPCC 2006 GL Vol. 3 ch. 4 Table 4.3: coke 0.83, limestone 0.12 t C/t),
computed by hand; in `ghg` beside the fuels and in the threshold total."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from greendesk import periods
from greendesk.errors import render
from greendesk.models import MaterialCategory, NodeKind, QuantityKind
from greendesk.models.emissions import EmissionSourceKind
from greendesk.services import emission_sources as es
from greendesk.services import structure
from greendesk.services.emissions import emission_lines, ghg
from greendesk.services.factors import FactorDraft, default_drafts, load_factors
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.store.db import Database
from tests.conftest import needs
from tests.unit.test_reports import SOFFICE, _recalculated

T43 = "IPCC 2006 GL Vol. 3 ch. 4, Table 4.3"
COKE = FactorDraft("C", "coke_reductant", 830.0, "kg/t", T43)
LIMESTONE = FactorDraft("C", "limestone", 120.0, "kg/t", T43)


def _smelter(db: Database) -> None:
    """1,000 t coke and 500 t limestone into the smelter in March 2025, 2,000 t matte out."""
    site = structure.get_plant(db).sites[0].id
    supplier, _ = structure.add_node(db, structure.NodeDraft(site, "Supplier",
                                                             NodeKind.SUPPLIER))
    smelter, _ = structure.add_node(db, structure.NodeDraft(site, "Smelter", NodeKind.PROCESS))
    buyer, _ = structure.add_node(db, structure.NodeDraft(site, "Buyer", NodeKind.CUSTOMER))
    mats = {n: add_material(db, MaterialDraft(name=n, category=MaterialCategory.RAW_MATERIAL,
                                              kind=QuantityKind.MASS, default_unit="t"))[0]
            for n in ("Coke", "Limestone", "Matte")}
    AddFlows([FlowDraft(date(2025, 3, 10), supplier, smelter, mats["Coke"], 1000.0, "t"),
              FlowDraft(date(2025, 3, 10), supplier, smelter, mats["Limestone"], 500.0, "t"),
              FlowDraft(date(2025, 3, 20), smelter, buyer, mats["Matte"], 2000.0, "t")]
             ).apply(db)
    es.add_source(db, es.SourceDraft(
        site, "0001", "Smelter stack", EmissionSourceKind.ORGANISED, node_id=smelter,
        streams=(es.StreamDraft(supplier, smelter, mats["Coke"], "coke_reductant"),
                 es.StreamDraft(supplier, smelter, mats["Limestone"], "limestone"),
                 es.StreamDraft(smelter, buyer, mats["Matte"], "matte"))))


def _library(db: Database, *extra: FactorDraft) -> None:
    """The default set (which ships coke 830 and limestone 120 kg C/t) with `extra` rows
    in place of the defaults for their activity and substance."""
    drafts, sha = default_drafts()
    mine = {(d.activity, d.substance) for d in extra}
    kept = [d for d in drafts if (d.activity, d.substance) not in mine]
    load_factors(db, [*kept, *extra], "factors.csv", sha + "x")


def test_process_co2_is_the_carbon_in_less_the_carbon_out_times_44_12(plant: Database,
                                                                      clock) -> None:
    clock(date(2026, 1, 10))
    _smelter(plant)
    # Matte 5 kg C/t: the plant's assay (a test figure, not a default).
    _library(plant, COKE, LIMESTONE, FactorDraft("C", "matte", 5.0, "kg/t", "assay"))
    report = ghg(plant, periods.year(2025))
    (line,) = report.process
    # (1,000 × 0.83 + 500 × 0.12 − 2,000 × 0.005) × 44/12 = 880 × 3.6667 = 3,226.667 t
    assert line.co2_t == pytest.approx(3226.6667, rel=1e-6)
    assert [t.name for t in line.outputs] == ["Matte (matte)"]
    assert report.lines == []  # coke as a reductant is no fuel line
    assert report.co2_t == pytest.approx(3226.6667, rel=1e-6)
    assert report.co2e_t == pytest.approx(report.co2_t)
    assert T43 in line.citations
    # A carbon content makes no "C" line among the pollutants.
    assert all(x.substance != "C" for x in emission_lines(plant, periods.year(2025)))


def test_without_an_output_content_the_outputs_are_not_counted(plant: Database,
                                                               clock) -> None:
    clock(date(2026, 1, 10))
    _smelter(plant)
    _library(plant)  # the shipped carbon contents of coke and limestone
    (line,) = ghg(plant, periods.year(2025)).process
    assert line.co2_t == pytest.approx(890.0 * 44 / 12)  # matte carries no recorded carbon


def test_a_carbon_content_missing_for_part_of_the_year_is_named(plant: Database,
                                                                clock) -> None:
    clock(date(2026, 1, 10))
    _smelter(plant)
    later = FactorDraft("C", "limestone", 120.0, "kg/t", T43, valid_from=date(2025, 7, 1))
    _library(plant, COKE, later)
    report = ghg(plant, periods.year(2025))
    (line,) = report.process
    assert line.co2_t is None
    assert report.co2_t == 0.0
    assert [render(m) for m in report.missing] == [
        "no carbon content for Limestone (limestone) — load one"]


def _workbook(db: Database, clock, tmp_path: Path) -> Path:
    """The smelter's GHG workbook for 2025 with the shipped carbon contents."""
    from greendesk.reports.context import ReportContext
    from greendesk.reports.registry import write_report

    clock(date(2026, 1, 10))
    _smelter(db)
    _library(db)
    path = tmp_path / "ghg.xlsx"
    write_report(["ghg"], ReportContext(db, periods.year(2025)), path)
    return path


def test_the_ghg_workbook_has_the_process_line_in_its_co2_total(plant: Database, clock,
                                                                tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from greendesk.reports.verify import verify_workbook

    path = _workbook(plant, clock, tmp_path)
    values = load_workbook(path, data_only=True)["Greenhouse gases"]
    formulas = load_workbook(path)["Greenhouse gases"]
    (n, row), = [(r[0].row, [c.value for c in r]) for r in values.iter_rows(min_row=4)
                 if isinstance(r[1].value, str) and "carbon balance" in r[1].value]
    assert row[1] == ("process CO₂ of 0001 Smelter stack by carbon balance "
                      "(Coke (coke_reductant), Limestone (limestone))")
    assert row[8] == pytest.approx(890.0 * 44 / 12)  # 830 + 60 t C
    assert formulas[f"L{n}"].value == f'=IF(I{n}="","",N(I{n}))'
    labels = {r[0]: r[1] for r in values.iter_rows(values_only=True) if r[0]}
    assert labels["CO₂, total"] == pytest.approx(890.0 * 44 / 12)
    text = " ".join(str(v) for v in labels)
    assert "IPCC 2006 GL Vol. 3 ch. 4, Table 4.3 (coke)" in text
    assert verify_workbook(path, plant).matches


@needs(SOFFICE, reason="LibreOffice is not installed (CI installs libreoffice-calc)")
def test_libreoffice_recomputes_the_process_line_and_total(plant: Database, clock,
                                                           tmp_path: Path) -> None:
    path = _workbook(plant, clock, tmp_path)
    labels = {r[0]: r[1] for r in _recalculated(path, tmp_path)["Greenhouse gases"]
              .iter_rows(values_only=True) if r[0]}
    assert labels["CO₂, total"] == pytest.approx(890.0 * 44 / 12, rel=1e-9)
    assert labels["CO₂e, total"] == pytest.approx(890.0 * 44 / 12, rel=1e-9)


def test_the_json_output_lists_the_process_line(plant: Database, clock) -> None:
    from greendesk.cli.emissions import ghg_dict

    clock(date(2026, 1, 10))
    _smelter(plant)
    _library(plant)
    got = ghg_dict(ghg(plant, periods.year(2025)))
    process = got["process"]
    assert isinstance(process, list)
    (line,) = process
    assert line["method"] == "carbon balance"
    assert [(t["material"], t["carbon_t"]) for t in line["inputs"]] == [
        ("Coke (coke_reductant)", pytest.approx(830.0)),
        ("Limestone (limestone)", pytest.approx(60.0))]
    assert line["co2_t"] == pytest.approx(890.0 * 44 / 12)
    assert got["total"] == {"co2_t": pytest.approx(890.0 * 44 / 12),
                            "co2e_t": pytest.approx(890.0 * 44 / 12)}
