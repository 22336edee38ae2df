"""The permit conditions at risk, as the calendar lists them beside the obligations.

Three kinds: a permit's waste limit exceeded (last year's full figures, or this year's
figures from 1 January to today already beyond the year's limit: on course to be exceeded),
and a permit or a contractor's licence expiring within 90 days (the second warning at 30).
Each names the place that settles it: the site's permits (the plant structure's permits
panel) or the waste register's contractors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from greendesk.errors import Message, Translate, english
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.services.permit_checks import (
    ACCUMULATION,
    PERMIT,
    expiry_warnings,
    waste_limit_checks,
)
from greendesk.services.permits import list_permits
from greendesk.store.db import Database

WASTE_LIMIT, PERMIT_EXPIRY, LICENCE_EXPIRY = "waste_limit", "permit_expiry", "licence_expiry"
PERMITS_PLACE, CONTRACTORS_PLACE = "permits", "contractors"

_EXCEEDED = {
    ACCUMULATION: QT_TRANSLATE_NOOP(
        "permit_alerts", "{site}, permit {number}: {waste} stored {actual:.3f} t at the end of "
                         "{year}, above its accumulation limit of {limit:.3f} t by {excess:.3f} t"),
    "burial": QT_TRANSLATE_NOOP(
        "permit_alerts", "{site}, permit {number}: {waste} placed {actual:.3f} t in {year}, "
                         "above its burial limit of {limit:.3f} t by {excess:.3f} t"),
}
_ON_COURSE = {
    ACCUMULATION: QT_TRANSLATE_NOOP(
        "permit_alerts", "{site}, permit {number}: {waste} stored {actual:.3f} t on {day}, "
                         "already above the year's accumulation limit of {limit:.3f} t by "
                         "{excess:.3f} t"),
    "burial": QT_TRANSLATE_NOOP(
        "permit_alerts", "{site}, permit {number}: {waste} placed {actual:.3f} t from 1 January "
                         "to {day}, already above the year's burial limit of {limit:.3f} t by "
                         "{excess:.3f} t"),
}
_EXPIRES = {
    PERMIT: QT_TRANSLATE_NOOP("permit_alerts", "Permit {number} of {holder} expires on {day} "
                                               "(days left: {days})"),
    "licence": QT_TRANSLATE_NOOP("permit_alerts", "Licence {number} of {holder} expires on "
                                                  "{day} (days left: {days})"),
}


@dataclass(frozen=True)
class PermitAlert:
    """One permit condition at risk. `day`: the expiry date, the last day of the year whose
    figure exceeded the limit, or today for this year's figure so far; `place`: where the
    window opens it ("permits" with `site_id`, or "contractors")."""
    kind: str  # WASTE_LIMIT, PERMIT_EXPIRY or LICENCE_EXPIRY
    holder: str  # the site's or the contractor's name
    site_id: int | None
    number: str  # the permit's or the licence's
    day: date
    message: Message
    place: str
    urgent: bool  # exceeded, or expiring within 30 days
    on_course: bool = False  # this year's figure so far, not a whole year's

    def as_dict(self, translate: Translate = english) -> dict[str, object]:
        """The alert for JSON output, its sentence through `translate`."""
        return {"kind": self.kind, "holder": self.holder, "number": self.number,
                "day": self.day.isoformat(), "what": self.message.render(translate),
                "place": self.place, "urgent": self.urgent, "on_course": self.on_course}


def _limits(db: Database, today: date, site_of: dict[int, int]) -> list[PermitAlert]:
    out = []
    for year, until in ((today.year - 1, None), (today.year, today)):
        for c in waste_limit_checks(db, year, until=until):
            if not c.exceeded:
                continue
            templates = _ON_COURSE if until is not None else _EXCEEDED
            shown = until or date(year, 12, 31)
            msg = Message(templates[c.kind], context="permit_alerts", site=c.site_name,
                          number=c.permit_number, waste=c.waste_type, actual=c.actual_t,
                          limit=c.limit_t, excess=c.excess_t, year=year, day=shown)
            out.append(PermitAlert(WASTE_LIMIT, c.site_name, site_of.get(c.permit_id),
                                   c.permit_number, shown, msg, PERMITS_PLACE, True,
                                   until is not None))
    return out


def permit_alerts(db: Database, today: date) -> list[PermitAlert]:
    """The waste limits exceeded last year or this year so far, then the permits and
    licences expiring within 90 days of `today`, soonest first."""
    rows = list_permits(db)
    sites = {p.site_name: p.site_id for p in rows}
    out = _limits(db, today, {p.id: p.site_id for p in rows})
    for w in expiry_warnings(db, today):
        is_permit = w.kind == PERMIT
        msg = Message(_EXPIRES[w.kind], context="permit_alerts", number=w.number,
                      holder=w.holder, day=w.valid_until, days=w.days_left)
        out.append(PermitAlert(PERMIT_EXPIRY if is_permit else LICENCE_EXPIRY, w.holder,
                               sites.get(w.holder) if is_permit else None, w.number,
                               w.valid_until, msg,
                               PERMITS_PLACE if is_permit else CONTRACTORS_PLACE, w.urgent))
    return out
