"""Flow records: validation, and the undoable commands that add, edit and delete them.

Commands follow one shape: `apply(db) -> Changes` does the work in one transaction and
remembers what it needs to undo; `revert(db) -> Changes` puts the database back. The UI
wraps them in QUndoCommands; tests call them directly.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Column, Table, delete, insert, select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, Message, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import DatePrecision, Flow, Material, Method, ReconciliationRole
from greendesk.services.balance_records import add_flow_assays_in
from greendesk.services.catalog import Catalog, load_catalog_in
from greendesk.services.changes import Changes, Entity
from greendesk.services.conflicts import check_version, conflict_error
from greendesk.services.dated import check_not_future
from greendesk.services.flow_writes import ROW_COLUMNS, FlowWriter, removed
from greendesk.store.closed_periods import check_open
from greendesk.store.db import Database
from greendesk.units import UnitError, factor, normalise_unit

MAX_QUANTITY_T = 1e9  # a billion tonnes (or m³, or GJ) in one record is a typo, not a flow
FLOW_COLUMNS = (
    "id", "site_id", "flow_date", "date_precision", "from_node_id", "to_node_id",
    "material_id", "qty_entered", "unit_entered", "qty_canonical", "method",
    "uncertainty_pct", "note", "import_batch_id", "version", "reconciliation",
)
_NOT_SET = ("id", "version")  # never assigned by hand: the key, and the optimistic lock


@dataclass(frozen=True)
class FlowDraft:
    """What the officer entered; ids come from the pickers, the unit as typed."""

    flow_date: date
    from_node_id: int
    to_node_id: int
    material_id: int
    qty_entered: float
    unit_entered: str
    method: Method = Method.MEASURED
    uncertainty_pct: float | None = None
    note: str = ""
    date_precision: DatePrecision = DatePrecision.DAY
    version: int | None = None  # of the record this draft edits, as the officer opened it
    # (required by EditFlow: it is what refuses overwriting a change made elsewhere)
    grades: tuple[tuple[str, float, str], ...] = ()  # (component, value, unit) of a new record
    assay_method: Method = Method.MEASURED  # how the grades were obtained (one sample)
    assay_uncertainty_pct: float | None = None  # of the grades, relative, 1 sigma
    # measured; unmeasured: the quantity is an estimate for reconciliation to estimate;
    # constant: exact (σ 0)
    reconciliation: ReconciliationRole = ReconciliationRole.MEASURED


@dataclass(frozen=True)
class FlowRow:
    """A flow record as the ledger lists it; `version` goes back with an edit to catch changes
    made elsewhere."""
    id: int
    site_id: int
    flow_date: date
    date_precision: DatePrecision
    from_node_id: int
    to_node_id: int
    material_id: int
    qty_entered: float
    unit_entered: str
    qty_canonical: float
    method: Method
    uncertainty_pct: float | None
    note: str
    import_batch_id: int | None = None
    version: int | None = None
    reconciliation: ReconciliationRole = ReconciliationRole.MEASURED

    def draft(self) -> FlowDraft:
        """The record's values as a draft, for the edit form."""
        return FlowDraft(self.flow_date, self.from_node_id, self.to_node_id, self.material_id,
                         self.qty_entered, self.unit_entered, self.method,
                         self.uncertainty_pct, self.note, self.date_precision, self.version,
                         reconciliation=self.reconciliation)


def flow_row(f: Flow) -> FlowRow:
    """A flow record as a row."""
    return FlowRow(*(getattr(f, c) for c in FLOW_COLUMNS))


def _values(r: FlowRow) -> tuple[object, ...]:
    """A record as the values FlowWriter takes (ROW_COLUMNS)."""
    return tuple(getattr(r, c) for c in ROW_COLUMNS)


def _record(r: FlowRow) -> dict[str, object]:
    """A record with its id and every column, to put back as it was."""
    return dict(vars(r))


class FlowValidator:
    """Checks drafts against the catalogue; fast enough to run on every row of an import."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def check(self, d: FlowDraft) -> dict[str, object]:
        """Column values for a valid draft, or DomainError naming the field."""
        cat = self.catalog
        if not isinstance(d.flow_date, date):
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "The date must be a real calendar date."),
                field="flow_date")
        if not 1900 < d.flow_date.year < 2200:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The date {date} is out of range."),
                              date=d.flow_date.isoformat(),
                              field="flow_date")
        src, dst = cat.nodes.get(d.from_node_id), cat.nodes.get(d.to_node_id)
        if src is None:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "Choose the node the flow comes from."),
                field="from_node")
        if dst is None:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "Choose the node the flow goes to."),
                field="to_node")
        if src.id == dst.id:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A flow cannot go from {src!r} to "
                                                           "itself."),
                              src=src.name, field="to_node")
        if src.site_id != dst.site_id:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "{src!r} and {dst!r} belong to different sites; "
                                             "record a shipment and a receipt at each site's "
                                             "boundary nodes."),
                src=src.name, dst=dst.name, field="to_node")
        material = cat.materials.get(d.material_id)
        if material is None:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "Choose the material."),
                field="material")
        qty = d.qty_entered
        if isinstance(qty, bool) or not isinstance(qty, int | float) or not math.isfinite(qty):
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "The quantity must be a number."),
                field="quantity")
        if qty <= 0:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The quantity must be greater than "
                                                           "zero, not {qty:g}."),
                              qty=qty,
                              field="quantity")
        try:
            unit = normalise_unit(d.unit_entered)
            qty_canonical = qty * factor(unit, material.units())
        except UnitError as exc:
            raise DomainError(message_of(exc), field="unit") from exc
        if not qty_canonical > 0:    # 5e-324 kg is 0 t: the database would refuse it
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "{qty!r} {unit} is too small to record: it is 0 "
                                             "{canonical} once converted; check the quantity and "
                                             "unit."),
                qty=qty, unit=unit, canonical=material.canonical_unit, field="quantity")
        if qty_canonical > MAX_QUANTITY_T:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "{qty:,.6g} {unit} of {material} is more than a "
                                             "billion {canonical} in one record; check the "
                                             "quantity and unit."),
                qty=qty, unit=unit, material=material.name, canonical=material.canonical_unit,
                field="quantity")
        unc = d.uncertainty_pct
        if unc is not None and (not math.isfinite(unc) or not 0 <= unc <= 100):
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The uncertainty is a percentage from "
                                                           "0 to 100."),
                              field="uncertainty")
        note = d.note.strip()
        if len(note) > 2000:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The note is longer than 2,000 "
                                                           "characters."), field="note")
        role, method = reconciliation_of(d.reconciliation, d.method)
        flow_date = d.flow_date
        if d.date_precision is DatePrecision.MONTH:
            flow_date = flow_date.replace(day=1)
        check_not_future([flow_date])
        return dict(site_id=src.site_id, flow_date=flow_date,
                    date_precision=DatePrecision(d.date_precision),
                    from_node_id=src.id, to_node_id=dst.id, material_id=material.id,
                    qty_entered=float(qty), unit_entered=unit, qty_canonical=qty_canonical,
                    method=method, uncertainty_pct=unc, note=note, reconciliation=role)


def reconciliation_of(role: str, method: str) -> tuple[ReconciliationRole, Method]:
    """The record's role and method as stored. An unmeasured record's quantity is the
    officer's estimate: never counted as a measurement, so a "measured" method becomes
    "estimated" (a calculated one stays)."""
    try:
        stored = ReconciliationRole(role)
    except ValueError:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{value!r} is not a reconciliation role; "
                                                       "choose measured, unmeasured or "
                                                       "constant."),
                          value=str(role), field="reconciliation") from None
    how = Method(method)
    if stored is ReconciliationRole.UNMEASURED and how is Method.MEASURED:
        how = Method.ESTIMATED
    return stored, how


def preview_canonical(catalog: Catalog, material_id: int, qty: float, unit: str
                      ) -> tuple[float, str]:
    """The canonical value a form shows live while the officer types."""
    material = catalog.materials[material_id]
    try:
        return qty * factor(normalise_unit(unit), material.units()), material.canonical_unit
    except UnitError as exc:
        raise DomainError(message_of(exc), field="unit") from exc


def get_flows(db: Database, ids: Iterable[int]) -> list[FlowRow]:
    """The flow records with these ids that still exist."""
    ids = list(ids)
    with db.read() as s:
        rows = _fetch(s, ids)
    return rows


def _fetch(s: Session, ids: Sequence[int]) -> list[FlowRow]:
    out: list[FlowRow] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.extend(flow_row(f) for f in s.scalars(select(Flow).where(Flow.id.in_(chunk))))
    out.sort(key=lambda r: r.id)
    return out


def _delete(s: Session, ids: Sequence[int]) -> None:
    for start in range(0, len(ids), 500):
        s.execute(delete(Flow).where(Flow.id.in_(ids[start:start + 500])))


class AddFlows:
    """Add one or more records as one step; undo removes exactly those records."""

    def __init__(self, drafts: Sequence[FlowDraft], what: str | Message = "",
                 undo_what: str = QT_TRANSLATE_NOOP("Refusal", "Undoing this entry")) -> None:
        if not drafts:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is nothing to add."))
        self.drafts = list(drafts)
        self.ids: list[int] = []
        self._rows: list[FlowRow] = []
        self.what = what or (QT_TRANSLATE_NOOP("Refusal", "This record") if len(self.drafts) == 1
                             else QT_TRANSLATE_NOOP("Refusal", "These records"))
        self.undo_what = undo_what

    def apply(self, db: Database) -> Changes:
        """Validate every draft and write them all through FlowWriter in one transaction, or none
        (a future date, a closed period, a waste stock that would go negative are refused); redo
        writes the same records with their ids. Announces the flows."""
        with db.write() as s:
            writer = FlowWriter(s, what=self.what)
            if self._rows:  # redo after undo: the same records, with the same ids
                writer.restore(_record(r) for r in self._rows)
                writer.finish()
                self._add_grades(s)
                return self._changes()
            validator = FlowValidator(load_catalog_in(s))
            values = [validator.check(d) for d in self.drafts]
            writer.add([tuple(v[c] for c in ROW_COLUMNS) for v in values])
            writer.finish()
            self.ids = writer.ids
            self._add_grades(s)
            self._rows = _fetch(s, self.ids)
        return self._changes()

    def _changes(self) -> Changes:
        graded = any(d.grades for d in self.drafts)
        return Changes.of(Entity.FLOW, *((Entity.ASSAY,) if graded else ()), ids=tuple(self.ids))

    def _add_grades(self, s: Session) -> None:
        """The drafts' grades, on the records just written (same transaction)."""
        for flow_id, d in zip(self.ids, self.drafts, strict=True):
            add_flow_assays_in(s, flow_id, s.get(Material, d.material_id), d.grades,
                               d.assay_method, d.assay_uncertainty_pct)

    def revert(self, db: Database) -> Changes:
        """Delete the records added; refused if one lies in a closed period or a waste stock would go
        negative without them.
        One transaction; announces the flows."""
        with db.write() as s:
            check_open(s, [r.flow_date for r in self._rows])
            _delete(s, self.ids)
            removed(s, map(_values, self._rows), self.undo_what)
        return Changes.of(Entity.FLOW, ids=tuple(self.ids))


class EditFlow:
    """Change one record; undo restores what it was."""

    def __init__(self, flow_id: int, draft: FlowDraft) -> None:
        if draft.version is None:  # without it a change made elsewhere would be overwritten
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "This edit does not say which version "
                                                           "of the record it changes; open the "
                                                           "record again and make the change "
                                                           "there."))
        self.flow_id = flow_id
        self.draft = draft
        self.before: FlowRow | None = None
        self.after: FlowRow | None = None
        self._version: int | None = None  # the record's version after our last step

    def apply(self, db: Database) -> Changes:
        """Write the edited values in one transaction. Refuses a record edited elsewhere since it was
        opened (version), one deleted, an invalid draft, a date moved into or out of a closed
        period or after today, and a change that leaves a waste stock negative. Announces the flow."""
        with db.write() as s:
            flow = s.get(Flow, self.flow_id)
            if flow is None:
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The record no longer exists; it "
                                                               "may have been deleted."))
            first = self.after is None  # else a redo
            if first:
                check_version(s, flow, self.draft.version)
            else:
                _holds(s, flow, self.before, self._version)  # type: ignore[arg-type]
            before = flow_row(flow)
            if first:
                values = FlowValidator(load_catalog_in(s)).check(self.draft)
            else:
                values = {k: v for k, v in vars(self.after).items() if k not in _NOT_SET}
            check_open(s, [before.flow_date, values["flow_date"]])  # type: ignore[list-item]
            for key, value in values.items():
                setattr(flow, key, value)
            s.flush()
            after = flow_row(flow)
            check_not_future([after.flow_date])
            removed(s, map(_values, (before, after)), "This change")
            # Remembered only once the step is in: a refused first try leaves no state.
            self.before, self.after, self._version = before, after, flow.version
        return Changes.of(Entity.FLOW, ids=(self.flow_id,))

    def revert(self, db: Database) -> Changes:
        """Put back the values before the edit, under the same refusals; refused when the record
        changed after the edit.
        One transaction; announces the flow."""
        assert self.before is not None and self.after is not None
        with db.write() as s:
            flow = s.get(Flow, self.flow_id)
            if flow is None:
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The record no longer exists; it "
                                                               "may have been deleted."))
            _holds(s, flow, self.after, self._version)
            check_open(s, [self.after.flow_date, self.before.flow_date])
            for key, value in vars(self.before).items():
                if key not in _NOT_SET:
                    setattr(flow, key, value)
            s.flush()
            self._version = flow.version
            removed(s, map(_values, (self.before, self.after)), "Undoing this change")
        return Changes.of(Entity.FLOW, ids=(self.flow_id,))


def _holds(s: Session, flow: Flow, expected: FlowRow, version: int | None) -> None:
    """Undo and redo of an edit: the record must hold what the step left. Its content
    decides, not its version, which moves on when a later edit of the same record is undone
    (two edits undone in turn were refused as "changed elsewhere")."""
    if _values(flow_row(flow)) != _values(expected):
        raise conflict_error(s, "flow", flow.id, version or 0)


def edit_field(row: FlowRow, **changes: object) -> FlowDraft:
    """A draft of `row` with some fields changed (inline edits in the table)."""
    return replace(row.draft(), **changes)  # type: ignore[arg-type]


def _dependents(rule: str) -> list[tuple[Table, Column]]:
    """Tables whose rows hang on a flow record with this ON DELETE rule (assays, waste
    transfers, incident clean-ups): found from the metadata, so new areas are covered."""
    from greendesk.models import Base, load_all

    load_all()
    return [(fk.parent.table, fk.parent) for table in Base.metadata.tables.values()
            for fk in table.foreign_keys
            if fk.column.table.name == "flow" and (fk.ondelete or "").upper() == rule]


class DeleteFlows:
    """Delete records as one step; undo puts them back with their ids and contents, and
    with what hung on them (assays, waste transfers), which the database deleted along."""

    def __init__(self, ids: Sequence[int]) -> None:
        if not ids:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Select the records to delete."))
        self.ids = sorted(set(ids))
        self._rows: list[FlowRow] = []
        self._dependent_rows: list[tuple[Table, list[dict]]] = []

    def apply(self, db: Database) -> Changes:
        """Delete the records in one transaction, with the rows that cascade from them (kept for
        undo). Refuses records already gone, in a closed period, referred to by another record
        (e.g. an incident) or whose removal leaves a waste stock negative. Announces the flows."""
        with db.write() as s:
            self._rows = _fetch(s, self.ids)
            if len(self._rows) != len(self.ids):
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Some of the selected records no "
                                                               "longer exist; refresh the ledger "
                                                               "and try again."))
            check_open(s, [r.flow_date for r in self._rows])
            for table, column in _dependents("RESTRICT"):
                held = s.execute(select(column).where(column.in_(self.ids))).scalars().all()
                if held:
                    raise DomainError(
                        QT_TRANSLATE_NOOP("Refusal", "{count} of the selected records are "
                                                     "referred to by {what} entries (e.g. an "
                                                     "incident's clean-up waste); change those "
                                                     "first."),
                        count=len(set(held)), what=table.name.replace('_', ' '))
            self._dependent_rows = []
            for table, column in _dependents("CASCADE"):
                rows = [dict(r._mapping) for r in s.execute(
                    select(table).where(column.in_(self.ids)))]
                if rows:
                    self._dependent_rows.append((table, rows))
            _delete(s, self.ids)
            removed(s, map(_values, self._rows), "Deleting these records")
        return Changes.of(Entity.FLOW, ids=tuple(self.ids))

    def revert(self, db: Database) -> Changes:
        """Put the records back with their ids and the rows that cascaded from them.
        One transaction; refused when a restored date is in a closed period. Announces the
        flows."""
        with db.write() as s:
            writer = FlowWriter(s, what=QT_TRANSLATE_NOOP("Refusal", "Undoing the delete"))
            writer.restore(_record(r) for r in self._rows)
            writer.finish()
            for table, rows in self._dependent_rows:
                s.execute(insert(table), rows)
        return Changes.of(Entity.FLOW, ids=tuple(self.ids))
