"""Everything SQLite-specific in one place: pragmas, file sniffing, the online backup.

A company running GreenDesk against PostgreSQL later skips this module; the rest of the
code speaks portable SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import weakref
from pathlib import Path

from sqlalchemy import Engine, event

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks a file as GreenDesk's ("GRDK"), so that a foreign SQLite
# file is told apart from a GreenDesk database written by a newer version.
APPLICATION_ID = 0x4752444B
BUSY_TIMEOUT_MS = 5000
WRITE_CACHE_KIB = 65536  # page cache during a write transaction (SQLite's default: 2000)
DEFAULT_CACHE = -2000


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
    def _on_begin(conn) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        if mode == "IMMEDIATE":
            # A write may insert a hundred thousand rows into a table with ten indexes: a
            # large page cache for its duration halves that (given back when the
            # connection returns to the pool).
            conn.exec_driver_sql(f"PRAGMA cache_size = {-WRITE_CACHE_KIB}")
            conn.connection.info["big_cache"] = True
        conn.exec_driver_sql(f"BEGIN {mode}")

    @event.listens_for(engine.pool, "checkin")
    def _on_checkin(dbapi_conn, record) -> None:
        if dbapi_conn is not None and record.info.pop("big_cache", False):
            with contextlib.suppress(sqlite3.Error):
                dbapi_conn.execute(f"PRAGMA cache_size = {DEFAULT_CACHE}")


def _pragma(engine: Engine, statement: str) -> int | str | None:
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


# ------------------------------------------------------------ files this process holds
# On Linux and macOS, closing *any* descriptor of a file drops every POSIX lock the process
# holds on it, SQLite's included ("How To Corrupt An SQLite Database File", 2.2). Another
# process then believes it is the last connection and deletes the WAL the window is still
# writing into. So nothing but SQLite may open a database this process has open: callers
# that read files ask `is_held` first. SQLite's own connections share one lock table per
# file within a process, so a second SQLite connection is safe.
SIDE_FILES = ("-wal", "-shm", "-journal")


class _Hold:
    """One live SQLite connection's claim on a file (dies with the pool's record of it)."""

    __slots__ = ("key", "__weakref__")

    def __init__(self, key: tuple[int, int]) -> None:
        self.key = key


_HOLDS: weakref.WeakSet[_Hold] = weakref.WeakSet()


def _file_key(path: str | Path) -> tuple[int, int] | None:
    """The file's identity (device, inode): the same for every spelling, link or case."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def track_holds(engine: Engine, path: Path) -> None:
    """Register every connection of `engine` as holding `path` until it is closed."""

    @event.listens_for(engine, "connect")
    def _held(_dbapi_conn: object, record) -> None:
        key = _file_key(path)
        if key is not None:
            hold = _Hold(key)
            record.info["greendesk_hold"] = hold
            _HOLDS.add(hold)

    @event.listens_for(engine, "close")
    def _released(_dbapi_conn: object, record) -> None:
        hold = record.info.pop("greendesk_hold", None)
        if hold is not None:
            _HOLDS.discard(hold)


def is_held(path: str | Path) -> bool:
    """Whether this process has `path` open through SQLite, or `path` is the -wal, -shm or
    -journal file of a database it has open. Only stats files, never opens them."""
    live = {hold.key for hold in list(_HOLDS)}
    if not live:
        return False
    name = str(path)
    candidates = [name] + [name[: -len(s)] for s in SIDE_FILES if name.endswith(s)]
    return any(_file_key(c) in live for c in candidates)


def looks_like_sqlite(path: Path) -> bool:
    """Whether the file starts with SQLite's header. A file this process already holds is
    asked through SQLite instead of being opened (and closed) by Python."""
    if is_held(path):
        return _sqlite_accepts(path)
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def _sqlite_accepts(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"{file_uri(path)}?mode=ro", uri=True)
    except sqlite3.Error:
        return True  # cannot tell; whoever opens it next says what is wrong
    try:
        con.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        return getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_NOTADB
    finally:
        con.close()
    return True


def application_id(engine: Engine) -> int:
    """The file's application id (GreenDesk's marks its databases)."""
    return int(_pragma(engine, "PRAGMA application_id") or 0)


def stamp_application_id(engine: Engine) -> None:
    """Mark the file as GreenDesk's."""
    _pragma(engine, f"PRAGMA application_id = {APPLICATION_ID}")


def file_uri(path: Path) -> str:
    """An SQLite `file:` URI for a path (spaces, '?', '#' and '%' escaped)."""
    from urllib.parse import quote

    return "file:" + quote(Path(path).resolve().as_posix(), safe="/:")


def missing_schema_message(name: str, exc: BaseException) -> str | None:
    """One sentence for a table or column that a file of a known schema lacks (dropped
    with plain sqlite3, say), or None if `exc` is not that."""
    found = re.search(r"no such (table|column): ([\w.\"]+)", str(getattr(exc, "orig", exc)))
    if found is None:
        return None
    kind, what = found[1], found[2].strip('"')
    thing = ("its audit trail (the table audit_entry)" if what == "audit_entry"
             else f"the {kind} {what}")
    return f"{name} lacks {thing}, which GreenDesk needs: the file was changed outside GreenDesk."


def write_error_message(name: str, exc: BaseException) -> str | None:
    """One plain sentence for an SQLite failure while saving, or None if it is not one of
    the failures an officer can act on (locked, full disk, read-only, disk error, a table
    removed behind GreenDesk's back)."""
    missing = missing_schema_message(name, exc)
    if missing is not None:
        return missing[:-1] + "; nothing was saved."
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return (f"{name} is locked by another program; nothing was saved. Close it there "
                "(or wait a moment) and try again.")
    if "full" in text:
        return (f"There is not enough disk space to save to {name}; nothing was saved. "
                "Free some space and try again.")
    if "readonly" in text or "read-only" in text:
        return f"{name} cannot be written (it is read-only); nothing was saved."
    if "disk i/o" in text:
        return f"{name} could not be written because of a disk error; nothing was saved."
    return None


def backup_file(source: Path, target: Path) -> Path:
    """Consistent copy of a live database with the online backup API, then checked.

    The copy is written beside its final name and renamed, so a crash never leaves a
    half-written file that looks like a good backup.
    """
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"{file_uri(source)}?mode=ro", uri=True)
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
