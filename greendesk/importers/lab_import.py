"""Importing lab results through a column mapping: samples with their assays, and
monitoring readings. Called by formations_import.import_with_mapping inside its write
transaction; problems are recorded in the Cells and refuse the whole file."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from greendesk.analysis import formations as an
from greendesk.errors import DomainError, Message, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.flows_rows import closed_refusal
from greendesk.importers.formation_mapping import fold
from greendesk.importers.mapped_cells import Cells, Skip, blank, show
from greendesk.models import (
    Formation,
    FormationAssay,
    FormationBlock,
    FormationSample,
    GradeComponent,
    MonitoringParameter,
    MonitoringPoint,
)
from greendesk.readers.tabular import Table
from greendesk.services import formations as fs
from greendesk.services import monitoring as ms
from greendesk.services.changes import Changes
from greendesk.services.periods_closed import closed_periods

# ---------------------------------------------------------------- assays
Grade = tuple[str, float, str | None, int | None]  # component, grade, unit, its column


@dataclass
class _Sample:
    """A sample gathered from its rows (a long file has one row per grade), then written."""

    formation_id: int
    code: str
    block: str | None
    taken_on: date | None
    depth_m: float | None
    note: str
    row: int
    assays: dict[int, tuple[float, str, float]] = field(default_factory=dict)


@dataclass(frozen=True)
class _AssayRow:
    ref: str | None
    code: str | None
    block: str | None
    block_t: float | None
    taken_on: date | None
    depth: float | None
    note: str
    grades: list[Grade]


def assays(s: Session, table: Table, cells: Cells, batch_id: int, site: str | None
           ) -> tuple[int, int, int, Changes]:
    """Samples and their assays; nothing is written unless every row passes (the caller's
    transaction holds the write). New blocks are made with their tonnage from the file."""
    run = _AssayImport(s, table, cells)
    if cells.total:
        return 0, 0, 0, Changes()
    for i, row in enumerate(table.rows):
        if not blank(row):
            run.add_row(i, row)
    run.check_new_blocks()
    if cells.total:
        return 0, 0, 0, Changes()
    n_assays = run.write(batch_id)
    return n_assays, len(run.samples), 0, Changes.of(fs.SAMPLES, fs.ENTITY)


class _AssayImport:
    """The steps of one assay import: the mapping checked, the register read once, each row
    checked against the register and the rows before it, then the writes."""

    def __init__(self, s: Session, table: Table, cells: Cells) -> None:
        self.s, self.table, self.cells = s, table, cells
        self.f = f = cells.mapping.fields
        self.comps = {fold(c.code): c for c in s.scalars(select(GradeComponent))}
        self.wide = {key.split(":", 1)[1]: spec for key, spec in f.items()
                     if key.startswith("grade:")}
        self._check_mapping()
        self.col = {key: cells.column_of(spec) for key, spec in f.items()}
        self.by_ext = {fold(e): i for i, e in s.execute(
            select(Formation.id, Formation.external_id)
            .where(Formation.external_id.is_not(None)))}
        self.by_name: dict[str, list[int]] = {}
        for i, n in s.execute(select(Formation.id, Formation.name)):
            self.by_name.setdefault(fold(n), []).append(i)
        self.blocks = {(fid, fold(n)): (i, t) for i, fid, n, t in s.execute(
            select(FormationBlock.id, FormationBlock.formation_id, FormationBlock.name,
                   FormationBlock.tonnage_t))}
        self.taken = {(fid, fold(c)) for fid, c in s.execute(
            select(FormationSample.formation_id, FormationSample.code))}
        self.samples: dict[tuple[int, str], _Sample] = {}  # (formation, code) → sample
        self.new_blocks: dict[tuple[int, str], tuple[str, float | None, int]] = {}

    def _check_mapping(self) -> None:
        cells, f = self.cells, self.f
        for code in self.wide:
            if fold(code) not in self.comps:
                cells.header_problem(Message(
                    QT_TRANSLATE_NOOP("Refusal", "The mapping reads grades of {code!r}, which is not "
                                                 "a component; add it first (Cu, Zn, Pb, Fe, Au, Ag "
                                                 "and those added)."),
                    code=code))
        if not self.wide and not ("component" in f and "grade" in f):
            cells.header_problem(Message(QT_TRANSLATE_NOOP("Refusal", "The mapping says neither where "
                                                              "the component and grade are "
                                                              "nor which columns hold grades "
                                                              "(grade:Cu, grade:Au, ...).")))

    def add_row(self, i: int, row: tuple) -> None:
        """Check one row and gather it into its sample; a problem is recorded, not raised."""
        cells, col = self.cells, self.col
        r = self._read(i, row)
        if r is None:
            return
        try:                        # what the register refuses, the import refuses
            depth = fs.sample_depth(r.depth)
        except DomainError as exc:
            cells.problem(i, col.get("depth_m"), r.depth, message_of(exc))
            return
        if r.ref is None or r.code is None:
            what = "formation" if r.ref is None else "sample"
            cells.problem(i, col.get(what), None, Message(
                QT_TRANSLATE_NOOP("Refusal", "The {what} is missing."), what=what))
            return
        code = r.code
        fid = self._formation_of(i, r.ref)
        if fid is None:
            return
        if (fid, fold(code)) in self.taken:
            cells.problem(i, col.get("sample"), code,
                          Message(QT_TRANSLATE_NOOP("Refusal", "The formation already has a "
                                                               "sample {code}; it was not "
                                                               "imported twice."), code=code))
            return
        if r.block is not None and not self._block_fits(i, fid, r.block, r.block_t):
            return
        entry = self.samples.setdefault((fid, fold(code)), _Sample(
            fid, code, r.block, r.taken_on, depth, r.note, i))
        if entry.block is not None and r.block is not None and \
                fold(entry.block) != fold(r.block):
            cells.problem(i, col.get("block"), r.block, Message(
                QT_TRANSLATE_NOOP("Refusal", "Sample {code} is in block {block} on row {row}."),
                code=code, block=entry.block, row=self.table.first_data_row + entry.row))
            return
        self._add_grades(i, entry, r.grades)

    def _read(self, i: int, row: tuple) -> _AssayRow | None:
        """The row's cells, or None when one could not be read (the problem is recorded)."""
        cells, f = self.cells, self.f
        try:
            ref = cells.text(i, row, f.get("formation"))
            code = cells.text(i, row, f.get("sample"), 60)
            block = cells.text(i, row, f.get("block"), 100)
            block_t = cells.number(i, row, f.get("block_tonnage_t"))
            taken_on = cells.date(i, row, f.get("taken_on"))
            depth = cells.number(i, row, f.get("depth_m"))
            note = cells.text(i, row, f.get("sample_note")) or ""
            grades = self._grades(i, row)
        except Skip:
            return None
        if grades is None:
            return None
        return _AssayRow(ref, code, block, block_t, taken_on, depth, note, grades)

    def _grades(self, i: int, row: tuple) -> list[Grade] | None:
        """The row's grades: one per mapped column (wide), or the component and grade
        columns (long); None when a long row has one without the other."""
        cells, f = self.cells, self.f
        grades: list[Grade] = []
        if self.wide:
            for comp, spec in self.wide.items():
                g = cells.number(i, row, spec)
                if g is not None:
                    grades.append((comp, g, spec.unit, cells.column_of(spec)))
            return grades
        comp_text = cells.text(i, row, f.get("component"))
        grade = cells.number(i, row, f.get("grade"))
        unit = cells.text(i, row, f.get("unit"))
        if comp_text is not None and grade is not None:
            grades.append((comp_text, grade, unit, self.col.get("grade")))
        elif comp_text is not None or grade is not None:
            missing = "grade" if grade is None else "component"
            cells.problem(i, self.col.get(missing), None, Message(
                QT_TRANSLATE_NOOP("Refusal", "The {missing} is missing."), missing=missing))
            return None
        return grades

    def _formation_of(self, i: int, ref: str) -> int | None:
        """The formation a row names by identifier, or else by a name no other one shares."""
        fid = self.by_ext.get(fold(ref))
        if fid is not None:
            return fid
        hits = self.by_name.get(fold(ref), [])
        if len(hits) != 1:
            self.cells.problem(i, self.col.get("formation"), ref, (
                Message(
                    QT_TRANSLATE_NOOP("Refusal", "{show} is not a formation of the register."),
                    show=show(ref)) if not hits else
                Message(
                    QT_TRANSLATE_NOOP("Refusal", "{show} is the name of {count} formations; "
                                                 "use their identifiers instead."),
                    show=show(ref), count=len(hits))))
            return None
        return hits[0]

    def _block_fits(self, i: int, fid: int, block: str, block_t: float | None) -> bool:
        """A block's tonnage agrees with the register's, or with the file's first row that
        gives it; a new block is remembered to be made."""
        cells, col = self.cells, self.col
        known = self.blocks.get((fid, fold(block)))
        if known is not None:
            tonnage = known[1]
            if block_t is not None and abs(block_t - tonnage) > 1e-6 * max(tonnage, 1):
                cells.problem(i, col.get("block_tonnage_t"), block_t, Message(
                    QT_TRANSLATE_NOOP("Refusal", "Block {block} holds {tonnage:,.0f} t in the "
                                                 "register, not {given:,.0f} t."),
                    block=block, tonnage=tonnage, given=block_t))
                return False
            return True
        first = self.new_blocks.get((fid, fold(block)))
        if first is None:
            self.new_blocks[(fid, fold(block))] = (block, block_t, i)
        elif block_t is not None and first[1] is not None and block_t != first[1]:
            cells.problem(i, col.get("block_tonnage_t"), block_t, Message(
                QT_TRANSLATE_NOOP("Refusal", "Block {block} has {first:,.0f} t on row "
                                             "{row}, not {given:,.0f} t."),
                block=block, first=first[1],
                row=self.table.first_data_row + first[2], given=block_t))
            return False
        elif first[1] is None and block_t is not None:
            self.new_blocks[(fid, fold(block))] = (block, block_t, first[2])
        return True

    def _add_grades(self, i: int, entry: _Sample, grades: list[Grade]) -> None:
        cells, col, code = self.cells, self.col, entry.code
        for comp, g, unit, gcol in grades:
            c = self.comps.get(fold(comp))
            if c is None:
                cells.problem(i, col.get("component"), comp, Message(
                    QT_TRANSLATE_NOOP("Refusal", "{show} is not a component; add it first."),
                    show=show(comp)))
                continue
            if c.id in entry.assays:
                cells.problem(i, gcol, g, Message(
                    QT_TRANSLATE_NOOP("Refusal", "Sample {code} has a second grade of "
                                                 "{component}."),
                    code=code, component=c.code))
                continue
            try:
                u = an.grade_unit(unit) if unit else c.unit.value
            except ValueError as exc:
                cells.problem(i, col.get("unit"), unit, message_of(exc))
                continue
            if g < 0 or an.to_gpt(g, u) > 1e6:
                cells.problem(i, gcol, g, Message(
                    QT_TRANSLATE_NOOP("Refusal", "{grade:g} {unit} is not a possible grade of "
                                                 "{code}."),
                    grade=g, unit=u, code=c.code))
                continue
            entry.assays[c.id] = (g, u, an.to_gpt(g, u))

    def check_new_blocks(self) -> None:
        col = self.col
        for (name, tonnage, i) in self.new_blocks.values():
            if tonnage is None or not tonnage > 0:
                self.cells.problem(i, col.get("block_tonnage_t") or col.get("block"), tonnage,
                                   Message(QT_TRANSLATE_NOOP("Refusal", "Block {name} is new: give its tonnage "
                                                                 "(greater than zero)."),
                                           name=name))

    def write(self, batch_id: int) -> int:
        """Make the new blocks, then each sample and its assays; the number of assays."""
        s = self.s
        for (fid, key), (name, tonnage, _i) in self.new_blocks.items():
            assert tonnage is not None  # check_new_blocks refused a new block without one
            b = FormationBlock(formation_id=fid, name=name, tonnage_t=tonnage)
            s.add(b)
            s.flush()
            self.blocks[(fid, key)] = (b.id, tonnage)
        n_assays = 0
        for entry in self.samples.values():
            block_id = self.blocks[(entry.formation_id, fold(entry.block))][0] \
                if entry.block else None
            smp = FormationSample(formation_id=entry.formation_id, block_id=block_id,
                                  code=entry.code, taken_on=entry.taken_on,
                                  depth_m=entry.depth_m, note=entry.note,
                                  import_batch_id=batch_id)
            s.add(smp)
            s.flush()
            rows = [dict(sample_id=smp.id, formation_id=entry.formation_id, component_id=cid,
                         grade_entered=g, unit_entered=u, grade_gpt=gpt)
                    for cid, (g, u, gpt) in entry.assays.items()]
            if rows:
                s.execute(insert(FormationAssay), rows)
            n_assays += len(rows)
        return n_assays


# ---------------------------------------------------------------- readings
def readings(s: Session, table: Table, cells: Cells, batch_id: int, site: str | None
              ) -> tuple[int, int, int, Changes]:
    """Monitoring readings; checked as the monitoring register checks them (points and
    parameters by name or code, dates after today or in a closed period refused), written
    all or none through its one insert path."""
    f = cells.mapping.fields
    points = {fold(n): i for i, n in s.execute(select(MonitoringPoint.id,
                                                       MonitoringPoint.name))}
    params: dict[str, int] = {}
    for i, code, name in s.execute(select(MonitoringParameter.id, MonitoringParameter.code,
                                          MonitoringParameter.name)):
        params.setdefault(fold(code), i)
        params.setdefault(fold(name), i)
    col = {key: cells.column_of(spec) for key, spec in f.items()}
    closed = closed_periods(s)
    out = []
    for i, row in enumerate(table.rows):
        if blank(row):
            continue
        try:
            point = cells.text(i, row, f.get("point"))
            param = cells.text(i, row, f.get("parameter"))
            day = cells.date(i, row, f.get("taken_on"))
            value = cells.number(i, row, f.get("value"))
            note = cells.text(i, row, f.get("note")) or ""
        except Skip:
            continue
        if point is None or param is None or day is None or value is None:
            for key, v, what in (("point", point, "monitoring point"),
                                 ("parameter", param, "parameter"), ("taken_on", day, "date"),
                                 ("value", value, "value")):
                if v is None:
                    cells.problem(i, col.get(key), None, Message(
                        QT_TRANSLATE_NOOP("Refusal", "The {what} is missing."), what=what))
            continue
        pid = points.get(fold(point))
        if pid is None:
            cells.problem(i, col.get("point"), point, Message(
                QT_TRANSLATE_NOOP("Refusal", "{show} is not a monitoring point; add it first."),
                show=show(point)))
            continue
        parid = params.get(fold(param))
        if parid is None:
            cells.problem(i, col.get("parameter"), param, Message(
                QT_TRANSLATE_NOOP("Refusal", "{show} is not a parameter; add it first."),
                show=show(param)))
            continue
        if refusal := closed_refusal(day.isoformat(), closed):
            cells.problem(i, col.get("taken_on"), day, refusal)
            continue
        try:   # what the monitoring register refuses, the import refuses, naming the row
            values = ms.check_reading(ms.ReadingDraft(pid, parid, day, value, note),
                                      {pid}, {parid})
        except DomainError as exc:
            at = col.get(exc.field if exc.field in col else "value")
            cells.problem(i, at, row[at] if at is not None else None, message_of(exc))
            continue
        out.append(dict(values, import_batch_id=batch_id))
    if cells.total:
        return 0, 0, 0, Changes()
    if out:
        ms.insert_readings(s, out, bulk=True)  # the one write path for readings
    return len(out), len(out), 0, Changes.of(ms.READINGS)
