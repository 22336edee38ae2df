"""Quick facts about an open database, for `greendesk info` and the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk.db import Database, current_revision
from greendesk.models import Flow, Material, Node, Site


def date_range_in(s: Session) -> tuple[date | None, date | None]:
    """First and last flow dates. Two queries: SQLite answers a lone min() or max() from the
    date index in microseconds, but both in one SELECT scan the whole table."""
    return (s.scalar(select(func.min(Flow.flow_date))),
            s.scalar(select(func.max(Flow.flow_date))))


def date_range(db: Database) -> tuple[date | None, date | None]:
    with db.read() as s:
        return date_range_in(s)


@dataclass(frozen=True)
class DatabaseSummary:
    path: str
    revision: str | None
    sites: int
    nodes: int
    materials: int
    flows: int
    first_date: str | None
    last_date: str | None


def summarise(db: Database) -> DatabaseSummary:
    with db.read() as s:

        def count(model: type) -> int:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

        first, last = date_range_in(s)
        return DatabaseSummary(
            path=str(db.path),
            revision=current_revision(db.engine),
            sites=count(Site),
            nodes=count(Node),
            materials=count(Material),
            flows=count(Flow),
            first_date=first.isoformat() if first else None,
            last_date=last.isoformat() if last else None,
        )
