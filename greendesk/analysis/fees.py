"""The quarterly fee for negative impact on the environment: pure arithmetic over dated rates.

fee = mass × rate (МРП per tonne) × МРП (tenge) × coefficient, per substance emitted from
stationary sources and per waste kind placed in the plant's own formations.

Which rates apply: the Tax Code 2017, Article 576 paragraph 1, sets the rates as multiples
of the МРП "established by the law on the republican budget and in force on the first day of
the tax period", and the fee's tax period is the quarter. So every figure of a quarter —
the МРП, each rate, each coefficient — is the one in force on the quarter's first day: a
change on the first day of a quarter applies to that quarter, a change on any later day
from the next quarter on (`rate_day`).

Who pays: emissions from mobile sources are left out, and so is a site of category IV (the
issue's rule; see the rates file for the citation's status). An item with no rate in force
is listed as missing ("no rate for SO2 on 01.01.2025 — load one"), never counted as zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.periods import Period

MRP = "MRP"  # the code of the МРП's rows
ABOVE_NORM = "above_norm"  # the coefficient for the mass above the permit's norm
BAT = "bat"  # the coefficient for an operator with a comprehensive permit applying BAT
HAZARDOUS, NON_HAZARDOUS = "hazardous", "non-hazardous"  # waste rates by hazard
EMISSION, WASTE, COEFFICIENT, MRP_KIND = "emission", "waste", "coefficient", "mrp"
EXEMPT_CATEGORY = "IV"


@dataclass(frozen=True)
class Rate:
    """One dated rate row as loaded (see models.fees.FeeRate)."""

    kind: str
    code: str
    value: float
    valid_from: date
    valid_to: date | None = None
    per: str = "t"
    name: str = ""
    matches: tuple[str, ...] = ()
    basis: str = ""
    confirmed: bool = False

    def in_force(self, day: date) -> bool:
        """Whether the row applies on `day` (both ends inclusive)."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def per_tonne(self) -> float:
        """The rate per tonne (a rate given per kilogram times 1,000)."""
        return self.value * 1000.0 if self.per == "kg" else self.value


def rate_day(period: Period) -> date:
    """The day whose rates a period's fee uses: the first day of its quarter (Art. 576 p. 1:
    the МРП in force on the first day of the tax period, the quarter)."""
    return date(period.start.year, 3 * ((period.start.month - 1) // 3) + 1, 1)


@dataclass(frozen=True)
class RateTable:
    """Every loaded rate; looks one up by kind, code and day."""

    rates: tuple[Rate, ...]

    def find(self, kind: str, code: str, day: date) -> Rate | None:
        """The row of this item in force on `day` (the latest start if rows overlap); a
        substance is found by its rate's code or one it matches ("SO2" → "SOx")."""
        key = code.casefold()
        hits = [r for r in self.rates if r.kind == kind and r.in_force(day) and (
            r.code.casefold() == key or key in (m.casefold() for m in r.matches))]
        return max(hits, key=lambda r: r.valid_from) if hits else None

    def waste_rate(self, code: str, hazardous: bool | None, day: date) -> Rate | None:
        """The waste rate for a List of Waste code (digits): the longest matching code
        prefix among the rates in force, else the rate for its hazard."""
        best: tuple[int, Rate] | None = None
        for r in self.rates:
            if r.kind != WASTE or not r.in_force(day):
                continue
            for prefix in r.matches:
                if prefix.isdigit() and code.startswith(prefix) and (
                        best is None or len(prefix) > best[0]):
                    best = (len(prefix), r)
        if best is not None:
            return best[1]
        if hazardous is None:
            return None
        wanted = HAZARDOUS if hazardous else NON_HAZARDOUS
        hits = [r for r in self.rates if r.kind == WASTE and r.in_force(day)
                and wanted in r.matches]
        return max(hits, key=lambda r: r.valid_from) if hits else None


@dataclass(frozen=True)
class EmissionInput:
    """A substance's mass emitted at a site in the quarter (from the emissions service:
    `services.emissions.substance_masses`), with the permit's norm prorated to it (None: no
    norm: the whole mass is counted within it)."""

    site_id: int
    substance: str  # the rate's code, e.g. "SO2"
    mass_t: float
    norm_t: float | None = None
    mobile: bool = False


@dataclass(frozen=True)
class WasteInput:
    """A waste's net quantity placed into the plant's own formations in the quarter, and
    the part of it above the permit's burial limit (`above_limit`)."""

    site_id: int
    waste: str  # its name, as the inventory names it
    code: str  # List of Waste digits ("010306"), "" when unclassified
    hazardous: bool | None
    placed_t: float
    above_t: float = 0.0  # of placed_t, beyond the permit's burial limit


# How the permit's yearly burial limit is split over the quarters (GreenDesk's rule; the
# law's wording is being verified — marked so in the workbook).
BURIAL_RULE = QT_TRANSLATE_NOOP(
    "Refusal", "Waste placed beyond the permit's burial limit (t a year) is priced above the "
               "norm, counted from 1 January: once the year's running total passes the limit, "
               "what a quarter places beyond it is above the norm (check against current law).")


def above_limit(limit_t: float, before_t: float, to_date_t: float) -> float:
    """The part of a quarter's placement above a yearly limit, counted from 1 January:
    `before_t` placed from 1 January to the quarter's start, `to_date_t` to its end. What
    the running total exceeds the limit by at the quarter's end, less what it already
    exceeded it by before the quarter; never negative. E.g. limit 100 t, 80 t before, 150 t
    to date: 50 t of the quarter's 70 t are above."""
    return max(0.0, max(0.0, to_date_t - limit_t) - max(0.0, before_t - limit_t))


@dataclass(frozen=True)
class FeeLine:
    """One item's fee in one quarter: the masses within and above the norm, the rate, the
    МРП and coefficients used, and the fee in tenge."""

    quarter: str  # "2025-Q1"
    site_id: int
    kind: str  # EMISSION or WASTE
    item: str  # the substance's code, or the waste's name
    rate_code: str  # the rate row's code ("SO2", "tailings")
    rate_name: str
    within_t: float
    above_t: float
    rate: float  # МРП per tonne
    mrp: float  # tenge
    k_within: float
    k_above: float
    basis: str
    confirmed: bool

    @property
    def mass_t(self) -> float:
        """Within plus above the norm."""
        return self.within_t + self.above_t

    @property
    def fee_within(self) -> float:
        """Tenge for the mass within the norm: mass × rate × МРП × coefficient."""
        return self.within_t * self.rate * self.mrp * self.k_within

    @property
    def fee_above(self) -> float:
        """Tenge for the mass above the norm, at the above-norm coefficient."""
        return self.above_t * self.rate * self.mrp * self.k_above

    @property
    def fee(self) -> float:
        """The line's fee in tenge."""
        return self.fee_within + self.fee_above


@dataclass(frozen=True)
class FeeResult:
    """A period's fee: the lines per quarter, what could not be priced, and the total."""

    lines: tuple[FeeLine, ...]
    missing: tuple[Message, ...] = ()
    notes: tuple[Message, ...] = ()
    mrp: Mapping[str, float] = field(default_factory=dict)  # quarter → МРП used

    @property
    def total(self) -> float:
        """The fee of every line, tenge."""
        return sum(line.fee for line in self.lines)

    def subtotal(self, kind: str) -> float:
        """The fee of the emission or the waste lines, tenge."""
        return sum(line.fee for line in self.lines if line.kind == kind)


def quarter_label(period: Period) -> str:
    """ "2025-Q1" for the quarter a period starts in."""
    return f"{period.start.year}-Q{(period.start.month - 1) // 3 + 1}"


def quarter_fee(quarter: Period, table: RateTable, emissions: Iterable[EmissionInput],
                wastes: Iterable[WasteInput], *,
                categories: Mapping[int, str | None] | None = None,
                bat_sites: Sequence[int] = ()) -> FeeResult:
    """The fee of one quarter from its masses and the rates in force on its first day.

    `categories` maps a site to its facility category ("I" … "IV"); a category IV site pays
    nothing. `bat_sites` hold a comprehensive permit applying best available techniques:
    their mass within the norm is priced at the "bat" coefficient of the loaded rates. A
    waste's part above the permit's burial limit (`WasteInput.above_t`, see `above_limit`)
    is priced at the above-norm coefficient, like an emission's mass above its norm.
    """
    day = rate_day(quarter)
    label = quarter_label(quarter)
    categories = categories or {}
    missing: list[Message] = []
    notes: list[Message] = []
    mrp = table.find(MRP_KIND, MRP, day)
    if mrp is None:
        missing.append(Message(QT_TRANSLATE_NOOP(
            "Refusal", "No MCI is loaded for {day}; load the rates with the year's MCI."),
            day=day))
        return FeeResult((), tuple(missing), (), {})
    above = table.find(COEFFICIENT, ABOVE_NORM, day)
    bat = table.find(COEFFICIENT, BAT, day)
    lines: list[FeeLine] = []
    exempt = {s for s, c in categories.items() if c == EXEMPT_CATEGORY}
    summed: dict[tuple[int, str], list[float]] = {}
    for e in emissions:
        if e.mobile or e.site_id in exempt:
            continue
        within = e.mass_t if e.norm_t is None else min(e.mass_t, max(e.norm_t, 0.0))
        cell = summed.setdefault((e.site_id, e.substance), [0.0, 0.0])
        cell[0] += within
        cell[1] += e.mass_t - within
    for (site, substance), (within, over) in sorted(summed.items()):
        rate = table.find(EMISSION, substance, day)
        if rate is None:
            missing.append(Message(QT_TRANSLATE_NOOP(
                "Refusal", "No rate for {item} on {day}: load one."), item=substance, day=day))
            continue
        if over > 0 and above is None:
            missing.append(Message(QT_TRANSLATE_NOOP(
                "Refusal", "No coefficient for the mass above the norm on {day}: load one."),
                day=day))
            continue
        k_within = bat.value if (bat is not None and site in bat_sites) else 1.0
        lines.append(FeeLine(label, site, EMISSION, substance, rate.code, rate.name, within,
                             over, rate.per_tonne, mrp.value, k_within,
                             above.value if above is not None else 1.0, rate.basis,
                             rate.confirmed and mrp.confirmed))
    for w in wastes:
        if w.site_id in exempt or w.placed_t <= 0:
            continue
        rate = table.waste_rate(w.code, w.hazardous, day)
        if rate is None:
            missing.append(Message(QT_TRANSLATE_NOOP(
                "Refusal", "No rate for {item} on {day}: load one."), item=w.waste, day=day))
            continue
        over = min(max(w.above_t, 0.0), w.placed_t)
        if over > 0 and above is None:
            missing.append(Message(QT_TRANSLATE_NOOP(
                "Refusal", "No coefficient for the mass above the norm on {day}: load one."),
                day=day))
            continue
        if over > 0 and BURIAL_RULE not in {n.template for n in notes}:
            notes.append(Message(BURIAL_RULE))
        lines.append(FeeLine(label, w.site_id, WASTE, w.waste, rate.code, rate.name,
                             w.placed_t - over, over, rate.per_tonne, mrp.value, 1.0,
                             above.value if above is not None else 1.0, rate.basis,
                             rate.confirmed and mrp.confirmed))
    if bat is None and any(x.site_id in bat_sites and x.kind == EMISSION for x in lines):
        notes.append(Message(QT_TRANSLATE_NOOP(
            "Refusal", "A site holds a comprehensive permit applying best available "
                       "techniques, but no BAT coefficient is loaded for {day}: its mass "
                       "within the norm is priced at 1."), day=day))
    if exempt:
        notes.append(Message(QT_TRANSLATE_NOOP(
            "Refusal", "Sites of category IV pay no fee and are left out.")))
    return FeeResult(tuple(lines), tuple(missing), tuple(notes), {label: mrp.value})


def combine(results: Iterable[FeeResult]) -> FeeResult:
    """Several quarters' results as one (a year's four quarters)."""
    lines: list[FeeLine] = []
    missing: list[Message] = []
    notes: list[Message] = []
    mrp: dict[str, float] = {}
    for r in results:
        lines += r.lines
        missing += [m for m in r.missing if str(m) not in {str(x) for x in missing}]
        notes += [n for n in r.notes if str(n) not in {str(x) for x in notes}]
        mrp.update(r.mrp)
    return FeeResult(tuple(lines), tuple(missing), tuple(notes), mrp)
