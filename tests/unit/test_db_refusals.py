"""Databases in odd states get one sentence (or just work), never a traceback.

- a database in a folder the user cannot write is read (read-only), whether or not a WAL
  is beside it: it said "cannot start a transaction within a transaction";
- a trail dropped with plain sqlite3 (`DROP TABLE audit_entry`) is named by `audit verify`
  and by every write;
- a schema stamp set back says which revision it claims, not "the file is damaged".
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from greendesk.cli import main
from tests.conftest import unprivileged


def _sql(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def _snapshot(path: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(t, *con.execute(f'SELECT count(*) FROM "{t}"').fetchone()) for t in tables] + \
            list(con.execute("SELECT version_num FROM alembic_version"))
    finally:
        con.close()


# ---------------------------------------------------------------- a folder it cannot write
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("wal", [False, True], ids=["checkpointed", "with-wal"])
def test_info_reads_a_database_in_a_read_only_folder(tmp_path: Path, demo_db_file: Path,
                                                     wal: bool) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "plant.sqlite"
    shutil.copyfile(demo_db_file, path)
    if wal:  # a commit still in the WAL (the -wal and -shm files stay beside the file)
        script = ("import os, sqlite3, sys\ncon = sqlite3.connect(sys.argv[1])\n"
                  "con.execute('PRAGMA wal_autocheckpoint = 0')\n"
                  "con.execute(\"UPDATE site SET name = name || ' (WAL)' WHERE id = 1\")\n"
                  "con.commit()\nos._exit(0)\n")
        subprocess.run([sys.executable, "-c", script, str(path)], check=True)
        assert Path(f"{path}-wal").is_file()
    folder.chmod(0o555)
    env = {**os.environ, "GREENDESK_DATA_DIR": str(tmp_path / "data")}
    try:
        outs = [subprocess.run(unprivileged([sys.executable, "-m", "greendesk", *cmd,
                                             "--db", str(path)]),
                               capture_output=True, text=True, env=env, timeout=120)
                for cmd in (["info"], ["audit", "verify"], ["period", "list"])]
    finally:
        folder.chmod(0o755)
    info, verify, periods = outs
    assert (info.returncode, info.stderr) == (0, "")
    assert "flows      1,560" in info.stdout
    assert (periods.returncode, periods.stdout) == (0, "No period has been closed.\n")
    if wal:  # the commit in the WAL was read: verify sees the edit made behind its back
        assert verify.returncode == 1
        assert "name is 'Nurken open pit (WAL)', the trail says 'Nurken open pit'" in \
            verify.stderr
    else:
        assert (verify.returncode, verify.stderr) == (0, "")
        assert "OK: the chain is unbroken" in verify.stdout


# ---------------------------------------------------------------- the trail dropped
def test_a_dropped_trail_is_one_sentence(demo_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    _sql(demo_path, "DROP TABLE audit_entry")
    before = _snapshot(demo_path)
    sentence = ("demo.sqlite lacks its audit trail (the table audit_entry), which GreenDesk "
                "needs: the file was changed outside GreenDesk")
    assert main(["audit", "verify", "--db", str(demo_path)]) == 2
    assert capsys.readouterr().err == f"greendesk: {sentence}.\n"
    assert main(["period", "close", "2025-01", "--db", str(demo_path)]) == 2
    assert capsys.readouterr().err == f"greendesk: {sentence}; nothing was saved.\n"
    assert _snapshot(demo_path) == before


# ---------------------------------------------------------------- the stamp set back
@pytest.mark.parametrize(("claimed", "table"), [("0001_initial", "import_batch"),
                                                ("0004_waste", "audit_entry"),
                                                ("0006_formations", "checklist_measure")])
def test_a_stamp_set_back_names_the_revision_it_claims(
        demo_path: Path, claimed: str, table: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    _sql(demo_path, f"UPDATE alembic_version SET version_num = '{claimed}'")
    before = _snapshot(demo_path)
    assert main(["info", "--db", str(demo_path)]) == 2
    assert capsys.readouterr().err == (
        f"greendesk: demo.sqlite claims schema revision {claimed}, but it already holds the "
        f"table {table} of a later revision, so its revision stamp was set back outside "
        "GreenDesk; the file was not changed.\n")
    assert _snapshot(demo_path) == before
