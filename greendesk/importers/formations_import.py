"""Import formations, assays and monitoring readings from .xlsx or CSV through a mapping.

The same contract as the flow import: every row is read and checked before anything is
written; any problem refuses the whole file with the list of problems located as Excel
shows them (sheet, row, column, value); what passes goes in within one transaction,
tagged with an import batch so the same file is noticed if it comes again. Formations
with an identifier already in the register are updated, so next year's edition of a
public register imports over this year's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from greendesk.analysis import formations as an
from greendesk.db import Database
from greendesk.importers.flows_import import DuplicateImport, ImportRejected, RowProblem
from greendesk.importers.formation_mapping import (
    ENUMS,
    TARGETS,
    UNKNOWN,
    FieldSpec,
    Mapping,
    enum_word,
    fold,
)
from greendesk.importers.tabular import (
    Table,
    TableReadError,
    parse_date,
    parse_number,
    read_table,
)
from greendesk.models import (
    Formation,
    FormationAssay,
    FormationBlock,
    FormationSample,
    GradeComponent,
    ImportBatch,
    MonitoringParameter,
    MonitoringPoint,
    MonitoringReading,
    Node,
    Site,
)
from greendesk.services import formations as fs
from greendesk.services import monitoring as ms
from greendesk.services.changes import Changes
from greendesk.services.errors import DomainError

__all__ = ["FormationImportResult", "distinct_values", "import_with_mapping", "read_file"]

MAX_PROBLEMS = 1_000
_TOKEN = re.compile(r"\{([^{}]+)\}")
_DMY_DASH = re.compile(r"([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})")
_YEAR = re.compile(r"(?<![0-9])(1[7-9][0-9]{2}|2[01][0-9]{2})(?![0-9])")
_TRUE = {"yes", "y", "true", "1", "да", "иә", "si", "sí", "hazardous", "опасный", "*"}
_FALSE = {"no", "n", "false", "0", "нет", "жоқ", "non-hazardous", "неопасный"}


@dataclass(frozen=True)
class FormationImportResult:
    batch_id: int
    target: str
    rows: int
    added: int
    updated: int
    file_name: str
    notes: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)


class _Skip(Exception):
    """A cell could not be read; the problem is recorded already."""


# ---------------------------------------------------------------- reading cells
class _Cells:
    """Reads mapped fields from table rows, recording every problem with its location."""

    def __init__(self, table: Table, mapping: Mapping) -> None:
        self.table = table
        self.mapping = mapping
        self.items: list[RowProblem] = []
        self.total = 0
        self.index: dict[str, int] = {}
        for j, h in enumerate(table.header):
            if h:
                self.index.setdefault(fold(h), j)
        self.unknown = {fold(u) for u in (*UNKNOWN, *mapping.unknown)}
        self.hint = table.decimal_comma_hint
        found = ", ".join(h for h in table.header if h) or "none"
        fields = TARGETS[mapping.target]
        for key, spec in mapping.fields.items():
            for h in spec.headings():
                if fold(h) not in self.index:
                    what = fields[key].label if key in fields else key
                    self.header_problem(f"The mapping '{mapping.name}' reads {what} from a "
                                        f"column {h!r}, which the file does not have; its "
                                        f"headings are: {found}.")
        for key, fdef in fields.items():
            if fdef.required and key not in mapping.fields:
                self.header_problem(f"The mapping '{mapping.name}' does not say where "
                                    f"{fdef.label} comes from; it is required.")

    # -- problems
    def header_problem(self, message: str) -> None:
        self.total += 1
        t = self.table
        self.items.append(RowProblem(t.source, t.sheet, max(t.first_data_row - 1, 1), "", "",
                                     None, message))

    def problem(self, i: int, col: int | None, value: object, message: str) -> None:
        self.total += 1
        if len(self.items) >= MAX_PROBLEMS:
            return
        t = self.table
        if col is None:
            self.items.append(RowProblem(t.source, t.sheet, t.first_data_row + i, "", "",
                                         value, message))
            return
        c = t.cell(i, col)
        self.items.append(RowProblem(t.source, t.sheet, c.row, c.column, c.header or "",
                                     value, message))

    # -- raw values
    def _known(self, v: object, spec: FieldSpec) -> bool:
        if v is None:
            return False
        if isinstance(v, str):
            key = fold(v)
            return key not in self.unknown and key not in {fold(u) for u in spec.unknown}
        if spec.unknown and isinstance(v, int | float):
            return fold(_plain(v)) not in {fold(u) for u in spec.unknown}
        return True

    def raw(self, row: tuple, spec: FieldSpec) -> tuple[object, int | None]:
        """The field's value in a row (None if unknown) and the column it came from."""
        if spec.value is not None:
            return spec.value, None
        if spec.template is not None:
            return self._template(row, spec)
        for h in spec.headings():
            j = self.index.get(fold(h))
            if j is not None and self._known(row[j], spec):
                return row[j], j
        first = spec.headings()
        j = self.index.get(fold(first[0])) if first else None
        return None, j

    def _template(self, row: tuple, spec: FieldSpec) -> tuple[object, int | None]:
        parts = []
        first_col = None
        for segment in spec.template.split(";"):  # type: ignore[union-attr]
            tokens = _TOKEN.findall(segment)
            values = {}
            for h in tokens:
                j = self.index.get(fold(h))
                v = row[j] if j is not None else None
                if j is not None and first_col is None:
                    first_col = j
                values[h] = _plain(v) if self._known(v, spec) else None
            if tokens and all(v is None for v in values.values()):
                continue
            parts.append(_TOKEN.sub(lambda m, v=values: v.get(m[1]) or "?", segment).strip())
        text = "; ".join(p for p in parts if p)
        return (text or None), first_col

    # -- typed values
    def text(self, i: int, row: tuple, spec: FieldSpec | None, limit: int = 2000
             ) -> str | None:
        if spec is None:
            return None
        v, col = self.raw(row, spec)
        if v is None:
            return None
        text = " ".join(_plain(v).split())
        if len(text) > limit:
            self.problem(i, col, v, f"The text is {len(text):,} characters long, over the "
                                    f"limit of {limit:,}.")
            raise _Skip
        return text or None

    def number(self, i: int, row: tuple, spec: FieldSpec | None) -> float | None:
        if spec is None:
            return None
        v, col = self.raw(row, spec)
        if v is None:
            return None
        decimal = spec.decimal or self.mapping.decimal
        comma = {"comma": True, "point": False}.get(decimal, self.hint)
        try:
            x = parse_number(v, decimal_comma=comma)
        except ValueError as exc:
            msg = str(exc)
            if msg.startswith("ambiguous"):
                msg = (f"{_show(v)} is ambiguous: the comma may separate thousands or "
                       "decimals; set the column's decimal mark in the mapping.")
            elif "decimal mark" in msg:
                msg = f"{_show(v)} does not use the decimal mark the mapping sets."
            else:
                msg = f"{_show(v)} is not a number."
            self.problem(i, col, v, msg)
            raise _Skip from None
        return x * spec.scale if spec.scale else x

    def year(self, i: int, row: tuple, spec: FieldSpec | None) -> int | None:
        if spec is None:
            return None
        v, col = self.raw(row, spec)
        if v is None:
            return None
        if isinstance(v, dt.date):
            return v.year
        if isinstance(v, int | float) and not isinstance(v, bool) and float(v).is_integer():
            y = int(v)
            if 1700 <= y <= 2200:
                return y
        m = _YEAR.findall(_plain(v)) if isinstance(v, str) else []
        if len(m) == 1:
            return int(m[0])
        self.problem(i, col, v, f"{_show(v)} is not a year such as 1975.")
        raise _Skip

    def date(self, i: int, row: tuple, spec: FieldSpec | None) -> dt.date | None:
        if spec is None:
            return None
        v, col = self.raw(row, spec)
        if v is None:
            return None
        if isinstance(v, str) and (m := _DMY_DASH.fullmatch(v.strip())):
            v = f"{m[1]}.{m[2]}.{m[3]}"
        try:
            d = parse_date(v)
        except ValueError:
            self.problem(i, col, v, f"{_show(v)} is not a date; write 2025-03-31 or "
                                    "31.03.2025.")
            raise _Skip from None
        if not 1900 < d.year < 2200:
            self.problem(i, col, v, f"The date {d.isoformat()} is out of range.")
            raise _Skip
        return d

    def enum(self, i: int, row: tuple, spec: FieldSpec | None, kind: str) -> str | None:
        if spec is None:
            return None
        v, col = self.raw(row, spec)
        if v is None:
            return None
        word = _plain(v)
        mapped = {fold(k): val for k, val in spec.values.items()}
        if fold(word) in mapped:
            return mapped[fold(word)] or None
        value = enum_word(kind, word)
        if value is None:
            allowed = ", ".join(m.value for m in ENUMS[kind])  # type: ignore[attr-defined]
            self.problem(i, col, v, f"{_show(v)} is not a {kind.replace('_', ' ')} GreenDesk "
                                    f"knows ({allowed}); say what it means in the mapping's "
                                    "values.")
            raise _Skip
        return value

    def boolean(self, i: int, row: tuple, spec: FieldSpec | None) -> bool | None:
        if spec is None:
            return None
        v, col = self.raw(row, spec)
        if v is None:
            return None
        if isinstance(v, bool):
            return v
        key = fold(_plain(v))
        mapped = {fold(k): val for k, val in spec.values.items()}
        key = fold(mapped.get(key, key))
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        self.problem(i, col, v, f"{_show(v)} is neither yes nor no.")
        raise _Skip

    def column_of(self, spec: FieldSpec | None) -> int | None:
        if spec is None:
            return None
        heads = spec.headings()
        return self.index.get(fold(heads[0])) if heads else None

    def rejected(self) -> ImportRejected:
        """The refusal, problems in the order of the sheet: by row, then by column."""
        items = sorted(self.items, key=lambda p: (p.row, len(p.column_letter),
                                                  p.column_letter))
        return ImportRejected(self.table.source, items, self.total)


def _plain(v: object) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    return str(v).strip()


def _show(value: object) -> str:
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return "'" + text.replace("\n", " ") + "'"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _blank(row: tuple) -> bool:
    return all(v is None for v in row)


# ---------------------------------------------------------------- files
def read_file(path: str | PathLike[str], sheet: str | None = None) -> Table:
    try:
        return read_table(path, sheet=sheet)
    except TableReadError as exc:
        raise DomainError(str(exc)) from None


def distinct_values(table: Table, heading: str, limit: int = 200) -> list[str]:
    """The different values of a column (for the mapping step's value table)."""
    j = next((k for k, h in enumerate(table.header) if fold(h) == fold(heading)), None)
    if j is None:
        return []
    seen: dict[str, None] = {}
    for r in table.rows:
        if r[j] is not None:
            seen.setdefault(_plain(r[j]), None)
            if len(seen) >= limit:
                break
    return list(seen)


def _sha(p: Path) -> str:
    try:
        return hashlib.sha256(p.read_bytes()).hexdigest()
    except OSError as exc:
        raise DomainError(f"{p.name} could not be read: {exc.strerror or exc}.") from None


def _previous(s: Session, kind: str, sha: str) -> ImportBatch | None:
    return s.scalars(select(ImportBatch).where(ImportBatch.kind == kind,
                                               ImportBatch.file_sha256 == sha)
                     .order_by(ImportBatch.imported_at.desc())).first()


def _duplicate(name: str, before: ImportBatch, what: str) -> DuplicateImport:
    when = before.imported_at.replace(tzinfo=dt.UTC).astimezone()
    return DuplicateImport(
        f"{name} was already imported on {when:%Y-%m-%d at %H:%M} ({before.rows:,} {what}, "
        f"as {before.file_name}); nothing was imported. Import it again only if that is "
        "meant.", imported_at=before.imported_at, rows=before.rows)


def _ignored(table: Table, cells: _Cells) -> tuple[str, ...]:
    used = {fold(h) for spec in cells.mapping.fields.values() for h in spec.headings()}
    rest = [h for h in table.header if h and fold(h) not in used]
    return (f"Columns the mapping does not read were not imported: {', '.join(rest)}.",) \
        if rest else ()


Progress = Callable[[int, int], bool]


def import_with_mapping(db: Database, path: str | PathLike[str], mapping: Mapping, *,
                        again: bool = False, sheet: str | None = None,
                        site: str | None = None) -> FormationImportResult:
    """Import a file of formations, assays or readings (by the mapping's target), every row
    or none. `site` names the site for formations whose rows do not say (default: none)."""
    p = Path(path)
    table = read_file(p, sheet)
    kind = f"{mapping.target}"
    sha = _sha(p)
    with db.read() as s:
        before = None if again else _previous(s, kind, sha)
    if before is not None:
        raise _duplicate(p.name, before, "rows")
    cells = _Cells(table, mapping)
    if cells.total:
        raise cells.rejected()
    if not any(not _blank(r) for r in table.rows):
        raise DomainError(f"{p.name} has column headings but no rows to import.")
    importer = {"formations": _formations, "assays": _assays, "readings": _readings}[
        mapping.target]
    with db.write() as s:
        if not again and (before := _previous(s, kind, sha)) is not None:
            raise _duplicate(p.name, before, "rows")
        batch = ImportBatch(kind=kind, file_name=p.name[:400], file_sha256=sha, rows=0)
        s.add(batch)
        s.flush()
        n, added, updated, changes = importer(s, table, cells, batch.id, site)
        if cells.total:
            raise cells.rejected()  # rolls the transaction back: nothing was written
        batch.rows = n
        batch_id = batch.id
    return FormationImportResult(batch_id, mapping.target, n, added, updated, p.name,
                                 tuple(table.notes) + _ignored(table, cells),
                                 changes | Changes.of("import_batch"))


# ---------------------------------------------------------------- formations
def _formations(s: Session, table: Table, cells: _Cells, batch_id: int,  # noqa: C901
                site: str | None) -> tuple[int, int, int, Changes]:
    f = cells.mapping.fields
    sites = {fold(n): i for i, n in s.execute(select(Site.id, Site.name))}
    default_site = None
    if site is not None:
        default_site = sites.get(fold(site))
        if default_site is None:
            raise DomainError(f"There is no site named {site!r} in this database.")
    nodes = {(sid, fold(n)): i for i, sid, n in s.execute(select(Node.id, Node.site_id,
                                                                  Node.name))}
    existing = {e: i for i, e in s.execute(select(Formation.id, Formation.external_id)
                                            .where(Formation.external_id.is_not(None)))}
    names_in_file: dict[tuple[int, str], int] = {}
    ids_in_file: dict[str, int] = {}
    writes: list[tuple[int | None, dict[str, object]]] = []
    spec_col = {key: cells.column_of(spec) for key, spec in f.items()}
    number_fields = ("latitude", "longitude", "area_ha", "volume_m3", "density_t_m3",
                     "tonnage_t", "capacity_m3", "capacity_t", "opening_tonnage_t", "height_m")
    text_fields = ("responsible", "operator", "locality", "note")
    for i, row in enumerate(table.rows):
        if _blank(row):
            continue
        failed = []

        def get(read: Callable[..., object], *args: object, i: int = i, row: tuple = row,
                failed: list = failed) -> object:
            try:
                return read(i, row, *args)
            except _Skip:
                failed.append(True)
                return None

        values: dict[str, object] = {}
        values["name"] = get(cells.text, f.get("name"), 200)
        for key in ("kind", "status", "construction_method", "consequence_class"):
            values[key] = get(cells.enum, f.get(key), key)
        for key in number_fields:
            values[key] = get(cells.number, f.get(key))
        for key in ("year_from", "year_to"):
            values[key] = get(cells.year, f.get(key))
        values["opening_date"] = get(cells.date, f.get("opening_date"))
        values["hazardous"] = get(cells.boolean, f.get("hazardous"))
        values["waste_code"] = get(cells.text, f.get("waste_code"), 20)
        values["external_id"] = get(cells.text, f.get("external_id"), 60)
        values["documents"] = get(cells.text, f.get("documents"), 4000) or ""
        for key in text_fields:
            values[key] = get(cells.text, f.get(key), 2000 if key == "note" else 200) or ""
        site_name = get(cells.text, f.get("site"))
        node_name = get(cells.text, f.get("node"))
        if failed:
            continue
        for key, label in (("name", "name"), ("kind", "kind"), ("status", "status")):
            if values[key] is None:
                cells.problem(i, spec_col.get(key), None,
                              f"The formation's {label} is missing.")
        if None in (values["name"], values["kind"], values["status"]):
            continue
        site_id = default_site
        if site_name is not None:
            site_id = sites.get(fold(site_name))
            if site_id is None:
                cells.problem(i, spec_col.get("site"), site_name,
                              f"{_show(site_name)} is not a site of the plant.")
                continue
        node_id = None
        if node_name is not None:
            node_id = nodes.get((site_id, fold(node_name))) if site_id else None
            if node_id is None:
                cells.problem(i, spec_col.get("node"), node_name,
                              f"{_show(node_name)} is not a node of the formation's site.")
                continue
        draft = fs.FormationDraft(site_id=site_id, node_id=node_id, **values)  # type: ignore[arg-type]
        try:
            checked = fs.validate_draft(draft)
        except DomainError as exc:
            col = spec_col.get(exc.field or "")
            cells.problem(i, col, row[col] if col is not None else None, str(exc))
            continue
        ext = checked["external_id"]
        if ext is not None:
            if ext in ids_in_file:
                cells.problem(i, spec_col.get("external_id"), ext,
                              f"The identifier {ext!r} is also on row "
                              f"{table.first_data_row + ids_in_file[ext]}.")
                continue
            ids_in_file[ext] = i
        if site_id is not None:
            key = (site_id, str(checked["name"]).casefold())
            if key in names_in_file:
                cells.problem(i, spec_col.get("name"), checked["name"],
                              f"The name {checked['name']!r} is also on row "
                              f"{table.first_data_row + names_in_file[key]} for the same site.")
                continue
            names_in_file[key] = i
        target_id = existing.get(ext) if ext is not None else None
        try:
            fs.check_links(s, checked, target_id)
        except DomainError as exc:
            col = spec_col.get(exc.field or "") or spec_col.get("name")
            cells.problem(i, col, row[col] if col is not None else None, str(exc))
            continue
        if target_id is not None:  # an update changes only what the mapping reads
            mapped = set(f) | {"name", "kind", "status"}
            mapped |= {"site_id"} if "site" in f or default_site is not None else set()
            mapped |= {"node_id"} if "node" in f else set()
            checked = {k: v for k, v in checked.items() if k in mapped}
        writes.append((target_id, checked))
    if cells.total:
        return 0, 0, 0, Changes()
    added = updated = 0
    new_rows = []
    for target_id, values in writes:
        if target_id is None:
            new_rows.append(dict(values, import_batch_id=batch_id))
            added += 1
        else:
            obj = s.get(Formation, target_id)
            assert obj is not None
            for k, v in values.items():
                setattr(obj, k, v)
            updated += 1
    if new_rows:
        s.execute(insert(Formation), new_rows)
    return len(writes), added, updated, Changes.of(fs.ENTITY)


# ---------------------------------------------------------------- assays
def _assays(s: Session, table: Table, cells: _Cells, batch_id: int, site: str | None
            ) -> tuple[int, int, int, Changes]:
    f = cells.mapping.fields
    comps = {fold(c.code): c for c in s.scalars(select(GradeComponent))}
    wide = {key.split(":", 1)[1]: spec for key, spec in f.items() if key.startswith("grade:")}
    for code in wide:
        if fold(code) not in comps:
            cells.header_problem(f"The mapping reads grades of {code!r}, which is not a "
                                 "component; add it first (Cu, Zn, Pb, Fe, Au, Ag and those "
                                 "added).")
    if not wide and not ("component" in f and "grade" in f):
        cells.header_problem("The mapping says neither where the component and grade are "
                             "nor which columns hold grades (grade:Cu, grade:Au, ...).")
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
        if _blank(row):
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
                    cells.problem(i, col.get(missing), None, f"The {missing} is missing.")
                    continue
        except _Skip:
            continue
        if ref is None or code is None:
            what = "formation" if ref is None else "sample"
            cells.problem(i, col.get(what), None, f"The {what} is missing.")
            continue
        fid = by_ext.get(fold(ref))
        if fid is None:
            hits = by_name.get(fold(ref), [])
            if len(hits) != 1:
                cells.problem(i, col.get("formation"), ref, (
                    f"{_show(ref)} is not a formation of the register." if not hits else
                    f"{_show(ref)} is the name of {len(hits)} formations; use their "
                    "identifiers instead."))
                continue
            fid = hits[0]
        if (fid, fold(code)) in taken:
            cells.problem(i, col.get("sample"), code,
                          f"The formation already has a sample {code}; it was not imported "
                          "twice.")
            continue
        block_id = None
        if block is not None:
            known = blocks.get((fid, fold(block)))
            if known is not None:
                block_id, tonnage = known
                if block_t is not None and abs(block_t - tonnage) > 1e-6 * max(tonnage, 1):
                    cells.problem(i, col.get("block_tonnage_t"), block_t,
                                  f"Block {block} holds {tonnage:,.0f} t in the register, "
                                  f"not {block_t:,.0f} t.")
                    continue
            else:
                first = new_blocks.get((fid, fold(block)))
                if first is None:
                    new_blocks[(fid, fold(block))] = (block, block_t, i)
                elif block_t is not None and first[1] is not None and block_t != first[1]:
                    cells.problem(i, col.get("block_tonnage_t"), block_t,
                                  f"Block {block} has {first[1]:,.0f} t on row "
                                  f"{table.first_data_row + first[2]}, not {block_t:,.0f} t.")
                    continue
                elif first[1] is None and block_t is not None:
                    new_blocks[(fid, fold(block))] = (block, block_t, first[2])
        entry = samples.setdefault((fid, fold(code)), dict(
            formation_id=fid, code=code, block=block, taken_on=taken_on, depth_m=depth,
            note=note, assays={}, row=i))
        if entry["block"] is not None and block is not None and \
                fold(entry["block"]) != fold(block):
            cells.problem(i, col.get("block"), block,
                          f"Sample {code} is in block {entry['block']} on row "
                          f"{table.first_data_row + entry['row']}.")
            continue
        for comp, g, unit, gcol in grades:
            c = comps.get(fold(comp))
            if c is None:
                cells.problem(i, col.get("component"), comp, f"{_show(comp)} is not a "
                              "component; add it first.")
                continue
            if c.id in entry["assays"]:
                cells.problem(i, gcol, g, f"Sample {code} has a second grade of {c.code}.")
                continue
            try:
                u = an.grade_unit(unit) if unit else c.unit.value
            except ValueError as exc:
                cells.problem(i, col.get("unit"), unit, str(exc))
                continue
            if g < 0 or an.to_gpt(g, u) > 1e6:
                cells.problem(i, gcol, g, f"{g:g} {u} is not a possible grade of {c.code}.")
                continue
            entry["assays"][c.id] = (g, u, an.to_gpt(g, u))
    for (name, tonnage, i) in new_blocks.values():
        if tonnage is None or not tonnage > 0:
            cells.problem(i, col.get("block_tonnage_t") or col.get("block"), tonnage,
                          f"Block {name} is new: give its tonnage (greater than zero).")
    if cells.total:
        return 0, 0, 0, Changes()
    for (fid, key), (name, tonnage, _i) in new_blocks.items():
        b = FormationBlock(formation_id=fid, name=name, tonnage_t=tonnage)
        s.add(b)
        s.flush()
        blocks[(fid, key)] = (b.id, tonnage)  # type: ignore[assignment]
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
def _readings(s: Session, table: Table, cells: _Cells, batch_id: int, site: str | None
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
    out = []
    for i, row in enumerate(table.rows):
        if _blank(row):
            continue
        try:
            point = cells.text(i, row, f.get("point"))
            param = cells.text(i, row, f.get("parameter"))
            day = cells.date(i, row, f.get("taken_on"))
            value = cells.number(i, row, f.get("value"))
            note = cells.text(i, row, f.get("note")) or ""
        except _Skip:
            continue
        ok = True
        for key, v, what in (("point", point, "monitoring point"),
                             ("parameter", param, "parameter"), ("taken_on", day, "date"),
                             ("value", value, "value")):
            if v is None:
                cells.problem(i, col.get(key), None, f"The {what} is missing.")
                ok = False
        if not ok:
            continue
        pid = points.get(fold(point))  # type: ignore[arg-type]
        if pid is None:
            cells.problem(i, col.get("point"), point, f"{_show(point)} is not a monitoring "
                                                      "point; add it first.")
            continue
        parid = params.get(fold(param))  # type: ignore[arg-type]
        if parid is None:
            cells.problem(i, col.get("parameter"), param, f"{_show(param)} is not a "
                                                          "parameter; add it first.")
            continue
        values = ms.check_reading(ms.ReadingDraft(pid, parid, day, value, note),  # type: ignore[arg-type]
                                  {pid}, {parid})
        out.append(dict(values, import_batch_id=batch_id))
    if cells.total:
        return 0, 0, 0, Changes()
    if out:
        s.execute(insert(MonitoringReading), out)
    return len(out), len(out), 0, Changes.of(ms.READINGS)

