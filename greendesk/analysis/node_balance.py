"""A scope's balance as receipts and expenditures (приход / расход): pure, no database, no Qt.

Per-material "unaccounted" figures of a concentrator mean nothing — ore becomes concentrate
and tailings — so a node's balance is presented the way a plant's balance sheet is: each
material received (and the opening stock where counted), each material dispatched and lost
(and the closing stock), the total mass's unaccounted line, and per-material unaccounted
lines only for a material that passes through unchanged: both received and dispatched by
the scope, or any material of a stock node (a stockpile keeps what it holds).

    opening + receipts = expenditures + closing + unaccounted

The share is of receipts (the flows in), as the balance's "% of inputs": the same figure
the threshold highlight and the month-close checklist use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from greendesk.analysis.balances import MaterialInfo, Terms
from greendesk.models import LossReason, QuantityKind

RECEIPT, EXPENDITURE = "receipt", "expenditure"
# An entry's role: a material received or dispatched, an accounted loss, or a stock count.
OPENING, MATERIAL, LOSS, CLOSING = "opening", "material", "loss", "closing"


@dataclass(frozen=True)
class Entry:
    """One line of receipts or expenditures, in the material's canonical unit."""
    side: str  # RECEIPT or EXPENDITURE
    role: str  # OPENING, MATERIAL, LOSS or CLOSING
    material_id: int
    material: str
    unit: str
    kind: QuantityKind
    qty: float
    reason: LossReason | None = None  # for an accounted loss

    def share_of(self, receipts_t: float) -> float | None:
        """A mass flow's or loss's share of the mass received (a product's yield); None for
        volumes and stock counts (a stockpile's whole content is no share of a month)."""
        if receipts_t <= 0 or self.kind is not QuantityKind.MASS or self.role not in (
                MATERIAL, LOSS):
            return None
        return self.qty / receipts_t

    def as_dict(self, receipts_t: float) -> dict[str, object]:
        """The entry for JSON output; `share_of_receipts_pct` for mass flows and losses."""
        share = self.share_of(receipts_t)
        return {"role": self.role, "material": self.material, "unit": self.unit,
                "qty": self.qty, "reason": None if self.reason is None else self.reason.value,
                "share_of_receipts_pct": None if share is None else share * 100}


@dataclass(frozen=True)
class PassingLine:
    """A material that passes through unchanged: what came in, what went out, the rest."""
    material_id: int
    material: str
    unit: str
    received: float  # opening stock + receipts
    spent: float  # dispatched + accounted losses + closing stock
    receipts: float  # the flows in alone, the share's base

    @property
    def unaccounted(self) -> float:
        """Received − spent."""
        return self.received - self.spent

    @property
    def share(self) -> float | None:
        """Unaccounted over receipts (None when nothing came in)."""
        return self.unaccounted / self.receipts if self.receipts > 0 else None

    def as_dict(self) -> dict[str, object]:
        """The line for JSON output (the share in percent)."""
        share = self.share
        return {"material": self.material, "unit": self.unit, "received": self.received,
                "spent": self.spent, "unaccounted": self.unaccounted,
                "unaccounted_pct": None if share is None else share * 100}


@dataclass(frozen=True)
class ReceiptsExpenditures:
    """A scope's balance sheet: receipts, expenditures, the total mass, passing materials."""
    receipts: tuple[Entry, ...]
    expenditures: tuple[Entry, ...]
    passing: tuple[PassingLine, ...]

    def _mass(self, entries: tuple[Entry, ...], roles: tuple[str, ...]) -> float:
        return sum(e.qty for e in entries if e.kind is QuantityKind.MASS and e.role in roles)

    @property
    def receipts_t(self) -> float:
        """Mass received through flows (t), the share's base."""
        return self._mass(self.receipts, (MATERIAL,))

    @property
    def received_t(self) -> float:
        """Opening stock and receipts, t."""
        return self._mass(self.receipts, (OPENING, MATERIAL))

    @property
    def spent_t(self) -> float:
        """Dispatched, accounted losses and closing stock, t."""
        return self._mass(self.expenditures, (MATERIAL, LOSS, CLOSING))

    @property
    def unaccounted_t(self) -> float:
        """The total mass's unaccounted loss (negative: an apparent gain), t."""
        return self.received_t - self.spent_t

    @property
    def unaccounted_share(self) -> float | None:
        """Unaccounted over receipts (None when no mass came in)."""
        return self.unaccounted_t / self.receipts_t if self.receipts_t > 0 else None

    @property
    def has_mass(self) -> bool:
        """Whether any mass line is in the sheet (else there is no total)."""
        return any(e.kind is QuantityKind.MASS for e in (*self.receipts, *self.expenditures))

    def as_dict(self) -> dict[str, object]:
        """Receipts, expenditures and the unaccounted lines for JSON output."""
        share = self.unaccounted_share
        base = self.receipts_t
        return {"receipts": [e.as_dict(base) for e in self.receipts],
                "expenditures": [e.as_dict(base) for e in self.expenditures],
                "total_mass": {"received_t": self.received_t, "receipts_t": base,
                               "spent_t": self.spent_t, "unaccounted_t": self.unaccounted_t,
                               "unaccounted_pct": None if share is None else share * 100}
                if self.has_mass else None,
                "passing_through": [p.as_dict() for p in self.passing]}


def receipts_expenditures(terms: Mapping[int, Terms], materials: Mapping[int, MaterialInfo],
                          stock: Mapping[int, tuple[float, float]], *, conserved: bool
                          ) -> ReceiptsExpenditures:
    """The balance sheet of a scope from its per-material terms.

    `stock`: material -> (opening, closing) count where both are known (their difference is
    the terms' stock change). `conserved`: a stock node, which keeps every material as it
    is; elsewhere a material's own remainder is shown only when it is both received and
    dispatched. Energy carriers are left out (their balance is in GJ)."""
    order = sorted((m for m in terms if not materials[m].is_energy),
                   key=lambda m: (materials[m].kind is not QuantityKind.MASS,
                                  materials[m].name.casefold()))
    receipts: list[Entry] = []
    spent: list[Entry] = []
    passing: list[PassingLine] = []
    for mid in order:
        m, t = materials[mid], terms[mid]
        opening, closing = stock.get(mid, (None, None))

        def entry(side: str, role: str, qty: float, reason: LossReason | None = None,
                  m: MaterialInfo = m) -> Entry:
            return Entry(side, role, m.id, m.name, m.unit, m.kind, qty, reason)

        if opening is not None:
            receipts.append(entry(RECEIPT, OPENING, opening))
        if t.inputs:
            receipts.append(entry(RECEIPT, MATERIAL, t.inputs))
        if t.outputs:
            spent.append(entry(EXPENDITURE, MATERIAL, t.outputs))
        for reason in LossReason:
            if t.accounted.get(reason):
                spent.append(entry(EXPENDITURE, LOSS, t.accounted[reason], reason))
        if closing is not None:
            spent.append(entry(EXPENDITURE, CLOSING, closing))
        if conserved or (t.inputs and t.outputs):
            passing.append(PassingLine(
                mid, m.name, m.unit, (opening or 0.0) + t.inputs,
                t.outputs + t.accounted_total + (closing or 0.0), t.inputs))
    return ReceiptsExpenditures(tuple(receipts), tuple(spent), tuple(passing))
