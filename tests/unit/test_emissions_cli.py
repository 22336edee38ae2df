"""`greendesk emissions`, `ghg` and `factors import` on the demo plant and a hand-built one;
the norms' undo, a permit holding norms kept, and the demo's figures following its ledger."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from greendesk import periods
from greendesk.cli.main import main
from greendesk.errors import DomainError
from greendesk.services import emission_sources as es
from greendesk.services import permits
from greendesk.services.emissions import emission_lines
from greendesk.services.factors import versions
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database
from tests.unit.test_emissions import _library, _world


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_emissions_json_gives_activity_factor_eta_mass_norm_and_basis(
        plant: Database, clock, capsys: pytest.CaptureFixture[str]) -> None:
    clock(date(2026, 1, 10))
    w = _world(plant)
    _library(plant)
    pid, _ = permits.add_permit(plant, permits.PermitDraft(
        w["site"], "KZ1", date(2024, 1, 1), "", date(2024, 1, 1)))
    es.add_norm(plant, es.NormDraft(pid, w["source"], "CO2", None, 3650.0, date(2024, 1, 1)))
    out = _json(capsys, "emissions", "--db", str(plant.path), "--period", "2025-03",
                "--format", "json")
    co2 = next(x for x in out["lines"] if x["substance"] == "CO2")
    assert co2["activity"][0]["quantity"] == pytest.approx(100.0)
    assert co2["activity"][0]["factor"] == 74100 and co2["basis"] == "calculated"
    # 318.63 t against 3,650 t/year × 31/365 = 310 t: 8.63 t above
    assert (co2["mass_t"], co2["norm_t"], co2["exceedance_t"]) == (
        pytest.approx(318.63), pytest.approx(310.0), pytest.approx(8.63))
    assert out["exceedances"][0]["substance"] == "CO2"
    totals = {(t["site"], t["substance"]): t["mass_t"] for t in out["totals"]}
    assert totals[(None, "CO2")] == totals[("Test mine", "CO2")] == pytest.approx(318.63)
    so2 = next(x for x in out["lines"] if x["substance"] == "SO2")
    assert so2["mass_t"] is None and so2["missing"] == [
        "no factor for diesel_offroad / SO2 — load one"]
    assert main(["emissions", "--db", str(plant.path), "--period", "2025-03"]) == 0
    assert "no factor for diesel_offroad / SO2 — load one" in capsys.readouterr().out


def test_ghg_json_and_a_bad_period_or_site_is_one_sentence(
        plant: Database, clock, capsys: pytest.CaptureFixture[str]) -> None:
    clock(date(2026, 1, 10))
    _world(plant)
    _library(plant)
    out = _json(capsys, "ghg", "--db", str(plant.path), "--year", "2025", "--gwp", "AR4",
                "--format", "json")
    (fuel,) = out["fuels"]
    assert (fuel["activity"], fuel["activity_gj"]) == ("diesel_offroad", pytest.approx(4300.0))
    assert out["gwp"] == {"CO2": 1.0, "CH4": 25.0, "N2O": 298.0}
    assert out["above_threshold"] is False and out["threshold_t_co2"] == 20000.0
    assert main(["emissions", "--db", str(plant.path), "--period", "2025-13"]) == 2
    assert "There is no month 13" in capsys.readouterr().err
    assert main(["emissions", "--db", str(plant.path), "--period", "2025", "--site",
                 "Nowhere"]) == 2
    assert "'Nowhere' is not a site of the plant" in capsys.readouterr().err


def test_factors_import_lists_the_diff_and_refuses_a_file_without_citations(
        plant: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "factors.csv"
    good.write_text("substance,activity,value,unit,citation\n"
                    "NCV,diesel,43.0,TJ/Gg,IPCC 2006 Table 1.2\n"
                    "CO2,diesel,74100,kg/TJ,IPCC 2006 Table 2.3\n", encoding="utf-8")
    assert main(["factors", "import", str(good), "--db", str(plant.path)]) == 0
    assert "Loaded 2 factors: 2 added" in capsys.readouterr().out
    good.write_text("substance,activity,value,unit,citation\n"
                    "NCV,diesel,43.0,TJ/Gg,IPCC 2006 Table 1.2\n"
                    "CO2,diesel,74000,kg/TJ,IPCC 2006 Table 2.3\n", encoding="utf-8")
    assert main(["factors", "import", str(good), "--db", str(plant.path)]) == 0
    assert "Changed: diesel / CO2" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("substance,activity,value,unit\nCO2,diesel,1,kg/TJ\n", encoding="utf-8")
    assert main(["factors", "import", str(bad), "--db", str(plant.path)]) == 2
    assert "has no column 'citation'" in capsys.readouterr().err
    assert len(versions(plant)) == 2


def test_a_norm_is_undone_and_its_permit_is_kept_while_it_holds_one(plant: Database,
                                                                     clock) -> None:
    clock(date(2026, 1, 10))
    w = _world(plant)
    pid, _ = permits.add_permit(plant, permits.PermitDraft(
        w["site"], "KZ1", date(2024, 1, 1), "", date(2024, 1, 1)))
    nid, _ = es.add_norm(plant, es.NormDraft(pid, w["source"], "so2", 1.0, None,
                                             date(2024, 1, 1)))
    with pytest.raises(DomainError, match="Permit KZ1 holds emission norms"):
        permits.delete_permit(plant, pid)
    cmd = es.DeleteNorm(nid)
    cmd.apply(plant)
    assert es.list_norms(plant) == []
    cmd.revert(plant)
    (norm,) = es.list_norms(plant)
    assert (norm.id, norm.substance, norm.g_per_s) == (nid, "SO2", 1.0)
    with pytest.raises(DomainError, match="A norm states g/s, t/year or both"):
        es.add_norm(plant, es.NormDraft(pid, w["source"], "NOX", None, None, date(2024, 1, 1)))
    assert verify(plant).ok


def test_the_demo_shows_its_ledger_as_emissions_with_an_exceedance(demo_db: Database) -> None:
    year = periods.year(2025)
    lines = {(x.source.split()[0], x.substance): x for x in emission_lines(demo_db, year)}
    so2 = lines[("0001", "SO2")]
    # the sulphur balance gives what the ledger sends to the stack: 11,960 t concentrate ×
    # 30 % S × (1 − 0.95) × 2 ≈ 358.8 t a month, plus the coal's sulphur (0.02 × B × 0.8 % ×
    # 0.9 × (1 − 0.95), through the same acid plant): above the 4,000 t/year norm
    assert so2.mass_t > so2.norm_t == pytest.approx(4000.0)
    assert so2.exceedance_t == pytest.approx(so2.mass_t - 4000.0)
    assert lines[("0101", "DUST")].mass_t is None  # a norm, no factor: named, not zero
    nox = lines[("0001", "NOX")]  # monthly g/s at the stack's port: 13.5 + 0.5 × (month % 4)
    assert nox.basis == "measured"
    assert nox.mass_t == pytest.approx(14.25 * 8400 * 3600 / 1e6)  # mean 14.25 g/s, 8,400 h
    assert nox.exceedance_t == 0.0
    assert lines[("6001", "CO2")].mass_t > 20_000
    assert {x.source.split()[0] for x in emission_lines(demo_db, year)} == {
        "0001", "0101", "6001"}
    assert [s.number for s in es.list_sources(demo_db)] == ["0101", "0001", "6001"]


def test_a_new_plant_starts_with_the_default_library_citing_its_tables(tmp_path: Path) -> None:
    from greendesk.services.factors import current_factors
    from greendesk.services.new_plant import create_plant
    from greendesk.store.db import open_database
    from greendesk.validation import make_valid_bin

    path = create_plant(tmp_path / "new.sqlite", "New Copper LLP", make_valid_bin("100440"))
    db = open_database(path, create=False)
    try:
        rows = {(f.activity, f.substance): f for f in current_factors(db)}
    finally:
        db.close()
    assert rows[("diesel", "CO2")].value == 74100
    assert rows[("diesel", "NCV")].citation.endswith("Table 1.2 (gas/diesel oil)")
    assert all(f.citation for f in rows.values())


def test_a_node_or_site_an_emission_source_uses_is_not_deleted(plant: Database,
                                                                clock) -> None:
    from sqlalchemy import select

    from greendesk.models import Flow
    from greendesk.services import structure
    from greendesk.services.flows import DeleteFlows

    clock(date(2026, 1, 10))
    w = _world(plant)
    with plant.read() as s:
        flows = list(s.scalars(select(Flow.id)))
    DeleteFlows(flows).apply(plant)  # no flow holds the nodes any more
    with pytest.raises(DomainError, match="an emission source or its stream refers to it"):
        structure.delete_node(plant, w["supplier"])
    with pytest.raises(DomainError, match="it has emission sources; delete them first"):
        structure.delete_site(plant, w["site"])
