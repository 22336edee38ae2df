"""The settings a committed record's survival rests on, read back from live connections.

`synchronous = FULL` makes a WAL commit durable across a power cut (NORMAL may lose the last
ones); the WAL journal lets the window read while a write runs; foreign keys are off unless
switched on per connection. A one-line change to any of them must fail here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection

from greendesk.store.db import Database, open_database

FULL = 2  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA


def _settings(conn: Connection) -> tuple[object, ...]:
    return tuple(conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                 for name in ("synchronous", "journal_mode", "foreign_keys"))


def test_an_opened_database_reads_and_writes_durably(db: Database) -> None:
    with db.read() as s:
        assert _settings(s.connection()) == (FULL, "wal", 1)
    with db.write() as s:
        assert _settings(s.connection()) == (FULL, "wal", 1)


@pytest.mark.parametrize("how", ["created", "reopened"])
def test_a_new_database_is_a_wal_file(tmp_path: Path, how: str) -> None:
    path = tmp_path / "new.sqlite"
    db = open_database(path)
    if how == "reopened":
        db.close()
        db = open_database(path)
    try:
        with db.engine.connect() as conn:
            assert _settings(conn) == (FULL, "wal", 1)
    finally:
        db.close()
