"""What the permit register asks the officer to act on: waste limits exceeded in a year and
permits or contractor licences about to expire.

A permit's waste limits are compared with the waste register's inventory of the year for its
site (services/waste_inventory): accumulation with the stock held in storage at year end
(the inventory's closing figure), burial with what was placed net into the site's own
formations (its placed figure). The permit compared is the one in force for the year (the
report cover's rule, `permit_in_force`). Expiry warns 90 and 30 days ahead.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from greendesk.models import WasteContractor
from greendesk.periods import custom
from greendesk.periods import year as year_period
from greendesk.services.permit_terms import all_waste_limits
from greendesk.services.permits import PermitRow, list_permits, permit_in_force
from greendesk.services.waste_inventory import waste_inventory
from greendesk.store.db import Database

EPS = 1e-9
WARN_DAYS = (90, 30)  # the first and the second warning before a document expires
ACCUMULATION, BURIAL = "accumulation", "burial"
PERMIT, LICENCE = "permit", "licence"


@dataclass(frozen=True)
class WasteLimitCheck:
    """A waste limit of a permit beside the register's figure for it, tonnes; `kind` is
    "accumulation" or "burial"."""
    site_name: str
    permit_id: int
    permit_number: str
    waste_type_id: int
    waste_type: str
    kind: str
    limit_t: float
    actual_t: float

    @property
    def excess_t(self) -> float:
        """By how much the figure is above the limit, tonnes (negative: below it)."""
        return self.actual_t - self.limit_t

    @property
    def exceeded(self) -> bool:
        """Whether the figure is above the limit."""
        return self.actual_t > self.limit_t + EPS


def waste_limit_checks(db: Database, year: int, site_ids: Collection[int] | None = None,
                       until: date | None = None) -> list[WasteLimitCheck]:
    """Every waste limit of the permits in force in `year` beside the register's figure,
    counted from 1 January to `until` (default: the year's end), by site and waste type."""
    period = year_period(year)
    counted = custom(period.start, until) if until is not None else period
    limits = all_waste_limits(db)
    by_site: dict[int, list[PermitRow]] = {}
    for p in list_permits(db):
        if site_ids is None or p.site_id in site_ids:
            by_site.setdefault(p.site_id, []).append(p)
    in_force: dict[int, PermitRow] = {}
    for site, ps in by_site.items():
        found = permit_in_force(ps, period.start, period.end)
        if found is not None and found.id in limits:
            in_force[site] = found
    if not in_force:
        return []
    figures = {r.waste_type_id: r for r in waste_inventory(db, counted, list(in_force)).rows
               if r.waste_type_id is not None}
    out = []
    for permit in sorted(in_force.values(), key=lambda p: p.site_name.casefold()):
        for lim in limits[permit.id]:
            row = figures.get(lim.waste_type_id)
            for kind, limit, actual in ((ACCUMULATION, lim.accumulation_t,
                                         row.closing if row else 0.0),
                                        (BURIAL, lim.burial_t, row.placed if row else 0.0)):
                if limit is not None:
                    out.append(WasteLimitCheck(permit.site_name, permit.id, permit.number,
                                               lim.waste_type_id, lim.waste_type, kind,
                                               limit, actual))
    return out


def waste_limit_exceedances(db: Database, year: int, site_ids: Collection[int] | None = None
                            ) -> list[WasteLimitCheck]:
    """The waste limits of the permits in force in `year` that the year's figures exceed."""
    return [c for c in waste_limit_checks(db, year, site_ids) if c.exceeded]


@dataclass(frozen=True)
class ExpiryWarning:
    """A permit or contractor licence expiring within 90 days; `days_left` 0 is its last day."""
    kind: str  # "permit" or "licence"
    holder: str  # the site's or the contractor's name
    number: str
    valid_until: date
    days_left: int

    @property
    def urgent(self) -> bool:
        """Within the second (30-day) warning."""
        return self.days_left <= WARN_DAYS[1]


def expiry_warnings(db: Database, today: date) -> list[ExpiryWarning]:
    """The permits and contractor licences expiring within 90 days of `today` (today
    included), soonest first. A permit already replaced by a later one of its site (valid
    the day after it ends) gives no warning."""
    out = []
    permits = list_permits(db)
    for p in permits:
        if p.valid_until is None:
            continue
        left = (p.valid_until - today).days
        if not 0 <= left <= WARN_DAYS[0]:
            continue
        after = date.fromordinal(p.valid_until.toordinal() + 1)
        if any(q.site_id == p.site_id and q.id != p.id and q.valid_on(after) for q in permits):
            continue
        out.append(ExpiryWarning(PERMIT, p.site_name, p.number, p.valid_until, left))
    with db.read() as s:
        for c in s.scalars(select(WasteContractor)):
            left = (c.licence_valid_until - today).days
            if 0 <= left <= WARN_DAYS[0]:
                out.append(ExpiryWarning(LICENCE, c.name, c.licence_number,
                                         c.licence_valid_until, left))
    return sorted(out, key=lambda w: (w.valid_until, w.kind, w.holder.casefold()))
