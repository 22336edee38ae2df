"""The technological balance of a separation: yields and recoveries from assays alone.

A concentrator weighs its ore, but rarely its tailings, and weighs its concentrate only when
it ships; what it always has are the assays of every stream. Mass and metal conservation
over a node with one feed and one concentrate and one tail fix the concentrate's share of
the feed from the three grades alone (the two-product formula), so recovery can be computed
without any weighed tonnage — the technological recovery. Comparing it with the recovery
from weighed tonnages × grades (the commercial one) is how plants in Kazakhstan and Russia
find metal lost to weighing or sampling errors.

With two concentrates and two components assayed in all four streams, the same two
conservation laws per component give a 2×2 linear system for the two yields (the
three-product formulas).

Grades here are fractions of the same unit in every stream (0.012 for 1.2 %). Inputs that
would give a made-up number — a feed without the component, a concentrate no richer than
the tail, a negative yield, a singular system — are refused with a plain reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP

# Determinants below this (in grade² units) leave the two concentrates indistinguishable.
_SINGULAR = 1e-12


@dataclass(frozen=True)
class TwoProduct:
    """What the two-product formula gives: fractions, and the two ratios."""

    yield_: float  # γ, concentrate mass over feed mass
    recovery: float  # ε, metal in concentrate over metal in feed

    @property
    def concentration_ratio(self) -> float:
        """K = 1/γ: tonnes of feed per tonne of concentrate."""
        return 1.0 / self.yield_

    @property
    def tail_yield(self) -> float:
        """1 − γ."""
        return 1.0 - self.yield_


def enrichment_ratio(feed: float, concentrate: float) -> float:
    """β/α: how many times richer the concentrate is than the feed."""
    if feed <= 0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "The feed grade is {feed}: with no component in the feed there is "
                       "nothing to recover."), feed=feed)
    return concentrate / feed


def two_product(feed: float, concentrate: float, tail: float) -> TwoProduct:
    """γ = (α − θ)/(β − θ) and ε = β(α − θ)/(α(β − θ)) from the grades α, β, θ."""
    for grade in (feed, concentrate, tail):
        if grade < 0:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Refusal", "A grade of {grade} is negative: grades are shares of the stream."),
                grade=grade)
    if feed <= 0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "The feed grade is {feed}: with no component in the feed there is "
                       "nothing to recover."), feed=feed)
    if concentrate == tail:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "The concentrate and the tail both assay {grade}: the assays cannot "
                       "tell how the feed split between them."), grade=tail)
    gamma = (feed - tail) / (concentrate - tail)
    if not 0.0 <= gamma <= 1.0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "Feed {feed}, concentrate {concentrate} and tail {tail} give a "
                       "concentrate yield of {pct:.2f} %, outside 0–100 %: the feed's grade "
                       "must lie between the tail's and the concentrate's; check the "
                       "samples."), feed=feed, concentrate=concentrate, tail=tail,
            pct=gamma * 100.0)
    return TwoProduct(gamma, gamma * concentrate / feed)


@dataclass(frozen=True)
class ThreeProduct:
    """Yields of two concentrates and the tail, and recoveries per component and product."""

    yields: tuple[float, float, float]  # concentrate 1, concentrate 2, tail
    recoveries: tuple[tuple[float, float, float], tuple[float, float, float]]
    # recoveries[k][j]: component k (0 or 1) into product j (0, 1: concentrates; 2: tail)


def three_product(feed: tuple[float, float], concentrate1: tuple[float, float],
                  concentrate2: tuple[float, float], tail: tuple[float, float]
                  ) -> ThreeProduct:
    """Solve γ1(β1 − θ) + γ2(β2 − θ) = α − θ for both components (Cramer's rule).

    Each argument is the grades of the two components (a, b) in that stream.
    """
    for k in (0, 1):
        if feed[k] <= 0:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Refusal", "The feed grade is {feed}: with no component in the feed there "
                           "is nothing to recover."), feed=feed[k])
    a11, a12 = concentrate1[0] - tail[0], concentrate2[0] - tail[0]
    a21, a22 = concentrate1[1] - tail[1], concentrate2[1] - tail[1]
    b1, b2 = feed[0] - tail[0], feed[1] - tail[1]
    det = a11 * a22 - a12 * a21
    if abs(det) < _SINGULAR:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "The two concentrates assay alike in both components: the assays "
                       "cannot tell how the feed split between them."))
    g1 = (b1 * a22 - a12 * b2) / det
    g2 = (a11 * b2 - b1 * a21) / det
    g3 = 1.0 - g1 - g2
    if min(g1, g2, g3) < 0.0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "The assays give yields of {y1:.2f} %, {y2:.2f} % and {y3:.2f} %: a "
                       "negative yield means the samples do not fit together; check them."),
            y1=g1 * 100, y2=g2 * 100, y3=g3 * 100)
    streams = (concentrate1, concentrate2, tail)
    rec = tuple(tuple(g * s[k] / feed[k] for g, s in zip((g1, g2, g3), streams, strict=True))
                for k in (0, 1))
    return ThreeProduct((g1, g2, g3), (rec[0], rec[1]))  # type: ignore[arg-type]
