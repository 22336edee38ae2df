"""A waste type's passport data: composition set as a whole, the basis of each hazardous
property, precautions; refusals in one sentence, nothing half written, every change in the
audit trail."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from greendesk.errors import DomainError
from greendesk.models import (
    AuditEntry,
    PhysicalState,
    ShareUnit,
    WasteComponent,
    WasteHazardBasis,
    WastePassport,
)
from greendesk.services.changes import Entity
from greendesk.services.waste import (
    WasteTypeDraft,
    delete_waste_type,
    get_waste_type,
    register_waste_type,
    update_waste_type,
)
from greendesk.services.waste_passport import (
    ComponentDraft,
    PassportDraft,
    SetPassport,
    get_passport,
    passports,
    set_composition,
    set_passport,
)
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database
from tests.unit.test_waste import Plant, build

SLUDGE = (ComponentDraft("Lead compounds", 12.5, ShareUnit.PERCENT, "Protocol No. 45 of "
                         "12.03.2025"),
          ComponentDraft("Arsenic", 850.0, ShareUnit.MG_PER_KG, "Protocol No. 45 of 12.03.2025"),
          ComponentDraft("Water", 40.0, "%", "calculation"))


@pytest.fixture
def wp(db: Database) -> Plant:
    return build(db)


def _rows(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m))  # type: ignore[return-value]
                     for m in (WasteComponent, WasteHazardBasis, WastePassport))


def _audit(db: Database, entity: str) -> list[str]:
    with db.read() as s:
        return [a.value for a in s.scalars(select(AuditEntry.action)
                                           .where(AuditEntry.entity == entity))]


def test_the_composition_is_set_as_a_whole_list_and_audited(wp: Plant, clock) -> None:
    clock(date(2026, 3, 1))
    changes = set_composition(wp.db, wp.oil, SLUDGE)
    assert changes.touches(Entity.WASTE_PASSPORT) and wp.oil in changes.ids
    got = get_passport(wp.db, wp.oil).components
    assert [(c.name, c.share, c.unit, c.basis) for c in got] == [
        ("Lead compounds", 12.5, ShareUnit.PERCENT, "Protocol No. 45 of 12.03.2025"),
        ("Arsenic", 850.0, ShareUnit.MG_PER_KG, "Protocol No. 45 of 12.03.2025"),
        ("Water", 40.0, ShareUnit.PERCENT, "calculation")]
    set_composition(wp.db, wp.oil, [ComponentDraft("  Oil  products ", 80.0, "%")])
    assert [c.name for c in get_passport(wp.db, wp.oil).components] == ["Oil products"]
    assert _audit(wp.db, "waste_component").count("insert") == 4
    assert _audit(wp.db, "waste_component").count("delete") == 3
    assert verify(wp.db).ok


@pytest.mark.parametrize(("components", "words"), [
    ((ComponentDraft("Lead", -1.0),), "zero or more"),
    ((ComponentDraft("Lead", float("nan")),), "zero or more"),
    ((ComponentDraft("Lead", 101.0),), "at most 100 %"),
    ((ComponentDraft("Lead", 5.0, "ppm"),), "%, mg/kg or g/t"),
    ((ComponentDraft("", 5.0),), "Row 1 of the composition has no component name"),
    ((ComponentDraft("Lead", 5.0), ComponentDraft("LEAD", 1.0)), "listed twice"),
    ((ComponentDraft("Lead", 60.0), ComponentDraft("Water", 40.0),
      ComponentDraft("Zinc", 9000.0, ShareUnit.G_PER_T)), "add up to 100.9 %"),
    ((ComponentDraft("Lead", 5.0, ShareUnit.MG_PER_KG, "x" * 301),), "basis of a share"),
])
def test_a_wrong_composition_is_refused_whole_in_one_sentence(
        wp: Plant, components: tuple[ComponentDraft, ...], words: str) -> None:
    set_composition(wp.db, wp.oil, SLUDGE)
    before = _rows(wp.db), get_passport(wp.db, wp.oil)
    with pytest.raises(DomainError) as exc:
        set_composition(wp.db, wp.oil, components)
    assert words in str(exc.value) and str(exc.value).count(".") <= 3
    assert (_rows(wp.db), get_passport(wp.db, wp.oil)) == before


def test_shares_may_round_a_little_over_100_percent(wp: Plant) -> None:
    set_composition(wp.db, wp.oil, [ComponentDraft("Oil", 60.2), ComponentDraft("Water", 40.1)])
    assert len(get_passport(wp.db, wp.oil).components) == 2


def test_hazard_bases_only_for_the_types_own_properties(wp: Plant, clock) -> None:
    clock(date(2026, 3, 1))
    draft = PassportDraft(SLUDGE, (("hp14", "Ecotoxicity test, protocol No. 7"),),
                          "Gloves and goggles", "", "Closed steel drums", "A. Nurlanova",
                          date(2026, 2, 27))
    set_passport(wp.db, wp.oil, draft)
    got = get_passport(wp.db, wp.oil)
    assert got.hp_basis == (("HP14", "Ecotoxicity test, protocol No. 7"),)
    assert (got.handling, got.transport, got.storage, got.prepared_by, got.prepared_on) == (
        "Gloves and goggles", "", "Closed steel drums", "A. Nurlanova", date(2026, 2, 27))
    before = _rows(wp.db)
    with pytest.raises(DomainError, match="HP6 is not among the hazardous properties of "
                                          "Waste oil"):
        set_passport(wp.db, wp.oil, PassportDraft(hp_basis=(("HP6", "calculation"),)))
    with pytest.raises(DomainError, match="is after today"):
        set_passport(wp.db, wp.oil, PassportDraft(prepared_on=date(2026, 3, 2)))
    with pytest.raises(DomainError, match="handling precautions text is 2001 characters"):
        set_passport(wp.db, wp.oil, PassportDraft(handling="x" * 2001))
    assert _rows(wp.db) == before and get_passport(wp.db, wp.oil) == got
    assert _audit(wp.db, "waste_passport") == ["insert"]
    assert _audit(wp.db, "waste_hp_basis") == ["insert"]


def test_set_passport_undoes_and_redoes(wp: Plant, clock) -> None:
    clock(date(2026, 3, 1))
    set_composition(wp.db, wp.oil, SLUDGE[:1])
    first = get_passport(wp.db, wp.oil)
    cmd = SetPassport(wp.oil, PassportDraft(SLUDGE, handling="Gloves"))
    cmd.apply(wp.db)
    assert get_passport(wp.db, wp.oil).handling == "Gloves"
    cmd.revert(wp.db)
    assert get_passport(wp.db, wp.oil) == first
    cmd.apply(wp.db)
    assert len(get_passport(wp.db, wp.oil).components) == 3
    assert verify(wp.db).ok


def test_deleting_the_waste_type_deletes_its_passport_data(wp: Plant, clock) -> None:
    clock(date(2026, 3, 1))
    set_passport(wp.db, wp.oil, PassportDraft(SLUDGE, (("HP14", "test"),), "Gloves"))
    assert _rows(wp.db) == (3, 1, 1)
    delete_waste_type(wp.db, wp.oil)
    assert _rows(wp.db) == (0, 0, 0)
    assert verify(wp.db).ok
    with pytest.raises(DomainError, match="no longer exists"):
        set_composition(wp.db, wp.oil, SLUDGE)


def test_passports_are_for_hazardous_types_only(wp: Plant) -> None:
    slag, _ = register_waste_type(wp.db, WasteTypeDraft(wp.site, "Slag", "10 06 01",
                                                        PhysicalState.SOLID, wp.mining))
    assert [p.waste_type.id for p in passports(wp.db)] == [wp.oil]
    assert passports(wp.db, site_ids=[wp.site + 1]) == []
    with pytest.raises(DomainError, match=r"Slag \(10 06 01\) is not a hazardous waste"):
        passports(wp.db, waste_type_id=slag)
    (p,) = passports(wp.db, waste_type_id=wp.oil)
    assert p.hp == (("HP14", ""),) and p.data == PassportDraft()


def test_a_property_dropped_from_the_type_does_not_block_the_composition(wp: Plant) -> None:
    set_passport(wp.db, wp.oil, PassportDraft(hp_basis=(("HP14", "Ecotoxicity test"),)))
    row = get_waste_type(wp.db, wp.oil)
    update_waste_type(wp.db, wp.oil, replace(row.draft(), hp_properties="HP7"))
    assert get_passport(wp.db, wp.oil).hp_basis == ()
    set_composition(wp.db, wp.oil, SLUDGE)
    assert _rows(wp.db) == (3, 0, 0) and verify(wp.db).ok
