"""Assessing technogenic formations: pure functions over numbers and row objects.

Grades are carried in g/t (= ppm by mass) whatever unit the assay was reported in, so one
rule gives the contained metal: tonnes × g/t / 1e6 = tonnes of metal (1 % = 10,000 g/t).
Everything here is plain arithmetic that tests check against hand-computed cases; the
services feed it from SQL aggregates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP

GPT_PER_UNIT = {"%": 10_000.0, "g/t": 1.0, "ppm": 1.0, "mg/kg": 1.0, "kg/t": 1_000.0,
                "ppb": 0.001, "mg/t": 0.001}
UNIT_ALIASES = {"pct": "%", "percent": "%", "г/т": "g/t", "gpt": "g/t", "g/tonne": "g/t",
                "мг/кг": "mg/kg", "кг/т": "kg/t"}
TONNAGE_TOLERANCE = 0.05  # relative: given figures further apart than this get a note
PLAUSIBLE_DENSITY = (0.5, 6.0)  # t/m³: from loose overburden to dense slag


# ---------------------------------------------------------------- units
def grade_unit(text: str) -> str:
    """The unit symbol GreenDesk uses for an assay unit as typed; ValueError if unknown."""
    key = " ".join(str(text).split()).replace(" ", "").casefold()
    key = UNIT_ALIASES.get(key, key)
    for unit in GPT_PER_UNIT:
        if unit.casefold() == key:
            return unit
    raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "{text!r} is not a grade unit; write %, "
                                                          "g/t, ppm, ppb or kg/t."), text=text))


def to_gpt(value: float, unit: str) -> float:
    """A grade in g/t: 0.3 % → 3,000 g/t; 0.5 g/t → 0.5 g/t."""
    return value * GPT_PER_UNIT[grade_unit(unit)]


def from_gpt(gpt: float, unit: str) -> float:
    """A grade in g/t converted to `unit` ("%", "g/t", "ppm")."""
    return gpt / GPT_PER_UNIT[grade_unit(unit)]


def contained_t(tonnage_t: float, grade_gpt: float) -> float:
    """Tonnes of metal in `tonnage_t` tonnes at `grade_gpt` g/t."""
    return tonnage_t * grade_gpt / 1e6


# ---------------------------------------------------------------- tonnage, volume, density
@dataclass(frozen=True)
class TonnageFigures:
    """Tonnage, volume and bulk density with the missing one derived from the other two.

    `derived` names the figure that was computed; `note` says when all three were given
    and do not agree within the tolerance (the given figures are kept as they are).
    """

    tonnage_t: float | None
    volume_m3: float | None
    density_t_m3: float | None
    derived: str | None = None
    disagreement: float | None = None  # relative, when all three were given
    note: str | None = None


def reconcile_tonnage(tonnage_t: float | None, volume_m3: float | None,
                      density_t_m3: float | None,
                      tolerance: float = TONNAGE_TOLERANCE) -> TonnageFigures:
    """Fill in whichever of tonnage, volume and density is missing; check them if all three
    are given. A zero volume derives no density (there is nothing to divide by)."""
    t, v, d = tonnage_t, volume_m3, density_t_m3
    if t is None and v is not None and d is not None:
        return TonnageFigures(v * d, v, d, "tonnage")
    if v is None and t is not None and d:
        return TonnageFigures(t, t / d, d, "volume")
    if d is None and t is not None and v:
        d = t / v
        low, high = PLAUSIBLE_DENSITY
        note = None if low <= d <= high else (
            f"The tonnage {t:,.0f} t over the volume {v:,.0f} m³ gives a bulk density of "
            f"{d:.3g} t/m³, outside the {low:g}–{high:g} t/m³ of real dumps and tailings; "
            "check the figures and their units.")
        return TonnageFigures(t, v, d, "density", None, note)
    if t is not None and v is not None and d is not None:
        expected = v * d
        scale = max(abs(t), abs(expected))
        gap = abs(t - expected) / scale if scale else 0.0
        if gap > tolerance:
            note = (f"The tonnage {t:,.0f} t and volume × density {expected:,.0f} t "
                    f"({v:,.0f} m³ × {d:g} t/m³) differ by {gap:.0%}, more than the "
                    f"{tolerance:.0%} tolerance; check the figures.")
            return TonnageFigures(t, v, d, None, gap, note)
        return TonnageFigures(t, v, d, None, gap)
    return TonnageFigures(t, v, d)


def survey_note(surveyed_t: float | None, ledger_t: float,
                tolerance: float = TONNAGE_TOLERANCE) -> str | None:
    """A note when a linked formation's surveyed tonnage and its opening tonnage plus
    placements differ by more than the tolerance (a survey checks the books)."""
    if surveyed_t is None:
        return None
    scale = max(abs(surveyed_t), abs(ledger_t))
    gap = abs(surveyed_t - ledger_t) / scale if scale else 0.0
    if gap <= tolerance:
        return None
    return (f"The surveyed tonnage {surveyed_t:,.0f} t and the opening tonnage plus "
            f"placements {ledger_t:,.0f} t differ by {gap:.0%}; check the survey, the "
            "opening tonnage and the ledger.")


# ---------------------------------------------------------------- grades and contained metal
@dataclass(frozen=True)
class BlockGrade:
    """One block's tonnage and the mean grade of its samples for one component."""

    name: str
    tonnage_t: float
    grade_gpt: float
    n_assays: int = 1


@dataclass(frozen=True)
class ComponentGrades:
    """What the assays say about one component of one formation."""

    code: str
    unit: str  # the component's display unit, % or g/t
    mean_gpt: float | None  # arithmetic mean of every assay of the formation
    n_assays: int
    blocks: tuple[BlockGrade, ...] = ()


@dataclass(frozen=True)
class Contained:
    """Contained metal of a component and how it was reckoned: per block or by the mean grade."""
    basis: str  # "blocks" or "mean grade"
    tonnage_t: float
    grade_gpt: float  # tonnage-weighted over blocks, else the mean grade
    metal_t: float


def contained_metal(tonnage_t: float | None, grades: ComponentGrades) -> Contained | None:
    """Contained metal from the blocks where any block has assays of the component, else
    from the mean grade and the formation's tonnage. None when neither is known."""
    if grades.blocks:
        tonnage = sum(b.tonnage_t for b in grades.blocks)
        metal = sum(contained_t(b.tonnage_t, b.grade_gpt) for b in grades.blocks)
        grade = metal * 1e6 / tonnage if tonnage else 0.0
        return Contained("blocks", tonnage, grade, metal)
    if tonnage_t is None or grades.mean_gpt is None:
        return None
    return Contained("mean grade", tonnage_t, grades.mean_gpt,
                     contained_t(tonnage_t, grades.mean_gpt))


# ---------------------------------------------------------------- economic screening
@dataclass(frozen=True)
class Assumptions:
    """Screening assumptions for one component: price per tonne of metal, recovery in %,
    processing cost per tonne of material processed for it. None: not set."""

    price_per_t: float | None = None
    recovery_pct: float | None = None
    cost_per_t: float | None = None

    def over(self, default: Assumptions) -> Assumptions:
        """These assumptions, falling back to `default` for what is not set."""
        return Assumptions(
            default.price_per_t if self.price_per_t is None else self.price_per_t,
            default.recovery_pct if self.recovery_pct is None else self.recovery_pct,
            default.cost_per_t if self.cost_per_t is None else self.cost_per_t)

    @property
    def complete(self) -> bool:
        """Price, recovery and cost are all known, so a value can be computed."""
        return None not in (self.price_per_t, self.recovery_pct, self.cost_per_t)


@dataclass(frozen=True)
class ComponentValue:
    """The screening of one component: contained and recoverable metal, its value and cost,
    or what is missing to compute them."""
    code: str
    unit: str
    contained: Contained | None
    assumptions: Assumptions
    recoverable_t: float | None = None
    recoverable_value: float | None = None
    processing_cost: float | None = None
    net_value: float | None = None
    missing: str | None = None  # why the value could not be computed
    lacking: tuple[str, ...] = ()  # what is missing, as words: tonnage, price, recovery ...

    @property
    def profitable(self) -> bool | None:
        """Net value above zero; None when it could not be computed."""
        return None if self.net_value is None else self.net_value > 0


def screen_component(tonnage_t: float | None, grades: ComponentGrades,
                     assumptions: Assumptions) -> ComponentValue:
    """Recoverable metal and its value, the cost of processing the tonnage that holds it,
    and the difference: the net value of re-mining for this component."""
    contained = contained_metal(tonnage_t, grades)
    if contained is None:
        return ComponentValue(grades.code, grades.unit, None, assumptions,
                              missing="no tonnage", lacking=("tonnage",))
    a = assumptions
    if not a.complete:
        lacking = [w for w, v in (("price", a.price_per_t), ("recovery", a.recovery_pct),
                                  ("processing cost", a.cost_per_t)) if v is None]
        return ComponentValue(grades.code, grades.unit, contained, a,
                              missing="no " + " or ".join(lacking), lacking=tuple(lacking))
    assert a.price_per_t is not None and a.recovery_pct is not None and a.cost_per_t is not None
    recoverable = contained.metal_t * a.recovery_pct / 100
    value = recoverable * a.price_per_t
    cost = contained.tonnage_t * a.cost_per_t
    return ComponentValue(grades.code, grades.unit, contained, a, recoverable, value, cost,
                          value - cost)


def breakeven_grade_gpt(a: Assumptions) -> float | None:
    """The grade at which recovered metal pays exactly the processing cost."""
    if not a.complete or not a.price_per_t or not a.recovery_pct:
        return None
    assert a.cost_per_t is not None
    return a.cost_per_t / (a.price_per_t * a.recovery_pct / 100) * 1e6


@dataclass(frozen=True)
class Assessment:
    """A formation's screening: per component, and the formation's net value.

    A circuit is run only for the components that pay, so the formation's value and cost
    are those of its profitable components; if none pays, those of the least unprofitable
    one (a negative net value that still orders the register).
    """

    formation_id: int
    tonnage_t: float | None
    components: tuple[ComponentValue, ...]
    recoverable_value: float | None
    processing_cost: float | None
    net_value: float | None

    @property
    def profitable(self) -> bool | None:
        """Net value above zero; None when it could not be computed."""
        return None if self.net_value is None else self.net_value > 0

    @property
    def paying(self) -> tuple[str, ...]:
        """The codes of the components that pay on their own."""
        return tuple(c.code for c in self.components if c.profitable)


def assess(formation_id: int, tonnage_t: float | None,
           components: Iterable[tuple[ComponentGrades, Assumptions]]) -> Assessment:
    """A formation's screening from its components: the paying ones, else the least unprofitable."""
    values = tuple(screen_component(tonnage_t, g, a) for g, a in components)
    # (value, cost, net value) of each component that could be priced
    priced = [(c.recoverable_value, c.processing_cost, c.net_value) for c in values
              if c.recoverable_value is not None and c.processing_cost is not None
              and c.net_value is not None]
    paying = [p for p in priced if p[2] > 0]
    chosen = paying or ([max(priced, key=lambda p: p[2])] if priced else [])
    if not chosen:
        return Assessment(formation_id, tonnage_t, values, None, None, None)
    return Assessment(formation_id, tonnage_t, values, sum(p[0] for p in chosen),
                      sum(p[1] for p in chosen), sum(p[2] for p in chosen))


def rank(assessments: Iterable[Assessment], names: dict[int, str] | None = None
         ) -> list[Assessment]:
    """Highest net value first; formations that cannot be valued last, then by name."""
    names = names or {}

    def key(a: Assessment) -> tuple[int, float, str]:
        return (a.net_value is None, -(a.net_value or 0.0), names.get(a.formation_id, ""))

    return sorted(assessments, key=key)


# ---------------------------------------------------------------- cut-off grade analysis
@dataclass(frozen=True)
class CurvePoint:
    """Blocks at or above a cut-off grade: their tonnage, mean grade and contained metal."""

    cutoff_gpt: float
    tonnage_t: float
    grade_gpt: float | None
    metal_t: float
    n_blocks: int


def grade_tonnage_curve(blocks: Sequence[BlockGrade],
                        cutoffs: Sequence[float] | None = None) -> list[CurvePoint]:
    """The grade–tonnage curve: for each cut-off (by default 0 and every block grade), the
    tonnage of blocks whose grade is at or above it and their tonnage-weighted mean grade."""
    if cutoffs is None:
        cutoffs = sorted({0.0, *(b.grade_gpt for b in blocks)})
    out = []
    for c in cutoffs:
        above = [b for b in blocks if b.grade_gpt >= c]
        tonnage = sum(b.tonnage_t for b in above)
        metal = sum(contained_t(b.tonnage_t, b.grade_gpt) for b in above)
        out.append(CurvePoint(float(c), tonnage, metal * 1e6 / tonnage if tonnage else None,
                              metal, len(above)))
    return out


# ---------------------------------------------------------------- monitoring
@dataclass(frozen=True)
class Limit:
    """A permitted range of a parameter; either bound may be absent."""
    max_value: float | None
    min_value: float | None = None
    inclusive: bool = False  # a reading equal to the limit is already an exceedance


def exceedance(value: float, limit: Limit) -> tuple[str, float] | None:
    """("above", margin) or ("below", margin) when the reading breaks the limit, else None.

    Equal to the limit is not an exceedance unless the limit is inclusive; the margin is
    how far beyond the limit the reading lies (0 for an inclusive limit hit exactly)."""
    hi, lo = limit.max_value, limit.min_value
    if hi is not None and (value > hi or (limit.inclusive and value == hi)):
        return "above", value - hi
    if lo is not None and (value < lo or (limit.inclusive and value == lo)):
        return "below", lo - value
    return None


@dataclass(frozen=True)
class Gap:
    """A span with no reading longer than the required interval."""

    after: date | None  # the last reading before the gap (None: none in the period)
    before: date | None  # the first reading after it (None: none until the period's end)
    start: date
    end: date
    days: int


def find_gaps(dates: Iterable[date], start: date, end: date, interval_days: int) -> list[Gap]:
    """Spans from `start` to `end` with no reading for longer than `interval_days`.

    The period's start counts as a reading made the day before it, so a monthly point read
    on the 15th of every month has no gap; a point with no reading at all is one gap."""
    if end < start:
        return []
    gaps = []
    prev = start - timedelta(days=1)
    prev_real: date | None = None
    for d in sorted(x for x in set(dates) if start <= x <= end):
        if (d - prev).days > interval_days:
            gaps.append(Gap(prev_real, d, prev + timedelta(days=1), d - timedelta(days=1),
                            (d - prev).days - 1))
        prev = prev_real = d
    if (end - prev).days >= interval_days:
        gaps.append(Gap(prev_real, None, prev + timedelta(days=1), end, (end - prev).days))
    return gaps
