"""Quick facts about an open database, for `greendesk info` and the status bar."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from greendesk.db import Database, current_revision
from greendesk.models import Flow, Material, Node, Site


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

        first, last = s.execute(select(func.min(Flow.flow_date), func.max(Flow.flow_date))).one()
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
