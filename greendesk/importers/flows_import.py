"""Import the flow ledger from an officer's spreadsheet (.xlsx/.xlsm) or CSV file.

All or nothing: the rows are checked and written chunk by chunk inside one write
transaction, and the first problem stops the writing (the rest is still checked, so every
problem is reported with the sheet, row, column and value as Excel shows them) and rolls
everything back. Whatever the ledger refuses the import refuses too, naming the row: dates
after today or in a closed month, nodes of another site, a waste stock going negative. The
records are tagged with an import batch so that the same file is noticed if it comes again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk import periods
from greendesk.errors import DomainError, Message, Note
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.flows_assays import AssayCells, assay_columns, quality_columns
from greendesk.importers.flows_repeat import RepeatedRows, RepeatFinder
from greendesk.importers.flows_rows import (
    COLUMNS,
    FLOWS_SHEET,
    MAX_NOTE,
    MAX_PROBLEMS,
    REQUIRED,
    Problems,
    RowChecker,
    RowProblem,
    map_columns,
    parse_flow_date,
)
from greendesk.importers.import_problems import DuplicateImport, ImportCancelled, ImportRejected
from greendesk.importers.stock_sheet import store_stock_takings
from greendesk.models import ImportBatch
from greendesk.readers.tabular import TableReadError, read_table
from greendesk.services.catalog import load_catalog_in
from greendesk.services.changes import Changes, Entity
from greendesk.services.flow_writes import FlowWriter
from greendesk.services.periods_closed import closed_periods
from greendesk.store.db import Database

__all__ = [
    "COLUMNS", "FLOWS_SHEET", "MAX_NOTE", "MAX_PROBLEMS", "REQUIRED", "DuplicateImport",
    "ImportCancelled", "ImportRejected", "ImportResult", "RepeatedRows", "RowProblem",
    "import_flows", "parse_flow_date",
]

KIND = "flows"
INSERT_CHUNK = 20_000

Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class ImportResult:
    """What a flow import wrote: its batch, the rows, and notes on what was read and how."""
    batch_id: int
    rows: int
    file_name: str
    changes: Changes = field(default_factory=lambda: Changes.of(Entity.FLOW, Entity.IMPORT_BATCH))
    notes: tuple[str, ...] = ()



# ---------------------------------------------------------------- the import
def _previous(s: Session, sha: str) -> ImportBatch | None:
    return s.scalars(select(ImportBatch)
                     .where(ImportBatch.kind == KIND, ImportBatch.file_sha256 == sha)
                     .order_by(ImportBatch.imported_at.desc())).first()


def _duplicate(name: str, before: ImportBatch) -> DuplicateImport:
    when = before.imported_at.replace(tzinfo=dt.UTC).astimezone()
    return DuplicateImport(
        QT_TRANSLATE_NOOP("Refusal", "{name} was already imported on {when:%Y-%m-%d at %H:%M} "
                                     "({count:,} flow records, as {file_name}); nothing was "
                                     "imported. Import it again only if its records should be "
                                     "added a second time."),
        name=name, when=when, count=before.rows, file_name=before.file_name,
        imported_at=before.imported_at, rows=before.rows)


def import_flows(db: Database, path: str | PathLike[str], *, again: bool = False,
                 progress: Progress | None = None, sheet: str | None = None) -> ImportResult:
    """Import every row of a flow file, or nothing.

    Raises ImportRejected (with `.problems`) if any row is wrong, DuplicateImport if the
    same file was imported before, RepeatedRows (a DuplicateImport) if rows of it match
    records already in the database (both unless `again`), ImportCancelled if `progress(done,
    total)` returns False, and DomainError for a file that cannot be read or for rows the
    ledger would refuse as a whole (a waste stock going negative). `done` and `total`
    count rows: rows are checked and written as one pass through the file.
    """
    p = Path(path)
    name = p.name
    table = read_table(p, sheet=sheet, stream=True)   # a CSV is not held in memory
    sha = table.sha256
    with db.read() as s:
        before = None if again else _previous(s, sha)
    if before is not None:
        raise _duplicate(name, before)
    problems = Problems(table)
    cols = map_columns(table, problems)
    if problems.total and sheet is None and table.sheet not in ("", FLOWS_SHEET):
        # The workbook's first sheet is something else (instructions, a cover page):
        # a sheet named Flows, as the template has, is the one meant.
        try:
            other = read_table(p, sheet=FLOWS_SHEET)
        except TableReadError:
            other = None
        if other is not None:
            retry = Problems(other)
            other_cols = map_columns(other, retry)
            if not retry.total:
                table, problems, cols = other, retry, other_cols
    if problems.total:
        raise ImportRejected(name, problems.items, problems.total)
    if not table.records:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} has column headings but no flow "
                                                       "records to import."),
                          name=name)
    used = set(cols.values())
    grade_cols = assay_columns(table.header, used)
    used |= {j for j, _c, _u in grade_cols}
    quality = quality_columns(table.header, used)
    used |= set(quality.values())
    ignored = [h for j, h in enumerate(table.header) if h and j not in used]
    notes = tuple(table.notes) + ((Note(QT_TRANSLATE_NOOP(
        "notes", "Columns GreenDesk does not know were not imported: {columns}."),
        columns=", ".join(ignored)),) if ignored else ())
    total = len(table.rows)

    def tick(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise ImportCancelled(QT_TRANSLATE_NOOP("Refusal", "The import was cancelled; nothing "
                                                               "was imported."))

    tick(0)
    with db.write() as s:   # rows are checked and written chunk by chunk; any refusal
        if not again and (before := _previous(s, sha)) is not None:   # rolls all back
            raise _duplicate(name, before)
        checker = RowChecker(table, cols, load_catalog_in(s), problems,
                             closed=closed_periods(s), today=periods.today())
        batch = ImportBatch(kind=KIND, file_name=name[:400], file_sha256=sha,
                            rows=table.records)
        s.add(batch)
        s.flush()
        writer = FlowWriter(s, bulk=True, batch_id=batch.id, note=f"Imported {name}",
                            what=Message(QT_TRANSLATE_NOOP("Refusal", "Importing {name}"), name=name),
                            audit_extra=dict(batch_id=batch.id, file_name=name, file_sha256=sha))
        repeats = RepeatFinder(s, enabled=not again)
        grades = AssayCells(grade_cols, problems, table.decimal_comma_hint, quality)
        for rows, where in checker.chunks(grades.tap(table.rows), INSERT_CHUNK, tick):
            repeats.add(rows)
            grades.take(where)
            if again or not repeats.sources:    # once refused, only check and count
                writer.add(rows, [checker.label(i) for i in where])
        if problems.total:
            raise ImportRejected(name, problems.items, problems.total)
        repeats.finish(name, again)
        if writer.count != table.records:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} changed while it was being "
                                                           "imported; nothing was imported. "
                                                           "Import it again."),
                              name=name)
        writer.finish()
        grades.store(s, batch.id)
        counted = store_stock_takings(s, p, checker.resolver.catalog)
        tick(total)
        batch_id = batch.id
    more = ((Entity.ASSAY,) if any(g for g, _m, _u in grades.written) else ()) + (
        (Entity.STOCK_TAKING,) if counted else ())
    return ImportResult(batch_id, writer.count, name,
                        Changes.of(Entity.FLOW, Entity.IMPORT_BATCH, *more), notes)
