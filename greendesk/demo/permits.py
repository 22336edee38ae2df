"""The demo plant's permit register: an address, a facility category and permits per site.

Everything here is invented demo data and says so (the addresses end "(demo address)", each
permit's note says it is not a real one). Copper mining, beneficiation and smelting are
category I activities (Environmental Code of the Republic of Kazakhstan, Article 12 and
Annex 2, section 1). The dates follow the demo's years so every cover has a permit to name:
the open pit's permit ran out in the middle of the last demo year and was renewed the next
day (a year's cover names the new one, valid on part of the year), the concentrator's runs
for ten years, the smelter's states no end date.

Each permit lists three conditions and waste limits per waste type; the open pit's
engine-oil accumulation limit is below the last demo year's stock (an exceedance to show).
The PEK programme measures every limited parameter of the demo's monitoring points monthly,
as their readings are taken.
"""

from __future__ import annotations

from datetime import date

from greendesk.demo.plant import S_CONC, S_MINE, S_SMELT, DemoContext
from greendesk.models import FacilityCategory, PekFrequency
from greendesk.services import monitoring, structure
from greendesk.services.pek import ProgrammeDraft, set_programme
from greendesk.services.permit_terms import WasteLimit, set_permit_terms
from greendesk.services.permits import PermitDraft, add_permit
from greendesk.services.waste import list_waste_types
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


CONDITIONS = (
    "Keep waste accumulation and burial within the limits of appendix 2.",
    "Carry out production environmental control under the approved programme and report "
    "each quarter.",
    "Notify the authority of an emergency release without delay.",
)
# waste type (the demo's English name) -> (accumulation, burial) limit, t/year
WASTE_LIMITS: dict[str, tuple[float | None, float | None]] = {
    "Overburden": (None, 18_000_000.0),
    "Waste engine oil": (60.0, None),
    "Flotation tailings": (None, 6_000_000.0),
    "Copper smelting slag": (None, 90_000.0),
    "Gas-cleaning sludge": (50.0, None),
}
METHODS = {"pH": "Potentiometric", "SO4": "Gravimetric", "Cu": "Atomic absorption spectrometry",
           "PM10": "Gravimetric, filter sampling"}
LABORATORY = "Accredited laboratory of the Nurken plant (demo)"


def extend(db: Database, ctx: DemoContext) -> None:
    """Give each demo site its address and category I, its permits with their conditions
    and waste limits, and the monitoring points their PEK programme."""
    t = ctx.names
    for site in structure.get_plant(db).sites:
        key = next(k for k, v in ctx.ids.sites.items() if v == site.id)
        structure.update_site(db, site.id, structure.SiteDraft(
            site.name, site.region, site.kind, t(ADDRESSES[key]), FacilityCategory.I))
    for key, number, issued, start, until in permits(ctx.years[0], ctx.years[-1]):
        pid, _ = add_permit(db, PermitDraft(ctx.ids.sites[key], number, issued,
                                            t(AUTHORITY), start, until, t(NOTE)))
        types = {w.name: w.id for w in list_waste_types(db, ctx.ids.sites[key])}
        set_permit_terms(db, pid, [t(c) for c in CONDITIONS],
                         [WasteLimit(types[t(name)], acc, burial)
                          for name, (acc, burial) in WASTE_LIMITS.items() if t(name) in types])
    for point in monitoring.list_points(db):
        set_programme(db, point.id, [
            ProgrammeDraft(lim.parameter_id, PekFrequency.MONTHLY, t(METHODS[lim.parameter]),
                           t(LABORATORY)) for lim in point.limits])
