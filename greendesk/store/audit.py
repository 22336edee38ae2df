"""The audit trail's writer: every change made through the services, recorded and chained.

`install(sessionmaker)` hooks the writer sessions (see `Database`), so services never call
anything: ORM inserts, updates and deletes of every mapped table (today's and those added
later) are recorded at flush with the record's values before and after, as stored; ORM
bulk statements (`session.execute(update(...)/delete(...)/insert(...))`) are recorded as one
entry per statement; rows that a database-level ON DELETE CASCADE or SET NULL takes along
are recorded too. Writes that bypass the ORM (a driver-level executemany) call `record()`
or `record_bulk_insert()` inside their transaction.

Each entry's hash covers the previous entry's hash; the write transaction is BEGIN
IMMEDIATE (on PostgreSQL: it holds the writers' advisory lock, see store/postgres.py), so
entries are appended one writer at a time and the chain cannot fork.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeGuard

from sqlalchemy import Connection, TableClause, event, func, select
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, UOWTransaction, sessionmaker
from sqlalchemy.orm.attributes import get_history

from greendesk import settings as app_settings
from greendesk.models import AuditAction
from greendesk.models.base import Base, table_of, utcnow
from greendesk.store.audit_codec import (
    GENESIS,
    NOT_AUDITED,
    Coverage,
    Key,
    Normaliser,
    TableInfo,
    dumps,
    entry_hash,
    format_at,
    key_text,
    raw_rows,
    server_row,
    table_info,
)

AUDITED = "greendesk.store.audit"          # session.info flag: this session's writes are audited
_PENDING = "greendesk.store.audit.pending"  # session.info: what the current flush touched
_NOTES = "greendesk.store.audit.notes"      # session.info: action/note overrides per object


@dataclass
class Entry:
    """One audit entry before it is chained: what happened to which record, before and after."""
    action: str
    entity: str
    entity_id: str | None
    before: Any = None
    after: Any = None
    note: str = ""


@dataclass
class _Pending:
    """Records touched by the flush under way, in the order SQLAlchemy wrote them."""

    ops: list[tuple[str, str, Key, int]] = field(default_factory=list)  # kind, table, key, obj
    before: dict[tuple[str, Key], dict[str, Any] | None] = field(default_factory=dict)
    cascaded: list[Entry] = field(default_factory=list)
    set_null: list[tuple[str, Key]] = field(default_factory=list)
    infos: dict[str, TableInfo | None] = field(default_factory=dict)
    gone: set[tuple[str, Key]] = field(default_factory=set)  # cascaded away already


# ---------------------------------------------------------------- who
def os_user() -> str:
    """The operating-system login, or "" where there is none (a service account, a container)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (a service account, a container)
        return ""


def officer_name() -> str:
    """The officer's name from the settings, or "" when they cannot be read."""
    try:
        return app_settings.officer_name()
    except OSError:
        return ""


# ---------------------------------------------------------------- writing entries
def append(conn: Connection, entries: Sequence[Entry]) -> list[int]:
    """Append entries to the chain on `conn` (inside the caller's write transaction)."""
    if not entries:
        return []
    if conn.dialect.name == "postgresql":  # the chain's head is read and extended under the
        from greendesk.store import postgres  # writers' lock (already held by a write())

        postgres.lock(conn)
    last = conn.exec_driver_sql(
        "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").first()
    prev_id, prev_hash = (int(last[0]), str(last[1])) if last else (0, GENESIS)
    at = format_at(utcnow())
    who, officer = os_user()[:200], officer_name()[:200]
    rows, ids = [], []
    for e in entries:
        prev_id += 1
        before = None if e.before is None else e.before if isinstance(e.before, str) \
            else dumps(e.before)
        after = None if e.after is None else e.after if isinstance(e.after, str) \
            else dumps(e.after)
        h = entry_hash(prev_hash, prev_id, at, who, officer, str(e.action), e.entity,
                       e.entity_id, before, after, e.note)
        rows.append((prev_id, at, who, officer, str(e.action), e.entity, e.entity_id, before,
                     after, e.note, prev_hash, h))
        ids.append(prev_id)
        prev_hash = h
    conn.exec_driver_sql(
        "INSERT INTO audit_entry (id, at, os_user, officer, action, entity, entity_id, "
        "before, after, note, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows)
    return ids


def record(session: Session, action: str | AuditAction, entity: str,
           entity_id: object | None, before: Any, after: Any, note: str = "") -> int:
    """Record one entry for work that bypassed the ORM, inside the session's transaction.

    `before`/`after` are JSON-able values (or JSON text). Returns the entry id."""
    eid = None if entity_id is None else str(entity_id)
    return append(session.connection(), [Entry(str(AuditAction(action)), entity, eid, before,
                                               after, note)])[0]


class BulkInsertRecord:
    """One "import" entry for rows inserted with consecutive ids, built while they arrive
    (an import streams its chunks): the row count, the id range, a sha256 digest of the
    rows' canonical contents and a CRC per row, so that verification can check every
    imported record and name one that changed."""

    def __init__(self, table: str, columns: Sequence[str], *,
                 constants: dict[str, Any] | None = None, note: str = "",
                 action: str = AuditAction.IMPORT, **extra: Any) -> None:
        self.table, self.note, self.action = table, note, action
        self.constants, self.extra = dict(constants or {}), extra
        self._cov = Coverage(table, ("id", *columns), int_pk=True)
        self._stored: Normaliser | None = None

    def inserted(self, conn: Connection, rows: Sequence[Sequence[Any]]) -> None:
        """`rows` (values of `columns`, id excluded) were just inserted, in this order.
        They are digested as the file gives them back (-0.0 as 0.0, ...), not as bound."""
        n = len(rows)
        last = conn.exec_driver_sql(f'SELECT max(id) FROM "{self.table}"').scalar() or 0
        first = int(last) - n + 1
        server = conn.dialect.name != "sqlite"
        if server:  # a server converts types its own way: digest what it gives back
            cols = ", ".join(f'"{c}"' for c in self._cov.columns[1:])
            rows = [server_row(r) for r in conn.exec_driver_sql(
                f'SELECT {cols} FROM "{self.table}" WHERE id BETWEEN ? AND ? ORDER BY id',
                (first, int(last)))]
        elif self._stored is None:
            info = table_info(conn, self.table)
            self._stored = Normaliser(info.declared(self._cov.columns) if info
                                      else [""] * len(self._cov.columns))
        for start in range(0, n, 20_000):  # row_line inlined: a million rows pass here
            chunk: Sequence[Sequence[Any]] = [(i, *r) for i, r in enumerate(
                rows[start:start + 20_000], first + start)]
            if self._stored is not None and not server:
                chunk = self._stored.rows(chunk)
            self._cov.add_many(first + start,
                               [repr(tuple(r)).encode("utf-8", "surrogatepass") for r in chunk])

    def record(self, session: Session) -> int:
        """Write the one entry that covers the bulk insert, with its digest."""
        summary = self._cov.summary(constants=self.constants, **self.extra)
        return record(session, self.action, self.table, None, None, summary, self.note)


def record_bulk_insert(session: Session, table: str, columns: Sequence[str],
                       rows: Sequence[Sequence[Any]], *, constants: dict[str, Any] | None = None,
                       note: str = "", action: str = AuditAction.IMPORT,
                       **extra: Any) -> int:
    """One "import" entry for rows just inserted with consecutive ids (BulkInsertRecord
    in one go)."""
    rec = BulkInsertRecord(table, columns, constants=constants, note=note, action=action,
                           **extra)
    rec.inserted(session.connection(), rows)
    return rec.record(session)


# ---------------------------------------------------------------- action overrides
def annotate(session: Session, obj: object, action: str | AuditAction, note: str = "") -> None:
    """Record `obj`'s next flushed change under `action` (e.g. period_close) with `note`."""
    session.info.setdefault(_NOTES, {})[id(obj)] = (str(AuditAction(action)), note)


# ---------------------------------------------------------------- the listeners
def install(factory: sessionmaker[Session]) -> None:
    """Audit every session `factory` makes (the Database's writer sessions)."""
    factory.configure(info={AUDITED: True})
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_execute)
    event.listen(factory, "after_soft_rollback", _forget)


def _audited(session: Session | None) -> TypeGuard[Session]:
    return session is not None and bool(session.info.get(AUDITED))


def _pending(session: Session) -> _Pending:
    p = session.info.get(_PENDING)
    if p is None:
        p = session.info[_PENDING] = _Pending()
    return p


def _forget(session: Session, _previous: object) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_NOTES, None)


def _info(conn: Connection, table: str, cache: dict[str, TableInfo | None] | None = None
          ) -> TableInfo | None:
    if cache is not None and table in cache:
        return cache[table]
    info = table_info(conn, table)
    if cache is not None:
        cache[table] = info
    return info


def _key(mapper: Mapper[Any], target: object) -> Key:
    return tuple(mapper.primary_key_from_instance(target))


def _table(mapper: Mapper[Any]) -> str:
    return table_of(mapper.class_).name


def _before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    """Refuse changes to records dated in a closed period (models that name their date
    column in `__period_column__`), before anything is written."""
    dates: list[date] = []
    dirty = [o for o in session.dirty if session.is_modified(o)]
    for obj in (*session.new, *dirty, *session.deleted):
        col = getattr(type(obj), "__period_column__", None)
        if col is None:
            continue
        h = get_history(obj, col)
        dates.extend(d for d in (*h.added, *h.unchanged, *h.deleted) if d is not None)
    if dates:
        from greendesk.store.closed_periods import check_open

        check_open(session, dates)


def _watched(mapper: Mapper[Any], target: object) -> tuple[_Pending, str, Key] | None:
    """What a flush event of an audited session records into, with the target's table and
    key; None for a session or a table that is not audited."""
    session = Session.object_session(target)
    if not _audited(session):
        return None
    table = _table(mapper)
    if table in NOT_AUDITED:
        return None
    return _pending(session), table, _key(mapper, target)


@event.listens_for(Base, "after_insert", propagate=True)
def _after_insert(mapper: Mapper[Any], _conn: Connection, target: object) -> None:
    if (watched := _watched(mapper, target)) is not None:
        p, table, key = watched
        p.ops.append(("insert", table, key, id(target)))


@event.listens_for(Base, "before_update", propagate=True)
def _before_update(mapper: Mapper[Any], conn: Connection, target: object) -> None:
    if (watched := _watched(mapper, target)) is None:
        return
    p, table, key = watched
    if (table, key) not in p.before:
        info = _info(conn, table, p.infos)
        p.before[(table, key)] = raw_rows(conn, info, [key]).get(key) if info else None
    p.ops.append(("update", table, key, id(target)))


@event.listens_for(Base, "before_delete", propagate=True)
def _before_delete(mapper: Mapper[Any], conn: Connection, target: object) -> None:
    if (watched := _watched(mapper, target)) is None:
        return
    p, table, key = watched
    info = _info(conn, table, p.infos)
    if info is None:
        return
    state = p.before.get((table, key)) or raw_rows(conn, info, [key]).get(key)
    p.before[(table, key)] = state
    p.ops.append(("delete", table, key, id(target)))
    if state is not None:
        _cascades(conn, info, [state], p)


def _cascades(conn: Connection, parent: TableInfo, states: list[dict[str, Any]],
              p: _Pending) -> None:
    """Rows a database-level ON DELETE CASCADE / SET NULL will take along with `states`."""
    for table in Base.metadata.tables.values():
        for fk in table.foreign_keys:
            rule = (fk.ondelete or "").upper()
            if fk.column.table.name != parent.name or rule not in ("CASCADE", "SET NULL"):
                continue
            values = {s.get(fk.column.name) for s in states} - {None}
            info = _info(conn, table.name, p.infos)
            if not values or info is None:
                continue
            col = '"' + fk.parent.name + '"'
            children: list[dict[str, Any]] = []
            vals = list(values)
            for start in range(0, len(vals), 400):
                chunk = vals[start:start + 400]
                keys = [tuple(r) for r in conn.exec_driver_sql(
                    f'SELECT {", ".join(chr(34) + c + chr(34) for c in info.pk)} FROM '
                    f'"{table.name}" WHERE {col} IN ({", ".join("?" * len(chunk))})',
                    tuple(chunk))]
                children.extend(raw_rows(conn, info, keys).values())
            children = [c for c in children if (table.name, info.key_of(c)) not in p.gone]
            if not children:
                continue
            if rule == "CASCADE":
                p.gone.update((table.name, info.key_of(c)) for c in children)
                p.cascaded.append(_packed("delete", info, children, None,
                                          f"deleted with {parent.name} records (ON DELETE "
                                          "CASCADE)"))
                _cascades(conn, info, children, p)
            else:
                p.set_null.extend((table.name, info.key_of(c)) for c in children)
                for c in children:
                    p.before.setdefault((table.name, info.key_of(c)), c)


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    p: _Pending | None = session.info.pop(_PENDING, None)
    if p is None:
        return
    notes: dict[int, tuple[str, str]] = session.info.pop(_NOTES, {})
    conn = session.connection()
    # After-states of everything inserted, updated or emptied by SET NULL.
    after = _after_states(conn, [*((t, k) for kind, t, k, _o in p.ops if kind != "delete"),
                                 *p.set_null], p.infos)
    entries: list[Entry] = []
    seen: set[tuple[str, str, Key]] = set()
    for kind, table, key, obj in p.ops:
        if (kind, table, key) in seen:
            continue
        seen.add((kind, table, key))
        action, note = notes.get(obj, (kind, ""))
        before = p.before.get((table, key)) if kind != "insert" else None
        now = after.get((table, key)) if kind != "delete" else None
        if kind == "update" and before == now:
            continue  # flushed without a net change
        entries.append(Entry(action, table, key_text(key), before, now, note))
    entries.extend(p.cascaded)
    entries.extend(_emptied(p, after))
    append(conn, entries)


def _emptied(p: _Pending, after: dict[tuple[str, Key], dict[str, Any]]) -> list[Entry]:
    """Entries for the records an ON DELETE SET NULL changed: once each, and not for those
    a cascade deleted as well (their delete entry says what became of them)."""
    out = []
    for table, key in dict.fromkeys(p.set_null):
        before, now = p.before.get((table, key)), after.get((table, key))
        if (table, key) not in p.gone and before != now:
            out.append(Entry("update", table, key_text(key), before, now,
                             "set to empty when the record it referred to was deleted"))
    return out


def _after_states(conn: Connection, keys: Iterable[tuple[str, Key]],
                  infos: dict[str, TableInfo | None]) -> dict[tuple[str, Key], dict[str, Any]]:
    """The records with these keys as stored now, read once per table."""
    wanted: dict[str, list[Key]] = {}
    for table, key in keys:
        wanted.setdefault(table, []).append(key)
    after: dict[tuple[str, Key], dict[str, Any]] = {}
    for table, ks in wanted.items():
        info = _info(conn, table, infos)
        if info is not None:
            after.update(((table, k), v) for k, v in raw_rows(conn, info, ks).items())
    return after


# ---------------------------------------------------------------- bulk statements
def _packed(action: str, info: TableInfo, rows: list[dict[str, Any]],
            changed: list[str] | None, note: str) -> Entry:
    """One entry for many records: columns once, then one value list per record."""
    if action == "update":
        cols = [*info.pk, *(changed or [])]
        return Entry(action, info.name, None, None,
                     {"key": list(info.pk), "columns": cols,
                      "rows": [[r.get(c) for c in cols] for r in rows]}, note)
    cols = [*info.pk, *(c for c in info.columns if c not in info.pk)]
    body = {"key": list(info.pk), "columns": cols, "rows": [[r.get(c) for c in cols]
                                                          for r in rows]}
    if action == "delete":
        return Entry(action, info.name, None, body, None, note)
    return Entry(action, info.name, None, None, body, note)


def _param_sets(params: object) -> list[Mapping[str, Any]]:
    """A statement's parameters as a list: every set of an executemany, the one set, or none."""
    if isinstance(params, list | tuple):
        return list(params) if params and isinstance(params[0], dict) else []
    return [params] if isinstance(params, dict) and params else []


def _on_execute(state: ORMExecuteState) -> Any:
    """Record a bulk INSERT/UPDATE/DELETE statement run through the session."""
    if not (state.is_update or state.is_delete or state.is_insert):
        return None
    stmt = state.statement
    table_obj = getattr(stmt, "table", None)
    if not isinstance(table_obj, TableClause) or table_obj.name in NOT_AUDITED:
        return None
    name = table_obj.name
    session = state.session
    conn = session.connection()
    info = table_info(conn, name)
    if info is None:
        return None
    plist = _param_sets(state.parameters)
    pk_cols = [table_obj.c[c] for c in info.pk] if info.pk != ("rowid",) else []
    if state.is_insert:
        return _bulk_insert(state, conn, info, plist, pk_cols)
    # UPDATE or DELETE: find the records first.
    keys = _target_keys(conn, getattr(stmt, "whereclause", None), info, plist, pk_cols)
    if not keys:
        return None
    before = raw_rows(conn, info, keys)
    _guard_periods(session, name, before.values())
    p = _Pending()
    if state.is_delete:
        _cascades(conn, info, list(before.values()), p)
    result = state.invoke_statement()
    if state.is_delete:
        emptied = _emptied(p, _after_states(conn, p.set_null, p.infos))
        append(conn, [_packed("delete", info, list(before.values()), None, ""), *p.cascaded,
                      *emptied])
        return result
    _record_update(conn, info, before, raw_rows(conn, info, keys))
    return result


def _bulk_insert(state: ORMExecuteState, conn: Connection, info: TableInfo,
                 plist: list[Mapping[str, Any]], pk_cols: list[Any]) -> Any:
    """Run a bulk INSERT and record the rows it made: by the keys given, else by the
    integer keys above the largest one before (left unrecorded without such a key)."""
    if plist and all(all(c in p for c in info.pk) for p in plist):
        result = state.invoke_statement()
        keys = [tuple(p[c] for c in info.pk) for p in plist]
    else:
        if not info.int_pk or not pk_cols:
            return None
        top = conn.execute(select(func.max(pk_cols[0]))).scalar() or 0
        result = state.invoke_statement()
        keys = [(k,) for (k,) in conn.execute(select(pk_cols[0]).where(pk_cols[0] > top))]
    rows = list(raw_rows(conn, info, keys).values())
    if rows:
        append(conn, [_packed("insert", info, rows, None, "")])
    return result


def _target_keys(conn: Connection, where: Any, info: TableInfo,
                 plist: list[Mapping[str, Any]], pk_cols: list[Any]) -> list[Key]:
    """The keys of the records a bulk UPDATE or DELETE will touch ([] when unknown)."""
    if where is None and plist and all(all(c in p for c in info.pk) for p in plist):
        return [tuple(p[c] for c in info.pk) for p in plist]  # bulk UPDATE by primary key
    if not pk_cols:
        return []
    q = select(*pk_cols)
    if where is not None:
        q = q.where(where)
    return [tuple(r) for r in conn.execute(q)]


def _record_update(conn: Connection, info: TableInfo, before: dict[Key, dict[str, Any]],
                   now: dict[Key, dict[str, Any]]) -> None:
    """One entry for the records a bulk UPDATE changed: full records before, changed
    columns after."""
    changed_rows: list[Key] = []
    changed_cols: list[str] = []
    for k, new in now.items():
        old = before.get(k, {})
        cols = [c for c in info.columns if old.get(c) != new.get(c)]
        if cols:
            changed_rows.append(k)
            changed_cols.extend(c for c in cols if c not in changed_cols)
    if changed_rows:
        # Full records before (what verification needs to check older entries), and only
        # the changed columns after.
        full = _packed("delete", info, [before[k] for k in changed_rows], None, "").before
        changes = _packed("update", info, [now[k] for k in changed_rows], changed_cols,
                          "").after
        append(conn, [Entry("update", info.name, None, full, changes, "")])


def _guard_periods(session: Session, table: str, rows: Iterable[dict[str, Any]]) -> None:
    mapper = next((m for m in Base.registry.mappers if _table(m) == table), None)
    col = getattr(mapper.class_, "__period_column__", None) if mapper else None
    if col is None:
        return
    dates = [r.get(col) for r in rows]
    if any(d is not None for d in dates):
        from greendesk.store.closed_periods import check_open

        check_open(session, [d for d in dates if d is not None])


# ---------------------------------------------------------------- reading the trail
@dataclass(frozen=True)
class LastChange:
    """A recent change of one record, read back from the trail to explain a conflict."""
    entry_id: int
    at: datetime
    os_user: str
    officer: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def who(self) -> str:
        """Who made it, as a sentence can name them."""
        return self.officer or self.os_user or "someone"


def last_changes(session: Session, entity: str, entity_id: object, limit: int = 20
                 ) -> list[LastChange]:
    """The most recent per-record entries about one record, newest first."""
    import json

    rows = session.connection().exec_driver_sql(
        "SELECT id, at, os_user, officer, action, before, after FROM audit_entry "
        "WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?",
        (entity, str(entity_id), limit)).fetchall()
    out = []
    for r in rows:
        at = r[1] if isinstance(r[1], datetime) else datetime.fromisoformat(str(r[1]))
        out.append(LastChange(int(r[0]), at, r[2] or "", r[3] or "", r[4],
                              json.loads(r[5]) if r[5] else None,
                              json.loads(r[6]) if r[6] else None))
    return out
