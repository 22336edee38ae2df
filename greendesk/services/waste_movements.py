"""Movements of waste: what a movement is as a flow, and recording one.

A movement of waste is an ordinary flow record of the waste type's material at its site,
added through `flows.AddFlows`, so the ledger, balances and imports see it like any flow:

| movement (as recorded here)            | from                               | to                          |
| -------------------------------------- | ---------------------------------- | --------------------------- |
| generated, accumulated in storage      | the generating process             | a storage stock node        |
| recycled or reused on site             | a storage (or the process itself)  | a process node              |
| transferred to a contractor            | a storage (or the process itself)  | a contractor boundary node  |
| placed in a technogenic formation      | a storage (or the process itself)  | a formation stock node      |

A transfer also gets a `waste_transfer` row: the contractor and the R1–R13 / D1–D15
operation. A stock node is temporary storage unless it is marked a formation
(`waste_storage`); recording a movement marks an unmarked node by its use.

Figures never trust how a flow was entered: every flow of a waste material is classified by
its two nodes (P process, S storage, F formation, X contractor/customer/supplier boundary
as destination, L loss or environment as destination, B any boundary as source), so flows
typed into the ledger or imported count the same way:
generated = from P; recycled = into P from P, S or F; transferred = into X from P, S or F;
placed (net) = into F − out of F; other (net) = into L − from B into S or F. Then, for any
set of flows, generated − recycled − transferred − placed − other = change of storage stock,
which is the stock table's opening + generated − recycled − transferred − placed (− other)
= closing. Flows from a boundary into a process (overburden dug out of the subsoil) are not
waste movements and are ignored.

Storage stock may never go negative: a movement (or an undo) that would make any later
balance of a storage node negative is refused, naming the stock and the shortfall.
Formations are not checked: their contents predate the records (the formations register
keeps them).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, Message, term
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    DatePrecision,
    Flow,
    Formation,
    Material,
    Method,
    Node,
    NodeKind,
    Site,
    StorageRole,
    WasteContractor,
    WasteOperation,
    WasteStorage,
    WasteTransfer,
    WasteType,
)
from greendesk.services.changes import Changes, Entity
from greendesk.services.dated import check_dated
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.waste import EPS, contractor_row, tonnes
from greendesk.services.waste_codes import OPERATIONS
from greendesk.store.db import Database


class MovementKind(enum.StrEnum):
    """The four ways waste moves that the waste register reports apart."""
    GENERATED = "generated"      # by a process, accumulated in on-site storage
    RECYCLED = "recycled"        # recycled or reused on site
    TRANSFERRED = "transferred"  # to a contractor, under an R or D operation
    PLACED = "placed"            # in a technogenic formation on site


class NodeClass(enum.StrEnum):
    """How the waste register counts a flow's end: by the kind and storage role of its node."""
    PROCESS = "P"
    STORAGE = "S"
    FORMATION = "F"
    OUT = "X"        # contractor, customer (or supplier) boundary as destination
    LOSS = "L"       # loss sink or environment as destination
    BOUNDARY = "B"   # any boundary or loss node as source


@dataclass(frozen=True)
class MovementDraft:
    """One waste movement as the officer enters it; RecordMovement turns it into a flow."""
    waste_type_id: int
    kind: MovementKind
    flow_date: date
    quantity: float
    unit: str = "t"
    from_node_id: int | None = None  # None: the waste type's generating process
    to_node_id: int | None = None    # None for a transfer: the contractor's node at the site
    contractor_id: int | None = None
    operation: str | None = None
    method: Method = Method.MEASURED
    note: str = ""
    date_precision: DatePrecision = DatePrecision.DAY


@dataclass(frozen=True)
class NodeChoice:
    """A node offered in the movement form, with its storage role."""
    id: int
    name: str
    kind: NodeKind
    role: StorageRole | None  # stock nodes: as marked (None: unmarked, counts as storage)


@dataclass(frozen=True)
class SiteNodes:
    """The nodes of a site a movement may start or end at, for the dialog's lists."""

    processes: tuple[NodeChoice, ...]
    storages: tuple[NodeChoice, ...]
    formations: tuple[NodeChoice, ...]
    contractors: tuple[NodeChoice, ...]


# ---------------------------------------------------------------- node classes
def roles_in(s: Session) -> dict[int, StorageRole]:
    """Stock node id -> storage role, for the nodes marked (unmarked stock counts as storage).
    A node the formations register links a formation to is a formation unless marked
    otherwise: its tonnage grows with what is placed there, so the waste register counts
    what goes there as placed, not as stored."""
    roles: dict[int, StorageRole] = {n: StorageRole.FORMATION for n in s.scalars(
        select(Formation.node_id).where(Formation.node_id.is_not(None))) if n is not None}
    roles.update({n: r for n, r in s.execute(select(WasteStorage.node_id, WasteStorage.role))})
    return roles


def node_classes(s: Session) -> dict[int, tuple[NodeClass, NodeClass]]:
    """Node id -> (class as a source, class as a destination)."""
    roles = roles_in(s)
    out = {}
    for node_id, kind in s.execute(select(Node.id, Node.kind)):
        if kind is NodeKind.PROCESS:
            out[node_id] = (NodeClass.PROCESS, NodeClass.PROCESS)
        elif kind is NodeKind.STOCK:
            c = NodeClass.FORMATION if roles.get(node_id) is StorageRole.FORMATION \
                else NodeClass.STORAGE
            out[node_id] = (c, c)
        elif kind in (NodeKind.LOSS, NodeKind.ENVIRONMENT):
            out[node_id] = (NodeClass.BOUNDARY, NodeClass.LOSS)
        else:
            out[node_id] = (NodeClass.BOUNDARY, NodeClass.OUT)
    return out


# ---------------------------------------------------------------- places
def site_nodes(db: Database, site_id: int) -> SiteNodes:
    """A site's nodes grouped for the movement form's pickers."""
    with db.read() as s:
        roles = roles_in(s)
        nodes = list(s.scalars(select(Node).where(Node.site_id == site_id).order_by(Node.name)))
    def pick(pred) -> tuple[NodeChoice, ...]:
        return tuple(NodeChoice(n.id, n.name, n.kind, roles.get(n.id)) for n in nodes
                     if pred(n))
    stock = NodeKind.STOCK
    return SiteNodes(
        pick(lambda n: n.kind is NodeKind.PROCESS),
        pick(lambda n: n.kind is stock and roles.get(n.id) is not StorageRole.FORMATION),
        pick(lambda n: n.kind is stock and roles.get(n.id) is not StorageRole.STORAGE),
        pick(lambda n: n.kind is NodeKind.CONTRACTOR))


def set_storage_role(db: Database, node_id: int, role: StorageRole) -> Changes:
    """Mark a stock node as temporary storage or a technogenic formation.
    One transaction; refuses a node that is not a stock node (or is gone). Announces
    waste_storage, and flow: the register counts the node's flows anew."""
    with db.write() as s:
        node = s.get(Node, node_id)
        if node is None or node.kind is not NodeKind.STOCK:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Only a stock node can be waste "
                                                           "storage or a formation."))
        mark = s.get(WasteStorage, node_id)
        if mark is None:
            s.add(WasteStorage(node_id=node_id, role=StorageRole(role)))
        else:
            mark.role = StorageRole(role)
        return Changes.of(Entity.WASTE_STORAGE, Entity.FLOW, ids=(node_id,))


# ---------------------------------------------------------------- movements
class _InSession:
    """Lets a flows command run inside the waste command's own transaction, so that the
    flow, its transfer row and the stock check commit or roll back together."""

    def __init__(self, s: Session) -> None:
        self._s = s

    @contextmanager
    def write(self) -> Iterator[Session]:
        yield self._s


def stock_shortfall(s: Session, material_id: int, node_id: int, since: date
                    ) -> tuple[date, float] | None:
    """The first date from `since` on when the stock of `material_id` at storage
    `node_id` is negative (same-day movements count together), with that stock."""
    signed = case((Flow.to_node_id == node_id, Flow.qty_canonical), else_=-Flow.qty_canonical)
    touching = (Flow.material_id == material_id) & (
        (Flow.from_node_id == node_id) | (Flow.to_node_id == node_id))
    balance = float(s.scalar(select(func.coalesce(func.sum(signed), 0.0))
                             .where(touching, Flow.flow_date < since)) or 0.0)
    for day, change in s.execute(select(Flow.flow_date, func.sum(signed))
                                 .where(touching, Flow.flow_date >= since)
                                 .group_by(Flow.flow_date).order_by(Flow.flow_date)):
        balance += float(change)
        if balance < -EPS:
            return day, balance
    return None


def stock_refusal(s: Session, material_id: int, node_id: int, since: date,
                  short: tuple[date, float], what: str | Message) -> DomainError:
    """The sentence for a shortfall found by `stock_shortfall`."""
    day, balance = short
    node, material = s.get(Node, node_id), s.get(Material, material_id)
    later = "" if day == since else Message(QT_TRANSLATE_NOOP(
        "Refusal", " (after the movements recorded later)"))
    return DomainError(
        QT_TRANSLATE_NOOP("Refusal", "{what} would make the stock of {material} at {node} "
                                     "negative: it would be {tonnes} on {date}{later}, {short} "
                                     "short."),
        what=term(what), material=material.name if material else material_id,
        node=node.name if node else node_id, tonnes=tonnes(balance), date=day.isoformat(),
        later=later, short=tonnes(-balance), field="quantity")


@dataclass
class _Plan:
    flow: FlowDraft
    material_id: int
    contractor: tuple[int, str] | None
    new_node: dict | None = None     # a contractor node to create (name, site, kind)
    new_role: tuple[int, StorageRole] | None = None
    what: str | Message = ""


class RecordMovement:
    """Record one movement of a waste as a flow (plus its transfer row); undoable.

    apply() and revert() each run in one transaction and refuse, changing nothing, when the
    stock of a storage would go negative."""

    def __init__(self, draft: MovementDraft) -> None:
        self.draft = draft
        self.adds: AddFlows | None = None
        self.plan: _Plan | None = None
        self.flow_id: int | None = None
        self._node_id: int | None = None

    def apply(self, db: Database) -> Changes:
        """Record the movement in one transaction: the flow, its transfer row for a contractor, and
        any node or storage mark the plan needs. Refuses what the plan refuses (a node of another
        site, a contractor whose licence does not cover the operation on that day) and a storage
        stock that would go negative. Announces flow and waste_movement (and node when one was made)."""
        first = self.adds is None
        try:
            with db.write() as s:
                self._apply(s)
        except Exception:
            if first:  # nothing was written: a later apply starts afresh
                self.plan, self.adds, self.flow_id, self._node_id = None, None, None, None
            raise
        return self._changes()

    def _apply(self, s: Session) -> None:
        if self.plan is None:
            self.plan = _plan(s, self.draft)
        plan = self.plan
        if plan.new_node is not None:
            node = Node(id=self._node_id, **plan.new_node)
            s.add(node)
            s.flush()
            self._node_id = node.id
            plan.flow = replace(plan.flow, to_node_id=node.id)
        if plan.new_role is not None:
            s.add(WasteStorage(node_id=plan.new_role[0], role=plan.new_role[1]))
        if self.adds is None:
            self.adds = AddFlows([plan.flow], what=plan.what or QT_TRANSLATE_NOOP("Refusal", "This movement"),
                                 undo_what=QT_TRANSLATE_NOOP("Refusal", "Undoing this movement"))
        # The flow's own write path checks the date, the period and every storage's stock.
        self.adds.apply(_InSession(s))  # type: ignore[arg-type]
        self.flow_id = self.adds.ids[0]
        if plan.contractor is not None:
            record_transfer(s, s.get(Flow, self.flow_id), s.get(WasteContractor,  # type: ignore[arg-type]
                            plan.contractor[0]), plan.contractor[1])

    def revert(self, db: Database) -> Changes:
        """Remove the flow and what apply made for it; refused when a stock would go negative.
        One transaction; announces the same entities as apply."""
        assert self.adds is not None and self.plan is not None
        plan = self.plan
        with db.write() as s:
            self.adds.revert(_InSession(s))  # type: ignore[arg-type]  # checks the stocks
            if plan.new_role is not None:
                mark = s.get(WasteStorage, plan.new_role[0])
                if mark is not None:
                    s.delete(mark)
            if plan.new_node is not None and self._node_id is not None:
                node = s.get(Node, self._node_id)
                if node is not None:
                    s.delete(node)
        return self._changes()

    def _changes(self) -> Changes:
        entities = [Entity.FLOW, Entity.WASTE_MOVEMENT]
        if self.plan is not None and self.plan.new_node is not None:
            entities.append(Entity.NODE)
        return Changes.of(*entities, ids=(self.flow_id,) if self.flow_id else ())


_KIND_WORDS = {
    MovementKind.GENERATED: QT_TRANSLATE_NOOP("Refusal", "Generating"),
    MovementKind.RECYCLED: QT_TRANSLATE_NOOP("Refusal", "Recycling"),
    MovementKind.TRANSFERRED: QT_TRANSLATE_NOOP("Refusal", "Transferring"),
    MovementKind.PLACED: QT_TRANSLATE_NOOP("Refusal", "Placing"),
}


def _plan(s: Session, d: MovementDraft) -> _Plan:
    """Check a movement against the register and say which flow it is."""
    t = s.get(WasteType, d.waste_type_id)
    if t is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "Choose the waste type."),
            field="waste_type")
    kind = MovementKind(d.kind)
    site = s.get(Site, t.site_id)
    roles = roles_in(s)

    def node_at(node_id: int | None, what: str | Message, field_: str) -> Node:
        node = s.get(Node, node_id) if node_id else None
        if node is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose the node the waste {what}."),
                              what=term(what), field=field_)
        if node.site_id != t.site_id:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{node} is not a node of {site}, where "
                                                           "{name} arises."),
                              node=node.name, site=site.name,  # type: ignore[union-attr]
                              name=t.name, field=field_)
        return node

    src = node_at(d.from_node_id or t.generating_node_id, QT_TRANSLATE_NOOP("Refusal", "comes from"), "from_node")
    if kind is MovementKind.GENERATED and src.kind is not NodeKind.PROCESS:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{src} is not a process; waste is "
                                                       "generated by a process."),
                          src=src.name,
                          field="from_node")
    if src.kind not in (NodeKind.PROCESS, NodeKind.STOCK):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} can leave only a process or a "
                                                       "stock, not {src}."),
                          name=t.name, src=src.name,
                          field="from_node")
    contractor = None
    new_node = None
    new_role = None
    if kind is MovementKind.TRANSFERRED:
        c = s.get(WasteContractor, d.contractor_id) if d.contractor_id else None
        if c is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose the contractor the waste is "
                                                           "transferred to."),
                              field="contractor")
        op = (d.operation or "").strip().upper()
        if op not in OPERATIONS:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose the recovery (R1–R13) or "
                                                           "disposal (D1–D15) operation {name} "
                                                           "performs."),
                              name=c.name, field="operation")
        if isinstance(d.flow_date, date):
            problem = contractor_row(c).licence_problem(op, d.flow_date)
            if problem:
                raise DomainError(problem, field="contractor")
        contractor = (c.id, WasteOperation(op).value)
        if d.to_node_id is None:
            existing = s.scalar(select(Node).where(Node.site_id == t.site_id,
                                                   Node.name == c.name))
            if existing is not None and existing.kind is not NodeKind.CONTRACTOR:
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{site} has a node named {name} "
                                                               "that is not a waste-contractor "
                                                               "node; choose the contractor's "
                                                               "node."),
                                  site=site.name,  # type: ignore[union-attr]
                                  name=c.name, field="to_node")
            if existing is None:
                new_node = dict(site_id=t.site_id, name=c.name, kind=NodeKind.CONTRACTOR,
                                loss_reason=None, note="")
                dst_id = -1
            else:
                dst_id = existing.id
        else:
            dst = node_at(d.to_node_id, QT_TRANSLATE_NOOP("Refusal", "goes to"), "to_node")
            if dst.kind is not NodeKind.CONTRACTOR:
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{dst} is not a waste-contractor "
                                                               "node; a transfer goes to the "
                                                               "contractor's boundary node."),
                                  dst=dst.name, field="to_node")
            dst_id = dst.id
    else:
        dst = node_at(d.to_node_id, QT_TRANSLATE_NOOP("Refusal", "goes to"), "to_node")
        dst_id = dst.id
        role = roles.get(dst.id)
        if kind is MovementKind.RECYCLED and dst.kind is not NodeKind.PROCESS:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{dst} is not a process; recycled "
                                                           "waste goes to the process that uses "
                                                           "it."),
                              dst=dst.name, field="to_node")
        if kind in (MovementKind.GENERATED, MovementKind.PLACED):
            wanted = StorageRole.STORAGE if kind is MovementKind.GENERATED \
                else StorageRole.FORMATION
            if dst.kind is not NodeKind.STOCK:
                raise DomainError(
                    QT_TRANSLATE_NOOP("Refusal", "{node} is not a stock; generated waste is "
                                                 "accumulated in an on-site storage.")
                    if wanted is StorageRole.STORAGE else
                    QT_TRANSLATE_NOOP("Refusal", "{node} is not a stock; waste is placed in a "
                                                 "formation (a tailings facility, a dump, a slag "
                                                 "heap)."), node=dst.name, field="to_node")
            if role is not None and role is not wanted:
                raise DomainError(
                    QT_TRANSLATE_NOOP("Refusal", "{node} is marked as a technogenic formation; "
                                                 "record a placement there.")
                    if role is StorageRole.FORMATION else
                    QT_TRANSLATE_NOOP("Refusal", "{node} is marked as temporary storage; place "
                                                 "waste in a formation, or mark the node as a "
                                                 "formation first."), node=dst.name,
                    field="to_node")
            if role is None:
                new_role = (dst.id, wanted)
    if dst_id == src.id:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "A movement cannot go from {src} to itself."),
            src=src.name, field="to_node")
    flow = FlowDraft(d.flow_date, src.id, dst_id if dst_id > 0 else src.id, t.material_id,
                     d.quantity, d.unit, d.method, None, d.note, d.date_precision)
    what = Message(QT_TRANSLATE_NOOP("Refusal", "{doing} {quantity} on {date}")
                   if isinstance(d.flow_date, date) else
                   QT_TRANSLATE_NOOP("Refusal", "{doing} {quantity}"),
                   doing=term(_KIND_WORDS[kind]), quantity=_qty_text(d.quantity, d.unit),
                   date=d.flow_date.isoformat() if isinstance(d.flow_date, date) else "")
    return _Plan(flow, t.material_id, contractor, new_node, new_role, what)


def _qty_text(qty: float, unit: str) -> str:
    if isinstance(qty, int | float) and not isinstance(qty, bool) and math.isfinite(qty):
        return f"{qty:,.6g} {unit}"
    return f"{qty} {unit}"


def record_transfer(s: Session, flow: Flow, contractor: WasteContractor, operation: str,
                    classes: dict[int, tuple[NodeClass, NodeClass]] | None = None) -> None:
    """The one way a transfer row is written (a movement, `assign_transfer`): the flow goes
    to a contractor, whose licence covers the operation on the flow's date, and that date
    is neither after today nor in a closed period."""
    classes = node_classes(s) if classes is None else classes
    if classes[flow.to_node_id][1] is not NodeClass.OUT:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "Record {record} does not go to a contractor, so it is "
                                         "not a transfer."),
            record=flow.id)
    problem = contractor_row(contractor).licence_problem(operation, flow.flow_date)
    if problem:
        raise DomainError(problem, field="contractor")
    check_dated(s, [flow.flow_date], Message(QT_TRANSLATE_NOOP("Refusal", "Record {record}"), record=flow.id), noun=QT_TRANSLATE_NOOP("Refusal", "a waste transfer"),
                field="flow_date")
    mark = s.get(WasteTransfer, flow.id)
    if mark is None:
        s.add(WasteTransfer(flow_id=flow.id, contractor_id=contractor.id, operation=operation))
    else:
        mark.contractor_id, mark.operation = contractor.id, operation


def assign_transfer(db: Database, flow_ids: Sequence[int], contractor_id: int,
                    operation: str) -> Changes:
    """Say who received flows already in the ledger (typed or imported transfers) and under
    which operation, all or none; the licence is checked on each flow's date.
    One transaction; also refuses a missing operation or contractor and records already gone.
    Announces waste_movement with the flow ids."""
    op = operation.strip().upper()
    if op not in OPERATIONS:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose the recovery (R1–R13) or disposal "
                                                       "(D1–D15) operation."),
                          field="operation")
    with db.write() as s:
        c = s.get(WasteContractor, contractor_id)
        if c is None:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "Choose the contractor."),
                field="contractor")
        classes = node_classes(s)
        for start in range(0, len(flow_ids), 500):
            chunk = list(flow_ids[start:start + 500])
            flows = list(s.scalars(select(Flow).where(Flow.id.in_(chunk))))
            if len(flows) != len(chunk):
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Some of the records no longer "
                                                               "exist; refresh and try again."))
            for f in flows:
                record_transfer(s, f, c, op, classes)
        return Changes.of(Entity.WASTE_MOVEMENT, ids=tuple(flow_ids))
