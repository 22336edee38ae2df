"""The waste inventory's arithmetic: what each flow of a waste adds to which term.

A flow is counted by the classes of its two nodes (the waste register's classes, given here
as their letters: P process, S storage, F own formation, X contractor/customer boundary,
L loss or environment, B any boundary as a source), the same way the waste indicators
count it, so the inventory and `greendesk indicators` agree by construction:

| term              | flows of the period                                    |
| ----------------- | ------------------------------------------------------ |
| generated         | from P (to anywhere)                                   |
| received          | from B into S or F (waste brought in from others)      |
| recovered         | into P from P, S or F (recovered or reused on site)    |
| disposed          | into L from P, S or F (destroyed, released or lost)    |
| transferred       | into X from P, S or F (handed to a contractor)         |
| placed            | into F − out of F (net placement into own formations)  |

Opening and closing stock are what the storages (S) hold. For any set of flows,
closing = opening + generated + received − recovered − disposed − transferred − placed
holds exactly; `Terms.closing` is that sum. Flows from a boundary into a process (rock dug
out of the subsoil) and between boundaries are not waste movements and count nowhere.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

PROCESS, STORAGE, FORMATION, OUT, LOSS, BOUNDARY = "P", "S", "F", "X", "L", "B"
_HELD = (PROCESS, STORAGE, FORMATION)  # where waste is in the enterprise's hands
EPS = 1e-9


@dataclass(frozen=True)
class FlowGroup:
    """Flows of one waste (site, material) from one node to another, summed; `before`:
    dated before the period (they make the opening stock)."""

    site_id: int
    material_id: int
    src_node: int
    dst_node: int
    src: str  # the source node's class as a source (P, S, F or B)
    dst: str  # the destination node's class as a destination (P, S, F, X or L)
    before: bool
    qty: float


@dataclass
class Terms:
    """One waste's inventory over a period, in tonnes, with the per-node detail the
    placement and transfer sheets list."""

    opening: float = 0.0
    generated: float = 0.0
    received: float = 0.0
    recovered: float = 0.0
    disposed: float = 0.0
    transferred: float = 0.0
    placed: float = 0.0
    placed_into: dict[int, float] = field(default_factory=lambda: defaultdict(float))
    taken_from: dict[int, float] = field(default_factory=lambda: defaultdict(float))
    transferred_to: dict[int, float] = field(default_factory=lambda: defaultdict(float))

    @property
    def closing(self) -> float:
        """Storage stock at the end: the inventory's identity."""
        return (self.opening + self.generated + self.received - self.recovered
                - self.disposed - self.transferred - self.placed)

    def figures(self) -> tuple[float, ...]:
        """The eight figures of the inventory row, in the sheet's order."""
        return (self.opening, self.generated, self.received, self.recovered, self.disposed,
                self.transferred, self.placed, self.closing)

    def is_empty(self) -> bool:
        """Nothing held and nothing moved: the waste needs no row."""
        return all(abs(v) < EPS for v in self.figures()) and not any(
            abs(v) >= EPS for v in (*self.placed_into.values(), *self.taken_from.values()))

    def add(self, g: FlowGroup) -> None:
        """Count one group of flows."""
        q = g.qty
        if g.before:
            self.opening += (q if g.dst == STORAGE else 0.0) - (q if g.src == STORAGE else 0.0)
            return
        if g.src == BOUNDARY and g.dst not in (STORAGE, FORMATION):
            return  # not a waste movement
        if g.src == PROCESS:
            self.generated += q
        if g.src == BOUNDARY:
            self.received += q
        if g.src in _HELD:
            if g.dst == PROCESS:
                self.recovered += q
            elif g.dst == LOSS:
                self.disposed += q
            elif g.dst == OUT:
                self.transferred += q
                self.transferred_to[g.dst_node] += q
        if g.dst == FORMATION:
            self.placed += q
            self.placed_into[g.dst_node] += q
        if g.src == FORMATION:
            self.placed -= q
            self.taken_from[g.src_node] += q


def inventory(groups: Iterable[FlowGroup]) -> dict[tuple[int, int], Terms]:
    """(site, material) → its terms, from grouped flows of the period and before it."""
    out: dict[tuple[int, int], Terms] = defaultdict(Terms)
    for g in groups:
        out[(g.site_id, g.material_id)].add(g)
    return dict(out)


def total(terms: Iterable[Terms]) -> Terms:
    """The sum of several wastes' terms (a scope's totals)."""
    out = Terms()
    for t in terms:
        for name in ("opening", "generated", "received", "recovered", "disposed",
                     "transferred", "placed"):
            setattr(out, name, getattr(out, name) + getattr(t, name))
    return out
