"""Quick facts about an open database, for `greendesk info` and the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk import periods
from greendesk.models import Flow, Material, Node, Site
from greendesk.store.db import Database, current_revision


def date_range_in(s: Session) -> tuple[date | None, date | None]:
    """First and last flow dates up to today: what periods, reports and the date of a new
    record default to, so that a future-dated typo (kept by an older version) never becomes
    the default. Two queries, each one index seek: both in one SELECT scan the table."""
    last = s.scalar(select(Flow.flow_date).where(Flow.flow_date <= periods.today())
                    .order_by(Flow.flow_date.desc()).limit(1))
    if last is None:
        return None, None
    return s.scalar(select(func.min(Flow.flow_date))), last


def date_range(db: Database) -> tuple[date | None, date | None]:
    """The first and last flow dates, or (None, None) without flows."""
    with db.read() as s:
        return date_range_in(s)


@dataclass(frozen=True)
class DatabaseSummary:
    """What `greendesk info` prints: the file, its schema revision and record counts."""
    path: str
    revision: str | None
    sites: int
    nodes: int
    materials: int
    flows: int
    first_date: str | None
    last_date: str | None


def summarise(db: Database) -> DatabaseSummary:
    """Counts and dates of the database in one read."""
    with db.read() as s:

        def count(model: type) -> int:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

        first = s.scalar(select(func.min(Flow.flow_date)))
        last = s.scalar(select(func.max(Flow.flow_date)))  # the truth, typos included
        return DatabaseSummary(
            path=db.server or str(db.path),
            revision=current_revision(db.engine),
            sites=count(Site),
            nodes=count(Node),
            materials=count(Material),
            flows=count(Flow),
            first_date=first.isoformat() if first else None,
            last_date=last.isoformat() if last else None,
        )
