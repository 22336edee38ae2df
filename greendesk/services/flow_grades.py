"""A flow record's own grades, as the ledger shows and edits them inline (undoable).

The grades are written by balance_records.set_flow_assays (one transaction, the record's
period must be open); this command remembers what they were so undo puts them back.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import select

from greendesk.models import FlowAssay
from greendesk.services.balance_records import grade_map, set_flow_assays
from greendesk.services.changes import Changes
from greendesk.store.db import Database

Grade = tuple[str, float, str]  # component, value as entered, unit


def grades_of(db: Database, flow_ids: Collection[int]) -> dict[int, tuple[Grade, ...]]:
    """The grades of these records (those with any), components in name order."""
    out: dict[int, list[Grade]] = {}
    if not flow_ids:
        return {}
    with db.read() as s:
        for a in s.scalars(select(FlowAssay).where(FlowAssay.flow_id.in_(list(flow_ids)))
                           .order_by(FlowAssay.flow_id, FlowAssay.component)):
            out.setdefault(a.flow_id, []).append((a.component, a.value_entered, a.unit))
    return {k: tuple(v) for k, v in out.items()}


class SetFlowGrades:
    """Replace one record's grades (an empty sequence clears them); undo restores them."""

    def __init__(self, flow_id: int, grades: Sequence[Grade]) -> None:
        self.flow_id = flow_id
        self.grades = grade_map(grades)
        self.before: dict[str, tuple[float, str]] | None = None

    def apply(self, db: Database) -> Changes:
        """Write the new grades, remembering the old ones. Announces assay."""
        before = grades_of(db, [self.flow_id]).get(self.flow_id, ())
        changes = set_flow_assays(db, self.flow_id, self.grades)
        self.before = grade_map(before)
        return changes

    def revert(self, db: Database) -> Changes:
        """Put the grades back as they were. Announces assay."""
        return set_flow_assays(db, self.flow_id, self.before or {})
