"""The month close, guided (issue 16 §6): a site's checklist for a month on the demo plant,
waivers kept with their reasons in the audit trail, and the close refused while an item is
open."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from greendesk.analysis import month_close as mc
from greendesk.errors import DomainError
from greendesk.models import AuditEntry, Flow, Node, NodeKind, StockTaking, WasteTransfer
from greendesk.services import month_close, periods_closed
from greendesk.services.balances import delete_stock_takings, sites
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.store.db import Database

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")

MONTH = "2025-11"


def _site(db: Database, word: str) -> int:
    return next(i for i, name in sites(db) if word in name)


def _kinds(sheet: month_close.MonthChecklist) -> set[str]:
    return {str(i.kind) for i in sheet.open_items}


def test_the_demo_month_is_clean_at_the_balances_threshold(demo_db: Database) -> None:
    for site_id, _name in sites(demo_db):  # but for the smelter's metal (the next test)
        assert {str(i.kind) for i in month_close.checklist(demo_db, site_id, MONTH)
                .open_items} <= {"metal"}


def test_technological_against_commercial_metal_above_the_threshold_is_an_item(
        demo_db: Database) -> None:
    smelter = _site(demo_db, "smelter")
    (item,) = month_close.checklist(demo_db, smelter, MONTH).open_items
    with demo_db.read() as s:
        node = s.scalars(select(Node).where(Node.name == "Smelting and converting")).one()
    assert item.kind is mc.ItemKind.METAL and item.key == f"metal:{node.id}:Cu"
    assert item.section == "balances" and item.ids == (node.id,)
    assert item.what.render().startswith(
        "Smelting and converting, Cu: technological recovery 97.43 % against commercial "
        "96.28 %")  # 1.15 points apart, above the Balances section's 1 %
    assert month_close.checklist(demo_db, smelter, MONTH, 1.2).open_items == ()
    assert [str(i.kind) for i in month_close.checklist(demo_db, _site(demo_db, "pit"), MONTH,
                                                       1.0).open_items] == []


def _waive_metal(db: Database) -> None:
    for site_id, _name in sites(db):
        for item in month_close.checklist(db, site_id, MONTH).open_items:
            month_close.waive(db, site_id, MONTH, item.key, "Slag assays resampled")


def test_a_missing_closing_count_is_an_item_that_opens_the_balances(demo_db: Database) -> None:
    with demo_db.read() as s:
        count = s.scalars(select(StockTaking).where(
            StockTaking.taken_on.between(date(2025, 11, 1), date(2025, 11, 30)))
            .order_by(StockTaking.id)).first()
        assert count is not None
        node_id, material_id, site_id = count.node_id, count.material_id, s.get(
            Node, count.node_id).site_id
        ids = s.scalars(select(StockTaking.id).where(
            StockTaking.node_id == node_id, StockTaking.material_id == material_id,
            StockTaking.taken_on.between(date(2025, 11, 1), date(2025, 11, 30)))).all()
    delete_stock_takings(demo_db, ids)
    sheet = month_close.checklist(demo_db, site_id, MONTH)
    item = next(i for i in sheet.open_items if i.kind is mc.ItemKind.STOCK_TAKING)
    assert item.key == f"stock:{node_id}:{material_id}"
    assert item.section == "balances" and item.ids == (node_id, material_id)
    assert "2025-11-30" in item.what.render()


def test_a_transfer_without_contractor_is_an_item(demo_db: Database) -> None:
    with demo_db.read() as s:
        flow = s.scalars(select(Flow).join(WasteTransfer, WasteTransfer.flow_id == Flow.id)
                         .order_by(Flow.id)).first()
        assert flow is not None
        draft = FlowDraft(date(2025, 11, 20), flow.from_node_id, flow.to_node_id,
                          flow.material_id, 0.001, "t")
        site_id = flow.site_id
    assert "transfer" not in _kinds(month_close.checklist(demo_db, site_id, MONTH))
    add = AddFlows([draft])
    add.apply(demo_db)
    sheet = month_close.checklist(demo_db, site_id, MONTH)
    item = next(i for i in sheet.open_items if i.kind is mc.ItemKind.TRANSFER)
    assert item.ids == (add.ids[0],) and item.section == "waste"
    assert f"Record {add.ids[0]}" in item.what.render()


def test_balances_above_the_threshold_are_items(demo_db: Database) -> None:
    site = _site(demo_db, "concentrator")
    assert "balance" not in _kinds(month_close.checklist(demo_db, site, MONTH, 1.0))
    tight = month_close.checklist(demo_db, site, MONTH, 0.0001)
    items = [i for i in tight.open_items if i.kind is mc.ItemKind.BALANCE]
    assert any(i.key == "balance:site" and i.ids == () for i in items)
    assert "above the threshold of 0.00 %" in items[0].what.render()


def test_a_waiver_keeps_its_reason_in_the_audit_trail(demo_db: Database) -> None:
    site = _site(demo_db, "concentrator")
    item = month_close.checklist(demo_db, site, MONTH, 0.0001).open_items[0]
    with pytest.raises(DomainError, match="Give a reason"):
        month_close.waive(demo_db, site, MONTH, item.key, "   ")
    month_close.waive(demo_db, site, MONTH, item.key, "Belt scale recalibrated in December")
    after = month_close.checklist(demo_db, site, MONTH, 0.0001)
    waived = next(i for i in after.items if i.key == item.key)
    assert not waived.open and waived.waived == "Belt scale recalibrated in December"
    with demo_db.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.entity == "month_close_waiver"
    assert entry.note == "Belt scale recalibrated in December"


def test_the_month_closes_only_when_every_item_is_done_or_waived(demo_db: Database) -> None:
    site = _site(demo_db, "concentrator")
    sheet = month_close.checklist(demo_db, site, MONTH, 0.0001)
    assert sheet.open_items
    with pytest.raises(DomainError, match="open items for 2025-11"):
        month_close.close_month(demo_db, MONTH, 0.0001)
    assert MONTH not in {p.period for p in periods_closed.list_periods(demo_db) if p.closed}
    _waive_metal(demo_db)
    month_close.close_month(demo_db, MONTH)  # at the default threshold nothing else is open
    assert MONTH in {p.period for p in periods_closed.list_periods(demo_db) if p.closed}


def test_waiving_every_item_lets_the_month_close(demo_db: Database) -> None:
    for site_id, _name in sites(demo_db):
        for item in month_close.checklist(demo_db, site_id, MONTH, 0.0001).open_items:
            month_close.waive(demo_db, site_id, MONTH, item.key, "Known scale drift")
    month_close.close_month(demo_db, MONTH, 0.0001)
    with pytest.raises(DomainError, match="closed"):
        month_close.waive(demo_db, _site(demo_db, "concentrator"), MONTH, "balance:site", "x")


def test_a_year_is_refused_in_one_sentence(demo_db: Database) -> None:
    with pytest.raises(DomainError, match="kept per month"):
        month_close.checklist(demo_db, 1, "2025")


def test_an_assay_missing_on_a_flow_of_an_assayed_material() -> None:
    feed, feed2 = mc.FlowKey(1, 10, 5), mc.FlowKey(2, 10, 5)
    conc, water = mc.FlowKey(10, 3, 6), mc.FlowKey(4, 10, 7)
    items = mc.assay_items([feed, feed2, conc, water], {feed: {"Cu"}, conc: {"Cu"}}, {10},
                           {1: "Pit", 2: "Stockpile", 10: "Mill", 3: "Store", 4: "Well"},
                           {5: "Ore", 6: "Concentrate", 7: "Water"})
    assert [i.key for i in items] == ["assay:2:10:5"]  # water is never assayed: no item
    assert items[0].what.render() == ("Ore from Stockpile to Mill: no assay of Cu this month, "
                                      "so the metal balance leaves it out.")


def test_a_reading_due_and_missing_is_an_item(demo_db: Database, clock) -> None:  # type: ignore[no-untyped-def]
    from greendesk.models import Medium, SourceKind
    from greendesk.services import monitoring as ms

    clock(date(2026, 11, 25))
    site = _site(demo_db, "concentrator")
    point, _ = ms.add_point(demo_db, ms.PointDraft("Well 9", SourceKind.OTHER,
                                                   Medium.GROUNDWATER, 7, site_id=site))
    so4 = next(p.id for p in ms.list_parameters(demo_db) if p.code == "SO4")
    ms.set_limit(demo_db, point, so4, 500.0)
    ms.add_readings(demo_db, [ms.ReadingDraft(point, so4, date(2025, 11, 3), 420.0)])
    items = [i for i in month_close.checklist(demo_db, site, MONTH).open_items
             if i.kind is mc.ItemKind.READING]
    assert [i.ids for i in items] == [(point,)] and items[0].section == "formations"
    assert "Well 9" in items[0].what.render() and "every 7 days" in items[0].what.render()
    other = _site(demo_db, "smelter")  # the point's site only
    assert "reading" not in _kinds(month_close.checklist(demo_db, other, MONTH))


def test_an_unassayed_feed_of_an_assayed_material_is_an_item(demo_db: Database) -> None:
    from greendesk.models import FlowAssay

    with demo_db.read() as s:
        assayed = s.scalars(select(Flow).join(FlowAssay, FlowAssay.flow_id == Flow.id)
                            .where(Flow.flow_date.between(date(2025, 11, 1),
                                                          date(2025, 11, 30)))
                            .order_by(Flow.id)).first()
        assert assayed is not None
        site_id, material, target = assayed.site_id, assayed.material_id, assayed.to_node_id
        source = s.scalars(select(Node.id).where(
            Node.site_id == site_id, Node.kind == NodeKind.STOCK,
            Node.id != assayed.from_node_id).order_by(Node.id)).first()
        assert source is not None
    assert "assay" not in _kinds(month_close.checklist(demo_db, site_id, MONTH))
    AddFlows([FlowDraft(date(2025, 11, 20), source, target, material, 1.0, "t")]).apply(demo_db)
    items = [i for i in month_close.checklist(demo_db, site_id, MONTH).open_items
             if i.kind is mc.ItemKind.ASSAY]
    assert [i.ids for i in items] == [(source, target, material)]
