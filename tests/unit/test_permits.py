"""The permit register: its rules and refusals, undo of each write, the audit trail, the
permit in force for a period, a site's address and category, and the command line."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from greendesk.errors import DomainError
from greendesk.models import AuditEntry, FacilityCategory, SiteKind
from greendesk.services import permits, structure
from greendesk.services.changes import Entity
from greendesk.services.permits import (
    AddPermit,
    DeletePermit,
    EditPermit,
    PermitDraft,
    PermitRow,
    permit_in_force,
)
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _site(db: Database) -> int:
    return structure.get_plant(db).sites[0].id


def _draft(site_id: int, number: str = "KZ41VCZ00001234", **kw: object) -> PermitDraft:
    values: dict[str, object] = dict(issued_on=date(2024, 2, 20), authority="Ecology Committee",
                                     valid_from=date(2024, 3, 1), valid_until=date(2033, 12, 31))
    values.update(kw)
    return PermitDraft(site_id, number, **values)  # type: ignore[arg-type]


def test_a_permit_is_added_listed_and_audited(plant: Database, clock) -> None:
    clock(date(2026, 1, 10))
    pid, changes = permits.add_permit(plant, _draft(_site(plant), "  KZ41VCZ   00001234 "))
    assert changes.touches(Entity.PERMIT) and pid in changes.ids
    (row,) = permits.list_permits(plant)
    assert (row.number, row.site_name, row.valid_until) == ("KZ41VCZ 00001234", "Test mine",
                                                            date(2033, 12, 31))
    with plant.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "permit")).all()
    assert [e.action.value for e in entries] == ["insert"]
    assert json.loads(entries[0].after or "{}")["number"] == "KZ41VCZ 00001234"
    assert verify(plant).ok


@pytest.mark.parametrize(("change", "sentence"), [
    (dict(number="   "), "Enter the permit's number."),
    (dict(valid_until=date(2024, 3, 1)), "A permit's validity must end after it begins: valid "
                                         "until 2024-03-01 is not after valid from 2024-03-01."),
    (dict(valid_until=date(2023, 1, 1)), "is not after valid from"),
    (dict(issued_on=date(2026, 2, 1)), "the date 2026-02-01 is after today (2026-01-10)"),
])
def test_bad_permits_are_refused_in_one_sentence(plant: Database, clock, change: dict,
                                                 sentence: str) -> None:
    clock(date(2026, 1, 10))
    with pytest.raises(DomainError) as err:
        permits.add_permit(plant, _draft(_site(plant), **change))
    assert sentence in str(err.value) and "\n" not in str(err.value)
    assert permits.list_permits(plant) == []


def test_two_permits_of_a_site_cannot_share_a_number(plant: Database, clock) -> None:
    clock(date(2026, 1, 10))
    site = _site(plant)
    permits.add_permit(plant, _draft(site, "KZ-1"))
    with pytest.raises(DomainError, match="'Test mine' already has a permit numbered 'kz-1'."):
        permits.add_permit(plant, _draft(site, "kz-1"))
    other, _ = structure.add_site(plant, structure.SiteDraft("Mill", "Karaganda",
                                                             SiteKind.CONCENTRATOR))
    permits.add_permit(plant, _draft(other, "KZ-1"))  # another site may: numbers are theirs
    second, _ = permits.add_permit(plant, _draft(site, "KZ-2"))
    with pytest.raises(DomainError, match="already has a permit numbered 'KZ-1'"):
        permits.update_permit(plant, second, _draft(site, "KZ-1"))
    assert sorted(p.number for p in permits.list_permits(plant, site)) == ["KZ-1", "KZ-2"]


def test_each_write_is_undone_and_redone(plant: Database, clock) -> None:
    clock(date(2026, 1, 10))
    site = _site(plant)
    add = AddPermit(_draft(site, "A-1"))
    add.apply(plant)
    add.revert(plant)
    assert permits.list_permits(plant) == []
    add.apply(plant)  # redo: the same permit, same id
    (row,) = permits.list_permits(plant)
    assert row.id == add.id
    edit = EditPermit(row.id, _draft(site, "A-2", note="renewed"), row.version)
    edit.apply(plant)
    assert permits.list_permits(plant)[0].number == "A-2"
    edit.revert(plant)
    assert permits.list_permits(plant)[0].number == "A-1"
    stale = EditPermit(row.id, _draft(site, "A-3"), row.version)  # opened before the edits
    with pytest.raises(DomainError, match="changed elsewhere"):
        stale.apply(plant)
    delete = DeletePermit(row.id)
    delete.apply(plant)
    assert permits.list_permits(plant) == []
    delete.revert(plant)
    assert [(p.id, p.number) for p in permits.list_permits(plant)] == [(row.id, "A-1")]
    assert verify(plant).ok


def test_deleting_a_site_takes_its_permits_along(plant: Database, clock) -> None:
    clock(date(2026, 1, 10))
    permits.add_permit(plant, _draft(_site(plant)))
    changes = structure.delete_site(plant, _site(plant))
    assert changes.touches(Entity.PERMIT) and permits.list_permits(plant) == []
    assert verify(plant).ok


def _row(valid_from: date, valid_until: date | None, number: str = "P") -> PermitRow:
    return PermitRow(1, 1, "S", number, valid_from, "", valid_from, valid_until, "")


def test_the_permit_in_force_is_the_one_valid_at_the_period_end() -> None:
    old = _row(date(2015, 1, 1), date(2025, 6, 30), "old")
    new = _row(date(2025, 7, 1), None, "new")
    year = (date(2025, 1, 1), date(2025, 12, 31))
    assert permit_in_force([old, new], *year) is new
    # Expired in October: the one covering most of the year stands in.
    early = _row(date(2015, 1, 1), date(2025, 10, 31), "early")
    late = _row(date(2025, 11, 1), date(2025, 12, 1), "late")
    assert permit_in_force([late, early], *year) is early
    assert permit_in_force([_row(date(2026, 1, 1), None)], *year) is None
    assert permit_in_force([], *year) is None
    # Its last day counts: valid until 31 December covers the year's end.
    last_day = _row(date(2020, 1, 1), date(2025, 12, 31))
    assert permit_in_force([last_day], *year) is last_day


def test_a_site_keeps_its_address_and_category(plant: Database) -> None:
    site = structure.get_plant(plant).sites[0]
    structure.update_site(plant, site.id, structure.SiteDraft(
        site.name, site.region, site.kind, "  Karaganda region,  Nurken village ", "II"))
    site = structure.get_plant(plant).sites[0]
    assert (site.address, site.category) == ("Karaganda region, Nurken village",
                                             FacilityCategory.II)
    with pytest.raises(DomainError, match="'V' is not a facility category"):
        structure.update_site(plant, site.id, structure.SiteDraft(
            site.name, site.region, site.kind, "", "V"))
