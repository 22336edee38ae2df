"""The PostgreSQL side of the benchmarks (not a benchmark itself): a server database to
measure on, and the same records as an SQLite file copied into it.

The server is the one GREENDESK_BENCH_PG names (a URL of a database whose user may create
databases), or a throwaway cluster started with tests/pg_cluster.py and removed at exit.
"""

from __future__ import annotations

import atexit
import os
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import pg_cluster  # noqa: E402

_SERVER: object | None = None
_CLEANUPS: list[tuple[object, tuple[object, ...]]] = []


def _at_exit(fn, *args) -> None:  # type: ignore[no-untyped-def]
    _CLEANUPS.append((fn, args))


def stop() -> None:
    """Drop the databases made and stop our cluster now (a script that leaves with
    os._exit, skipping atexit, calls this first)."""
    while _CLEANUPS:
        fn, args = _CLEANUPS.pop()
        fn(*args)  # type: ignore[operator]


atexit.register(stop)


def server() -> pg_cluster.Cluster | pg_cluster.Given:
    """The server for this run (started once, stopped at exit when it is ours)."""
    global _SERVER
    if _SERVER is None:
        given = os.environ.get("GREENDESK_BENCH_PG")
        if given:
            _SERVER = pg_cluster.Given(given)
        else:
            cluster = pg_cluster.start()
            _at_exit(cluster.stop)
            _SERVER = cluster
    return _SERVER  # type: ignore[return-value]


def fresh_database(kind: str) -> str:
    """A new, empty server database's URL (dropped at exit), migrated to head."""
    from greendesk.store.db import open_database

    srv = server()
    name = pg_cluster.fresh_name(kind)
    pg_cluster.admin(srv, f'CREATE DATABASE "{name}"')
    _at_exit(pg_cluster.admin, srv, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    url = srv.url(name)
    open_database(url).close()
    return url


def copy_file_to_server(path: Path, kind: str) -> str:
    """A server database holding exactly the records of the SQLite file at `path` (same
    schema revision): every table copied with COPY, sequences moved past the ids, ANALYZEd."""
    import psycopg

    url = fresh_database(kind)
    t0 = time.perf_counter()
    src = sqlite3.connect(path)
    with psycopg.connect(url) as dst:
        tables = [r[0] for r in dst.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename <> 'alembic_version'")]
        dst.execute("SET session_replication_role = replica")  # no FK order to keep
        dst.execute(("TRUNCATE " + ", ".join(f'"{t}"' for t in tables)).encode())
        rows = 0
        for table in tables:
            cols = [r[1] for r in src.execute(f'PRAGMA table_info("{table}")')]
            if not cols:
                continue
            names = ", ".join(f'"{c}"' for c in cols)
            cur = src.execute(f'SELECT {names} FROM "{table}"')
            with dst.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN'.encode()) as copy:
                while batch := cur.fetchmany(50_000):
                    for row in batch:
                        copy.write_row(row)
                    rows += len(batch)
        for table, column, seq in dst.execute(
                "SELECT c.relname, a.attname, pg_get_serial_sequence(c.relname, a.attname) "
                "FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
                "WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace "
                "AND a.attnum > 0 AND pg_get_serial_sequence(c.relname, a.attname) IS NOT NULL"
                ).fetchall():
            dst.execute(f"SELECT setval('{seq}', coalesce((SELECT max(\"{column}\") "
                        f"FROM \"{table}\"), 0) + 1, false)".encode())
        dst.commit()
    src.close()
    with psycopg.connect(url, autocommit=True) as dst:
        dst.execute("VACUUM ANALYZE")
    print(f"copied {rows:,} rows of {path.name} to the server in "
          f"{time.perf_counter() - t0:.1f} s", flush=True)
    return url
