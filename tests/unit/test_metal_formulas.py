"""Two- and three-product formulas against published worked examples, and their properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from greendesk.analysis.metal_formulas import enrichment_ratio, three_product, two_product
from greendesk.errors import DomainError


def test_two_product_worked_example() -> None:
    # processconvert.com/calculators/two-product-formula, "Worked example": a copper circuit
    # assays feed 1.0 % Cu, concentrate 10.0 % Cu, tailings 0.2 % Cu → yield 8.163 %,
    # recovery 81.63 %, ratio of concentration 12.25, enrichment ratio 10.0.
    r = two_product(0.010, 0.100, 0.002)
    assert r.yield_ == pytest.approx(0.08163, abs=5e-6)
    assert r.recovery == pytest.approx(0.8163, abs=5e-5)
    assert r.concentration_ratio == pytest.approx(12.25)
    assert enrichment_ratio(0.010, 0.100) == pytest.approx(10.0)


def test_three_product_worked_example() -> None:
    # processconvert.com/calculators/three-product-formula, "Worked example": Pb-Zn circuit,
    # feed Pb 3.0 % / Zn 6.0 %; lead concentrate 50 / 8; zinc concentrate 2 / 55; tailings
    # 0.2 / 0.5 → yields 5.28401 %, 9.36459 %, 85.3514 %; Pb → con 1 88.0668 %, Pb → con 2
    # 6.24306 %, Zn → con 1 7.04535 %, Zn → con 2 85.842 %.
    r = three_product((0.03, 0.06), (0.50, 0.08), (0.02, 0.55), (0.002, 0.005))
    assert r.yields == pytest.approx((0.0528401, 0.0936459, 0.853514), abs=5e-7)
    assert r.recoveries[0][0] == pytest.approx(0.880668, abs=5e-7)
    assert r.recoveries[0][1] == pytest.approx(0.0624306, abs=5e-8)
    assert r.recoveries[1][0] == pytest.approx(0.0704535, abs=5e-8)
    assert r.recoveries[1][1] == pytest.approx(0.85842, abs=5e-6)


@pytest.mark.parametrize(("feed", "conc", "tail", "says"), [
    (0.01, 0.002, 0.002, "cannot tell how the feed split"),  # β = θ
    (0.0, 0.10, 0.0, "nothing to recover"),  # α = 0
    (0.001, 0.10, 0.002, "outside 0–100 %"),  # α < θ: negative yield
    (0.20, 0.10, 0.002, "outside 0–100 %"),  # α > β: yield above 1
    (0.01, -0.1, 0.002, "negative"),
])
def test_two_product_refuses_degenerate_assays(feed: float, conc: float, tail: float,
                                               says: str) -> None:
    with pytest.raises(DomainError, match=says):
        two_product(feed, conc, tail)


def test_three_product_refuses_alike_concentrates_and_negative_yields() -> None:
    with pytest.raises(DomainError, match="assay alike"):
        three_product((0.03, 0.06), (0.5, 0.08), (0.5, 0.08), (0.002, 0.005))
    with pytest.raises(DomainError, match="negative yield"):
        three_product((0.03, 0.06), (0.02, 0.55), (0.50, 0.08), (0.04, 0.005))
    with pytest.raises(DomainError, match="nothing to recover"):
        enrichment_ratio(0.0, 0.1)


grades = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


@given(grades, grades, grades)
def test_two_product_closes_mass_and_metal(a: float, b: float, c: float) -> None:
    tail, feed, conc = sorted((a, b, c))
    if feed <= 0 or conc - tail < 1e-9:
        return
    r = two_product(feed, conc, tail)
    assert 0.0 <= r.yield_ <= 1.0
    # mass: γ + (1 − γ) = 1 by construction; metal: γβ + (1 − γ)θ = α
    assert r.yield_ * conc + r.tail_yield * tail == pytest.approx(feed, abs=1e-12)
    assert 0.0 <= r.recovery <= 1.0 + 1e-12


@given(st.floats(0.05, 0.5), st.floats(0.05, 0.5), st.floats(0.0, 0.01), st.floats(0.0, 0.01),
       st.floats(0.01, 0.3), st.floats(0.01, 0.3))
def test_three_product_closes_metal(pa: float, zb: float, ta: float, tb: float, g1: float,
                                    g2: float) -> None:
    # a feed made from chosen yields: the formulas must give the yields back
    c1, c2, tail = (pa, 0.02), (0.01, zb), (ta, tb)
    g3 = 1 - g1 - g2
    feed = tuple(g1 * c1[k] + g2 * c2[k] + g3 * tail[k] for k in (0, 1))
    r = three_product(feed, c1, c2, tail)  # type: ignore[arg-type]
    assert r.yields == pytest.approx((g1, g2, g3), abs=1e-9)
    for k in (0, 1):
        assert sum(r.recoveries[k]) == pytest.approx(1.0)
