"""The one way flow records enter the database.

Every path that adds flow rows — a ledger entry, an import, the demo generator, undo and
redo, an incident's clean-up waste, a waste movement — hands them to `FlowWriter`, so the
rules hold whichever way a record arrives:

- no record dated after today (a flow record states a fact that happened);
- no record in a closed month or year;
- no waste storage left with a negative stock at any date (checked once, after all rows of
  the step are in, so a file may fill a storage before it empties it);
- one audit entry: per record for a handful typed in the window (the trail then shows
  each record's values), one bulk entry with a digest for an import or the demo.

All of it runs inside the caller's write transaction: a refusal rolls back every row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import AuditAction, Flow, Material, MaterialCategory
from greendesk.services.dated import check_dated, check_free, day_of
from greendesk.store import audit
from greendesk.store.db import insert_many

# The values a validated row carries, in this order (FlowValidator.check's keys).
THIS_RECORD = QT_TRANSLATE_NOOP("Refusal", "This record")  # who a shortfall names
ROW_COLUMNS = ("site_id", "flow_date", "date_precision", "from_node_id", "to_node_id",
               "material_id", "qty_entered", "unit_entered", "qty_canonical", "method",
               "uncertainty_pct", "note", "reconciliation")
_DATE, _MATERIAL, _FROM, _TO = (ROW_COLUMNS.index(c) for c in
                                ("flow_date", "material_id", "from_node_id", "to_node_id"))
_INSERT = (
    "INSERT INTO flow (site_id, flow_date, date_precision, from_node_id, to_node_id, "
    "material_id, qty_entered, unit_entered, qty_canonical, method, uncertainty_pct, note, "
    "reconciliation, import_batch_id, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
)
Row = Sequence[Any]  # values of ROW_COLUMNS; dates as date or ISO text, enums as values


class _StorageWatch:
    """Remembers which waste storages a step touched, from which date, and which of the
    step's rows to name if a stock goes negative."""

    def __init__(self, s: Session) -> None:
        from greendesk.services.waste_movements import NodeClass, node_classes

        self.waste = set(s.scalars(select(Material.id).where(
            Material.category == MaterialCategory.WASTE.value)))
        classes = node_classes(s) if self.waste else {}
        self.storages = {n for n, c in classes.items() if c[0] is NodeClass.STORAGE}
        self.touched: dict[tuple[int, int], list[tuple[date, str | Message]]] = {}

    def note(self, row: Row, label: str | Message) -> None:
        if row[_MATERIAL] not in self.waste:
            return
        for node in (row[_FROM], row[_TO]):
            if node in self.storages:
                self.touched.setdefault((row[_MATERIAL], node), []).append(
                    (day_of(row[_DATE]), label))

    def check(self, s: Session, what: str | Message) -> None:
        from greendesk.services.waste_movements import stock_refusal, stock_shortfall

        for (material_id, node_id), seen in sorted(self.touched.items()):
            since = min(day for day, _ in seen)
            short = stock_shortfall(s, material_id, node_id, since)
            if short is None:
                continue
            day, _ = short
            # Name the step's latest row on or before the day the stock went negative (of
            # rows on one date, the last given: labels do not sort, "Row 9" > "Row 10").
            culprits = [(d, i, lab) for i, (d, lab) in enumerate(seen) if d <= day]
            label = max(culprits or [(d, i, lab) for i, (d, lab) in enumerate(seen)])[2]
            raise stock_refusal(s, material_id, node_id, since, short,
                                Message(QT_TRANSLATE_NOOP("Refusal", "{label}: this record"),
                                        label=label) if label else what)


class FlowWriter:
    """Adds flow rows inside the caller's transaction (`with db.write() as s`).

    `add()` may be called many times (an import streams its chunks through it);
    `finish()` checks the waste stocks and writes the bulk audit entry. Ids of the rows
    added are in `ids` (ORM path) or `first_id..last_id` (bulk path).
    """

    def __init__(self, s: Session, *, what: str | Message = THIS_RECORD,
                 bulk: bool = False,
                 batch_id: int | None = None, note: str = "",
                 action: str | AuditAction = AuditAction.IMPORT,
                 audit_extra: Mapping[str, Any] | None = None) -> None:
        self.s, self.what, self.bulk, self.batch_id = s, what, bulk, batch_id
        self.ids: list[int] = []
        self.count = 0
        self._watch = _StorageWatch(s)
        self._audit = audit.BulkInsertRecord(
            "flow", ROW_COLUMNS, constants={"import_batch_id": batch_id, "version": 1},
            note=note, action=action, **dict(audit_extra or {})) if bulk else None

    def add(self, rows: Sequence[Row], labels: Sequence[str | Message] | None = None) -> None:
        """Check and insert `rows` (values of ROW_COLUMNS, already validated one by one).

        `labels` name each row for a refusal ("Row 17"); without them the step's `what`."""
        if not rows:
            return
        labels = labels or [""] * len(rows)
        check_dated(self.s, [r[_DATE] for r in rows], noun=QT_TRANSLATE_NOOP("Refusal", "a flow record"),
                    labels=labels if any(labels) else None, field="flow_date")
        for row, label in zip(rows, labels, strict=True):
            self._watch.note(row, label)
        if self._audit is not None:
            conn = self.s.connection()
            insert_many(conn, _INSERT, [(*r, self.batch_id) for r in rows])
            self._audit.inserted(conn, rows)
        else:
            flows = [Flow(**dict(zip(ROW_COLUMNS, r, strict=True)), import_batch_id=self.batch_id)
                     for r in rows]
            self.s.add_all(flows)
            self.s.flush()
            self.ids.extend(f.id for f in flows)
        self.count += len(rows)

    def restore(self, records: Iterable[Mapping[str, Any]]) -> None:
        """Put back records with their ids and every column (redo, undo of a delete)."""
        records = list(records)
        if not records:
            return
        check_dated(self.s, [r["flow_date"] for r in records], noun=QT_TRANSLATE_NOOP("Refusal", "a flow record"),
                    field="flow_date")
        check_free(self.s, Flow.id, [int(r["id"]) for r in records])
        for r in records:
            self._watch.note([r[c] for c in ROW_COLUMNS], "")
        self.s.add_all(Flow(**r) for r in records)
        self.s.flush()
        self.ids.extend(int(r["id"]) for r in records)
        self.count += len(records)

    def finish(self) -> None:
        """The stock rule over everything added, then the bulk audit entry."""
        self.s.flush()
        self._watch.check(self.s, self.what)
        if self._audit is not None and self.count:
            self._audit.record(self.s)


def insert_flows(s: Session, rows: Sequence[Row], *, what: str | Message = THIS_RECORD,
                 labels: Sequence[str | Message] | None = None) -> list[int]:
    """Add a few validated rows (a ledger entry, clean-up waste) with per-record audit
    entries; returns their ids. The rules of `FlowWriter` apply."""
    writer = FlowWriter(s, what=what)
    writer.add(rows, labels)
    writer.finish()
    return writer.ids


def removed(s: Session, rows: Iterable[Row], what: str) -> None:
    """After deleting or changing records: the stock rule over the storages they touched
    (a delete or an edit can leave a later withdrawal without stock)."""
    watch = _StorageWatch(s)
    for row in rows:
        watch.note(row, "")
    watch.check(s, what)
