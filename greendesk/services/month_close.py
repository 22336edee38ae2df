"""The month close, guided: a site's checklist for a month, waivers, and the close itself.

Closing January once took seven stock-takings the program never asked for. The checklist
lists what a month still needs — stock-takings, assays of flows that feed a metal balance,
monitoring readings due, waste transfers without a contractor, balances above the
unaccounted threshold, technological against commercial metal recovery apart by more than
the threshold, and in a quarter's last month the emission sources that have no factor for a
substance their permit norms (the fee declaration would leave it out) — each with the section and records to open. An item the officer
chooses not to fix is waived with a reason (kept and audited); the month closes (the
closed-period close, services/periods_closed.py) only when no item of any site is open.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk import periods
from greendesk.analysis import month_close as mc
from greendesk.analysis.month_close import CloseItem, ItemKind
from greendesk.errors import DomainError, Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import AuditAction, Flow, MonthCloseWaiver, NodeKind, QuantityKind
from greendesk.services import balances as bal
from greendesk.services import monitoring_checks, periods_closed
from greendesk.services.balance_reference import (
    counts_in,
    flow_sums_in,
    inside_ids,
    load_reference_in,
    site_of,
    stock_changes,
)
from greendesk.services.changes import Changes, Entity
from greendesk.store import audit
from greendesk.store.db import Database

DEFAULT_THRESHOLD_PCT = 1.0  # the Balances section's "Highlight unaccounted above" default


@dataclass(frozen=True)
class MonthChecklist:
    """A site's month: every item, done ones left out, waived ones with their reasons."""
    site_id: int
    site: str
    period: str  # "2026-01"
    items: tuple[CloseItem, ...]

    @property
    def open_items(self) -> tuple[CloseItem, ...]:
        """The items neither done nor waived."""
        return tuple(i for i in self.items if i.open)

    def as_dict(self) -> dict[str, object]:
        """The checklist for JSON output (English sentences)."""
        return {"site": self.site, "period": self.period, "open": len(self.open_items),
                "items": [{"key": i.key, "kind": str(i.kind), "what": i.what.render(),
                           "where": {"section": i.section, "ids": list(i.ids)},
                           "waived": i.waived} for i in self.items]}


def month_of(period: str) -> periods.Period:
    """"2026-01" -> January 2026; a year or anything else is refused in one sentence."""
    text = periods_closed.normalise(period)
    if len(text) != 7:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The month close is kept per month; "
                                                       "write 2026-01 for January 2026."),
                          field="period")
    return periods.month(int(text[:4]), int(text[5:]))


def _stock_and_assays(s: Session, site_id: int, month: periods.Period) -> list[CloseItem]:
    ref = load_reference_in(s)
    site = site_of(ref, site_id, None)
    nodes = ref.site_nodes(site)
    flows = flow_sums_in(s, site, month.start, month.end)
    stock_ids = inside_ids(nodes, NodeKind.STOCK)
    gaps = [mc.StockGap(c.node_id, nodes[c.node_id].name, c.material_id,
                        ref.materials[c.material_id].name, c.opening is not None)
            for c in stock_changes(counts_in(s, stock_ids, month.end), stock_ids, month.start,
                                   month.end, flows)
            if not c.known and ref.materials[c.material_id].kind is QuantityKind.MASS]
    items = mc.stock_items(gaps, month.end.isoformat())
    assayed: dict[mc.FlowKey, set[str]] = {}
    for m in bal.metal_sums_in(s, site, month.start, month.end):
        if m.metal_t or m.qty_t:
            assayed.setdefault(mc.FlowKey(m.from_node_id, m.to_node_id, m.material_id),
                               set()).add(m.component)
    keys = [mc.FlowKey(f.from_node_id, f.to_node_id, f.material_id) for f in flows
            if f.qty > 0 and ref.materials[f.material_id].kind is QuantityKind.MASS]
    items += mc.assay_items(keys, assayed, set(inside_ids(nodes, NodeKind.PROCESS)),
                            {i: n.name for i, n in ref.nodes.items()},
                            {i: m.name for i, m in ref.materials.items()})
    return items


def _transfers(s: Session, site_id: int, month: periods.Period) -> list[CloseItem]:
    from greendesk.models import Node, WasteTransfer
    q = (select(Flow.id, Node.name, Flow.flow_date).join(Node, Node.id == Flow.to_node_id)
         .outerjoin(WasteTransfer, WasteTransfer.flow_id == Flow.id)
         .where(Flow.site_id == site_id, Node.kind == NodeKind.CONTRACTOR,
                Flow.flow_date.between(month.start, month.end),
                WasteTransfer.flow_id.is_(None))
         .order_by(Flow.flow_date, Flow.id))
    return [CloseItem(f"transfer:{fid}", ItemKind.TRANSFER, Message(QT_TRANSLATE_NOOP(
        "month_close", "Record {record} ({day}) to {contractor}: no contractor and R/D "
                       "operation recorded for the transfer."), context="month_close", record=fid,
        day=day.isoformat(), contractor=name), "waste", (fid,)) for fid, name, day in s.execute(q)]


def _readings(db: Database, site_id: int, month: periods.Period) -> list[CloseItem]:
    out = []
    for g in monitoring_checks.gaps(db, month, periods.today()):
        if g.site_id != site_id:
            continue
        out.append(CloseItem(
            f"reading:{g.point_id}:{g.parameter}:{g.start.isoformat()}", ItemKind.READING,
            Message(QT_TRANSLATE_NOOP("month_close", "{point}, {parameter}: no reading from "
                                                     "{start} to {end}; one is due every "
                                                     "{interval} days."),
                    context="month_close",
                    point=g.point, parameter=g.parameter, start=g.start.isoformat(),
                    end=g.end.isoformat(), interval=g.interval_days),
            "formations", (g.point_id,)))
    return out


def _balances(db: Database, site_id: int, month: periods.Period,
              threshold_pct: float) -> list[CloseItem]:
    sb = bal.site_balances(db, site_id, month)
    scopes = [mc.ScopeShare(sc.node_id, sc.scope_name,
                            sc.total.unaccounted_share if sc.total is not None else None)
              for sc in (sb.site, *sb.nodes)]
    metal = [mc.MetalGap(sc.node_id, sc.scope_name, m.component, m.technological_recovery,
                         m.recovery, m.metal_unaccounted)
             for sc in sb.nodes if sc.node_id is not None for m in sc.metal
             if m.technological_recovery is not None and m.recovery is not None]
    return mc.balance_items(scopes, threshold_pct) + mc.metal_items(metal, threshold_pct)


def _factors(db: Database, site_id: int, month: periods.Period) -> list[CloseItem]:
    """For a quarter's last month: the site's emission sources whose substance with a permit
    norm has no factor over the quarter (services/emissions names what is missing)."""
    if month.start.month % 3:
        return []
    from greendesk.services.emissions import emission_lines

    quarter = periods.quarter(month.start.year, month.start.month // 3)
    gaps = [mc.FactorGap(x.source_id, x.source, x.substance, x.missing)
            for x in emission_lines(db, quarter, site_id)
            if x.norm_t is not None and x.mass_t is None]
    return mc.factor_items(gaps, quarter.label)


def _waivers(s: Session, site_id: int, period: str) -> dict[str, str]:
    w = MonthCloseWaiver
    return dict(s.execute(select(w.item_key, w.reason)
                          .where(w.site_id == site_id, w.period == period)).all())


def checklist(db: Database, site_id: int, period: str,
              threshold_pct: float = DEFAULT_THRESHOLD_PCT) -> MonthChecklist:
    """Every open or waived item of a site's month, in the order an officer closes it:
    stock-takings, assays, readings, transfers, then balances and metal imbalances, and in
    a quarter's last month the emission sources without a factor for a normed substance."""
    month = month_of(period)
    with db.read() as s:
        items = _stock_and_assays(s, site_id, month)
        name = load_reference_in(s).sites[site_id][0]
        transfers = _transfers(s, site_id, month)
        waivers = _waivers(s, site_id, month.label)
    items += _readings(db, site_id, month) + transfers
    items += _balances(db, site_id, month, threshold_pct)
    items += _factors(db, site_id, month)
    return MonthChecklist(site_id, name, month.label,
                          tuple(mc.with_waivers(items, waivers)))


def waive(db: Database, site_id: int, period: str, item_key: str, reason: str) -> Changes:
    """Waive an item of a site's month, with the reason (kept and audited).
    One transaction; refuses a missing or overlong reason, an unknown site and a closed
    month. Announces month_close_waiver."""
    month = month_of(period)
    reason = " ".join(reason.split())
    if not reason:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Give a reason for waiving the item; "
                                                       "it is kept in the audit trail."),
                          field="reason")
    if len(reason) > 2000:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The reason is longer than 2,000 "
                                                       "characters."), field="reason")
    key = item_key.strip()
    if not key or len(key) > 200:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose an item of the checklist."),
                          field="item")
    with db.write() as s:
        site_of(load_reference_in(s), site_id, None)
        periods_closed.check_open(s, [month.start])
        w = MonthCloseWaiver
        row = s.scalars(select(w).where(w.site_id == site_id, w.period == month.label,
                                        w.item_key == key)).first()
        if row is None:
            row = MonthCloseWaiver(site_id=site_id, period=month.label, item_key=key)
            s.add(row)
        row.reason, row.waived_by = reason, audit.officer_name() or audit.os_user()
        audit.annotate(s, row, AuditAction.INSERT if row.id is None else AuditAction.UPDATE,
                       reason)
        s.flush()
        new_id = row.id
    return Changes.of(Entity.MONTH_CLOSE_WAIVER, ids=(new_id,))


def close_month(db: Database, period: str,
                threshold_pct: float = DEFAULT_THRESHOLD_PCT) -> Changes:
    """Close the month (services.periods_closed.close_period) once no site has an open item;
    otherwise one sentence naming the first site and how many items it has open."""
    month = month_of(period)
    blocking = open_sites(db, month.label, threshold_pct)
    if blocking:
        site, count = blocking[0]
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "{site} has {count} open items for {month}; fix or waive each "
                       "(with a reason) before closing the month."),
            site=site, count=count, month=month.label, field="period")
    return periods_closed.close_period(db, month.label)


def unwaive(db: Database, site_id: int, period: str, item_key: str) -> Changes:
    """Take a waiver back (also the undo of waiving): the item is open again.
    One transaction; refused in a closed month. Announces month_close_waiver."""
    month = month_of(period)
    w = MonthCloseWaiver
    with db.write() as s:
        periods_closed.check_open(s, [month.start])
        row = s.scalars(select(w).where(w.site_id == site_id, w.period == month.label,
                                        w.item_key == item_key)).first()
        ids = () if row is None else (row.id,)
        if row is not None:
            s.delete(row)
    return Changes.of(Entity.MONTH_CLOSE_WAIVER, ids=ids)


class WaiveItem:
    """Undoable: waive one item with a reason; undo takes the waiver back."""

    def __init__(self, site_id: int, period: str, item_key: str, reason: str) -> None:
        self.site_id, self.period, self.item_key, self.reason = site_id, period, item_key, reason

    def apply(self, db: Database) -> Changes:
        """Waive the item (see waive). One transaction; announces month_close_waiver."""
        return waive(db, self.site_id, self.period, self.item_key, self.reason)

    def revert(self, db: Database) -> Changes:
        """Take the waiver back (see unwaive). One transaction; announces month_close_waiver."""
        return unwaive(db, self.site_id, self.period, self.item_key)


def open_sites(db: Database, period: str, threshold_pct: float = DEFAULT_THRESHOLD_PCT
               ) -> list[tuple[str, int]]:
    """(site, open items) of every site with an item open in the month: what stands between
    the month and its close."""
    out = []
    for site_id, _name in bal.sites(db):
        sheet = checklist(db, site_id, period, threshold_pct)
        if sheet.open_items:
            out.append((sheet.site, len(sheet.open_items)))
    return out
