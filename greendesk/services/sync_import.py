"""Taking in a site's period package at the company database, all or nothing.

The package is read and checked whole first (`sync_codec`: digest, members, the site's
chain); then, in one write transaction: the site and every node, material and contractor
it names are found by name (a monitoring parameter by its code) (an unknown one is refused, named); the records are inserted
through the services' own writers (flows through `FlowWriter`, so its rules hold), each
mapped from (origin UUID, table, local id) to its new id in `sync_record`; and the
`sync_package` row records the package's digest and the site chain's head, so the company
chain's entry for it carries both. The same package again changes nothing; a different one
for a site's period already taken in replaces its records only while this database has
the period reopened (with a reason), and the replacement is in the trail like any change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import AuditAction, ClosedPeriod, Flow, Site
from greendesk.models.base import table_of, utcnow
from greendesk.models.sync import SyncPackage, SyncRecord
from greendesk.services.changes import Changes, Entity
from greendesk.services.checklist import ensure_ready
from greendesk.services.flow_writes import ROW_COLUMNS, FlowWriter
from greendesk.services.sync_actions import ACTIONS, CHANGES, COLUMNS, take_actions
from greendesk.services.sync_codec import Member, Package, read_package
from greendesk.services.sync_export import identity, month_span
from greendesk.services.sync_tables import (
    CONTRACTOR,
    LABEL,
    MATERIAL,
    NODE,
    PARAMETER,
    POINT,
    SPECS,
    Spec,
    names,
    typed,
)
from greendesk.store import audit
from greendesk.store.closed_periods import check_open, closed_periods, label
from greendesk.store.db import Database, insert_many

_MAP_COLUMNS = ("package_id", "origin_uuid", "entity", "local_id", "company_id")


@dataclass(frozen=True)
class Imported:
    """What an import did: the package's site and period, how many records came in, and
    whether it replaced an earlier package or changed nothing (the same one again)."""
    site: str
    period: str
    digest: str
    records: int
    replaced: bool
    unchanged: bool
    changes: Changes


def import_package(db: Database, path: Path) -> Imported:
    """Merge the package at `path` into `db` (one transaction; see the module's rules)."""
    package = read_package(path)
    m = package.manifest
    period, file = str(m.get("period")), path.name
    _check_shape(package, file)
    month_span(period)
    if package.members.get(ACTIONS, _NONE).rows:
        ensure_ready(db)  # the shipped checklist, which the site's actions refer to
    with db.write() as s:
        if identity(s) == m["origin"]:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file} was written by this "
                                                           "database; import it into the "
                                                           "company database."), file=file)
        site = s.scalars(select(Site).where(Site.name == m["site"])).first()
        if site is None:
            raise _unknown(file, NODE_SITE, str(m["site"]))
        _check_continues(s, package, str(m["origin"]), file)
        old = s.scalars(select(SyncPackage).where(
            SyncPackage.origin_uuid == m["origin"], SyncPackage.site_id == site.id,
            SyncPackage.period == period)).first()
        other = s.scalars(select(SyncPackage).where(
            SyncPackage.origin_uuid != m["origin"], SyncPackage.site_id == site.id,
            SyncPackage.period == period)).first()
        if other is not None:  # two site files for one site would count its month twice
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file} is refused: {label} of "
                                                           "{site} was handed in from another "
                                                           "database ({origin})."),
                              file=file, label=label(period), site=site.name,
                              origin=other.origin_uuid)
        if old is not None and old.digest == package.digest:
            return Imported(site.name, period, package.digest, old.records, False, True,
                            Changes())
        if old is not None:
            _check_reopened(s, period, site.name)
        check_open(s, [month_span(period)[0]])
        refs = _references(s, site.id, package, file)
        try:
            if old is not None:
                _remove(s, old)
                row = old
            else:
                row = SyncPackage(origin_uuid=m["origin"], site_id=site.id, period=period)
            head_id, head = package.head
            row.digest, row.site_head_id, row.site_head = package.digest, head_id, head
            row.records, row.imported_at = sum(len(package.members.get(sp.table, _NONE).rows)
                                               for sp in SPECS), utcnow()
            if old is None:
                s.add(row)
            audit.annotate(s, row, AuditAction.IMPORT,
                           f"Package of {site.name} for {period} ({file}): digest "
                           f"{package.digest}, site chain head #{head_id} {head}")
            s.flush()
            _insert(s, row, package, site.id, refs)
            take_actions(s, row, package.members, site.id, file)
        except DomainError:
            raise  # a rule of the writers (a closed month, a waste stock), as it is
        except (IntegrityError, ValueError, TypeError, KeyError) as exc:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file} is refused: its records do "
                                                           "not fit this database."),
                              file=file) from exc
        return Imported(site.name, period, package.digest, row.records, old is not None,
                        False, Changes.of(Entity.FLOW, Entity.CHECKLIST))


_NONE = Member([], [])
NODE_SITE = "site"
_KIND_NAMES = {
    NODE_SITE: QT_TRANSLATE_NOOP("Refusal", "the site"),
    NODE: QT_TRANSLATE_NOOP("Refusal", "the node"),
    MATERIAL: QT_TRANSLATE_NOOP("Refusal", "the material"),
    CONTRACTOR: QT_TRANSLATE_NOOP("Refusal", "the contractor"),
    POINT: QT_TRANSLATE_NOOP("Refusal", "the monitoring point"),
    PARAMETER: QT_TRANSLATE_NOOP("Refusal", "the parameter"),
}


def _unknown(file: str, kind: str, name: str) -> DomainError:
    from greendesk.errors import Message

    return DomainError(QT_TRANSLATE_NOOP("Refusal", "{file} names {what} {name}, which this "
                                                    "database does not have; import the "
                                                    "company's structure at the site first."),
                       file=file, what=Message(_KIND_NAMES[kind], context="Refusal"),
                       name=name)


def _check_shape(package: Package, file: str) -> None:
    """Only the record kinds this version knows, each with exactly its columns."""
    from greendesk.services.sync_codec import AUDIT

    kinds = {spec.table: spec for spec in SPECS}
    fields = ("origin", "site", "period")
    for name, member in package.members.items():
        spec = kinds.get(name)
        expected = spec.columns() if spec is not None else COLUMNS.get(name)
        if name != AUDIT and (expected is None or member.columns != expected
                              or any(len(r) != len(member.columns) for r in member.rows)) \
                or not all(isinstance(package.manifest.get(f), str) for f in fields):
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file} is not a GreenDesk period "
                                                           "package."), file=file)


def _check_continues(s: Session, package: Package, origin: str, file: str) -> None:
    """The site's trail must still hold every head its earlier packages ended at: a trail
    recomputed from an edited entry on (a forger's whole new chain) is refused."""
    from greendesk.services.sync_codec import AUDIT

    trail = package.members[AUDIT]
    ids, hashes = trail.columns.index("id"), trail.columns.index("hash")
    held = {int(r[ids]): r[hashes] for r in trail.rows}
    for entry, head in s.execute(select(SyncPackage.site_head_id, SyncPackage.site_head)
                                 .where(SyncPackage.origin_uuid == origin)):
        if held.get(int(entry)) != head:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file} is refused: the site's audit "
                                                           "trail no longer holds entry {entry}, "
                                                           "where an earlier package of it "
                                                           "ended; it was rewritten."),
                              file=file, entry=entry)


def _check_reopened(s: Session, period: str, site: str) -> None:
    """A corrected package replaces only while this database has the period reopened."""
    row = s.scalars(select(ClosedPeriod).where(ClosedPeriod.period == period)).first()
    if row is None or row.reopened_at is None or period[:4] in closed_periods(s):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{site} has handed in {label} already; "
                                                       "reopen {label} here (with a reason) to "
                                                       "take in a corrected package."),
                          site=site, label=label(period))


def _references(s: Session, site_id: int, package: Package, file: str
                ) -> dict[str, dict[str, int]]:
    """name → id of every node, material, contractor, point and parameter the package
    names; the first unknown one is refused by name."""
    found = {k: {v: i for i, v in names(s, k, site_id).items()}
             for k in LABEL}
    for spec in SPECS:
        member = package.members.get(spec.table, _NONE)
        for col, kind in spec.refs.items():
            i = member.columns.index(col)
            for r in member.rows:
                if r[i] not in found[kind]:
                    raise _unknown(file, kind, str(r[i]))
    return found


def _remove(s: Session, old: SyncPackage) -> None:
    """The records an earlier package brought, deleted (audited, with their cascades)."""
    mapped = s.execute(select(SyncRecord.entity, SyncRecord.company_id)
                       .where(SyncRecord.package_id == old.id,
                              SyncRecord.entity != CHANGES)).all()
    s.execute(delete(SyncRecord).where(SyncRecord.package_id == old.id,
                                       SyncRecord.entity != CHANGES))  # history stays
    for spec in reversed(SPECS):
        ids = [c for e, c in mapped if e == spec.table]
        table = spec.sa_table()
        key = next(iter(table.primary_key.columns))
        for start in range(0, len(ids), 500):
            s.execute(delete(table).where(key.in_(ids[start:start + 500])))


def _insert(s: Session, pkg: SyncPackage, package: Package, site_id: int,
            refs: dict[str, dict[str, int]]) -> None:
    """Every record of the package, in dependency order, with its mapping rows."""
    new_ids: dict[str, dict[int, int]] = {}
    mapping: list[tuple[Any, ...]] = []
    for spec in SPECS:
        member = package.members.get(spec.table, _NONE)
        if not member.rows:
            continue
        table = spec.sa_table()
        rows = [_resolved(spec, table, member.columns, r, refs, new_ids) for r in member.rows]
        local = [int(r[member.columns.index("id")]) for r in member.rows] \
            if "id" in member.columns else []
        if spec.table == "flow":
            ids = _flows(s, site_id, rows)
        else:
            if local:
                body = [{k: v for k, v in r.items() if k != "id"} for r in rows]
                if spec.date is not None and "site_id" in table.c:
                    body = [{**b, "site_id": site_id} for b in body]
                ids = [int(i) for i in s.execute(
                    insert(table).returning(table.c.id, sort_by_parameter_order=True),
                    body).scalars()]
            else:
                s.execute(insert(table), rows)
                ids = []
        new_ids[spec.table] = dict(zip(local, ids, strict=True))
        mapping.extend((pkg.id, pkg.origin_uuid, spec.table, lo, co)
                       for lo, co in zip(local, ids, strict=True))
    _record_mapping(s, mapping)


def _resolved(spec: Spec, table: Table, columns: Sequence[str], row: Sequence[Any],
              refs: dict[str, dict[str, int]], new_ids: dict[str, dict[int, int]]
              ) -> dict[str, Any]:
    values = typed(table, columns, row)
    for col, kind in spec.refs.items():
        values[col] = refs[kind][values[col]]
    if spec.parent is not None:
        col, parent = spec.parent
        values[col] = new_ids[parent][int(values[col])]
    return values


def _flows(s: Session, site_id: int, rows: list[dict[str, Any]]) -> list[int]:
    """Flows through the one flow writer (its rules, one bulk audit entry with a digest);
    their new ids, in the package's order."""
    writer = FlowWriter(s, bulk=True, note="Flow records of a site's period package")
    data = [[site_id if c == "site_id" else r[c] for c in ROW_COLUMNS] for r in rows]
    for start in range(0, len(data), 20_000):
        writer.add(data[start:start + 20_000])
    writer.finish()
    conn = s.connection()
    top = int(conn.execute(select(func.max(Flow.id))).scalar() or 0)
    return list(range(top - len(rows) + 1, top + 1))


def _record_mapping(s: Session, mapping: list[tuple[Any, ...]]) -> None:
    """The (origin, table, local id) → id rows, inserted in bulk with one audit entry."""
    if not mapping:
        return
    sql = (f"INSERT INTO {table_of(SyncRecord).name} ({', '.join(_MAP_COLUMNS)}) VALUES "
           f"({', '.join('?' * len(_MAP_COLUMNS))})")
    rec = audit.BulkInsertRecord("sync_record", _MAP_COLUMNS, note="Identity of records "
                                 "taken in from a site's period package")
    conn = s.connection()
    for start in range(0, len(mapping), 20_000):
        chunk = mapping[start:start + 20_000]
        insert_many(conn, sql, chunk)
        rec.inserted(conn, chunk)
    rec.record(s)
