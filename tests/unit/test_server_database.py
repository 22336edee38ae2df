"""A plant on a PostgreSQL server: opened by URL from every command, refused plainly when it
is not GreenDesk's, its backups left to pg_dump, its writers queued behind one lock."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from greendesk.cli.main import main
from greendesk.store import postgres
from greendesk.store.db import (
    SCHEMA_HEAD,
    DatabaseOpenError,
    NotGreenDeskDatabase,
    current_revision,
    open_database,
)
from tests import pg_cluster


def test_an_empty_server_database_gets_the_schema_and_works_from_the_command_line(
        pg_server, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    name = pg_cluster.fresh_name("empty")
    pg_cluster.admin(pg_server, f'CREATE DATABASE "{name}"')
    url = pg_server.url(name)
    assert main(["info", "--db", url]) == 2  # nothing there yet: one sentence, no schema
    assert f"The server database {name} is empty" in capsys.readouterr().err
    assert main(["new", "--db", url, "--enterprise", "Server Copper LLP",
                 "--bin", "050340000009"]) == 0
    assert f"Created {name}: an empty plant of Server Copper LLP" in capsys.readouterr().out
    assert main(["new", "--db", url, "--enterprise", "Other LLP",
                 "--bin", "050340000009"]) == 2
    assert f"The server database {name} already holds a plant" in capsys.readouterr().err
    db = open_database(url)
    try:
        assert db.server == url and db.path.name == name
        assert current_revision(db.engine) == SCHEMA_HEAD
    finally:
        db.close()
    assert main(["info", "--db", url]) == 0
    out = capsys.readouterr().out
    assert f"schema     {SCHEMA_HEAD}" in out and f"database   {url}" in out
    assert main(["audit", "verify", "--db", url]) == 0


def test_a_foreign_server_database_is_refused_untouched(pg_server) -> None:  # type: ignore[no-untyped-def]
    name = pg_cluster.fresh_name("foreign")
    pg_cluster.admin(pg_server, f'CREATE DATABASE "{name}"')
    pg_cluster.outside_write_url(pg_server.url(name), "CREATE TABLE payroll (id int)")
    with pytest.raises(NotGreenDeskDatabase, match="not a GreenDesk one .*'payroll'"):
        open_database(pg_server.url(name))


def test_backup_and_restore_of_a_server_database_point_to_pg_dump(
        pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", pg_url]) == 2
    err = capsys.readouterr().err
    assert "its backups are the server's business (pg_dump and pg_restore)" in err
    assert "Traceback" not in err
    assert main(["restore", str(tmp_path / "x.sqlite"), "--db", pg_url]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_writers_queue_behind_one_lock(pg_url: str) -> None:
    """A second writer waits for the first to commit (the lock that keeps the chain one)."""
    db = open_database(pg_url)
    order: list[str] = []
    try:
        with db.write() as s:
            s.connection().exec_driver_sql("SELECT 1")  # the transaction has begun
            other = threading.Thread(target=lambda: _write(db, order))
            other.start()
            time.sleep(0.5)  # the other writer has had every chance to get in first
            order.append("first committed")
        other.join(timeout=30)
    finally:
        db.close()
    assert order == ["first committed", "second wrote"]


def test_a_writer_waits_a_bounded_time_then_gets_a_sentence(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another connection holds the writers' lock (a long import): a save gives up after
    the wait with one sentence, nothing half-saved, and goes through once the lock is free."""
    import psycopg

    from greendesk.services import structure
    from greendesk.store.db import DatabaseWriteError
    from greendesk.validation import make_valid_bin

    assert postgres.LOCK_WAIT_MS == 5000  # as long as SQLite's busy timeout
    monkeypatch.setattr(postgres, "LOCK_WAIT_MS", 300)  # the same wait, shorter
    db = open_database(pg_url)
    importer = psycopg.connect(pg_url)
    try:
        importer.execute(f"SELECT pg_advisory_xact_lock({postgres.WRITE_LOCK_KEY})".encode())
        started = time.monotonic()
        with pytest.raises(DatabaseWriteError, match=f"^Another officer is saving to the "
                                                     f"server database {db.path.name}; "
                                                     "nothing was saved. Try again"):
            structure.set_enterprise(db, "Waiting Copper LLP", make_valid_bin("200140"))
        assert 0.25 < time.monotonic() - started < 3
        assert structure.get_plant(db).enterprise_id is None
        importer.rollback()  # the import is done
        structure.set_enterprise(db, "Waiting Copper LLP", make_valid_bin("200140"))
        assert structure.get_plant(db).enterprise_name == "Waiting Copper LLP"
    finally:
        importer.close()
        db.close()


def _write(db, order: list[str]) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        s.connection().exec_driver_sql("SELECT 1")
        order.append("second wrote")


def test_driver_level_sql_keeps_quoted_marks_and_percent_signs() -> None:
    assert postgres.qmark_to_format(
        "SELECT '?', \"a?\" FROM t WHERE x = ? AND y LIKE 'a%' AND z % 2 = ?") == (
        "SELECT '?', \"a?\" FROM t WHERE x = %s AND y LIKE 'a%%' AND z %% 2 = %s")


def test_an_unknown_scheme_is_still_refused() -> None:
    with pytest.raises(DatabaseOpenError, match="not supported"):
        open_database("oracle://x@y/z")
