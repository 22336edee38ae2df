"""Rows of an import that the database already holds: the same data imported twice.

Only a byte-identical file is caught by its digest; a workbook re-saved with one note
corrected has other bytes and the same rows. So every chunk of an import is looked up,
inside the import's write transaction, among the records that were there before it began:
a row repeats a record with the same date, nodes, material, quantity and unit. The lookup
is one indexed query per chunk through a temporary table, fast at a million rows.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from greendesk.errors import Message, joined
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.import_problems import DuplicateImport
from greendesk.models import ImportBatch

_KEY = (1, 3, 4, 5, 6, 7)   # flow_date, from, to, material, qty_entered, unit (ROW_COLUMNS)
_TABLE = "temp.gd_import_keys"
_CREATE = (f"CREATE TABLE {_TABLE} (day TEXT, src INTEGER, dst INTEGER, mat INTEGER, "
           "qty REAL, unit TEXT)")
# One probe per row through the (from node, date) index: the unary + keeps SQLite's planner
# off the quantity index, where a common value (0.008 t) has thousands of entries to walk.
# Counted in Python: a GROUP BY would run each probe twice.
_PROBE = (
    "SELECT (SELECT coalesce(f.import_batch_id, 0) FROM flow AS f"
    "  WHERE f.from_node_id = k.src AND f.flow_date = k.day AND +f.to_node_id = k.dst"
    "    AND +f.material_id = k.mat AND +f.qty_entered = k.qty AND +f.unit_entered = k.unit"
    "    AND +f.id <= ? LIMIT 1) FROM {table} AS k"
)
_MATCHES = _PROBE.format(table=_TABLE)
# PostgreSQL: a session's own temporary table, typed as the flow's columns (REAL there is
# single precision); its planner needs no unary + (and has none for text).
_PG_TABLE = "gd_import_keys"
_PG_CREATE = (f"CREATE TEMPORARY TABLE {_PG_TABLE} (day DATE, src INTEGER, dst INTEGER, "
              "mat INTEGER, qty DOUBLE PRECISION, unit TEXT) ON COMMIT DROP")
_PG_MATCHES = _PROBE.replace("+f.", "f.").format(table=_PG_TABLE)


class RepeatedRows(DuplicateImport):
    """Rows of the file match records already in the database; nothing was imported."""

    def __init__(self, message: str | Message, /, *, rows: int, sources: dict[int, int],
                 **args: object) -> None:
        super().__init__(Message.of(message, args), imported_at=None, rows=rows)
        self.sources = sources      # import batch id (0: typed in the ledger) -> rows


class RepeatFinder:
    """Counts, chunk by chunk, the rows that repeat records present before the import."""

    def __init__(self, s: Session, enabled: bool = True) -> None:
        """`enabled` False (an import with --again): nothing is looked up."""
        self.s = s
        self.conn: Connection = s.connection()
        self.last_id = 0        # records up to this id were there before the import
        if enabled:
            self.last_id = self.conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM flow"
                                                     ).scalar() or 0
        self.sources: Counter[int] = Counter()
        self.rows = 0
        server = self.conn.dialect.name == "postgresql"
        self.table, self.matches = (_PG_TABLE, _PG_MATCHES) if server else (_TABLE, _MATCHES)
        if self.last_id:
            self.conn.exec_driver_sql(_PG_CREATE if server else _CREATE)

    def add(self, rows: Sequence[Sequence[object]]) -> None:
        """Look up a chunk of insert tuples (before it is inserted)."""
        self.rows += len(rows)
        if not self.last_id:
            return
        c = self.conn
        c.exec_driver_sql(f"DELETE FROM {self.table}")
        c.exec_driver_sql(f"INSERT INTO {self.table} VALUES (?, ?, ?, ?, ?, ?)",
                          [tuple(str(r[k]) if k == 1 else r[k] for k in _KEY) for r in rows])
        self.sources.update(source for (source,) in c.exec_driver_sql(self.matches,
                                                                      (self.last_id,))
                            if source is not None)

    def finish(self, file_name: str, again: bool) -> None:
        """Drop the lookup table; unless `again`, refuse a file with repeated rows."""
        if self.last_id:
            self.conn.exec_driver_sql(f"DROP TABLE {self.table}")
        if self.sources and not again:
            raise self.refusal(file_name)

    def refusal(self, file_name: str) -> RepeatedRows:
        """The refusal naming the earlier imports the file's rows repeat, and how many of each."""
        n = sum(self.sources.values())
        batches = {b.id: b for b in self.s.scalars(
            select(ImportBatch).where(ImportBatch.id.in_(list(self.sources))))}
        parts: list[Message] = []
        for source, count in self.sources.most_common():
            b = batches.get(source)
            if b is None:
                parts.append(Message(
                    QT_TRANSLATE_NOOP("Refusal", "{count:,} entered in the ledger"), count=count))
                continue
            when = b.imported_at.replace(tzinfo=dt.UTC).astimezone()
            parts.append(Message(QT_TRANSLATE_NOOP("Refusal", "{count:,} imported from {file} on "
                                                              "{when:%Y-%m-%d at %H:%M}"),
                                 count=count, file=b.file_name, when=when))
        shown = joined(parts[:5], "; ")
        more = Message(QT_TRANSLATE_NOOP("Refusal", "; and more")) if len(parts) > 5 else ""
        return RepeatedRows(
            QT_TRANSLATE_NOOP("Refusal", "{count:,} of the {total:,} rows of {file} match records "
                                         "already in the database (the same date, nodes, "
                                         "material, quantity and unit): {shown}{more}; nothing "
                                         "was imported. Import it again only if these records "
                                         "should be added a second time."),
            count=n, total=self.rows, file=file_name, shown=shown, more=more,
            rows=n, sources=dict(self.sources))
