"""What the quarterly PEK report states beside fulfilment: each programme line's results
against its norm, and the exceedances with the actions taken at their site.

An exceedance is the monitoring section's (services/monitoring_checks: beyond the point's
limit). The actions taken are what the officer recorded for the point's site in the period:
the responses of the incidents logged there, and the greening plan's actions under way or
done there with dates reaching into the period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from greendesk.models import ActionStatus, MonitoringPoint, MonitoringReading
from greendesk.periods import Period
from greendesk.services.checklist import ActionRow, IncidentRow, list_actions, list_incidents
from greendesk.services.monitoring_checks import ExceedanceRow, _point_sites, exceedances
from greendesk.services.pek import ProgrammeRow, list_programme
from greendesk.store.db import Database

_ACTIVE = (ActionStatus.IN_PROGRESS, ActionStatus.DONE)


@dataclass(frozen=True)
class ResultRow:
    """One programme line's readings in the period: how many, their range and mean, and how
    many were beyond the norm."""
    line: ProgrammeRow
    count: int
    minimum: float | None
    maximum: float | None
    mean: float | None
    beyond: int


def results(db: Database, period: Period, site_ids: Sequence[int] | None = None
            ) -> list[ResultRow]:
    """Each programme line's results over `period`, in the programme's order."""
    lines = [ln for ln in list_programme(db) if site_ids is None or ln.site_id in site_ids]
    values: dict[tuple[int, int], list[float]] = {}
    r = MonitoringReading
    with db.read() as s:
        for pid, parid, value in s.execute(
                select(r.point_id, r.parameter_id, r.value)
                .where(r.taken_on.between(period.start, period.end))
                .order_by(r.taken_on, r.id)):
            values.setdefault((pid, parid), []).append(float(value))
    hits: dict[tuple[int, int], int] = {}
    for ex in exceedances(db, period):
        key = (ex.point_id, ex.parameter_id)
        hits[key] = hits.get(key, 0) + 1
    out = []
    for ln in lines:
        v = values.get((ln.point_id, ln.parameter_id), [])
        out.append(ResultRow(ln, len(v), min(v, default=None), max(v, default=None),
                             sum(v) / len(v) if v else None,
                             hits.get((ln.point_id, ln.parameter_id), 0)))
    return out


@dataclass(frozen=True)
class PekExceedance:
    """An exceedance in the period, its point's site, and the incident responses recorded
    at that site in the period."""
    row: ExceedanceRow
    site_id: int | None
    responses: tuple[str, ...]
    plan_actions: int  # the site's greening plan actions under way or done in the period


@dataclass(frozen=True)
class ActionsTaken:
    """The period's exceedances and what was done at their sites."""
    exceedances: tuple[PekExceedance, ...]
    incidents: tuple[IncidentRow, ...]
    plan_actions: tuple[ActionRow, ...]


def _active(a: ActionRow, period: Period) -> bool:
    start = a.start_date or date.min
    end = a.due_date or date.max
    return a.status in _ACTIVE and start <= period.end and end >= period.start


def actions_taken(db: Database, period: Period, site_ids: Sequence[int] | None = None
                  ) -> ActionsTaken:
    """The exceedances of the period at the chosen sites (None: all) with the incidents
    and greening plan actions recorded at their sites."""
    with db.read() as s:
        where = _point_sites(s, s.scalars(select(MonitoringPoint)))
    found = [(ex, where.get(ex.point_id)) for ex in exceedances(db, period)]
    found = [(ex, site) for ex, site in found if site_ids is None or site in site_ids]
    sites = sorted({site for _ex, site in found if site is not None})
    incidents = [i for i in list_incidents(db) if i.site_id in sites
                 and period.start <= i.occurred_on <= period.end]
    incidents.sort(key=lambda i: (i.occurred_on, i.id))
    plan = [a for site in sites for a in list_actions(db, site) if _active(a, period)]
    rows = tuple(PekExceedance(
        ex, site, tuple(f"{i.occurred_on.isoformat()}: {i.response}" for i in incidents
                        if i.site_id == site and i.response.strip()),
        sum(1 for a in plan if a.site_id == site)) for ex, site in found)
    return ActionsTaken(rows, tuple(incidents), tuple(plan))
