"""Flow records: validation sentences, and commands that apply and revert exactly."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from greendesk.errors import DomainError
from greendesk.models import DatePrecision, Flow, Method
from greendesk.services import ledger
from greendesk.services.catalog import Catalog, load_catalog
from greendesk.services.flows import AddFlows, DeleteFlows, EditFlow, FlowDraft, edit_field
from greendesk.services.ledger import LedgerFilter, SortKey
from greendesk.store.db import Database

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")


def ids(cat: Catalog, site: str, *names: str) -> list[int]:
    site_id = next(i for i, n in cat.sites.items() if n == site)
    by = cat.node_by_name()
    return [by[(site_id, n.casefold())] for n in names]


def material(cat: Catalog, name: str) -> int:
    return cat.material_by_name()[name.casefold()]


def snapshot(db: Database) -> list[tuple]:
    with db.read() as s:
        return [tuple(getattr(f, c) for c in ("id", "flow_date", "from_node_id", "to_node_id",
                                              "material_id", "qty_entered", "unit_entered",
                                              "qty_canonical", "method", "note"))
                for f in s.scalars(select(Flow).order_by(Flow.id))]


@pytest.fixture
def cat(demo_db: Database) -> Catalog:
    return load_catalog(demo_db)


def power_draft(cat: Catalog, qty: float = 1200.0, unit: str = "MWh") -> FlowDraft:
    grid, crushing = ids(cat, "Nurken concentrator", "Power grid", "Crushing")
    return FlowDraft(date(2026, 1, 15), grid, crushing, material(cat, "Electricity"), qty, unit)


def test_add_keeps_the_entry_and_stores_canonical(demo_db: Database, cat: Catalog) -> None:
    cmd = AddFlows([power_draft(cat)])
    cmd.apply(demo_db)
    (row,) = [r for r in snapshot(demo_db) if r[0] == cmd.ids[0]]
    assert row[5:8] == (1200.0, "MWh", pytest.approx(4320.0))  # 1 MWh = 3.6 GJ


def test_diesel_in_litres_becomes_tonnes_by_density(demo_db: Database, cat: Catalog) -> None:
    fuel, mining = ids(cat, "Nurken open pit", "Fuel supplier", "Open-pit mining")
    cmd = AddFlows([FlowDraft(date(2026, 1, 1), fuel, mining, material(cat, "Diesel fuel"),
                              10_000, "L")])
    cmd.apply(demo_db)
    with demo_db.read() as s:
        assert s.get(Flow, cmd.ids[0]).qty_canonical == pytest.approx(8.4)


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        ({"qty_entered": 0.0}, "quantity", "greater than zero"),
        ({"qty_entered": -5.0}, "quantity", "greater than zero"),
        ({"qty_entered": math.nan}, "quantity", "must be a number"),
        ({"qty_entered": math.inf}, "quantity", "must be a number"),
        ({"qty_entered": 2e9, "unit_entered": "GJ"}, "quantity", "more than a billion"),
        ({"unit_entered": "t"}, "unit", "Electricity"),
        ({"unit_entered": "furlongs"}, "unit", "furlongs"),
        ({"uncertainty_pct": 150.0}, "uncertainty", "0 to 100"),
        ({"from_node_id": 99999}, "from_node", "comes from"),
    ],
)
def test_bad_input_is_refused_with_a_sentence_and_nothing_saved(
        demo_db: Database, cat: Catalog, change: dict, field: str, fragment: str) -> None:
    before = snapshot(demo_db)
    draft = power_draft(cat)
    bad = FlowDraft(**{**vars(draft), **change})
    with pytest.raises(DomainError, match=fragment) as info:
        AddFlows([power_draft(cat), bad]).apply(demo_db)  # the good one is not saved either
    assert info.value.field == field
    assert snapshot(demo_db) == before


def test_same_node_and_cross_site_are_refused(demo_db: Database, cat: Catalog) -> None:
    grid, = ids(cat, "Nurken concentrator", "Power grid")
    pit, = ids(cat, "Nurken open pit", "Open-pit mining")
    elec = material(cat, "Electricity")
    with pytest.raises(DomainError, match="to itself"):
        AddFlows([FlowDraft(date(2026, 1, 1), grid, grid, elec, 1, "MWh")]).apply(demo_db)
    with pytest.raises(DomainError, match="different sites"):
        AddFlows([FlowDraft(date(2026, 1, 1), grid, pit, elec, 1, "MWh")]).apply(demo_db)


def test_mass_material_in_energy_units_needs_a_calorific_value(demo_db: Database,
                                                               cat: Catalog) -> None:
    src, dst = ids(cat, "Nurken concentrator", "Reagent supplier", "Grinding and flotation")
    with pytest.raises(DomainError, match="Lime") as info:
        AddFlows([FlowDraft(date(2026, 1, 1), src, dst, material(cat, "Lime"), 5, "GJ")]
                 ).apply(demo_db)
    assert "calorific" in str(info.value) or "cannot" in str(info.value).lower()


def test_month_precision_is_dated_on_the_first(demo_db: Database, cat: Catalog) -> None:
    draft = FlowDraft(**{**vars(power_draft(cat)), "date_precision": DatePrecision.MONTH})
    cmd = AddFlows([draft])
    cmd.apply(demo_db)
    with demo_db.read() as s:
        assert s.get(Flow, cmd.ids[0]).flow_date == date(2026, 1, 1)


def test_add_then_undo_then_redo(demo_db: Database, cat: Catalog) -> None:
    before = snapshot(demo_db)
    cmd = AddFlows([power_draft(cat), power_draft(cat, 5.0, "GWh")])
    cmd.apply(demo_db)
    after = snapshot(demo_db)
    assert len(after) == len(before) + 2
    cmd.revert(demo_db)
    assert snapshot(demo_db) == before
    cmd.apply(demo_db)
    assert snapshot(demo_db) == after


def test_edit_then_undo(demo_db: Database, cat: Catalog) -> None:
    before = snapshot(demo_db)
    row = ledger.fetch_page(demo_db, LedgerFilter(), cat, 0, 1)[0]
    cmd = EditFlow(row.id, edit_field(row, qty_entered=row.qty_entered * 2, note="re-weighed"))
    cmd.apply(demo_db)
    edited = [r for r in snapshot(demo_db) if r[0] == row.id][0]
    assert edited[5] == row.qty_entered * 2 and edited[9] == "re-weighed"
    assert edited[7] == pytest.approx(row.qty_canonical * 2)
    cmd.revert(demo_db)
    assert snapshot(demo_db) == before
    cmd.apply(demo_db)
    assert [r for r in snapshot(demo_db) if r[0] == row.id][0] == edited


def test_an_edit_without_the_version_it_changes_is_refused(demo_db: Database,
                                                          cat: Catalog) -> None:
    """Without the version the overwrite check had nothing to compare: a change made
    elsewhere meanwhile was silently overwritten (issue 12, point 7)."""
    row = ledger.fetch_page(demo_db, LedgerFilter(), cat, 0, 1)[0]
    EditFlow(row.id, edit_field(row, note="checked elsewhere")).apply(demo_db)
    before = snapshot(demo_db)
    with pytest.raises(DomainError, match="does not say which version of the record"):
        EditFlow(row.id, replace(edit_field(row, qty_entered=1.0), version=None)).apply(demo_db)
    assert snapshot(demo_db) == before


def test_bulk_delete_and_undo_restores_ids_and_contents(demo_db: Database, cat: Catalog
                                                        ) -> None:
    before = snapshot(demo_db)
    rows = ledger.fetch_page(demo_db, LedgerFilter(), cat, 100, 700)
    cmd = DeleteFlows([r.id for r in rows])
    cmd.apply(demo_db)
    assert len(snapshot(demo_db)) == len(before) - 700
    cmd.revert(demo_db)
    assert snapshot(demo_db) == before


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.floats(0.001, 1e6), st.sampled_from(["MWh", "kWh", "GJ", "Gcal",
                                                                  "tce"])),
                min_size=1, max_size=5))
def test_any_accepted_add_reverts_to_the_same_database(demo_db: Database, cat: Catalog,
                                                       entries: list) -> None:
    before = snapshot(demo_db)
    cmd = AddFlows([power_draft(cat, q, u) for q, u in entries])
    cmd.apply(demo_db)
    cmd.revert(demo_db)
    assert snapshot(demo_db) == before


def test_filters_and_totals(demo_db: Database, cat: Catalog) -> None:
    site = next(i for i, n in cat.sites.items() if n == "Nurken concentrator")
    f = LedgerFilter(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31), site_id=site)
    assert ledger.count(demo_db, f, cat) == 14 * 12
    totals = ledger.totals(demo_db, f, cat)
    assert totals.count == 14 * 12
    with demo_db.read() as s:
        mass = sum(fl.qty_canonical for fl in s.scalars(select(Flow).where(
            Flow.site_id == site, Flow.flow_date >= date(2025, 1, 1))) if
            cat.materials[fl.material_id].kind.value == "mass")
    assert totals.by_kind[cat.materials[material(cat, "Copper ore")].kind] == pytest.approx(mass)
    text = LedgerFilter(text="xanthate")
    assert ledger.count(demo_db, text, cat) == 36
    assert ledger.count(demo_db, LedgerFilter(method=Method.ESTIMATED), cat) == 72


@pytest.mark.parametrize("sort", list(SortKey))
def test_every_sort_is_a_total_order_served_by_an_index(demo_db: Database, cat: Catalog,
                                                        sort: SortKey) -> None:
    f = LedgerFilter()
    n = ledger.count(demo_db, f, cat)
    pages = [r.id for off in range(0, n, 97)
             for r in ledger.fetch_page(demo_db, f, cat, off, 97, sort)]
    assert sorted(pages) == sorted(r[0] for r in snapshot(demo_db))  # no gaps, no repeats
    plan = " ".join(ledger.explain(demo_db, ledger.page_query(f, cat, sort)))
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("sort", [SortKey.DATE, SortKey.QUANTITY, SortKey.FROM])
@pytest.mark.parametrize("descending", [False, True])
def test_a_page_near_the_end_read_from_the_other_end_is_the_same_page(
        demo_db: Database, cat: Catalog, sort: SortKey, descending: bool) -> None:
    f = LedgerFilter()
    n = ledger.count(demo_db, f, cat)
    for offset in (n // 2 + 1, n - 150, n - 100, n - 7):  # the last one is short
        assert ledger.fetch_page(demo_db, f, cat, offset, 100, sort, descending, total=n) == \
            ledger.fetch_page(demo_db, f, cat, offset, 100, sort, descending)


def test_undo_of_a_delete_brings_back_the_assays_too(demo_db: Database) -> None:
    from greendesk.models.balances import FlowAssay

    with demo_db.read() as s:
        assays = {(a.flow_id, a.component, a.fraction) for a in s.scalars(select(FlowAssay))}
    assert assays, "the demo has assays on the concentrate lots"
    flow_id = next(iter(assays))[0]
    cmd = DeleteFlows([flow_id])
    cmd.apply(demo_db)
    with demo_db.read() as s:
        assert not s.scalars(select(FlowAssay).where(FlowAssay.flow_id == flow_id)).all()
    cmd.revert(demo_db)
    with demo_db.read() as s:
        assert {(a.flow_id, a.component, a.fraction) for a in s.scalars(select(FlowAssay))} \
            == assays


def test_a_flow_an_incident_refers_to_cannot_be_deleted(demo_db: Database, cat: Catalog) -> None:
    from greendesk.services import checklist

    site = next(i for i, n in cat.sites.items() if n == "Nurken copper smelter")
    src, dst = ids(cat, "Nurken copper smelter", "Sulphuric acid plant",
                   "Hazardous waste contractor")
    _id, _ = checklist.record_incident(
        demo_db, checklist.IncidentDraft(site, date(2026, 3, 14), "Acid plant", "Spill"),
        [FlowDraft(date(2026, 3, 15), src, dst, material(cat, "Gas-cleaning sludge"), 2, "t")])
    (incident,) = checklist.list_incidents(demo_db, site)
    before = snapshot(demo_db)
    with pytest.raises(DomainError, match="incident"):
        DeleteFlows(list(incident.cleanup_flow_ids)).apply(demo_db)
    assert snapshot(demo_db) == before


def test_ledger_edits_cannot_make_a_waste_stock_negative(demo_db: Database, cat: Catalog
                                                         ) -> None:
    """The waste register's stock rule holds for plain ledger edits, deletes and undo."""
    from greendesk.services.waste_movements import NodeClass, node_classes

    with demo_db.read() as s:
        classes = node_classes(s)
        waste = {m.id for m in cat.materials.values() if m.category.value == "waste"}
        inflow = next(f for f in s.scalars(select(Flow).order_by(Flow.flow_date))
                      if f.material_id in waste
                      and classes.get(f.to_node_id, (None,))[0] is NodeClass.STORAGE)
    before = snapshot(demo_db)
    with pytest.raises(DomainError, match="negative"):
        DeleteFlows([inflow.id]).apply(demo_db)  # what was stored is later sent on
    row = next(r for r in ledger.fetch_page(demo_db, LedgerFilter(), cat, 0, 5000)
               if r.id == inflow.id)
    with pytest.raises(DomainError, match="negative"):
        EditFlow(row.id, edit_field(row, qty_entered=row.qty_entered / 100)).apply(demo_db)
    assert snapshot(demo_db) == before


def test_two_edits_of_one_record_undo_and_redo_in_turn(demo_db: Database, cat: Catalog
                                                       ) -> None:
    """Undoing the later edit moved the version on, and undoing the earlier one was then
    refused as "changed elsewhere"."""
    row = ledger.fetch_page(demo_db, LedgerFilter(), cat, 0, 1)[0]
    first = EditFlow(row.id, edit_field(row, note="one"))
    first.apply(demo_db)
    second = EditFlow(row.id, edit_field(first.after, note="two"))  # type: ignore[arg-type]
    second.apply(demo_db)
    second.revert(demo_db)
    first.revert(demo_db)
    assert ledger.fetch_page(demo_db, LedgerFilter(), cat, 0, 1)[0].note == row.note
    first.apply(demo_db)
    second.apply(demo_db)
    assert ledger.fetch_page(demo_db, LedgerFilter(), cat, 0, 1)[0].note == "two"
