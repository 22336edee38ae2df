"""The greening checklist: template merge, actions with history, evidence, incidents."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from greendesk.errors import DomainError
from greendesk.models import Flow, SiteKind
from greendesk.models.checklist import ActionStatus, CostClass
from greendesk.services import checklist
from greendesk.services.catalog import load_catalog
from greendesk.services.changes import Entity
from greendesk.services.checklist_template import ItemTemplate, load_template
from greendesk.services.flows import FlowDraft
from greendesk.store.db import Database, open_database

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _site(db: Database, name: str = "Nurken concentrator") -> int:
    return next(i for i, n in load_catalog(db).sites.items() if n == name)


def _action(db: Database, site: int, item: str) -> checklist.ActionRow:
    return next(a for a in checklist.list_actions(db, site) if a.item_id == item)


def test_template_is_data_with_ten_measures() -> None:
    t = load_template()
    assert len(t.measures) == 10 and t.measures[0].id == "M1"
    assert {i.cost for m in t.measures for i in m.items} == set(CostClass)
    assert [r[0] for r in t.rational_use_indicators][:2] == [
        "extraction_from_subsoil", "recovery_beneficiation"]


def test_every_site_gets_every_action(demo_db: Database) -> None:
    checklist.ensure_ready(demo_db)
    n_items = sum(len(m.items) for m in load_template().measures)
    for site in load_catalog(demo_db).sites:
        actions = checklist.list_actions(demo_db, site)
        assert len(actions) == n_items
        assert all(a.cost_class == a.default_cost for a in actions)
    checklist.ensure_ready(demo_db)  # idempotent
    assert len(checklist.list_actions(demo_db, _site(demo_db))) == n_items


def test_a_newer_template_merges_without_losing_site_entries(demo_db: Database) -> None:
    checklist.ensure_ready(demo_db)
    site = _site(demo_db)
    a = _action(demo_db, site, "M3.1")
    draft = checklist.ActionDraft(ActionStatus.IN_PROGRESS, owner="A. Nurlanova",
                                  due_date=date(2026, 6, 30), cost_class=CostClass.MEDIUM)
    checklist.update_action(demo_db, a.id, draft, who="test")
    gone = _action(demo_db, site, "M8.3")
    checklist.update_action(demo_db, gone.id, checklist.ActionDraft(ActionStatus.PLANNED,
                                                                    owner="kept"), who="test")

    old = load_template()
    measures = []
    for m in old.measures:
        items = tuple(dataclasses.replace(i, text=i.text + " (revised)") if i.id == "M3.1"
                      else i for i in m.items if i.id != "M8.3")
        if m.id == "M3":
            items += (ItemTemplate("M3.4", "Weigh every reagent delivery", CostClass.LOW),)
        measures.append(dataclasses.replace(m, items=items))
    report = checklist.merge_template(
        demo_db, dataclasses.replace(old, version=old.version + 1, measures=tuple(measures)))

    assert report.added == ("M3.4",) and report.retired == ("M8.3",)
    kept = _action(demo_db, site, "M3.1")
    assert (kept.status, kept.owner, kept.cost_class) == (ActionStatus.IN_PROGRESS,
                                                           "A. Nurlanova", CostClass.MEDIUM)
    assert kept.text.endswith("(revised)")
    retired = _action(demo_db, site, "M8.3")
    assert retired.retired and retired.owner == "kept"
    assert _action(demo_db, site, "M3.4").status is ActionStatus.NOT_STARTED


def test_changes_are_kept_in_the_history(demo_db: Database) -> None:
    checklist.ensure_ready(demo_db)
    a = _action(demo_db, _site(demo_db), "M4.2")
    checklist.update_action(demo_db, a.id, checklist.ActionDraft(
        ActionStatus.DONE, owner="B. Sadykov", expected_effect=3500, effect_unit="GJ/yr",
        indicator="energy_intensity", actual_effect=3100, estimated_cost=2e6), who="officer")
    rows = checklist.history(demo_db, a.id)
    changed = {r.field: (r.before, r.after) for r in rows}
    assert changed["status"] == ("not_started", "done")
    assert changed["actual_effect"] == ("", "3100")
    assert all(r.who == "officer" for r in rows)


def test_history_names_the_officer_from_settings(demo_db: Database) -> None:
    """Without an explicit name, a change is signed with the officer's name from settings
    and the OS account (the settings were never read: a wrong import fell to the OS user)."""
    import getpass

    from greendesk.settings import set_officer_name

    set_officer_name("A. Nurlanova")
    checklist.ensure_ready(demo_db)
    a = _action(demo_db, _site(demo_db), "M4.2")
    checklist.update_action(demo_db, a.id, checklist.ActionDraft(
        ActionStatus.IN_PROGRESS, owner="B. Sadykov"))
    whos = {r.who for r in checklist.history(demo_db, a.id)}
    assert whos == {f"A. Nurlanova ({getpass.getuser()})"}


@pytest.mark.parametrize(("draft", "fragment"), [
    (checklist.ActionDraft(ActionStatus.NOT_APPLICABLE), "does not apply"),
    (checklist.ActionDraft(ActionStatus.PLANNED, start_date=date(2026, 5, 1),
                           due_date=date(2026, 4, 1)), "before the start"),
    (checklist.ActionDraft(ActionStatus.PLANNED, estimated_cost=-5), "non-negative"),
    (checklist.ActionDraft(ActionStatus.DONE, expected_effect=10), "actual effect"),
])
def test_bad_entries_are_refused(demo_db: Database, draft, fragment: str) -> None:  # type: ignore[no-untyped-def]
    checklist.ensure_ready(demo_db)
    a = _action(demo_db, _site(demo_db), "M1.1")
    with pytest.raises(DomainError, match=fragment):
        checklist.update_action(demo_db, a.id, draft)
    assert _action(demo_db, _site(demo_db), "M1.1") == a
    assert checklist.history(demo_db, a.id) == []


def test_own_action_and_hiding_with_a_reason(demo_db: Database) -> None:
    checklist.ensure_ready(demo_db)
    site = _site(demo_db)
    action_id, _ = checklist.add_own_action(demo_db, site, "M6", "Sell slag as road ballast",
                                            CostClass.LOW)
    own = next(a for a in checklist.list_actions(demo_db, site) if a.id == action_id)
    assert not own.builtin and own.measure_id == "M6"
    other_site = _site(demo_db, "Nurken open pit")
    assert action_id not in {a.id for a in checklist.list_actions(demo_db, other_site)}
    hidden = _action(demo_db, site, "M2.2")
    checklist.update_action(demo_db, hidden.id, checklist.ActionDraft(
        ActionStatus.NOT_APPLICABLE, not_applicable_reason="Dry-stacked tailings, no pond"))
    assert _action(demo_db, site, "M2.2").not_applicable_reason.startswith("Dry-stacked")


def test_evidence_round_trip_survives_reopening(demo_path: Path, tmp_path: Path) -> None:
    db = open_database(demo_path)
    checklist.ensure_ready(db)
    a = _action(db, _site(db), "M10.1")
    doc = tmp_path / "протокол замеров.pdf"
    payload = bytes(range(256)) * 4000 + "ә ғ қ ң ө ұ ү һ і".encode()
    doc.write_bytes(payload)
    ev_id, _ = checklist.attach_evidence(db, a.id, doc)
    db.close()
    doc.unlink()

    db = open_database(demo_path)
    (row,) = checklist.list_evidence(db, a.id)
    assert (row.file_name, row.size) == ("протокол замеров.pdf", len(payload))
    out = checklist.save_evidence(db, ev_id, tmp_path)
    db.close()
    assert out.name == "протокол замеров.pdf" and out.read_bytes() == payload


def test_incident_with_cleanup_waste_is_one_step(demo_db: Database) -> None:
    cat = load_catalog(demo_db)
    site = _site(demo_db, "Nurken copper smelter")
    by = cat.node_by_name()
    src, dst = by[(site, "sulphuric acid plant")], by[(site, "hazardous waste contractor")]
    sludge = cat.material_by_name()["gas-cleaning sludge"]
    with demo_db.read() as s:
        before = s.scalar(select(func.count()).select_from(Flow))
    draft = checklist.IncidentDraft(site, date(2026, 3, 14), "Acid plant, tank 3",
                                    "Overflow of weak acid during a pump failure",
                                    substances="sulphuric acid", quantity_released=2.5,
                                    quantity_unit="m³", weather="calm, −12 °C",
                                    response="Neutralised with lime, sludge collected")
    inc_id, changes = checklist.record_incident(
        demo_db, draft, [FlowDraft(date(2026, 3, 15), src, dst, sludge, 4.2, "t",
                                   note="clean-up of incident")])
    assert changes.touches(Entity.FLOW, Entity.INCIDENT)
    (row,) = checklist.list_incidents(demo_db, site)
    assert row.id == inc_id and len(row.cleanup_flow_ids) == 1
    with demo_db.read() as s:
        flow = s.get(Flow, row.cleanup_flow_ids[0])
        assert flow.material_id == sludge and flow.qty_canonical == 4.2
        assert s.scalar(select(func.count()).select_from(Flow)) == before + 1

    ore = cat.material_by_name()["copper ore"]
    with pytest.raises(DomainError, match="not a waste material"):
        checklist.record_incident(demo_db, draft, [FlowDraft(date(2026, 3, 15), src, dst, ore,
                                                             1, "t")])
    assert len(checklist.list_incidents(demo_db, site)) == 1  # nothing half-written


def test_drills_only_for_preparedness_actions(demo_db: Database) -> None:
    checklist.ensure_ready(demo_db)
    site = _site(demo_db)
    m9 = _action(demo_db, site, "M9.2")
    checklist.record_drill(demo_db, m9.id, date(2026, 2, 10), "Spill drill, shift B")
    assert checklist.drills(demo_db, m9.id) == [(date(2026, 2, 10), "Spill drill, shift B")]
    with pytest.raises(DomainError, match="measure 9"):
        checklist.record_drill(demo_db, _action(demo_db, site, "M1.1").id, date(2026, 2, 10))


def test_incident_cleanup_waste_appears_in_the_waste_register(demo_db: Database) -> None:
    from greendesk.services.waste_indicators import waste_indicators

    cat = load_catalog(demo_db)
    site = _site(demo_db, "Nurken copper smelter")
    by = cat.node_by_name()
    src, dst = by[(site, "sulphuric acid plant")], by[(site, "hazardous waste contractor")]
    sludge = cat.material_by_name()["gas-cleaning sludge"]
    before = waste_indicators(demo_db, 2026, site).current
    checklist.record_incident(
        demo_db, checklist.IncidentDraft(site, date(2026, 3, 14), "Acid plant", "Spill"),
        [FlowDraft(date(2026, 3, 15), src, dst, sludge, 4.2, "t")])
    after = waste_indicators(demo_db, 2026, site).current
    assert after.generated == pytest.approx(before.generated + 4.2)
    assert after.hazardous == pytest.approx(before.hazardous + 4.2)
    assert after.transferred == pytest.approx(before.transferred + 4.2)


def test_a_new_databases_plan_is_written_in_the_officers_language(tmp_path: Path) -> None:
    from greendesk.services import structure
    from greendesk.services.plan_view import plan_view

    db = open_database(tmp_path / "new.sqlite")
    structure.set_enterprise(db, "ТОО Тест", "050340000009")
    structure.add_site(db, structure.SiteDraft("Участок 1", "Abai", SiteKind.MINE))
    russian = [m.title for m in load_template(language="ru").measures]
    kazakh = [m.title for m in load_template(language="kk").measures]
    assert russian != [m.title for m in load_template().measures]
    # the export of a plan not yet stored shows it as the window would store it
    assert [m.title for m in plan_view(db, "kk").measures] == kazakh
    checklist.ensure_ready(db, "ru")
    assert [m.title for m in checklist.list_measures(db)] == russian
    # once written, the plan keeps its language whoever opens it next
    structure.add_site(db, structure.SiteDraft("Участок 2", "Abai", SiteKind.MINE))
    checklist.ensure_ready(db, "en")
    assert [m.title for m in checklist.list_measures(db)] == russian
    assert [m.title for m in plan_view(db, "kk").measures] == russian
    db.close()
