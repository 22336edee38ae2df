"""Technological against commercial metal balance of one process node.

The commercial recovery is metal in weighed products over metal in weighed feed (tonnes ×
grades, `balances.metal_terms`). The technological recovery uses the grades alone (the two-
or three-product formula, `metal_formulas`). Where both are right they agree; their
difference, times the metal fed, is metal that the weighed tonnages and the assays cannot
both account for — the metal's unaccounted loss — and says to check the weighing (when the
node's total mass does not close either) or the sampling (when it does).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from greendesk.analysis.balances import MaterialInfo, MetalSum, NodeInfo
from greendesk.analysis.metal_formulas import enrichment_ratio, three_product, two_product
from greendesk.errors import DomainError, Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import MaterialCategory, NodeKind

CHECK_WEIGHING = QT_TRANSLATE_NOOP(
    "balances", "The weighed tonnages do not fit the assays, and the total mass does not "
                "close either: check the weighing of feed and products first.")
CHECK_SAMPLING = QT_TRANSLATE_NOOP(
    "balances", "The weighed tonnages do not fit the assays, though the total mass closes: "
                "check the sampling and assaying of feed, concentrate and tail.")
TECHNOLOGICAL_FORMULA = QT_TRANSLATE_NOOP(
    "balances", "γ = (α − θ) / (β − θ), ε_tech = γ × β / α, K = 1 / γ, i = β / α  — from the "
    "grades of feed (α), concentrate (β) and tail (θ) alone; with two concentrates, the "
    "three-product formulas over two components")


@dataclass(frozen=True)
class Technological:
    """The figures from assays alone for one component, or the reason there are none."""

    yield_: float | None = None  # concentrate(s) over feed, by mass
    recovery: float | None = None
    concentration_ratio: float | None = None
    enrichment_ratio: float | None = None  # mean concentrate grade over feed grade
    reason: Message | None = None


@dataclass
class _Stream:
    metal: float = 0.0
    qty: float = 0.0

    @property
    def grade(self) -> float | None:
        return self.metal / self.qty if self.qty > 0 else None


def technological(sums: Iterable[MetalSum], nodes: Mapping[int, NodeInfo],
                  materials: Mapping[int, MaterialInfo], node_id: int) -> dict[str, Technological]:
    """Per component: the two-product formula when the node has one product material and
    one waste material; the three-product formulas when it has two product materials and
    at least two components (the first two, by name, solve for the yields)."""
    feed: dict[str, _Stream] = {}
    out: dict[tuple[str, int], _Stream] = {}  # (component, material) leaving, no losses
    waste_ids: set[int] = set()
    product_ids: set[int] = set()
    for s in sums:
        if s.to_node_id == node_id and s.from_node_id != node_id:
            st = feed.setdefault(s.component, _Stream())
        elif s.from_node_id == node_id and nodes[s.to_node_id].kind is not NodeKind.LOSS:
            waste = materials[s.material_id].category is MaterialCategory.WASTE
            (waste_ids if waste else product_ids).add(s.material_id)
            st = out.setdefault((s.component, s.material_id), _Stream())
        else:
            continue
        st.metal += s.metal_t
        st.qty += s.qty_t
    components = sorted(feed)
    if len(waste_ids) != 1 or len(product_ids) not in (1, 2) or (
            len(product_ids) == 2 and len(components) < 2):
        reason = Message(QT_TRANSLATE_NOOP(
            "balances", "The formulas need assayed feed, one assayed tail and one assayed "
                        "concentrate (or two, with two components assayed); this node has "
                        "{products} product(s) and {tails} tail(s) assayed."),
            context="balances", products=len(product_ids), tails=len(waste_ids))
        return {c: Technological(reason=reason) for c in components}
    tail_id = next(iter(waste_ids))
    conc_ids = sorted(product_ids)

    grades: dict[tuple[str, int | None], float] = {
        (c, None): g for c, st in feed.items() if (g := st.grade) is not None}
    grades.update({k: g for k, st in out.items() if (g := st.grade) is not None})
    streams: list[int | None] = [None, *conc_ids, tail_id]
    result: dict[str, Technological] = {}
    for c in components:
        if any((c, m) not in grades for m in streams):
            result[c] = Technological(reason=Message(QT_TRANSLATE_NOOP(
                "balances", "{component}: not every stream of the node is assayed."),
                context="balances", component=c))
            continue
        try:
            result[c] = _solve(c, components, conc_ids, tail_id, grades)
        except DomainError as e:
            result[c] = Technological(reason=e.message)
    return result


def _solve(c: str, components: list[str], conc_ids: list[int], tail_id: int,
           grades: Mapping[tuple[str, int | None], float]) -> Technological:
    a, t = grades[c, None], grades[c, tail_id]
    if len(conc_ids) == 1:
        b = grades[c, conc_ids[0]]
        two = two_product(a, b, t)
        return Technological(two.yield_, two.recovery, two.concentration_ratio,
                             enrichment_ratio(a, b))
    pair = components[:2]
    if any((k, m) not in grades for k in pair for m in (None, *conc_ids, tail_id)):
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "{component}: not every stream of the node is assayed."),
            component=pair[0])

    def grades_of(m: int | None) -> tuple[float, float]:
        return (grades[pair[0], m], grades[pair[1], m])

    r = three_product(grades_of(None), grades_of(conc_ids[0]), grades_of(conc_ids[1]),
                      grades_of(tail_id))
    g = r.yields[0] + r.yields[1]
    if c in pair:
        rec = sum(r.recoveries[pair.index(c)][:2])
    else:  # a third component: its recovery from the solved yields and its own grades
        rec = (r.yields[0] * grades[c, conc_ids[0]] + r.yields[1] * grades[c, conc_ids[1]]) / a
    beta = rec * a / g if g > 0 else 0.0  # the concentrates' mean grade
    return Technological(g, rec, 1.0 / g if g > 0 else None, enrichment_ratio(a, beta))


def where_to_look(mass_unaccounted_share: float | None, threshold: float) -> str:
    """The sentence naming where a metal gap comes from: weighing when the total mass does
    not close within the threshold either, sampling when it does."""
    if mass_unaccounted_share is not None and abs(mass_unaccounted_share) > threshold:
        return CHECK_WEIGHING
    return CHECK_SAMPLING


def metal_unaccounted(feed_metal: float, technological_recovery: float | None,
                      commercial_recovery: float | None) -> float | None:
    """(ε_tech − ε_comm) × metal fed, t: positive when the weighed products hold less metal
    than the assays say they should."""
    if technological_recovery is None or commercial_recovery is None:
        return None
    return (technological_recovery - commercial_recovery) * feed_metal
