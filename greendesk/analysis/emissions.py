"""Emissions to air and greenhouse gases from activity data: pure arithmetic, no sessions.

    M = A × EF × (1 − η)                        a factor per tonne or per unit of energy
    M = 0.02 · B · S · (1 − η′) · (1 − η″)      SO₂ from a fuel's sulphur (B t, S %)
    CO₂ = Σ FC × NCV × EF × OF                   greenhouse gases from fuels (OF = 1)

The SO₂ formula (M in t, B fuel in t, S sulphur in %) is the one of the "Методика
определения выбросов загрязняющих веществ в атмосферу при сжигании топлива в котлах
производительностью менее 30 тонн пара в час или менее 20 Гкал в час" (Госкомэкологии
России, НИИАтмосфера, Moscow 1999), checked against a worked copy of it; η′ is the share of
sulphur oxides bound by the fly ash in the boiler, η″ the share captured with the ash (here:
the source's abatement for SO₂). Kazakhstan's counterpart methodology (the boiler
methodology among the appendices to the environment ministry's Order No. 100-п of 18 April
2008) was not found to check against: unconfirmed. A norm in t/year counts for a period
by its days.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP

KG_PER_TJ, G_PER_GJ, KG_PER_T, TJ_PER_GG, SULPHUR = "kg/TJ", "g/GJ", "kg/t", "TJ/Gg", "%S"
NCV = "NCV"  # the substance code of a net calorific value in the library
ENERGY_UNITS = (KG_PER_TJ, G_PER_GJ)
GHG = ("CO2", "CH4", "N2O")
THRESHOLD_T_CO2 = 20_000.0  # t CO₂ a year: Environmental Code of the RK, chapter 20 (unchecked)

# Global warming potentials, 100-year horizon. AR4: IPCC AR4 WG1, ch. 2, Table 2.14;
# AR5: IPCC AR5 WG1, ch. 8, Appendix 8.A, Table 8.A.1 (without climate-carbon feedbacks).
# Checked 2026-12-07 against copies of both tables (CH4 25 and 28, N2O 298 and 265).
GWP_SETS: dict[str, dict[str, float]] = {
    "AR4": {"CO2": 1.0, "CH4": 25.0, "N2O": 298.0},
    "AR5": {"CO2": 1.0, "CH4": 28.0, "N2O": 265.0},
}
GWP_SOURCES = {"AR4": "IPCC AR4 WG1 (2007), Table 2.14, GWP 100-yr",
               "AR5": "IPCC AR5 WG1 (2013), Table 8.A.1, GWP 100-yr"}


@dataclass(frozen=True)
class SubstanceMass:
    """One source's mass of one substance in a period (what the fee is computed on).
    `norm_t` is the permit's t/year norm prorated to the period; None without a norm."""
    site_id: int
    source_id: int
    substance: str
    mass_t: float
    norm_t: float | None
    basis: str  # "measured" | "calculated"
    medium: str = "air"  # "water": discharged from a discharge point
    mobile: bool = False  # a mobile source (the haul fleet): no fee is due on it


@dataclass(frozen=True)
class Factor:
    """A factor as the computation needs it."""
    substance: str
    activity: str
    value: float
    unit: str
    parameter: float | None = None
    method: str = ""
    citation: str = ""


MISSING_FACTOR = QT_TRANSLATE_NOOP("Refusal", "no factor for {activity} / {substance} — load one")
MISSING_NCV = QT_TRANSLATE_NOOP("Refusal", "no net calorific value for {activity} — load one")
MISSING_HOURS = QT_TRANSLATE_NOOP(
    "Refusal", "{substance} is read in g/s at the source, but its working hours a year are not "
               "given — enter them")
MISSING_CONCENTRATION = QT_TRANSLATE_NOOP(
    "Refusal", "no concentration of {substance} measured at the discharge point in the period "
               "— record one")


def mass_t(factor: Factor, fuel_t: float, energy_gj: float | None,
           efficiency: float = 0.0) -> float:
    """Tonnes of the factor's substance from `fuel_t` tonnes of activity material (energy
    `energy_gj` when the factor is per energy), less the abatement's `efficiency` η."""
    keep = 1.0 - efficiency
    if factor.unit == SULPHUR:
        bound = factor.parameter or 0.0
        return 0.02 * fuel_t * factor.value * (1.0 - bound) * keep
    if factor.unit == KG_PER_T:
        return fuel_t * factor.value / 1000.0 * keep
    if factor.unit in ENERGY_UNITS:
        if energy_gj is None:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Refusal", "A factor per unit of energy needs the fuel's net calorific value; "
                           "load one."))
        return energy_gj * factor.value * 1e-6 * keep  # kg/TJ = g/GJ; 1 t = 10⁶ g
    raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{unit} is not a unit of an emission factor."),
                      unit=factor.unit)


def days_in_year(year: int) -> int:
    """365 or 366."""
    return 366 if calendar.isleap(year) else 365


def prorated(t_per_year: float, start: date, end: date) -> float:
    """A t/year norm over the days [start, end], each year's days counted in its year."""
    total, day = 0.0, start
    while day <= end:
        last = min(end, date(day.year, 12, 31))
        total += t_per_year * ((last - day).days + 1) / days_in_year(day.year)
        day = date(day.year + 1, 1, 1)
    return total


def measured_t(mean_g_per_s: float, hours: float) -> float:
    """Tonnes from a mean emission rate over `hours` of operation."""
    return mean_g_per_s * hours * 3600.0 / 1e6


def discharged_t(volume_m3: float, concentration_mg_l: float) -> float:
    """Tonnes of a pollutant in `volume_m3` of water at a concentration in mg/L (= g/m³)."""
    return volume_m3 * concentration_mg_l / 1e6


def exceedance(mass: float, norm: float | None) -> float | None:
    """By how many tonnes the mass is above the norm (0 when within); None without one."""
    if norm is None:
        return None
    return max(0.0, mass - norm)


@dataclass(frozen=True)
class GhgLine:
    """One fuel's greenhouse gases in a year."""
    activity: str
    fuel_t: float
    energy_gj: float
    ef_kg_per_tj: dict[str, float | None]
    mass_t: dict[str, float | None]
    co2e_t: float
    missing: tuple[str, ...]


def ghg_line(activity: str, fuel_t: float, energy_gj: float, factors: dict[str, Factor],
             gwp: dict[str, float], oxidation: float = 1.0) -> GhgLine:
    """CO₂, CH₄ and N₂O of one fuel (factors per energy) and their CO₂-equivalent; a gas
    without a factor is named in `missing`, never counted as zero in silence."""
    ef: dict[str, float | None] = {}
    masses: dict[str, float | None] = {}
    missing: list[str] = []
    co2e = 0.0
    for gas in GHG:
        f = factors.get(gas)
        if f is None or f.unit not in ENERGY_UNITS:
            ef[gas], masses[gas] = None, None
            missing.append(gas)
            continue
        ef[gas] = f.value
        m = mass_t(f, fuel_t, energy_gj) * (oxidation if gas == "CO2" else 1.0)
        masses[gas] = m
        co2e += m * gwp[gas]
    return GhgLine(activity, fuel_t, energy_gj, ef, masses, co2e, tuple(missing))


def merged_ghg(pieces: list[GhgLine]) -> GhgLine:
    """One fuel's greenhouse gases over a period from its pieces (each with the factors
    valid on it); the factors shown are the last piece's."""
    def total(gas: str) -> float | None:
        known = [p.mass_t[gas] for p in pieces if p.mass_t[gas] is not None]
        return sum(v for v in known if v is not None) if known else None

    last = pieces[-1]
    return GhgLine(last.activity, sum(p.fuel_t for p in pieces),
                   sum(p.energy_gj for p in pieces), last.ef_kg_per_tj,
                   {gas: total(gas) for gas in GHG}, sum(p.co2e_t for p in pieces),
                   tuple(dict.fromkeys(g for p in pieces for g in p.missing)))
