"""The first day's steps and how far a database has come, for the window's start page.

An officer setting up a plant goes: structure, materials, the classifier, waste types, a
first month of flows, a first report. Each step is done when the database holds what it
makes; the start page shows them in that order with the next one to take.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select

from greendesk.models import Flow, Material, Node, Site
from greendesk.models.audit import AuditAction, AuditEntry
from greendesk.models.waste import ClassifierVersion, WasteType
from greendesk.store.db import Database

# Each step's key and the sidebar section where it is taken, in the order taken.
STEP_SECTIONS: dict[str, str] = {
    "structure": "structure", "materials": "materials", "classifier": "waste",
    "waste": "waste", "flows": "ledger", "report": "reports"}


@dataclass(frozen=True)
class Step:
    """One step of setting up: its key, the section where it is taken, and how many
    records it has made so far (0: not done)."""
    key: str  # a key of STEP_SECTIONS
    count: int

    @property
    def section(self) -> str:
        """The sidebar section where the step is taken."""
        return STEP_SECTIONS[self.key]

    @property
    def done(self) -> bool:
        """Whether the database holds what the step makes."""
        return self.count > 0


def first_steps(db: Database) -> list[Step]:
    """The steps in the order an officer takes them, with their counts (one read)."""
    with db.read() as s:

        def count(model: type, *where: ColumnElement[bool]) -> int:
            return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)

        sites, nodes = count(Site), count(Node)
        return [
            Step("structure", sites if nodes else 0),
            Step("materials", count(Material)),
            Step("classifier", count(ClassifierVersion)),
            Step("waste", count(WasteType)),
            Step("flows", count(Flow)),
            Step("report", count(AuditEntry,
                                            AuditEntry.action == AuditAction.EXPORT)),
        ]


def is_new(db: Database) -> bool:
    """A database with no sites and no flows: it opens on the start page."""
    with db.read() as s:
        return not s.scalar(select(func.count()).select_from(Site)) and \
            not s.scalar(select(Flow.id).limit(1))
