"""Process emissions by mass balance: pure arithmetic, no sessions.

    CO₂ = (Σ inputs m × C − Σ outputs m × C) × 44/12        carbon balance of a process node
    SO₂ = 2 × (S in − S leaving in products − S captured)   sulphur balance of a smelter
    M   = 0.01 · B · Aʳ · f · (1 − η)                       fly ash from a solid fuel

The carbon balance is the mass-balance approach of the IPCC 2006 Guidelines, Vol. 3, ch. 4
(metal industry); default carbon contents (t C per t: coke 0.83, limestone 0.12, dolomite
0.13) are those of its Table 4.3, checked against a transcription of the table, and are
loaded as factor-library data (substance "C", kg/t), never constants here. The sulphur
balance takes S into the smelter from the concentrate's tonnage × S grade, less the S leaving
in matte, slag and products (tonnage × grade) and the S the acid plant captures (η of what
is left); the rest leaves as SO₂ (64/32 = 2 t SO₂ per t S). The fly-ash formula (B fuel t,
Aʳ ash on the working mass %, f the share of ash carried out of the furnace, η the dust
collector) is the solid-particle formula of the boiler methodology (НИИАтмосфера 1999,
boilers below 30 t/h), without its unburned-carbon term q₄: unconfirmed against the text.
A missing input is named, never counted as zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP

CO2_PER_C = 44.0 / 12.0  # molar masses of CO₂ and C
SO2_PER_S = 64.0 / 32.0  # molar masses of SO₂ and S, as the smelters' balances round them
CARBON = "C"  # the substance code of a carbon content in the library (kg C per t)
# A source's stream with this activity takes part in its sulphur balance (into its node:
# feed; out of it: products) and the source's SO₂ comes from the balance, not a factor.
SULPHUR_BALANCE = "sulphur_balance"
SULPHUR_COMPONENT = "S"  # the component of the flows' assays

MISSING_CARBON = QT_TRANSLATE_NOOP(
    "Refusal", "no carbon content for {activity} — load one")
MISSING_GRADE = QT_TRANSLATE_NOOP(
    "Refusal", "no {component} grade assayed for {material} — record one")


@dataclass(frozen=True)
class MassTerm:
    """One material in a balance: its tonnes and its content of the element as a share of
    its mass (t C per t, or the S grade % / 100); None when not recorded."""
    name: str
    tonnes: float
    content: float | None

    @property
    def element_t(self) -> float | None:
        """Tonnes of the element it carries; None without a content."""
        return None if self.content is None else self.tonnes * self.content


@dataclass(frozen=True)
class Balance:
    """An element's balance over a node: in, out, captured, emitted (t of the element) and
    the gas it leaves as (t); `missing` names the materials without a content, in which
    case nothing is emitted (None), never a partial figure."""
    element_in: float
    element_out: float
    captured: float
    emitted: float | None
    gas_t: float | None
    missing: tuple[str, ...]


def _sum(terms: Sequence[MassTerm]) -> tuple[float, list[str]]:
    total, missing = 0.0, []
    for t in terms:
        if t.element_t is None:
            if t.tonnes:
                missing.append(t.name)
            continue
        total += t.element_t
    return total, missing


def balance(inputs: Sequence[MassTerm], outputs: Sequence[MassTerm], ratio: float,
            efficiency: float = 0.0) -> Balance:
    """The element entering less the element leaving in products, less what abatement of
    `efficiency` captures of the rest; the emitted element times `ratio` is the gas. A
    negative remainder (more recorded out than in) is refused: the records disagree."""
    if not 0.0 <= efficiency < 1.0:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "An efficiency is from 0 to below 1."))
    e_in, miss_in = _sum(inputs)
    e_out, miss_out = _sum(outputs)
    missing = tuple(miss_in + miss_out)
    if missing:
        return Balance(e_in, e_out, 0.0, None, None, missing)
    rest = e_in - e_out
    if rest < -1e-9:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "More of the element leaves in the products ({out:.3f} t) than "
                       "enters ({into:.3f} t): check the tonnages and grades."),
            out=e_out, into=e_in)
    rest = max(rest, 0.0)
    captured = rest * efficiency
    emitted = rest - captured
    return Balance(e_in, e_out, captured, emitted, emitted * ratio, missing)


def carbon_balance_co2(inputs: Sequence[MassTerm], outputs: Sequence[MassTerm] = ()
                       ) -> Balance:
    """Process CO₂ of a node from the carbon of its reductants and carbonates (t C per t)
    less the carbon leaving in its recorded products."""
    return balance(inputs, outputs, CO2_PER_C)


def sulphur_balance_so2(feed: Sequence[MassTerm], leaving: Sequence[MassTerm],
                        captured: float = 0.0) -> Balance:
    """SO₂ of a smelter: S in the feed less S in matte, slag and products, less the share
    `captured` (the acid plant's η) of the rest, times 64/32. Contents are shares (S % /
    100)."""
    return balance(feed, leaving, SO2_PER_S, captured)


def fly_ash_t(fuel_t: float, ash_percent: float, carried: float,
              efficiency: float = 0.0) -> float:
    """Tonnes of solid particles from `fuel_t` t of solid fuel with `ash_percent` % ash on
    the working mass, of which the share `carried` leaves the furnace with the flue gas,
    less the dust collector's `efficiency` η."""
    if not 0.0 <= carried <= 1.0 or not 0.0 <= efficiency < 1.0 or ash_percent < 0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "The ash content is a percentage, the share carried from 0 to 1 and "
                       "the efficiency from 0 to below 1."))
    return 0.01 * fuel_t * ash_percent * carried * (1.0 - efficiency)


def ash_factor_kg_per_t(ash_percent: float, carried: float) -> float:
    """The fly-ash formula as a factor of the library (kg of particles per t of fuel before
    abatement, 10 · Aʳ · f), so a plant loads its coal's dust as a kg/t row and the
    source's dust collector applies as η: B × 10 · Aʳ · f / 1000 × (1 − η) = fly_ash_t."""
    return fly_ash_t(1000.0, ash_percent, carried)
