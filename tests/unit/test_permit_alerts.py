"""The calendar beside the permit register: waste limits exceeded and permits or licences
expiring listed with the obligations (service and `obligations --format json`); the GHG
inventory judged by the installation's CO₂ of the year before; the month close naming the
sources without a factor for a normed substance in a quarter's last month."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from greendesk.cli.main import main
from greendesk.models import FacilityCategory
from greendesk.services import month_close, obligations, permits, structure
from greendesk.services import obligation_calendar as oc
from greendesk.services.permit_alerts import (
    CONTRACTORS_PLACE,
    LICENCE_EXPIRY,
    PERMIT_EXPIRY,
    PERMITS_PLACE,
    WASTE_LIMIT,
    permit_alerts,
)
from greendesk.services.waste import ContractorDraft, add_contractor
from greendesk.store.db import Database, open_database
from greendesk.validation import make_valid_bin
from tests.unit.test_emissions import _library, _world


def test_a_waste_limit_exceeded_last_year_and_this_year_so_far(demo_db: Database) -> None:
    alerts = permit_alerts(demo_db, date(2026, 3, 1))
    limits = [a for a in alerts if a.kind == WASTE_LIMIT]
    assert [(a.number, a.day, a.on_course) for a in limits] == [
        ("KZ41VCZ00005678", date(2025, 12, 31), False),
        ("KZ41VCZ00005678", date(2026, 3, 1), True)]  # the oil is still in store
    text = limits[0].message.render()
    assert "Waste engine oil stored 72.000 t at the end of 2025" in text
    assert "by 12.000 t" in text
    assert all(a.place == PERMITS_PLACE and a.site_id is not None and a.urgent
               for a in limits)
    # December 2025: the year is not over, the figure so far is already beyond the limit
    (so_far,) = [a for a in permit_alerts(demo_db, date(2025, 12, 20)) if a.on_course]
    assert "already above the year's accumulation limit of 60.000 t" in so_far.message.render()


def test_a_limit_not_reached_gives_no_alert(demo_db: Database) -> None:
    permit = next(p for p in permits.list_permits(demo_db) if p.number == "KZ41VCZ00005678")
    from greendesk.services.permit_terms import WasteLimit, permit_terms, set_permit_terms

    terms = permit_terms(demo_db, permit.id)
    set_permit_terms(demo_db, permit.id, list(terms.conditions),
                     [WasteLimit(x.waste_type_id, 100.0, x.burial_t) for x in terms.waste_limits])
    assert [a for a in permit_alerts(demo_db, date(2026, 3, 1)) if a.kind == WASTE_LIMIT] == []


def test_permits_and_licences_expiring_are_listed_with_their_place(demo_db: Database) -> None:
    add_contractor(demo_db, ContractorDraft("Demo Recycling LLP", make_valid_bin("180240"),
                                            "LIC-9", date(2031, 1, 20), "R9"))
    alerts = [a for a in permit_alerts(demo_db, date(2030, 12, 1)) if a.kind != WASTE_LIMIT]
    assert [(a.kind, a.number, a.place, a.urgent) for a in alerts] == [
        (PERMIT_EXPIRY, "KZ17VCZ00002468", PERMITS_PLACE, True),
        (LICENCE_EXPIRY, "LIC-9", CONTRACTORS_PLACE, False)]
    assert alerts[0].site_id is not None and alerts[1].site_id is None
    assert alerts[1].message.render() == ("Licence LIC-9 of Demo Recycling LLP expires on "
                                          "2031-01-20 (days left: 50)")


def test_obligations_json_lists_the_permit_conditions_under_their_own_key(
        demo_path: Path, clock, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    clock(date(2026, 3, 1))
    assert main(["obligations", "--db", str(demo_path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["obligations"] and all("code" in i for i in out["obligations"])
    (year_end, so_far) = out["permit_conditions"]
    assert (year_end["kind"], year_end["number"], year_end["day"], year_end["on_course"]) == (
        WASTE_LIMIT, "KZ41VCZ00005678", "2025-12-31", False)
    assert so_far["on_course"] and so_far["place"] == "permits"
    assert main(["obligations", "--db", str(demo_path)]) == 0
    table = capsys.readouterr().out
    assert "Permit conditions at risk:" in table
    assert "ghg_t_co2 2025: 52670 (threshold 20000)" in table  # the inventory's row says why


# ------------------------------------------------------------- the GHG threshold
def test_the_demo_is_above_the_ghg_threshold_and_the_item_names_the_year(
        demo_db: Database, clock) -> None:  # type: ignore[no-untyped-def]
    clock(date(2026, 3, 1))
    obligations.ensure_default_register(demo_db)
    items = oc.calendar(demo_db, date(2026, 1, 1), date(2026, 12, 31))
    (item,) = [i for i in items if i.obligation.code == "ghg_inventory"]
    assert item.period.label == "2025" and not item.conditional
    assert item.figure is not None and item.figure.year == 2025
    assert item.figure.value > 20000.0
    threshold = item.as_dict(date(2026, 3, 1))["threshold"]
    assert threshold == {"key": "ghg_t_co2", "min": 20000.0, "value": item.figure.value,
                         "year": 2025, "partial": False}


@pytest.fixture
def small_plant(plant: Database, clock) -> Database:  # type: ignore[no-untyped-def]
    """A category I plant whose haul fleet burned 100 t of diesel in March 2025:
    100 t × 43.0 GJ/t × 74,100 kg/TJ = 318.63 t CO₂."""
    clock(date(2026, 1, 10))
    site = structure.get_plant(plant).sites[0]
    structure.update_site(plant, site.id, structure.SiteDraft(
        site.name, site.region, site.kind, "", FacilityCategory.I))
    obligations.ensure_default_register(plant)
    return plant


def test_a_plant_below_the_threshold_has_no_ghg_inventory(small_plant: Database) -> None:
    # no sources yet: GreenDesk does not know the figure, so the item is listed, marked
    (unknown,) = [i for i in oc.calendar(small_plant, date(2026, 1, 1), date(2026, 12, 31))
                  if i.obligation.code == "ghg_inventory"]
    assert unknown.conditional and unknown.figure is None
    _world(small_plant)
    _library(small_plant)
    assert oc.ghg_figure(small_plant, None, 2025).value == pytest.approx(318.63)  # type: ignore[union-attr]
    assert [i for i in oc.calendar(small_plant, date(2026, 1, 1), date(2026, 12, 31))
            if i.obligation.code == "ghg_inventory"] == []


def test_a_plant_above_the_threshold_owes_it(small_plant: Database) -> None:
    _world(small_plant, diesel_t=7000.0)  # 22,304.1 t CO2
    _library(small_plant)
    (item,) = [i for i in oc.calendar(small_plant, date(2026, 1, 1), date(2026, 12, 31))
               if i.obligation.code == "ghg_inventory"]
    assert not item.conditional
    assert item.figure is not None and item.figure.value == pytest.approx(22304.1)
    # the 2026 report, due in 2027, is judged by 2025 until 2026 has ended
    assert oc.figure_year(date(2027, 4, 1)) == 2025


# ------------------------------------------------------------- the month close
def test_a_quarters_last_month_names_sources_without_a_factor_for_a_normed_substance(
        demo_db: Database) -> None:
    site = next(s for s in structure.get_plant(demo_db).sites if s.name == "Nurken copper smelter")
    items = [i for i in month_close.checklist(demo_db, site.id, "2025-12").items
             if i.kind == "emission_factor"]
    assert [i.key for i in items] == ["factor:2025-Q4:2:DUST"]
    assert items[0].section == "air"
    assert items[0].what.render() == (
        "0001 Smelter main stack, DUST: the permit sets a norm but the 2025-Q4 emissions "
        "cannot be counted (no factor for coal / DUST — load one).")
    assert not [i for i in month_close.checklist(demo_db, site.id, "2025-11").items
                if i.kind == "emission_factor"]


def test_the_calendars_readiness_for_the_fee_shows_the_missing_factor(
        demo_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    clock(date(2026, 1, 20))
    db = open_database(demo_path)
    try:
        obligations.ensure_default_register(db)
        items = oc.calendar(db, date(2026, 2, 1), date(2026, 2, 28), readiness=True)
        fee = next(i for i in items if i.obligation.code.startswith("fee_declaration")
                   and i.period.label == "2025-Q4" and i.site == "Nurken copper smelter")
        assert fee.readiness is not None
        assert any("no factor for coal / DUST" in w.render()
                   for _, m, w in fee.readiness.open_items if m == "2025-12")
    finally:
        db.close()
