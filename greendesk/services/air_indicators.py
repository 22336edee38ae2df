"""The greening plan's air indicators, read from the emissions the ledger drives: pollutants
emitted to air per tonne shipped, greenhouse gases (t CO₂e) per tonne shipped, and the
fugitive sources in the inventory. The plan's indicators (services/indicators) and the
rational-use report's air sheet both read them here, so the two show one figure.

A figure without its data is None, never a zero: no source with a mass, no fuel with a
greenhouse-gas factor, or nothing shipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from greendesk.analysis.emissions import GHG
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models.emissions import EmissionSource, EmissionSourceKind
from greendesk.periods import Period, year
from greendesk.services.emissions import emission_lines, ghg
from greendesk.services.indicators import shipped_mass
from greendesk.store.db import Database

EMISSIONS, GHG_KIND = "emissions", "ghg"
GWP_SET = "AR5"
TITLES = {EMISSIONS: QT_TRANSLATE_NOOP("reports", "Emissions to air per tonne shipped"),
          GHG_KIND: QT_TRANSLATE_NOOP("reports", "Greenhouse gases per tonne shipped")}
UNITS = {EMISSIONS: "kg/t", GHG_KIND: "t CO₂e/t"}
SCALE = {EMISSIONS: 1000.0, GHG_KIND: 1.0}  # the numerator's tonnes in the unit's


@dataclass(frozen=True)
class Intensity:
    """One air indicator of a site in a period: its numerator (t), the tonnes shipped."""
    kind: str  # EMISSIONS | GHG_KIND
    site_id: int
    numerator: float | None  # None: no emission with a mass (not a zero)
    shipped_t: float

    @property
    def value(self) -> float | None:
        """Numerator ÷ tonnes shipped, in the kind's unit; None without either."""
        if self.numerator is None or self.shipped_t <= 0:
            return None
        return self.numerator / self.shipped_t * SCALE[self.kind]


def pollutants_t(db: Database, period: Period, site_id: int) -> float | None:
    """Tonnes of pollutants emitted to air at the site in the period, greenhouse gases
    aside (they have their own indicator); None when no line has a mass."""
    masses = [x.mass_t for x in emission_lines(db, period, site_id)
              if x.medium == "air" and x.substance not in GHG and x.mass_t is not None]
    return sum(masses) if masses else None


def co2e_t(db: Database, period: Period, site_id: int) -> float | None:
    """Tonnes of CO₂-equivalent of the fuels burned at the site; None without such a fuel."""
    report = ghg(db, period, GWP_SET, site_id)
    return report.co2e_t if report.lines else None


def intensity_in(db: Database, kind: str, site_id: int, period: Period) -> Intensity:
    """The air indicator `kind` of a site over a period."""
    top = pollutants_t(db, period, site_id) if kind == EMISSIONS else co2e_t(db, period,
                                                                             site_id)
    return Intensity(kind, site_id, top, shipped_mass(db, site_id, period.start, period.end))


def intensity(db: Database, kind: str, site_id: int, in_year: int) -> Intensity:
    """The air indicator `kind` of a site in a calendar year (the plan's indicators)."""
    return intensity_in(db, kind, site_id, year(in_year))


def fugitive_count(db: Database, site_id: int) -> int | None:
    """Fugitive sources to air at the site in the inventory; None when it has no source."""
    with db.read() as s:
        kinds = list(s.execute(select(EmissionSource.kind, func.count()).where(
            EmissionSource.site_id == site_id).group_by(EmissionSource.kind)))
    if not kinds:
        return None
    return sum(n for kind, n in kinds if kind is EmissionSourceKind.FUGITIVE)
