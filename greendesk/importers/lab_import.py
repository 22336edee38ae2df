"""Importing lab results through a column mapping: samples with their assays, and
monitoring readings. Called by formations_import.import_with_mapping inside its write
transaction; problems are recorded in the Cells and refuse the whole file."""

from __future__ import annotations

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
def assays(s: Session, table: Table, cells: Cells, batch_id: int, site: str | None
            ) -> tuple[int, int, int, Changes]:
    f = cells.mapping.fields
    comps = {fold(c.code): c for c in s.scalars(select(GradeComponent))}
    wide = {key.split(":", 1)[1]: spec for key, spec in f.items() if key.startswith("grade:")}
    for code in wide:
        if fold(code) not in comps:
            cells.header_problem(Message(
                QT_TRANSLATE_NOOP("Refusal", "The mapping reads grades of {code!r}, which is not "
                                             "a component; add it first (Cu, Zn, Pb, Fe, Au, Ag "
                                             "and those added)."),
                code=code))
    if not wide and not ("component" in f and "grade" in f):
        cells.header_problem(Message(QT_TRANSLATE_NOOP("Refusal", "The mapping says neither where "
                                                                  "the component and grade are "
                                                                  "nor which columns hold grades "
                                                                  "(grade:Cu, grade:Au, ...).")))
    if cells.total:
        return 0, 0, 0, Changes()
    by_ext = {fold(e): i for i, e in s.execute(select(Formation.id, Formation.external_id)
                                                .where(Formation.external_id.is_not(None)))}
    by_name: dict[str, list[int]] = {}
    for i, n in s.execute(select(Formation.id, Formation.name)):
        by_name.setdefault(fold(n), []).append(i)
    blocks = {(fid, fold(n)): (i, t) for i, fid, n, t in s.execute(
        select(FormationBlock.id, FormationBlock.formation_id, FormationBlock.name,
               FormationBlock.tonnage_t))}
    taken = {(fid, fold(c)) for fid, c in s.execute(
        select(FormationSample.formation_id, FormationSample.code))}
    samples: dict[tuple[int, str], dict] = {}  # (formation, code) → sample + its assays
    new_blocks: dict[tuple[int, str], tuple[str, float | None, int]] = {}
    col = {key: cells.column_of(spec) for key, spec in f.items()}
    for i, row in enumerate(table.rows):
        if blank(row):
            continue
        try:
            ref = cells.text(i, row, f.get("formation"))
            code = cells.text(i, row, f.get("sample"), 60)
            block = cells.text(i, row, f.get("block"), 100)
            block_t = cells.number(i, row, f.get("block_tonnage_t"))
            taken_on = cells.date(i, row, f.get("taken_on"))
            depth = cells.number(i, row, f.get("depth_m"))
            note = cells.text(i, row, f.get("sample_note")) or ""
            grades: list[tuple[str, float, str | None, int | None]] = []
            if wide:
                for comp, spec in wide.items():
                    g = cells.number(i, row, spec)
                    if g is not None:
                        grades.append((comp, g, spec.unit, cells.column_of(spec)))
            else:
                comp = cells.text(i, row, f.get("component"))
                g = cells.number(i, row, f.get("grade"))
                unit = cells.text(i, row, f.get("unit"))
                if comp is not None and g is not None:
                    grades.append((comp, g, unit, col.get("grade")))
                elif comp is not None or g is not None:
                    missing = "grade" if g is None else "component"
                    cells.problem(i, col.get(missing), None, Message(
                        QT_TRANSLATE_NOOP("Refusal", "The {missing} is missing."),
                        missing=missing))
                    continue
        except Skip:
            continue
        try:                        # what the register refuses, the import refuses
            depth = fs.sample_depth(depth)
        except DomainError as exc:
            cells.problem(i, col.get("depth_m"), depth, message_of(exc))
            continue
        if ref is None or code is None:
            what = "formation" if ref is None else "sample"
            cells.problem(i, col.get(what), None, Message(
                QT_TRANSLATE_NOOP("Refusal", "The {what} is missing."),
                what=what))
            continue
        fid = by_ext.get(fold(ref))
        if fid is None:
            hits = by_name.get(fold(ref), [])
            if len(hits) != 1:
                cells.problem(i, col.get("formation"), ref, (
                    Message(
                        QT_TRANSLATE_NOOP("Refusal", "{show} is not a formation of the register."),
                        show=show(ref)) if not hits else
                    Message(
                        QT_TRANSLATE_NOOP("Refusal", "{show} is the name of {count} formations; "
                                                     "use their identifiers instead."),
                        show=show(ref), count=len(hits))))
                continue
            fid = hits[0]
        if (fid, fold(code)) in taken:
            cells.problem(i, col.get("sample"), code,
                          Message(QT_TRANSLATE_NOOP("Refusal", "The formation already has a "
                                                               "sample {code}; it was not "
                                                               "imported twice."), code=code))
            continue
        block_id = None
        if block is not None:
            known = blocks.get((fid, fold(block)))
            if known is not None:
                block_id, tonnage = known
                if block_t is not None and abs(block_t - tonnage) > 1e-6 * max(tonnage, 1):
                    cells.problem(i, col.get("block_tonnage_t"), block_t, Message(
                        QT_TRANSLATE_NOOP("Refusal", "Block {block} holds {tonnage:,.0f} t in the "
                                                     "register, not {given:,.0f} t."),
                        block=block, tonnage=tonnage, given=block_t))
                    continue
            else:
                first = new_blocks.get((fid, fold(block)))
                if first is None:
                    new_blocks[(fid, fold(block))] = (block, block_t, i)
                elif block_t is not None and first[1] is not None and block_t != first[1]:
                    cells.problem(i, col.get("block_tonnage_t"), block_t, Message(
                        QT_TRANSLATE_NOOP("Refusal", "Block {block} has {first:,.0f} t on row "
                                                     "{row}, not {given:,.0f} t."),
                        block=block, first=first[1],
                        row=table.first_data_row + first[2], given=block_t))
                    continue
                elif first[1] is None and block_t is not None:
                    new_blocks[(fid, fold(block))] = (block, block_t, first[2])
        entry = samples.setdefault((fid, fold(code)), dict(
            formation_id=fid, code=code, block=block, taken_on=taken_on, depth_m=depth,
            note=note, assays={}, row=i))
        if entry["block"] is not None and block is not None and \
                fold(entry["block"]) != fold(block):
            cells.problem(i, col.get("block"), block, Message(
                QT_TRANSLATE_NOOP("Refusal", "Sample {code} is in block {block} on row {row}."),
                code=code, block=entry['block'],
                row=table.first_data_row + entry['row']))
            continue
        for comp, g, unit, gcol in grades:
            c = comps.get(fold(comp))
            if c is None:
                cells.problem(i, col.get("component"), comp, Message(
                    QT_TRANSLATE_NOOP("Refusal", "{show} is not a component; add it first."),
                    show=show(comp)))
                continue
            if c.id in entry["assays"]:
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
            entry["assays"][c.id] = (g, u, an.to_gpt(g, u))
    for (name, tonnage, i) in new_blocks.values():
        if tonnage is None or not tonnage > 0:
            cells.problem(i, col.get("block_tonnage_t") or col.get("block"), tonnage, Message(
                QT_TRANSLATE_NOOP("Refusal", "Block {name} is new: give its tonnage (greater than "
                                             "zero)."),
                name=name))
    if cells.total:
        return 0, 0, 0, Changes()
    for (fid, key), (name, tonnage, _i) in new_blocks.items():
        b = FormationBlock(formation_id=fid, name=name, tonnage_t=tonnage)
        s.add(b)
        s.flush()
        blocks[(fid, key)] = (b.id, tonnage)
    n_assays = 0
    for entry in samples.values():
        block_id = blocks[(entry["formation_id"], fold(entry["block"]))][0] \
            if entry["block"] else None
        smp = FormationSample(formation_id=entry["formation_id"], block_id=block_id,
                              code=entry["code"], taken_on=entry["taken_on"],
                              depth_m=entry["depth_m"], note=entry["note"],
                              import_batch_id=batch_id)
        s.add(smp)
        s.flush()
        rows = [dict(sample_id=smp.id, formation_id=entry["formation_id"], component_id=cid,
                     grade_entered=g, unit_entered=u, grade_gpt=gpt)
                for cid, (g, u, gpt) in entry["assays"].items()]
        if rows:
            s.execute(insert(FormationAssay), rows)
        n_assays += len(rows)
    return n_assays, len(samples), 0, Changes.of(fs.SAMPLES, fs.ENTITY)


# ---------------------------------------------------------------- readings
def readings(s: Session, table: Table, cells: Cells, batch_id: int, site: str | None
              ) -> tuple[int, int, int, Changes]:
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
        ok = True
        for key, v, what in (("point", point, "monitoring point"),
                             ("parameter", param, "parameter"), ("taken_on", day, "date"),
                             ("value", value, "value")):
            if v is None:
                cells.problem(i, col.get(key), None, Message(
                    QT_TRANSLATE_NOOP("Refusal", "The {what} is missing."),
                    what=what))
                ok = False
        if not ok:
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
        if refusal := closed_refusal(day.isoformat(), closed):  # type: ignore[union-attr]
            cells.problem(i, col.get("taken_on"), day, refusal)
            continue
        try:   # what the monitoring register refuses, the import refuses, naming the row
            values = ms.check_reading(ms.ReadingDraft(pid, parid, day, value, note),  # type: ignore[arg-type]
                                      {pid}, {parid})
        except DomainError as exc:
            key = exc.field if exc.field in col else "value"
            cells.problem(i, col.get(key), row[col[key]] if col.get(key) is not None else None,
                          message_of(exc))
            continue
        out.append(dict(values, import_batch_id=batch_id))
    if cells.total:
        return 0, 0, 0, Changes()
    if out:
        ms.insert_readings(s, out, bulk=True)  # the one write path for readings
    return len(out), len(out), 0, Changes.of(ms.READINGS)
