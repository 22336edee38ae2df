"""Importing the plant set-up workbook: every row of every sheet through its area's service,
in one transaction, all or nothing.

Each cell is read first (a formula, a blank required cell, a value not in a drop-down's list
is a problem of that cell); each row is then written by the service the window uses (so its
checks are the same: a taken name, a node of an unknown site, a code not in the loaded
classifier), inside `Database.batch`, where a refused row undoes only itself so that every
problem of the file is listed. Any problem rolls everything back (ImportRejected).

A record is matched by name (a node by its site and name): a known one is updated, a new one
added, and one no longer in its sheet deleted unless something refers to it; what is kept is
said with its reason. `apply=False` runs the whole import and rolls it back, so the officer
sees exactly the differences the import would make before it makes them.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

from greendesk.errors import (
    DomainError,
    Message,
    Note,
    NotFoundError,
    Translate,
    english,
    message_of,
)
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.flows_rows import MAX_PROBLEMS
from greendesk.importers.import_problems import ImportRejected, RowProblem
from greendesk.importers.plant_columns import (
    CONTEXT,
    Column,
    Record,
    Refs,
    SheetSpec,
    fold,
    headings_by_spelling,
    title_spellings,
)
from greendesk.importers.plant_sheets import PLANT_SHEETS
from greendesk.readers.tabular import Table, column_letter, read_table, sheet_names
from greendesk.services.changes import Changes, Entity
from greendesk.store.db import Database

_COMPACT = {"code", "waste_code", "hp", "operations"}  # lists and codes typed any way


@dataclass(frozen=True)
class Difference:
    """One thing the import changes: a record added or deleted, or one value of a record."""

    sheet: str
    record: str
    action: str  # "add", "change" or "delete"
    column: str = ""
    before: object = None
    after: object = None

    def sentence(self) -> Message:
        """What changes, as one line for the officer."""
        if self.action == "add":
            return Message(QT_TRANSLATE_NOOP("Refusal", "{sheet}: add {record}"),
                           sheet=self.sheet, record=self.record)
        if self.action == "delete":
            return Message(QT_TRANSLATE_NOOP("Refusal", "{sheet}: delete {record}"),
                           sheet=self.sheet, record=self.record)
        return Message(QT_TRANSLATE_NOOP("Refusal", "{sheet}: {record}, {column}: {before} → "
                                                    "{after}"),
                       sheet=self.sheet, record=self.record, column=self.column,
                       before=_shown(self.before), after=_shown(self.after))


def _shown(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


@dataclass(frozen=True)
class PlantImport:
    """What an import of the workbook did (`applied`) or would do: its differences, the
    records it kept though they are not in the workbook (and why), and notes on the file."""

    file_name: str
    differences: tuple[Difference, ...]
    kept: tuple[Message, ...]
    applied: bool
    notes: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)


@dataclass
class _Sheet:
    spec: SheetSpec
    table: Table
    cols: dict[str, int]
    rows: list[tuple[int, dict[str, object]]]   # row index, parsed values (rows read cleanly)


class _Problems:
    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.items: list[RowProblem] = []
        self.total = 0

    def add(self, table: Table, row: int, col: int, value: object, message: Message) -> None:
        self.total += 1
        if len(self.items) < MAX_PROBLEMS:
            c = table.cell(row, col)
            self.items.append(RowProblem(self.file_name, table.sheet, c.row, c.column,
                                         c.header or "", value, message))

    def header(self, table: Table, message: Message) -> None:
        self.total += 1
        self.items.append(RowProblem(self.file_name, table.sheet, table.first_data_row - 1,
                                     "", "", None, message))


class _Preview(Exception):
    """Raised inside the batch to roll a preview back."""


def _blank(raw: tuple) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in raw)


def _read_sheet(path: Path, spec: SheetSpec, titles: list[str], problems: _Problems,
                notes: list[str]) -> _Sheet | None:
    title = next((t for t in title_spellings(spec) if t in titles), None)
    if title is None:
        return None
    try:
        table = read_table(path, sheet=title)
    except DomainError as exc:   # an empty sheet: nothing of this kind to import
        if exc.message.template.startswith("Sheet '{sheet}' of {name} is empty"):
            return None
        raise
    for note in table.notes:
        if note not in notes:
            notes.append(note)
    spelt = headings_by_spelling(spec)
    cols: dict[str, int] = {}
    unknown = []
    for j, head in enumerate(table.header):
        key = spelt.get(fold(head)) if head else None
        if key is None:
            if head:
                unknown.append(head)
        elif key in cols:
            problems.header(table, Message(QT_TRANSLATE_NOOP(
                "Refusal", "Columns {first} and {second} are both {heading}; keep one of them."),
                first=column_letter(cols[key]), second=column_letter(j), heading=head))
        else:
            cols[key] = j
    if unknown:
        notes.append(Note(QT_TRANSLATE_NOOP("notes", "Sheet {sheet}: columns GreenDesk does not "
                                                     "know were not imported: {columns}."),
                          sheet=table.sheet, columns=", ".join(unknown)))
    if all(_blank(raw) for raw in table.rows):
        return None   # headings only: this sheet's records are left as they are
    missing = [c for c in spec.columns if c.required and c.key not in cols]
    if missing:
        problems.header(table, Message(QT_TRANSLATE_NOOP(
            "Refusal", "Sheet {sheet} has no column {columns}; add it with its heading in row "
                       "1."), sheet=table.sheet, columns=", ".join(c.heading for c in missing)))
        return None
    rows = []
    for i, raw in enumerate(table.rows):
        if _blank(raw):
            continue
        values, ok = {}, True
        for key, j in cols.items():
            value = raw[j] if j < len(raw) else None
            try:
                values[key] = spec.column(key).parse(value)
            except ValueError as exc:
                problems.add(table, i, j, value, message_of(exc))
                ok = False
        if ok:
            rows.append((i, values))
    return _Sheet(spec, table, cols, rows)


def read_plant(path: Path, problems: _Problems, notes: list[str]) -> list[_Sheet]:
    """The workbook's sheets GreenDesk knows, in the registry's order, cells parsed."""
    titles = sheet_names(path)
    sheets = [s for spec in PLANT_SHEETS
              if (s := _read_sheet(path, spec, titles, problems, notes)) is not None]
    if not sheets and not problems.total:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} has no rows on any plant set-up "
                                                       "sheet ({sheets}); fill in the workbook "
                                                       "that greendesk template plant writes."),
                          name=path.name, sheets=", ".join(s.title for s in PLANT_SHEETS))
    return sheets


def _norm(c: Column, value: object) -> object:
    cell = c.cell(value)
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, int | float):
        return float(cell)
    if isinstance(cell, str):
        text = " ".join(cell.split())
        if c.key in _COMPACT:
            return "".join(ch for ch in text.upper() if ch.isalnum() or ch == "*")
        return text
    return cell


def _same(c: Column, before: object, after: object) -> bool:
    a, b = _norm(c, before), _norm(c, after)
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
    return a == b


def _defaults(spec: SheetSpec) -> dict[str, object]:
    return {c.key: "" if c.kind == "text" else None for c in spec.columns}


class _Run:
    """One pass over the sheets inside the batch: writes, differences, problems, kept."""

    def __init__(self, db: Database, sheets: list[_Sheet], problems: _Problems,
                 tr: Translate) -> None:
        self.db, self.sheets, self.problems, self.tr = db, sheets, problems, tr
        self.refs = Refs(db)
        self.differences: list[Difference] = []
        self.kept: list[Message] = []

    def label(self, spec: SheetSpec, values: dict[str, object]) -> str:
        return " / ".join(str(values.get(k) or "") for k in spec.identity)

    def run(self) -> None:
        gone: list[tuple[_Sheet, list[Record]]] = []
        for sheet in self.sheets:
            gone.append((sheet, self._sheet(sheet)))
        for sheet, records in reversed(gone):
            for record in records:
                self._remove(sheet, record)

    def _sheet(self, sheet: _Sheet) -> list[Record]:
        spec, table = sheet.spec, sheet.table
        existing = {spec.identify(r.values): r for r in spec.records(self.db)}
        seen: dict[tuple[str, ...], int] = {}
        for i, values in sheet.rows:
            key = spec.identify(values)
            if key in seen:
                self.problems.add(table, i, sheet.cols[spec.identity[-1]],
                                  values[spec.identity[-1]], Message(QT_TRANSLATE_NOOP(
                                      "Refusal", "{record} is also on row {row}; keep one of "
                                                 "the two rows."),
                                      record=self.label(spec, values),
                                      row=table.cell(seen[key], 0).row))
                continue
            seen[key] = i
            record = existing.get(key)
            changed = [c for c in spec.columns if c.key in values and record is not None
                       and not _same(c, record.values.get(c.key), values[c.key])]
            if record is not None and not changed:
                continue
            merged = {**_defaults(spec), **(record.values if record else {}), **values}
            try:
                spec.write(self.db, self.refs, merged, record.id if record else None)
            except DomainError as exc:
                c = spec.column_of(exc.field)
                j = sheet.cols.get(c.key, sheet.cols[spec.identity[-1]])
                self.problems.add(table, i, j, values.get(c.key), message_of(exc))
                continue
            name = self.label(spec, values)
            if record is None:
                self.differences.append(Difference(table.sheet, name, "add"))
            for c in changed:
                self.differences.append(Difference(
                    table.sheet, name, "change", self.tr(CONTEXT, c.heading),
                    c.cell(record.values.get(c.key), self.tr) if record else None,
                    c.cell(values[c.key], self.tr)))
        return [r for k, r in existing.items() if k not in seen]

    def _remove(self, sheet: _Sheet, record: Record) -> None:
        spec, name = sheet.spec, self.label(sheet.spec, record.values)
        why: Message | None
        if spec.remove is None:
            why = Message(spec.kept)
        else:
            try:
                why = spec.remove(self.db, record.id)
            except NotFoundError:
                return   # gone with what it belonged to
            except DomainError as exc:
                why = message_of(exc)
        if why is None:
            self.differences.append(Difference(sheet.table.sheet, name, "delete"))
        else:
            self.kept.append(Message(QT_TRANSLATE_NOOP("Refusal", "{sheet}: {record} is not in "
                                                                  "the workbook and was kept: "
                                                                  "{reason}"),
                                     sheet=sheet.table.sheet, record=name, reason=why))


_ENTITIES = Changes.of(Entity.SITE, Entity.NODE, Entity.MATERIAL, Entity.WASTE_TYPE,
                       Entity.WASTE_CONTRACTOR, Entity.FORMATION, Entity.MONITORING)


def import_plant(db: Database, path: str | PathLike[str], *, apply: bool = True,
                 translate: Translate = english) -> PlantImport:
    """Import the workbook at `path` into `db`, or with `apply=False` only say what it would
    change. Raises ImportRejected with every problem (nothing written), DomainError for a
    file that is not a plant set-up workbook. Differences are written in `translate`'s
    language."""
    p = Path(path)
    problems = _Problems(p.name)
    notes: list[str] = []
    sheets = read_plant(p, problems, notes)
    run = _Run(db, sheets, problems, translate)
    try:
        with db.batch():
            run.run()
            if problems.total:
                raise ImportRejected(p.name, problems.items, problems.total)
            if not apply:
                raise _Preview
    except _Preview:
        pass
    applied = apply and bool(run.differences)
    return PlantImport(p.name, tuple(run.differences), tuple(run.kept), applied, tuple(notes),
                       _ENTITIES if applied else Changes())


def difference_lines(result: PlantImport) -> Iterator[Message]:
    """The differences and then what was kept, one sentence each."""
    yield from (d.sentence() for d in result.differences)
    yield from result.kept
