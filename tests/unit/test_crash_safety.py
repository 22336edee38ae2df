"""Crashes, full disks, locked and read-only files: a plain message, and nothing lost.

The crash test kills a 100,000-row import with SIGKILL at 30 random moments of its write
(benchmarks/crash_import.py has the harness and a longer run); after each kill the file
passes integrity_check, holds all of that import or none of it, and every record committed
before is unchanged.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from greendesk.demo.plant import S_MINE
from greendesk.importers.flows_import import import_flows
from greendesk.services.flows import AddFlows, FlowDraft, get_flows
from greendesk.store import sqlite as db_sqlite
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database, DatabaseLockedError, DatabaseWriteError, open_database
from tests.conftest import unprivileged

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_import.py"


def _harness():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("crash_import", BENCH)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["crash_import"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def state_digest(path: Path) -> str:
    h = hashlib.sha256()
    con = sqlite3.connect(path)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        for row in con.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
            h.update(repr(row).encode())
    con.close()
    return h.hexdigest()


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


# ---------------------------------------------------------------- SIGKILL during an import
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks (POSIX only)")
def test_an_import_killed_at_30_random_moments_is_all_or_nothing(
        tmp_path: Path, demo_db_file: Path) -> None:
    crash = _harness()
    harness = crash.CrashHarness(tmp_path, rows=100_000, base=demo_db_file)
    try:
        full = harness.calibrate(workers=2)  # two complete imports: all rows, verified
        out = harness.run(30, seed=2025, span=full * 1.2, workers=2)
    finally:
        harness.close()
    assert out.failures == []
    assert out.trials == 30 and out.none + out.all == 30 and out.none > 0


# ---------------------------------------------------------------- full disk
def _limit_pages(db: Database, extra: int) -> None:
    """Simulate a full disk: the file may grow by `extra` pages at most."""
    con = sqlite3.connect(db.path)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _full(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + extra}")


def test_a_full_disk_during_an_import_loses_nothing(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "flows.csv"
    path.write_text("Date,Site,From,To,Material,Quantity,Unit,Note\n" + "".join(
        f"2025-05-{1 + i % 28:02d},{S_MINE},Open-pit mining,Run-of-mine ore stockpile,"
        f"Copper ore,{100 + i},t,{'x' * 200}\n" for i in range(5000)), encoding="utf-8")
    before = state_digest(demo_db.path)
    _limit_pages(demo_db, 20)
    with pytest.raises(DatabaseWriteError) as info:
        import_flows(demo_db, path)
    assert str(info.value) == ("There is not enough disk space to save to demo.sqlite; "
                               "nothing was saved. Free some space and try again.")
    demo_db.engine.dispose()
    assert integrity(demo_db.path) == "ok"
    assert state_digest(demo_db.path) == before
    assert verify(demo_db).ok


def test_a_full_disk_during_a_save_loses_nothing(demo_db: Database) -> None:
    row = get_flows(demo_db, [1])[0]
    drafts = [FlowDraft(date(2025, 6, 1 + i % 28), row.from_node_id, row.to_node_id,
                        row.material_id, 1.0 + i, row.unit_entered, note="n" * 500)
              for i in range(2000)]
    before = state_digest(demo_db.path)
    _limit_pages(demo_db, 5)
    with pytest.raises(DatabaseWriteError, match="not enough disk space.*nothing was saved"):
        AddFlows(drafts).apply(demo_db)
    demo_db.engine.dispose()
    assert integrity(demo_db.path) == "ok" and state_digest(demo_db.path) == before


# ---------------------------------------------------------------- locked by another program
def test_the_busy_timeout_is_five_seconds(db: Database) -> None:
    assert db_sqlite.BUSY_TIMEOUT_MS == 5000
    with db.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_a_write_waits_then_says_the_file_is_locked(db_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_sqlite, "BUSY_TIMEOUT_MS", 200)  # the same wait, shorter
    db = open_database(db_path, auto_backup=False)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        from greendesk.services import structure
        from greendesk.validation import make_valid_bin

        with pytest.raises(DatabaseWriteError) as info:
            structure.set_enterprise(db, "Locked LLP", make_valid_bin("100440"))
        assert str(info.value) == ("plant.sqlite is locked by another program; nothing was "
                                   "saved. Close it there (or wait a moment) and try again.")
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.close()


def test_opening_a_locked_file_says_so(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_sqlite, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError, match="is locked by another program"):
            open_database(db_path)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_write_transaction_gets_a_large_cache_and_gives_it_back(db: Database) -> None:
    with db.write() as s:
        assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == \
            -db_sqlite.WRITE_CACHE_KIB
    with db.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == \
            db_sqlite.DEFAULT_CACHE


# ---------------------------------------------------------------- read-only files
_CHILD = """
import sys
from greendesk.store.db import open_database
db = open_database(sys.argv[1], create=False)
with db.read() as s:
    n = s.connection().exec_driver_sql("SELECT count(*) FROM flow").scalar()
try:
    with db.write():
        pass
    refused = "no"
except Exception as exc:
    refused = str(exc)
print(db.read_only, n, refused, sep="|")
"""


def _as_unprivileged(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run without root's power to ignore file permissions (root passes every check)."""
    return subprocess.run(unprivileged([sys.executable, "-c", _CHILD, *args]),
                          capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_wal_database_opens_read_only(tmp_path: Path, demo_db_file: Path,
                                                  what: str) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "plant.sqlite"
    shutil.copyfile(demo_db_file, path)  # a WAL database (checkpointed: no -wal, -shm)
    path.chmod(0o444)
    if what == "folder":
        folder.chmod(0o555)  # SQLite cannot create the -shm file it needs even to read
    env = {**os.environ, "GREENDESK_DATA_DIR": str(tmp_path / "data")}
    try:
        out = _as_unprivileged([str(path)], env)
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    assert out.returncode == 0, out.stderr
    read_only, flows, refused = out.stdout.strip().split("|")
    assert read_only == "True" and int(flows) > 0
    assert refused == "plant.sqlite is open read-only; changes cannot be saved."
