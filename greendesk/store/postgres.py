"""Everything PostgreSQL-specific in one place, beside `sqlite.py`: the engine, its isolation
levels, the writers' lock, the table catalogue the audit trail reads, and the sentences for
a server's failures.

A company database on a server is written by many officers at once. Every write
transaction first takes one transaction-scoped advisory lock, so writers queue as they do
on SQLite (BEGIN IMMEDIATE): the audit chain is appended one writer at a time and cannot
fork, bulk inserts get consecutive ids, and each rule checked inside a service's
transaction still holds when it commits. Writers run READ COMMITTED, so every statement
after the lock sees what the previous writer committed; readers get one snapshot per
transaction (REPEATABLE READ, read-only), as a WAL reader does on SQLite.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from greendesk.errors import DomainError, Message
from greendesk.i18n import QT_TRANSLATE_NOOP

# pg_advisory_xact_lock's key for "a GreenDesk write is under way" ("GRDK" as a number).
WRITE_LOCK_KEY = 0x4752444B
# How long a writer waits for that lock before giving up with a sentence (SQLite's busy
# timeout is as long), so a long import never leaves another officer's save hanging.
LOCK_WAIT_MS = 5000
DRIVER = "psycopg"


def is_server(value: object) -> bool:
    """Whether a --db value names a PostgreSQL database rather than a file."""
    from greendesk.paths import is_server_url

    return is_server_url(value)


def server_url(value: str) -> URL:
    """The SQLAlchemy URL for a `postgresql://user@host:port/dbname` value (psycopg 3)."""
    url = make_url(value.replace("postgres://", "postgresql://", 1)
                   if value.lower().startswith("postgres://") else value)
    return url.set(drivername=f"postgresql+{DRIVER}")


def shown_url(url: URL) -> str:
    """The URL as the officer may see it: never the password."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def make_engine(url: URL) -> Engine:
    """The engine for a server database: writers READ COMMITTED, driver-level SQL written
    with SQLite's `?` placeholders translated. DomainError without the driver."""
    try:
        import psycopg  # noqa: F401 - the optional `server` extra
    except ImportError:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "Opening a server database needs the PostgreSQL driver: install "
                       "GreenDesk with its server extra (pip install \"greendesk[server]\").")
                          ) from None
    engine = create_engine(url, isolation_level="READ COMMITTED", pool_pre_ping=True)
    install(engine)
    return engine


def reader(engine: Engine) -> Engine:
    """The engine readers use: one consistent snapshot per transaction."""
    return engine.execution_options(isolation_level="REPEATABLE READ",
                                    postgresql_readonly=True)


def install(engine: Engine) -> None:
    """The writers' lock at BEGIN, and qmark placeholders for driver-level statements."""

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("greendesk_writer"):
            lock(conn, wait_ms=LOCK_WAIT_MS)

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _qmark(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
               executemany: bool) -> tuple[str, Any]:
        if context is not None and context.compiled is None:  # exec_driver_sql
            statement = qmark_to_format(statement)
        if "CROSS JOIN" in statement:
            statement = joins_unhinted(statement)
        return statement, parameters


def lock(conn: Connection, wait_ms: int | None = None) -> None:
    """Wait for, then hold until commit or rollback, the one lock GreenDesk's writers share
    (taking it again in the same transaction is free). With `wait_ms`, wait at most that
    long: then the server cancels the wait ("lock timeout", see `write_error_message`)."""
    if wait_ms is None:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
        return
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(wait_ms)}")
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
    conn.exec_driver_sql("SET LOCAL lock_timeout = DEFAULT")  # only the queue is bounded


_LITERAL_OR_MARK = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


def qmark_to_format(statement: str) -> str:
    """SQL written for SQLite's driver (`?` placeholders) in psycopg's style (`%s`, with a
    literal % doubled); quoted strings and names are left as they are."""
    def swap(m: re.Match[str]) -> str:
        s = m.group(0)
        if s == "?":
            return "%s"
        if s == "%":
            return "%%"
        return s.replace("%", "%%")  # psycopg reads % inside quotes too
    return _LITERAL_OR_MARK.sub(swap, statement)


_HINTED_JOIN = re.compile(r"\bCROSS JOIN(\s+\w+(?:\s+AS\s+\w+)?\s+ON)\b")


def joins_unhinted(statement: str) -> str:
    """SQLite's join-order hint (`a CROSS JOIN b ON ...`, which PostgreSQL does not parse)
    as the inner join it means; the server's planner orders joins itself."""
    return _HINTED_JOIN.sub(r"JOIN\1", statement)


_INSERT_SHAPE = re.compile(r"\s*INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)\s*VALUES\s*\((.*)\)\s*",
                           re.S | re.I)


def insert_many(conn: Connection, statement: str, rows: Sequence[Sequence[Any]]) -> None:
    """A driver-level `INSERT INTO t (a, b, ...) VALUES (?, ?, CURRENT_TIMESTAMP, ...)` of
    many rows through COPY, in the caller's transaction: executemany costs the server a
    statement per row. A value written in the statement (not `?`) is evaluated once, cast
    to its column's type, as the statement would within the transaction. Rows get their
    ids in the order given."""
    m = _INSERT_SHAPE.fullmatch(statement)
    cols = [c.strip() for c in m.group(2).split(",")] if m else []
    items = [i.strip() for i in m.group(3).split(",")] if m else []
    if m is None or not rows or len(cols) != len(items):
        conn.exec_driver_sql(statement, list(rows))
        return
    table = m.group(1)
    fixed = [i for i, item in enumerate(items) if item != "?"]
    constants: dict[int, Any] = {}
    if fixed:
        types = {c: t for c, t, _ in table_columns(conn, table)}
        once = conn.exec_driver_sql("SELECT " + ", ".join(
            f"CAST({items[i]} AS {types[cols[i]]})" for i in fixed)).one()
        constants = dict(zip(fixed, once, strict=True))
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cur, cur.copy(
            f"COPY {table} ({', '.join(cols)}) FROM STDIN".encode()) as copy:
        for row in rows:
            values = iter(row)
            copy.write_row([constants[i] if i in constants else next(values)
                            for i in range(len(cols))])


# ---------------------------------------------------------------- the catalogue
def table_columns(conn: Connection, name: str) -> list[tuple[str, str, int]]:
    """(column, declared type, position in the primary key or 0) of a table, in order."""
    rows = conn.exec_driver_sql(
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod), "
        "coalesce((SELECT k.n FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n) "
        "WHERE k.attnum = a.attnum), 0) "
        "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary "
        "WHERE c.relname = ? AND n.nspname = current_schema() AND a.attnum > 0 "
        "AND NOT a.attisdropped ORDER BY a.attnum", (name,)).fetchall()
    return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]


def table_names(conn: Connection) -> list[str]:
    """The tables of the database's schema, by name."""
    return [str(r[0]) for r in conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "ORDER BY tablename")]


# ---------------------------------------------------------------- sentences
def write_error_message(name: str, exc: BaseException) -> str | None:
    """One plain sentence for a server failure while saving (the connection lost, the
    server gone), or None if it is not one the officer can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "lock timeout" in text:
        return (f"Another officer is saving to the server database {name}; nothing was "
                "saved. Try again in a moment.")
    if "connection" in text or "server closed" in text or "terminating" in text:
        return (f"The connection to the server database {name} was lost; nothing was saved. "
                "Try again when the server is reachable.")
    return None


def unreachable(name: str) -> Message:
    """The server cannot be reached or refuses the login."""
    return Message(QT_TRANSLATE_NOOP("Refusal", "The server database {name} cannot be reached "
                                                "or refused the login; check the address, the "
                                                "user name and that the server is running."),
                   name=name)


def backups_refused(name: str) -> Message:
    """`greendesk backup`/`restore` on a server database."""
    return Message(QT_TRANSLATE_NOOP("Refusal", "{name} is a server database: its backups are "
                                                "the server's business (pg_dump and pg_restore), "
                                                "not GreenDesk's."), name=name)
