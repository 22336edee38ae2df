"""The demo plant's permit register: an address, a facility category and permits per site.

Everything here is invented demo data and says so (the addresses end "(demo address)", each
permit's note says it is not a real one). Copper mining, beneficiation and smelting are
category I activities (Environmental Code of the Republic of Kazakhstan, Article 12 and
Annex 2, section 1). The dates follow the demo's years so every cover has a permit to name:
the open pit's permit ran out in the middle of the last demo year and was renewed the next
day (a year's cover names the new one, valid on part of the year), the concentrator's runs
for ten years, the smelter's states no end date.
"""

from __future__ import annotations

from datetime import date

from greendesk.demo.plant import S_CONC, S_MINE, S_SMELT, DemoContext
from greendesk.models import FacilityCategory
from greendesk.services import structure
from greendesk.services.permits import PermitDraft, add_permit
from greendesk.store.db import Database

AUTHORITY = "Committee for Environmental Regulation and Control (demo)"
NOTE = "Demo data: an invented permit, not a real one."
ADDRESSES = {
    S_MINE: "Nurken, Karaganda region (demo address)",
    S_CONC: "Industrial zone 1, Nurken, Karaganda region (demo address)",
    S_SMELT: "Industrial zone 2, Nurken, Karaganda region (demo address)",
}


def permits(first: int, last: int) -> list[tuple[str, str, date, date, date | None]]:
    """(site, number, issued on, valid from, valid until) of the demo's permits, for demo
    years `first`..`last`."""
    return [
        (S_MINE, "KZ41VCZ00001234", date(first - 4, 6, 20), date(first - 4, 7, 1),
         date(last, 6, 30)),
        (S_MINE, "KZ41VCZ00005678", date(last, 6, 15), date(last, 7, 1), date(last + 9, 12, 31)),
        (S_CONC, "KZ17VCZ00002468", date(first - 2, 3, 1), date(first - 2, 3, 15),
         date(first + 7, 12, 31)),
        (S_SMELT, "KZ89VCZ00001357", date(first - 3, 1, 10), date(first - 3, 1, 10), None),
    ]


def extend(db: Database, ctx: DemoContext) -> None:
    """Give each demo site its address and category I, and its permits."""
    t = ctx.names
    for site in structure.get_plant(db).sites:
        key = next(k for k, v in ctx.ids.sites.items() if v == site.id)
        structure.update_site(db, site.id, structure.SiteDraft(
            site.name, site.region, site.kind, t(ADDRESSES[key]), FacilityCategory.I))
    for key, number, issued, start, until in permits(ctx.years[0], ctx.years[-1]):
        add_permit(db, PermitDraft(ctx.ids.sites[key], number, issued, t(AUTHORITY), start,
                                   until, t(NOTE)))
