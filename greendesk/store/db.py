"""Opening a plant database: create, recognise, back up, migrate, refuse.

Opening is on the start-up path, so the fast path (a database already at head) only reads
the revision table; alembic is imported only when a migration has to run.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from greendesk.errors import DomainError, Message, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.paths import database_location
from greendesk.store import audit
from greendesk.store import postgres as db_postgres
from greendesk.store import sqlite as db_sqlite

# Every released schema revision, oldest first. tests/migrations checks that this list
# matches the alembic scripts, so the fast open path never needs to import alembic.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_ledger",
    "0003_balances",
    "0004_waste",
    "0005_audit",
    "0006_formations",
    "0007_checklist",
    "0008_audit_export",
    "0009_waste_composition",
    "0010_permits",
    "0011_unverified_codes",
    "0012_month_close_waivers",
    "0013_assay_quality",
    "0014_flow_reconciliation",
    "0015_obligations",
    "0016_fee_rates",
    "0017_pek",
    "0018_emissions",
    "0019_sync",
    "0020_permit_bat",
    "0021_ledger_sort_indexes",
)
SCHEMA_HEAD = KNOWN_REVISIONS[-1]


class DatabaseOpenError(Exception):
    """A database cannot be opened; the message is one sentence for the officer."""


class NotGreenDeskDatabase(DatabaseOpenError):
    """The file is not a GreenDesk database: not SQLite at all, or another program's."""


class NewerSchemaError(DatabaseOpenError):
    """The database was written by a newer GreenDesk than this one."""


class DatabaseLockedError(DatabaseOpenError):
    """Another program holds the database's lock."""


class DatabaseAlteredError(DomainError):
    """A table or column the schema has is gone (the file was changed outside GreenDesk)."""


class DatabaseWriteError(DomainError):
    """A save failed for a reason outside GreenDesk (locked file, full disk); nothing was
    saved. A DomainError, so every form and view shows it like any refusal."""


@dataclass
class Database:
    """An open plant database: the engine plus the two kinds of transaction services use.

    A server database (PostgreSQL) has `server` set to its URL without the password; its
    `path` is then just its name (`Path(dbname)`), for sentences and titles."""

    path: Path
    engine: Engine
    read_only: bool = False
    server: str | None = None
    backup_made: Path | None = None
    upgraded_from: str | None = None
    backup_problem: str | None = None  # why the automatic backup on opening failed
    _reader: sessionmaker[Session] = field(init=False, repr=False)
    _writer: sessionmaker[Session] = field(init=False, repr=False)
    _batch: threading.local = field(init=False, repr=False, default_factory=threading.local)

    def __post_init__(self) -> None:
        reader = db_postgres.reader(self.engine) if self.server else self.engine
        self._reader = sessionmaker(reader, expire_on_commit=False)
        # Writers queue: BEGIN IMMEDIATE on SQLite, the advisory lock on PostgreSQL.
        writer_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE",
                                                      greendesk_writer=True)
        self._writer = sessionmaker(writer_engine, expire_on_commit=False)
        audit.install(self._writer)  # every write through the services is audited

    @property
    def is_server(self) -> bool:
        """Whether this is a server database (its backups are the server's business)."""
        return self.server is not None

    def read(self) -> AbstractContextManager[Session]:
        """A read-only transaction; a missing schema or a file altered outside GreenDesk is refused.
        Inside a `batch` of this thread it reads the batch's session (its writes so far)."""
        joined = getattr(self._batch, "session", None)
        if joined is not None:
            return self._joined(joined, savepoint=False)
        return self._transaction(self._reader, db_sqlite.missing_schema_message,
                                 DatabaseAlteredError)

    def write(self) -> AbstractContextManager[Session]:
        """One all-or-nothing transaction: commits on success, rolls back on any error."""
        if self.read_only:
            raise DatabaseOpenError(
                Message(QT_TRANSLATE_NOOP("Refusal", "{path} is open read-only; changes cannot be "
                                                     "saved."), path=self.path.name)
            )
        from greendesk.models import load_all

        load_all()  # the audit trail follows cascades into every table (cheap after once)
        joined = getattr(self._batch, "session", None)
        if joined is not None:
            return self._joined(joined, savepoint=True)
        # Waited busy_timeout for a lock, or the disk is full: say so plainly.
        return self._transaction(self._writer, db_postgres.write_error_message if self.server
                                 else db_sqlite.write_error_message, DatabaseWriteError)

    @contextmanager
    def batch(self) -> Iterator[Session]:
        """One transaction that many service writes join: inside it (on this thread) each
        `write()` is a savepoint of it, so a refused write undoes only itself while the batch
        goes on, and the batch commits or rolls back as one. A plant set-up import runs every
        row through the services' own write functions this way, all or nothing."""
        if getattr(self._batch, "session", None) is not None:
            raise RuntimeError("batches do not nest")
        with self.write() as session:
            self._batch.session = session
            try:
                yield session
            finally:
                self._batch.session = None

    @contextmanager
    def _joined(self, session: Session, *, savepoint: bool) -> Iterator[Session]:
        if not savepoint:
            yield session
            return
        with session.begin_nested():
            yield session

    @contextmanager
    def _transaction(self, maker: sessionmaker[Session],
                     plain: Callable[[str, BaseException], str | None],
                     error: type[DomainError]) -> Iterator[Session]:
        """A session in one transaction; an SQLite failure the officer can act on (`plain`
        has a sentence for it) is raised as `error`, anything else as it is."""
        try:
            with maker() as session, session.begin():
                yield session
        except sa_exc.OperationalError as exc:
            message = plain(self.path.name, exc)
            if message is None:
                raise
            raise error(message) from exc

    def close(self) -> None:
        """Release the file's connections."""
        self.engine.dispose()


def insert_many(conn: Connection, statement: str, rows: Sequence[Sequence[Any]]) -> None:
    """A driver-level `INSERT ... VALUES (?, ...)` of many rows: the driver's executemany
    on SQLite, statements of many rows each on a server (`postgres.insert_many`)."""
    if conn.dialect.name == "postgresql":
        db_postgres.insert_many(conn, statement, rows)
    else:
        conn.exec_driver_sql(statement, list(rows))


def make_engine(path: Path, read_only: bool = False) -> Engine:
    # Connections are pooled and may serve a worker thread (ledger totals, imports) and
    # later the main thread; SQLite serialises access itself.
    # URL.create keeps the path as it is: in f"sqlite:///{path}" '%41' would decode to 'A'
    # and '?' or '#' would cut the file name short. A file URL also gets a real pool for the
    # read-only creator ("sqlite://" would share one connection per thread, so a query
    # inside a read transaction failed with "cannot start a transaction within a
    # transaction").
    """The engine for a database file, read-only on request."""
    url = URL.create("sqlite", database=str(path))
    if read_only:
        engine = create_engine(url, creator=_read_only_connect(path))
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False})
    db_sqlite.install_pragmas(engine)
    db_sqlite.track_holds(engine, path)
    return engine


def _read_only_connect(path: Path):
    """Connections for a file GreenDesk may not write. A WAL database needs its -shm file
    even to read; in a read-only folder that cannot be created, so SQLite is told the file
    is immutable (nothing else can write it either)."""
    uri = db_sqlite.file_uri(path)

    def connect() -> sqlite3.Connection:
        con = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return con
        except sqlite3.OperationalError:
            con.close()
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True,
                               check_same_thread=False)
    return connect


def current_revision(engine: Engine) -> str | None:
    """The alembic revision stamped in the database, or None if it has no revision table."""
    with engine.connect() as conn:
        return current_revision_on(conn)


def current_revision_on(conn: Connection) -> str | None:
    """`current_revision` on an open connection."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _user_tables(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return inspect(conn).get_table_names()


def open_database(path: Path | str, *, create: bool = True, auto_backup: bool = True
                  ) -> Database:
    """Open (or create) a GreenDesk database, upgrading an older schema after a backup.

    Refuses, untouched: files that are not SQLite, SQLite files that are not GreenDesk's,
    and databases written by a newer GreenDesk. A writable database is backed up once a
    day when opened (`auto_backup`). A `postgresql://` URL opens a server database
    (`open_server`).
    """
    if db_postgres.is_server(path):
        return open_server(str(path), create=create)
    try:
        path = database_location(path).expanduser().resolve()
    except ValueError as exc:
        raise DatabaseOpenError(message_of(exc)) from None
    name = path.name
    if path.is_dir():
        raise DatabaseOpenError(Message(
            QT_TRANSLATE_NOOP("Refusal", "{path} is a folder, not a GreenDesk database file."),
            path=path))
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and not create:
        raise DatabaseOpenError(Message(QT_TRANSLATE_NOOP("Refusal", "There is no database at "
                                                                     "{path}."), path=path))
    if is_new:
        path.parent.mkdir(parents=True, exist_ok=True)
        return _create(path)

    try:
        if not db_sqlite.looks_like_sqlite(path):
            raise NotGreenDeskDatabase(
                Message(QT_TRANSLATE_NOOP("Refusal", "{name} is not a GreenDesk database: it is "
                                                     "not an SQLite file at all."), name=name)
            )
    except PermissionError as exc:
        raise DatabaseOpenError(Message(
            QT_TRANSLATE_NOOP("Refusal", "{name} cannot be read: permission denied."),
            name=name)) from exc

    read_only = not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
    engine = make_engine(path, read_only=read_only)
    try:
        revision = current_revision(engine)
        app_id = db_sqlite.application_id(engine)
        if revision is None:
            tables = _user_tables(engine)
            raise NotGreenDeskDatabase(Message(
                QT_TRANSLATE_NOOP("Refusal", "{name} is an SQLite database but not a GreenDesk "
                                             "one (it holds tables such as {table!r}).")
                if tables else
                QT_TRANSLATE_NOOP("Refusal", "{name} is an SQLite database but not a GreenDesk "
                                             "one (it is empty)."),
                name=name, table=tables[0] if tables else ""))
        if revision not in KNOWN_REVISIONS:
            engine.dispose()
            if app_id == db_sqlite.APPLICATION_ID:
                raise NewerSchemaError(
                    Message(
                        QT_TRANSLATE_NOOP("Refusal", "{name} was written by a newer version of "
                                                     "GreenDesk (schema {revision}); install that "
                                                     "version to open it. The file was not "
                                                     "changed."),
                        name=name, revision=revision)
                )
            raise NotGreenDeskDatabase(
                Message(
                    QT_TRANSLATE_NOOP("Refusal", "{name} is not a GreenDesk database (unknown "
                                                 "schema {revision!r})."),
                    name=name, revision=revision)
            )
        db = Database(path=path, engine=engine, read_only=read_only)
        if revision != SCHEMA_HEAD:
            if read_only:
                raise DatabaseOpenError(
                    Message(
                        QT_TRANSLATE_NOOP("Refusal", "{name} needs an upgrade to this version's "
                                                     "schema, but it is read-only."),
                        name=name)
                )
            from greendesk.store import backup

            db.backup_made = backup.before_upgrade(path, revision)
            try:
                _upgrade(engine, note=f"the schema upgrade from {revision} (the file before "
                                      f"it was kept as {db.backup_made.name})")
            except sa_exc.OperationalError as exc:
                set_back = _stamp_set_back(name, revision, exc)
                if set_back is None:
                    raise
                raise set_back from exc
            db.upgraded_from = revision
        if auto_backup and not read_only:
            _daily_backup(db)
        return db
    except DatabaseOpenError:
        engine.dispose()
        raise
    except (sa_exc.DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        message = str(getattr(exc, "orig", exc)).lower()
        if "locked" in message or "busy" in message:
            raise DatabaseLockedError(
                Message(QT_TRANSLATE_NOOP("Refusal", "{name} is locked by another program; close "
                                                     "it there and try again."), name=name)
            ) from exc
        raise NotGreenDeskDatabase(
            Message(QT_TRANSLATE_NOOP("Refusal", "{name} cannot be opened: the file is damaged or "
                                                 "is not a GreenDesk database."), name=name)
        ) from exc


def open_server(value: str, *, create: bool = True) -> Database:
    """Open a database on a PostgreSQL server: an empty one (made by its administrator) gets
    the schema when `create`, an older schema is upgraded (no backup: pg_dump's business),
    a newer or foreign one is refused, untouched."""
    try:
        url = db_postgres.server_url(value)
    except sa_exc.ArgumentError:
        raise DatabaseOpenError(Message(QT_TRANSLATE_NOOP(
            "Refusal", "{value} is neither a file path nor a database URL."),
            value=value)) from None
    name = url.database or ""
    engine = db_postgres.make_engine(url)
    try:
        try:
            revision = current_revision(engine)
            tables = _user_tables(engine) if revision is None else []
        except sa_exc.OperationalError as exc:
            raise DatabaseOpenError(db_postgres.unreachable(name)) from exc
        db = Database(path=Path(name), engine=engine, server=db_postgres.shown_url(url))
        if revision is None:
            if tables:
                raise NotGreenDeskDatabase(Message(QT_TRANSLATE_NOOP(
                    "Refusal", "{name} is a server database but not a GreenDesk one (it holds "
                               "tables such as {table!r})."), name=name, table=tables[0]))
            if not create:
                raise DatabaseOpenError(Message(QT_TRANSLATE_NOOP(
                    "Refusal", "The server database {name} is empty: it holds no GreenDesk "
                               "plant yet."), name=name))
            _upgrade(engine)
        elif revision not in KNOWN_REVISIONS:
            raise NewerSchemaError(Message(QT_TRANSLATE_NOOP(
                "Refusal", "{name} was written by a newer version of GreenDesk (schema "
                           "{revision}); install that version to open it. The file was not "
                           "changed."), name=name, revision=revision))
        elif revision != SCHEMA_HEAD:
            _upgrade(engine, note=f"the schema upgrade from {revision}")
            db.upgraded_from = revision
        return db
    except BaseException:
        engine.dispose()
        raise


def _stamp_set_back(name: str, revision: str, exc: BaseException) -> DatabaseOpenError | None:
    """The upgrade met what a later revision adds: the stamp in alembic_version was set
    back, not the schema (the upgrade's transaction is rolled back: the file is as it was)."""
    text = str(getattr(exc, "orig", exc))
    found = (re.search(r"table (\S+) already exists", text)
             or re.search(r"duplicate column name: (\S+)", text))
    if found is None:
        return None
    kind = "table" if "already exists" in found[0] else "column"
    return DatabaseOpenError(
        Message(
            QT_TRANSLATE_NOOP("Refusal", "{name} claims schema revision {revision}, but it "
                                         "already holds the {kind} {what} of a later revision, so "
                                         "its revision stamp was set back outside GreenDesk; the "
                                         "file was not changed."),
            name=name, revision=revision, kind=kind, what=found[1].strip(chr(34))))


def _create(path: Path) -> Database:
    engine = make_engine(path)
    try:
        db_sqlite.enable_wal(engine)
        _upgrade(engine)
        db_sqlite.stamp_application_id(engine)
    except Exception:
        engine.dispose()
        path.unlink(missing_ok=True)
        raise
    return Database(path=path, engine=engine)


def alembic_config(connection=None):
    """The alembic configuration, built in code so it works from an installed wheel."""
    from alembic.config import Config

    from greendesk.paths import package_dir

    cfg = Config()
    cfg.set_main_option("script_location", str(package_dir("migrations")))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _daily_backup(db: Database) -> None:
    """The once-a-day backup on opening; a failure is reported, never a reason not to open."""
    from greendesk.store import backup

    try:
        backup.auto_backup(db.path)
    except DomainError as exc:
        db.backup_problem = str(exc)


def _upgrade(engine: Engine, revision: str = "head", note: str = "a new database") -> None:
    """Migrate, then let the audit trail vouch for what the migrations wrote (seed data,
    the records of a file older than the trail), in the same transaction."""
    from alembic import command

    from greendesk.store.audit_verify import problem_keys, rebase

    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            db_postgres.lock(conn)  # two officers opening an old database upgrade it once
            if revision == "head" and current_revision_on(conn) == SCHEMA_HEAD:
                return  # upgraded meanwhile by another officer
        suspect = problem_keys(conn)  # tampering found before is not vouched for after
        command.upgrade(alembic_config(conn), revision)
        rebase(conn, f"Records written by {note}.", skip=suspect)
