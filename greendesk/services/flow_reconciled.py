"""Reconciled values written back into the unmeasured flow records of a period.

An unmeasured record holds the officer's estimate; once reconciliation has estimated the
stream, its value replaces the estimates. A stream's reconciled total is shared over its
unmeasured records in proportion to their quantities, so the records keep their shape
(days, units) and the ledger, balances and reports read the reconciled figure. One
transaction for every stream, audited through the session listener, undoable; a closed
period refuses it like every write.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk.analysis.reconcile import Status
from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import Flow, Material, Node, ReconciliationRole
from greendesk.services.changes import Changes, Entity
from greendesk.services.conflicts import conflict_error
from greendesk.services.flow_relations import Stream, stream_label
from greendesk.services.flow_writes import removed
from greendesk.services.flows import MAX_QUANTITY_T
from greendesk.services.reconcile_site import SiteReconciliation
from greendesk.store.closed_periods import check_open
from greendesk.store.db import Database

# id -> (qty_entered, qty_canonical) of a record
Quantities = dict[int, tuple[float, float]]


def _label(s: Session, stream: Stream) -> str:
    names = dict(s.execute(select(Node.id, Node.name).where(
        Node.id.in_((stream.from_node_id, stream.to_node_id)))).all())
    material = s.get(Material, stream.material_id)
    return stream_label(names, {stream.material_id: material.name} if material else {}, stream)


class WriteReconciled:
    """Replace the quantities of each stream's unmeasured records in [start, end] by the
    stream's reconciled total (canonical units), shared in proportion to the records'
    quantities; undo puts the estimates back."""

    def __init__(self, site_id: int, start: date, end: date,
                 totals: Sequence[tuple[Stream, float]]) -> None:
        if not totals:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is nothing to write."))
        self.site_id, self.start, self.end = site_id, start, end
        self.totals = [(Stream(*st), total) for st, total in totals]
        self.before: Quantities = {}
        self.after: Quantities = {}

    def apply(self, db: Database) -> Changes:
        """Write every stream's share in one transaction. Refuses a total that is not a
        finite number above zero (a record's quantity is positive) or is over a billion, a
        stream with no unmeasured record in the period, a closed period, and a waste stock
        left negative. Announces the flows."""
        with db.write() as s:
            if self.after:  # redo
                self._put(s, self.before, self.after)
            else:
                before, after = self._shares(s)
                self._put(s, before, after)
                self.before, self.after = before, after
        return Changes.of(Entity.FLOW, ids=tuple(self.after))

    def _shares(self, s: Session) -> tuple[Quantities, Quantities]:
        before: Quantities = {}
        after: Quantities = {}
        for stream, total in self.totals:
            if isinstance(total, bool) or not isinstance(total, int | float) or not (
                    math.isfinite(total) and 0 < total <= MAX_QUANTITY_T):
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The reconciled value of "
                                                               "{stream} is {value:g}; only a "
                                                               "quantity above zero can be "
                                                               "written into its records."),
                                  stream=_label(s, stream), value=float(total))
            records = s.execute(select(Flow.id, Flow.qty_entered, Flow.qty_canonical).where(
                Flow.site_id == self.site_id, Flow.from_node_id == stream.from_node_id,
                Flow.to_node_id == stream.to_node_id, Flow.material_id == stream.material_id,
                Flow.flow_date >= self.start, Flow.flow_date <= self.end,
                Flow.reconciliation == ReconciliationRole.UNMEASURED.value)).all()
            if not records:
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{stream} has no unmeasured "
                                                               "record from {start} to {end}."),
                                  stream=_label(s, stream), start=self.start.isoformat(),
                                  end=self.end.isoformat())
            share = total / sum(c for _i, _e, c in records)
            for i, entered, canonical in records:
                before[i] = (entered, canonical)
                after[i] = (entered * share, canonical * share)
        return before, after

    def _put(self, s: Session, expected: Quantities, new: Quantities) -> None:
        """Each record must still hold `expected` (else it changed elsewhere); then `new`."""
        flows = {f.id: f for f in s.scalars(select(Flow).where(Flow.id.in_(list(new))))}
        check_open(s, [f.flow_date for f in flows.values()])
        for i, (entered, canonical) in new.items():
            flow = flows.get(i)
            if flow is None or (flow.qty_entered, flow.qty_canonical) != expected[i]:
                raise conflict_error(s, "flow", i, flow.version if flow else 0)
            flow.qty_entered, flow.qty_canonical = entered, canonical
        s.flush()
        removed(s, ((f.site_id, f.flow_date, f.date_precision, f.from_node_id, f.to_node_id,
                     f.material_id) for f in flows.values()), "This change")

    def revert(self, db: Database) -> Changes:
        """Put the estimates back in one transaction, under the same refusals; refused for
        a record changed after the write. Announces the flows."""
        with db.write() as s:
            self._put(s, self.after, self.before)
        return Changes.of(Entity.FLOW, ids=tuple(self.after))


def write_reconciled(db: Database, site_id: int, start: date, end: date,
                     totals: Sequence[tuple[Stream, float]]) -> Changes:
    """Write reconciled stream totals into their unmeasured records (see WriteReconciled)."""
    return WriteReconciled(site_id, start, end, totals).apply(db)


@dataclass(frozen=True)
class ReconciledWrites:
    """What a reconciliation can write back: each estimated stream's unmeasured part, and
    the labels of unmeasured streams it could not determine (left as they are)."""
    totals: tuple[tuple[Stream, float], ...]
    undetermined: tuple[str, ...]


def reconciled_writes(db: Database, site_id: int, rec: SiteReconciliation) -> ReconciledWrites:
    """The estimated streams of `rec` with their unmeasured part: the reconciled total less
    the stream's measured (and constant) records of the period, since a mixed stream is
    estimated as a whole but only its unmeasured records take the estimate."""
    start, end = rec.period.start, rec.period.end
    totals: list[tuple[Stream, float]] = []
    undetermined: list[str] = []
    with db.read() as s:
        for v in rec.flows:
            key = v.key
            if not (isinstance(key, tuple) and len(key) == 3
                    and all(isinstance(k, int) for k in key)) or v.measured is not None:
                continue  # stock changes, coefficients and measured streams stay
            if v.status != Status.ESTIMATED or v.reconciled is None:
                undetermined.append(v.label)
                continue
            stream = Stream(*key)
            known = s.execute(select(func.coalesce(func.sum(Flow.qty_canonical), 0.0)).where(
                Flow.site_id == site_id, Flow.from_node_id == stream.from_node_id,
                Flow.to_node_id == stream.to_node_id, Flow.material_id == stream.material_id,
                Flow.flow_date >= start, Flow.flow_date <= end,
                Flow.reconciliation != ReconciliationRole.UNMEASURED.value)).scalar_one()
            totals.append((stream, v.reconciled - float(known)))
    return ReconciledWrites(tuple(totals), tuple(undetermined))


def write_back(db: Database, site_id: int, rec: SiteReconciliation, *,
               confirmed: bool = False) -> WriteReconciled:
    """The undoable step that writes `rec`'s estimated streams into their unmeasured records
    (not yet applied). Refuses when the global test did not pass (or could not run) unless
    the officer confirmed, and when no stream was estimated."""
    if rec.result.passed is not True and not confirmed:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "The global test of the reconciliation did not pass, so its estimates "
                       "are not written unless you confirm them."))
    writes = reconciled_writes(db, site_id, rec)
    if not writes.totals:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "The reconciliation estimated no unmeasured flow, so there is nothing "
                       "to write."))
    return WriteReconciled(site_id, rec.period.start, rec.period.end, writes.totals)
