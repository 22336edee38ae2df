"""The quarterly fee for negative impact on the environment, from the database.

Per quarter of the period: the waste each site placed (net) into its own formations, from
the waste inventory (`services.waste_inventory`, the figures the waste report prints), the
substances it emitted from stationary sources (`emission_inputs`), and the rates loaded
(`services.fee_rates`), priced by `analysis.fees.quarter_fee`. A site whose permit in force
for the quarter is a comprehensive BAT permit is priced at the BAT coefficient; waste placed
beyond the permit's yearly burial limit is counted above the norm from 1 January on.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date, timedelta

from sqlalchemy import select

from greendesk import periods
from greendesk.analysis.fees import (
    EmissionInput,
    FeeResult,
    WasteInput,
    above_limit,
    combine,
    quarter_fee,
)
from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import Site
from greendesk.periods import Period
from greendesk.services.fee_rates import rate_table
from greendesk.services.permits import PermitRow, list_permits, permit_in_force
from greendesk.services.waste_inventory import waste_inventory
from greendesk.store.db import Database


def quarters_of(period: Period) -> list[Period]:
    """The calendar quarters a period is made of; DomainError when it is not whole
    quarters (the fee is declared per quarter)."""
    out: list[Period] = []
    for y in range(period.start.year, period.end.year + 1):
        out += [q for n in range(1, 5) if period.start <= (q := periods.quarter(y, n)).start
                and q.end <= period.end]
    if not out or out[0].start != period.start or out[-1].end != period.end:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The fee is declared per quarter; "
                                                       "choose a quarter or a year, not "
                                                       "{period}."), period=period.label)
    return out


def burial_excess(db: Database, quarter: Period, site_ids: Collection[int] | None = None
                  ) -> dict[tuple[int, int], float]:
    """(site, waste type) → tonnes of the quarter's placement above the burial limit of the
    permit in force for the year, counted from 1 January (`analysis.fees.above_limit`: once
    the year's running total of net placements passes the limit, what exceeds it is above
    the norm). Check against current law."""
    from greendesk.services.permit_checks import BURIAL, waste_limit_checks

    site_of = {p.id: p.site_id for p in list_permits(db)}
    year = quarter.start.year

    def to_date(until: date) -> dict[tuple[int, int], tuple[float, float]]:
        return {(site_of[c.permit_id], c.waste_type_id): (c.limit_t, c.actual_t)
                for c in waste_limit_checks(db, year, site_ids, until) if c.kind == BURIAL}

    end = to_date(quarter.end)
    if not end:
        return {}
    before = to_date(quarter.start - timedelta(days=1)) if quarter.start.month > 1 else {}
    out = {}
    for key, (limit, total) in end.items():
        over = above_limit(limit, before.get(key, (limit, 0.0))[1], total)
        if over > 0:
            out[key] = over
    return out


def placed_wastes(db: Database, quarter: Period, site_ids: Collection[int] | None = None
                  ) -> list[WasteInput]:
    """Each waste's net quantity placed into the plant's own formations in the quarter, with
    the part above its permit's burial limit (`burial_excess`)."""
    rows = [r for r in waste_inventory(db, quarter, site_ids).rows if r.placed > 0]
    excess = burial_excess(db, quarter, site_ids) if rows else {}
    return [WasteInput(r.site_id, r.name, re.sub(r"\D", "", r.code), r.hazardous, r.placed,
                       min(r.placed, excess.get((r.site_id, r.waste_type_id or 0), 0.0)))
            for r in rows]


def bat_sites(db: Database, quarter: Period) -> list[int]:
    """The sites whose permit in force for the quarter (`permit_in_force`: valid on its
    last day, else on most of its days) is a comprehensive permit applying best available
    techniques."""
    by_site: dict[int, list[PermitRow]] = {}
    for row in list_permits(db):
        by_site.setdefault(row.site_id, []).append(row)
    return sorted(site for site, ps in by_site.items()
                  if (p := permit_in_force(ps, quarter.start, quarter.end)) is not None
                  and p.bat)


def emission_inputs(db: Database, quarter: Period, site_ids: Collection[int] | None = None
                    ) -> list[EmissionInput]:
    """Each source's mass of each substance in the quarter, with its norm prorated to it, from
    the emissions area; a mobile source's lines are kept (marked) so that the fee leaves them
    out visibly rather than losing them here."""
    from greendesk.services.emissions import substance_masses

    return [EmissionInput(m.site_id, m.substance, m.mass_t, m.norm_t, m.mobile)
            for m in substance_masses(db, quarter)
            if site_ids is None or m.site_id in site_ids]


def fees(db: Database, period: Period, site_ids: Collection[int] | None = None) -> FeeResult:
    """The fee of every quarter of `period` (a quarter or a year), for the chosen sites."""
    table = rate_table(db)
    with db.read() as s:
        categories = {i: (c.value if c is not None else None)
                      for i, c in s.execute(select(Site.id, Site.category))}
    return combine(quarter_fee(q, table, emission_inputs(db, q, site_ids),
                               placed_wastes(db, q, site_ids), categories=categories,
                               bat_sites=bat_sites(db, q))
                   for q in quarters_of(period))
