"""Handing in a closed period: a site's records of one month, with the site's audit trail.

`export_period` writes the package (`sync_codec`). The structure travels the other way as
the plant set-up workbook (`greendesk sync export --structure`, the same workbook as
`greendesk export plant`: one structure format), which `sync import` at a site applies by
name.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import Site
from greendesk.models.sync import DatabaseIdentity
from greendesk.services.periods_closed import normalise
from greendesk.services.sync_actions import action_members
from greendesk.services.sync_codec import AUDIT, Member, write_package
from greendesk.services.sync_tables import period_rows
from greendesk.store.audit_anchor import head_on
from greendesk.store.audit_codec import ENTRY_COLUMNS
from greendesk.store.closed_periods import closed_periods, label
from greendesk.store.db import Database


@dataclass(frozen=True)
class Exported:
    """What a package holds: its digest, the site chain's head and the record counts."""
    path: Path
    digest: str
    head: tuple[int, str]
    counts: dict[str, int]


def identity(s: Session) -> str:
    """This database's UUID (made by migration 0015)."""
    found = s.scalar(select(DatabaseIdentity.uuid).where(DatabaseIdentity.id == 1))
    assert found is not None, "migration 0015 gives every database its identity"
    return found


def find_site(s: Session, name: str) -> Site:
    """The site named `name` (or with that id); a sentence naming it if there is none."""
    text = name.strip()
    site = s.scalars(select(Site).where(Site.name == text)).first()
    if site is None and text.isdigit():
        site = s.get(Site, int(text))
    if site is None:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is no site named {site}."),
                          site=text, field="site")
    return site


def month_span(period: str) -> tuple[date, date]:
    """First and last day of a month "2026-01"; a year or anything else is refused."""
    period = normalise(period)
    if len(period) != 7:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Hand in one month at a time, e.g. "
                                                       "{year}-01."), year=period, field="period")
    y, m = int(period[:4]), int(period[5:])
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def export_period(db: Database, site: str, period: str, out: Path) -> Exported:
    """Write the site's closed month as a package: its records (flows with assays and
    roles, transfers, stock-takings, monitoring readings, incidents; the site's actions as
    they stand and their history of the month, `sync_actions`), the site's audit
    trail to its head and a digest over all of it. An open month is refused: only what can
    no longer change is handed in. One read transaction, so records and trail are one
    consistent snapshot."""
    first, last = month_span(period)
    period = first.strftime("%Y-%m")
    with db.read() as s:
        closed = closed_periods(s)
        if period not in closed and period[:4] not in closed:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{label} is open; close it before "
                                                           "handing it in."),
                              label=label(period), field="period")
        row = find_site(s, site)
        members = {spec.table: Member(cols, rows)
                   for spec, cols, rows in period_rows(s, row.id, first, last)}
        members.update(action_members(s, row.id, first, last))
        conn = s.connection()
        trail = conn.exec_driver_sql(
            f"SELECT {', '.join(ENTRY_COLUMNS)} FROM audit_entry ORDER BY id").fetchall()
        members[AUDIT] = Member(list(ENTRY_COLUMNS),
                                [[str(v) if i == 1 else v for i, v in enumerate(r)]
                                 for r in trail])
        head = head_on(conn)
        fields = {"origin": identity(s), "site": row.name, "period": period,
                  "site_head": {"id": head[0], "hash": head[1]}}
    out = out if out.suffix else out.with_suffix(".zip")
    digest = write_package(out, fields, members)
    return Exported(out, digest, head, {k: len(m.rows) for k, m in members.items()
                                        if k != AUDIT})

