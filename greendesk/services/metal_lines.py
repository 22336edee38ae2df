"""The metal table's rows: commercial recovery from weighed tonnages × assays, beside the
technological one from assays alone, and what the two leave unaccounted.

Split from services/balances (which re-exports MetalLine) to keep it small.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from greendesk.analysis import balances as ab
from greendesk.analysis import metal_balance as mb
from greendesk.errors import Message
from greendesk.models import NodeKind

# The balance section's default threshold (the window's "balances/unaccounted_threshold_pct"),
# as a fraction: `balance --format json` names where to look above it.
DEFAULT_THRESHOLD = 0.01


@dataclass(frozen=True)
class MetalLine:
    """Contained metal of one component through a scope: where it went and the recovery
    (commercial: weighed tonnages × grades), and for a process node the figures from the
    assays alone (technological) and the metal the two leave unaccounted."""
    component: str
    feed: float
    products: float
    wastes: float
    accounted: float
    unaccounted: float
    recovery: float | None  # fraction, commercial
    yield_: float | None = None
    technological_recovery: float | None = None
    concentration_ratio: float | None = None
    enrichment_ratio: float | None = None
    metal_unaccounted: float | None = None  # t: (ε_tech − ε_comm) × feed
    technological_note: Message | None = None  # why there are no technological figures
    mass_unaccounted_share: float | None = None  # the node's total mass, for where_to_look

    @property
    def commercial_recovery(self) -> float | None:
        """Metal in weighed products over metal in weighed feed."""
        return self.recovery

    @property
    def recovery_gap(self) -> float | None:
        """ε_tech − ε_comm, a fraction (None without both)."""
        if self.technological_recovery is None or self.recovery is None:
            return None
        return self.technological_recovery - self.recovery

    def above(self, threshold: float) -> bool:
        """Whether the two recoveries differ by more than the threshold (a fraction)."""
        gap = self.recovery_gap
        return gap is not None and abs(gap) > threshold

    def where_to_look(self, threshold: float = DEFAULT_THRESHOLD) -> str | None:
        """The sentence naming weighing or sampling, when the gap is above the threshold."""
        if not self.above(threshold):
            return None
        return mb.where_to_look(self.mass_unaccounted_share, threshold)

    def as_dict(self) -> dict[str, object]:
        """The line for JSON output, in tonnes and percent."""
        def pct(v: float | None) -> float | None:
            return None if v is None else v * 100

        note = self.technological_note
        return {"component": self.component, "feed_t": self.feed, "products_t": self.products,
                "wastes_t": self.wastes, "accounted_t": self.accounted,
                "unaccounted_t": self.unaccounted,
                "recovery_pct": pct(self.recovery),
                "yield": self.yield_, "recovery": self.technological_recovery,
                "technological_recovery": self.technological_recovery,
                "commercial_recovery": self.recovery,
                "metal_unaccounted": self.metal_unaccounted,
                "concentration_ratio": self.concentration_ratio,
                "enrichment_ratio": self.enrichment_ratio,
                "technological_note": None if note is None else str(note),
                "where_to_look": self.where_to_look()}


def metal_lines(sums: Sequence[ab.MetalSum], nodes: Mapping[int, ab.NodeInfo],
                materials: Mapping[int, ab.MaterialInfo], node_id: int | None,
                mass_share: float | None) -> tuple[MetalLine, ...]:
    """The rows of a site (commercial only) or of a process node (both balances)."""
    terms = ab.metal_terms(sums, nodes, materials, node_id)
    tech: dict[str, mb.Technological] = {}
    if node_id is not None and nodes[node_id].kind is NodeKind.PROCESS:
        tech = mb.technological(sums, nodes, materials, node_id)
    out = []
    for c, t in sorted(terms.items()):
        x = tech.get(c, mb.Technological())
        out.append(MetalLine(
            c, t.feed, t.products, t.wastes, t.accounted, t.unaccounted, t.recovery,
            x.yield_, x.recovery, x.concentration_ratio, x.enrichment_ratio,
            mb.metal_unaccounted(t.feed, x.recovery, t.recovery), x.reason, mass_share))
    return tuple(out)
