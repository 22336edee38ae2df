"""The calendar of obligations: instances by site category, statuses (audited, undoable),
evidence, overdue, and what data is still missing."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from greendesk.errors import DomainError
from greendesk.models import FacilityCategory, SiteKind
from greendesk.models.obligations import ObligationState
from greendesk.services import obligation_calendar as oc
from greendesk.services import obligation_status as ost
from greendesk.services import obligations, periods_closed, structure
from greendesk.services.obligation_status import StatusDraft
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database

TODAY = date(2026, 12, 7)


@pytest.fixture
def cal_db(plant: Database, clock) -> Database:  # type: ignore[no-untyped-def]
    clock(TODAY)
    site = structure.get_plant(plant).sites[0]
    structure.update_site(plant, site.id, structure.SiteDraft(
        site.name, site.region, site.kind, "", FacilityCategory.I))
    structure.add_site(plant, structure.SiteDraft("Workshop", "Karaganda", SiteKind.AUXILIARY,
                                                  "", FacilityCategory.III))
    structure.add_site(plant, structure.SiteDraft("Unset", "Karaganda", SiteKind.AUXILIARY))
    obligations.ensure_default_register(plant)
    return plant


def _item(items: list[oc.CalendarItem], code: str, site: str | None, period: str
          ) -> oc.CalendarItem:
    return next(i for i in items if i.obligation.code == code and i.site == site
                and i.period.label == period)


def test_the_next_twelve_months_by_site_category(cal_db: Database) -> None:
    items = oc.calendar(cal_db)
    assert all(TODAY <= i.due <= date(2027, 12, 6) for i in items)
    by_site = {(i.obligation.code, i.site) for i in items}
    # PEK: categories I-II; the fee: I-III; a site with no category has none.
    assert ("pek_report", "Test mine") in by_site
    assert ("pek_report", "Workshop") not in by_site
    assert ("fee_declaration_2026", "Workshop") in by_site
    assert not any(site == "Unset" for _, site in by_site)
    # The 2017 Code's declaration is not due after it lost force; the 2026 one takes over.
    assert ("fee_declaration_2017", "Test mine") not in by_site
    q4 = _item(items, "fee_declaration_2026", "Test mine", "2026-Q4")
    assert q4.due == date(2027, 2, 15) and q4.state is ObligationState.NOT_STARTED
    # The GHG report is the enterprise's and hangs on a figure GreenDesk does not know.
    ghg = _item(items, "ghg_inventory", None, "2026")
    assert ghg.conditional and ghg.due == date(2027, 4, 1)
    assert [i.due for i in items] == sorted(i.due for i in items)


def test_overdue_until_submitted_and_the_submission_keeps_its_evidence(
        cal_db: Database, tmp_path: Path) -> None:
    items = oc.calendar(cal_db, date(2026, 1, 1), date(2026, 12, 31))
    q2 = _item(items, "fee_declaration_2026", "Test mine", "2026-Q2")
    assert q2.due == date(2026, 8, 17)  # 15 August 2026 is a Saturday
    assert q2.overdue(TODAY)
    evidence = tmp_path / "declaration 870.pdf"
    evidence.write_bytes(b"%PDF declaration")
    name, sha = ost.file_evidence(evidence)
    changes = ost.set_status(cal_db, q2.obligation.id, q2.site_id, "2026-Q2", StatusDraft(
        ObligationState.SUBMITTED, date(2026, 8, 14), "KGD-123", name, sha))
    assert changes.entities
    again = _item(oc.calendar(cal_db, date(2026, 1, 1), date(2026, 12, 31)),
                  "fee_declaration_2026", "Test mine", "2026-Q2")
    assert not again.overdue(TODAY)
    assert again.status is not None and again.status.reference == "KGD-123"
    assert again.status.evidence_sha256 == hashlib.sha256(b"%PDF declaration").hexdigest()
    assert again.as_dict(TODAY)["evidence"]["file"] == "declaration 870.pdf"  # type: ignore[index]
    assert verify(cal_db).ok


def test_a_status_change_is_undone_and_redone(cal_db: Database) -> None:
    item = oc.calendar(cal_db)[0]
    key = (item.obligation.id, item.site_id, item.period.label)
    first = ost.SetObligationStatus(*key, StatusDraft(ObligationState.IN_PREPARATION,
                                                      note="draft"))
    first.apply(cal_db)
    second = ost.SetObligationStatus(*key, StatusDraft(ObligationState.SUBMITTED, TODAY, "R1"))
    second.apply(cal_db)

    def state() -> ObligationState:
        return _item(oc.calendar(cal_db), item.obligation.code, item.site,
                     item.period.label).state

    assert state() is ObligationState.SUBMITTED
    second.revert(cal_db)
    assert state() is ObligationState.IN_PREPARATION
    first.revert(cal_db)
    assert state() is ObligationState.NOT_STARTED
    first.apply(cal_db)
    second.apply(cal_db)
    assert state() is ObligationState.SUBMITTED
    assert verify(cal_db).ok


def test_submitted_with_the_exported_workbook_names_its_audit_entry(
        cal_db: Database, tmp_path: Path) -> None:
    from greendesk.store.audit_anchor import current_head, record_export

    entry = record_export(cal_db, "waste 2026.xlsx", current_head(cal_db), {"kinds": ["waste"]})
    item = oc.calendar(cal_db)[0]
    ost.set_status(cal_db, item.obligation.id, item.site_id, item.period.label, StatusDraft(
        ObligationState.SUBMITTED, TODAY, export_entry_id=entry))
    got = _item(oc.calendar(cal_db), item.obligation.code, item.site, item.period.label)
    assert got.status is not None and got.status.export_entry_id == entry
    with pytest.raises(DomainError, match="is not the export of a workbook"):
        ost.set_status(cal_db, item.obligation.id, item.site_id, item.period.label,
                       StatusDraft(ObligationState.SUBMITTED, TODAY, export_entry_id=1))


@pytest.mark.parametrize(("draft", "words"), [
    (StatusDraft(ObligationState.SUBMITTED), "date it was submitted"),
    (StatusDraft(ObligationState.SUBMITTED, date(2027, 1, 1)), "after today"),
    (StatusDraft(ObligationState.SUBMITTED, TODAY, evidence_sha256="abc"), "SHA-256"),
    (StatusDraft(ObligationState.IN_PREPARATION, reference="x" * 101), "at most 100"),
])
def test_a_bad_status_is_refused_in_a_sentence(cal_db: Database, draft: StatusDraft,
                                               words: str) -> None:
    item = oc.calendar(cal_db)[0]
    with pytest.raises(DomainError, match=words):
        ost.set_status(cal_db, item.obligation.id, item.site_id, item.period.label, draft)


def test_unreadable_evidence_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="cannot be read"):
        ost.file_evidence(tmp_path / "missing.pdf")


def test_readiness_names_months_not_closed_and_the_month_close_items_open(
        cal_db: Database) -> None:
    items = oc.calendar(cal_db, date(2026, 11, 1), date(2027, 12, 31), readiness=True)
    q3 = _item(items, "fee_declaration_2026", "Test mine", "2026-Q3")
    assert q3.readiness is not None and not q3.readiness.pending
    assert q3.readiness.months_open == ("2026-07", "2026-08", "2026-09")
    q4 = _item(items, "fee_declaration_2026", "Test mine", "2026-Q4")
    assert q4.readiness is not None and q4.readiness.pending  # the quarter is not over
    for m in ("2026-07", "2026-08", "2026-09"):
        periods_closed.close_period(cal_db, m)
    items = oc.calendar(cal_db, date(2026, 11, 1), date(2027, 12, 31), readiness=True)
    q3 = _item(items, "fee_declaration_2026", "Test mine", "2026-Q3")
    assert q3.readiness is not None and q3.readiness.ready


def test_due_soon_lists_the_next_30_days_and_what_is_overdue(cal_db: Database,
                                                             clock) -> None:  # type: ignore[no-untyped-def]
    clock(date(2027, 1, 5))
    soon = oc.due_soon(cal_db)
    assert {(i.obligation.code, i.period.label) for i in soon} >= {("pek_report", "2026-Q4")}
    assert all(i.due <= date(2027, 2, 4) for i in soon)
    assert any(i.overdue(date(2027, 1, 5)) for i in soon)  # 2026-Q3's, past due


def test_a_site_with_a_recorded_status_is_not_deleted(cal_db: Database) -> None:
    site_id, _ = structure.add_site(cal_db, structure.SiteDraft(
        "Quarry", "Karaganda", SiteKind.MINE, "", FacilityCategory.II))
    item = next(i for i in oc.calendar(cal_db) if i.site_id == site_id)
    ost.set_status(cal_db, item.obligation.id, site_id, item.period.label,
                   StatusDraft(ObligationState.IN_PREPARATION))
    with pytest.raises(DomainError, match="records 1 obligation statuses"):
        structure.delete_site(cal_db, site_id)
    ost.set_status(cal_db, item.obligation.id, site_id, item.period.label,
                   StatusDraft(ObligationState.NOT_STARTED))
    structure.delete_site(cal_db, site_id)


def test_an_item_says_when_the_holiday_data_does_not_cover_its_year(cal_db: Database) -> None:
    far = oc.calendar(cal_db, date(2031, 1, 1), date(2031, 12, 31))
    assert far and not any(i.holiday_data for i in far)
    assert far[0].as_dict(TODAY)["holidays_known"] is False
    assert all(i.holiday_data for i in oc.calendar(cal_db))
