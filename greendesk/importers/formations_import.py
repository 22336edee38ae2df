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
from collections.abc import Callable
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, Message, Note, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.flows_import import DuplicateImport
from greendesk.importers.formation_mapping import Mapping, fold
from greendesk.importers.lab_import import assays, readings
from greendesk.importers.mapped_cells import Cells, Skip, blank, plain, show
from greendesk.models import Formation, ImportBatch, Node, Site
from greendesk.readers.tabular import Table, TableReadError, read_table
from greendesk.services import formations as fs
from greendesk.services.changes import Changes, Entity
from greendesk.store.db import Database

__all__ = ["FormationImportResult", "distinct_values", "import_with_mapping", "read_file"]


@dataclass(frozen=True)
class FormationImportResult:
    """What an import through a mapping wrote: rows, new and updated records, notes."""
    batch_id: int
    target: str
    rows: int
    added: int
    updated: int
    file_name: str
    notes: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)


# ---------------------------------------------------------------- files
def read_file(path: str | PathLike[str], sheet: str | None = None) -> Table:
    """A table read through the safe readers; a refusal becomes a DomainError."""
    try:
        return read_table(path, sheet=sheet)
    except TableReadError as exc:
        raise DomainError(message_of(exc)) from None


def distinct_values(table: Table, heading: str, limit: int = 200) -> list[str]:
    """The different values of a column (for the mapping step's value table)."""
    j = next((k for k, h in enumerate(table.header) if fold(h) == fold(heading)), None)
    if j is None:
        return []
    seen: dict[str, None] = {}
    for r in table.rows:
        if r[j] is not None:
            seen.setdefault(plain(r[j]), None)
            if len(seen) >= limit:
                break
    return list(seen)


def _sha(p: Path) -> str:
    try:
        return hashlib.sha256(p.read_bytes()).hexdigest()
    except OSError as exc:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} could not be read: {reason}."),
                          name=p.name, reason=exc.strerror or exc) from None


def _previous(s: Session, kind: str, sha: str) -> ImportBatch | None:
    return s.scalars(select(ImportBatch).where(ImportBatch.kind == kind,
                                               ImportBatch.file_sha256 == sha)
                     .order_by(ImportBatch.imported_at.desc())).first()


def _duplicate(name: str, before: ImportBatch) -> DuplicateImport:
    when = before.imported_at.replace(tzinfo=dt.UTC).astimezone()
    return DuplicateImport(
        QT_TRANSLATE_NOOP("Refusal", "{name} was already imported on {when:%Y-%m-%d at %H:%M} "
                                     "({count:,} rows, as {file_name}); nothing was imported. "
                                     "Import it again only if that is meant."),
        name=name, when=when, count=before.rows, file_name=before.file_name,
        imported_at=before.imported_at, rows=before.rows)


def _ignored(table: Table, cells: Cells) -> tuple[str, ...]:
    used = {fold(h) for spec in cells.mapping.fields.values() for h in spec.headings()}
    rest = [h for h in table.header if h and fold(h) not in used]
    return (Note(QT_TRANSLATE_NOOP("notes", "Columns the mapping does not read were not "
                                            "imported: {columns}."), columns=", ".join(rest)),
            ) if rest else ()


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
        raise _duplicate(p.name, before)
    cells = Cells(table, mapping)
    if cells.total:
        raise cells.rejected()
    if not any(not blank(r) for r in table.rows):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} has column headings but no rows to "
                                                       "import."),
                          name=p.name)
    importer = {"formations": _formations, "assays": assays, "readings": readings}[
        mapping.target]
    with db.write() as s:
        if not again and (before := _previous(s, kind, sha)) is not None:
            raise _duplicate(p.name, before)
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
                                 changes | Changes.of(Entity.IMPORT_BATCH))


# ---------------------------------------------------------------- formations
def _formations(s: Session, table: Table, cells: Cells, batch_id: int,  # noqa: C901
                site: str | None) -> tuple[int, int, int, Changes]:
    f = cells.mapping.fields
    sites = {fold(n): i for i, n in s.execute(select(Site.id, Site.name))}
    default_site = None
    if site is not None:
        default_site = sites.get(fold(site))
        if default_site is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is no site named {site!r} in "
                                                           "this database."),
                              site=site)
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
        if blank(row):
            continue
        failed: list[bool] = []

        def get(read: Callable[..., object], *args: object, i: int = i, row: tuple = row,
                failed: list[bool] = failed) -> object:
            try:
                return read(i, row, *args)
            except Skip:
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
                              Message(QT_TRANSLATE_NOOP("Refusal", "The formation's {label} is "
                                                                   "missing."), label=label))
        if None in (values["name"], values["kind"], values["status"]):
            continue
        site_id = default_site
        if site_name is not None:
            site_id = sites.get(fold(site_name))
            if site_id is None:
                cells.problem(i, spec_col.get("site"), site_name,
                              Message(QT_TRANSLATE_NOOP("Refusal", "{show} is not a site of the "
                                                                   "plant."), show=show(site_name)))
                continue
        node_id = None
        if node_name is not None:
            node_id = nodes.get((site_id, fold(node_name))) if site_id else None
            if node_id is None:
                cells.problem(i, spec_col.get("node"), node_name, Message(
                    QT_TRANSLATE_NOOP("Refusal", "{show} is not a node of the formation's site."),
                    show=show(node_name)))
                continue
        draft = fs.FormationDraft(site_id=site_id, node_id=node_id, **values)  # type: ignore[arg-type]
        try:
            checked = fs.validate_draft(draft)
        except DomainError as exc:
            col = spec_col.get(exc.field or "")
            cells.problem(i, col, row[col] if col is not None else None, message_of(exc))
            continue
        ext = checked["external_id"]
        if isinstance(ext, str):  # validate_draft leaves the identifier text, or None
            if ext in ids_in_file:
                cells.problem(i, spec_col.get("external_id"), ext, Message(
                    QT_TRANSLATE_NOOP("Refusal", "The identifier {identifier!r} is also on row "
                                                 "{row}."),
                    identifier=ext, row=table.first_data_row + ids_in_file[ext]))
                continue
            ids_in_file[ext] = i
        if site_id is not None:
            name_key = (site_id, str(checked["name"]).casefold())
            if name_key in names_in_file:
                cells.problem(i, spec_col.get("name"), checked["name"], Message(
                    QT_TRANSLATE_NOOP("Refusal", "The name {name!r} is also on row {row} for the "
                                                 "same site."),
                    name=checked['name'],
                    row=table.first_data_row + names_in_file[name_key]))
                continue
            names_in_file[name_key] = i
        target_id = existing.get(ext) if isinstance(ext, str) else None
        try:
            fs.check_links(s, checked, target_id)
        except DomainError as exc:
            col = spec_col.get(exc.field or "") or spec_col.get("name")
            cells.problem(i, col, row[col] if col is not None else None, message_of(exc))
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
