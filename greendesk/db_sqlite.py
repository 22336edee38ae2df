"""Everything SQLite-specific in one place: pragmas, file sniffing, the online backup.

A company running GreenDesk against PostgreSQL later skips this module; the rest of the
code speaks portable SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, event

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks a file as GreenDesk's ("GRDK"), so that a foreign SQLite
# file is told apart from a GreenDesk database written by a newer version.
APPLICATION_ID = 0x4752444B
BUSY_TIMEOUT_MS = 5000


def install_pragmas(engine: Engine) -> None:
    """Per-connection settings chosen for legal records.

    WAL lets the window read while a write is under way; synchronous=FULL makes every
    commit durable across power loss in WAL mode (NORMAL may lose the last commits);
    foreign keys are off by default in SQLite and must be switched on per connection.
    Transactions are begun explicitly so that reads inside a service's transaction are
    consistent with its writes; write transactions take the lock up front (IMMEDIATE)
    so two writers queue instead of failing half-way.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy emit BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def _pragma(engine: Engine, statement: str) -> object:
    """Run a pragma outside any transaction (some, like journal_mode, refuse to run inside)."""
    raw = engine.raw_connection()
    try:
        row = raw.cursor().execute(statement).fetchone()
        return row[0] if row else None
    finally:
        raw.close()


def enable_wal(engine: Engine) -> None:
    """WAL is a property of the file; set it once when the file is created."""
    _pragma(engine, "PRAGMA journal_mode = WAL")


def looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def application_id(engine: Engine) -> int:
    return int(_pragma(engine, "PRAGMA application_id") or 0)  # type: ignore[arg-type]


def stamp_application_id(engine: Engine) -> None:
    _pragma(engine, f"PRAGMA application_id = {APPLICATION_ID}")


def backup_file(source: Path, target: Path) -> Path:
    """Consistent copy of a live database with the online backup API, then checked.

    The copy is written beside its final name and renamed, so a crash never leaves a
    half-written file that looks like a good backup.
    """
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
            # A backup is a plain rollback-journal file: one file, easy to copy or mail.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    if ok != "ok":
        partial.unlink(missing_ok=True)
        raise OSError(f"The backup {target.name} failed its integrity check: {ok}")
    partial.replace(target)
    return target
