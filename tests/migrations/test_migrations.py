"""Schema life cycle: create, upgrade genuine older files, refuse newer and foreign ones."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

import greendesk.models
from greendesk.models.base import Base
from greendesk.services.summary import summarise
from greendesk.store.db import (
    KNOWN_REVISIONS,
    SCHEMA_HEAD,
    NewerSchemaError,
    NotGreenDeskDatabase,
    alembic_config,
    current_revision,
    open_database,
)
from greendesk.store.sqlite import APPLICATION_ID

greendesk.models.load_all()

FLOW_ROWS = (
    "SELECT id, site_id, flow_date, from_node_id, to_node_id, material_id, qty_entered, "
    "unit_entered, qty_canonical, method, uncertainty_pct, note FROM flow ORDER BY id"
)
FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.sqlite"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_revisions_match_the_alembic_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS
    assert script.get_current_head() == SCHEMA_HEAD


def test_empty_file_is_created_at_head_with_our_marks(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite")
    assert current_revision(db.engine) == SCHEMA_HEAD
    db.close()
    con = sqlite3.connect(tmp_path / "new.sqlite")
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_zero_byte_file_is_treated_as_new(tmp_path: Path) -> None:
    path = tmp_path / "touched.sqlite"
    path.touch()
    open_database(path).close()
    assert path.stat().st_size > 0


def test_models_and_migrations_agree(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    assert diff == []


def test_there_is_a_fixture_for_every_released_revision() -> None:
    assert {p.stem for p in FIXTURES} == set(KNOWN_REVISIONS)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_released_revision_upgrades_with_its_data(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    con = sqlite3.connect(path)
    flows_before = con.execute(FLOW_ROWS).fetchall()
    nodes_before = con.execute("SELECT count(*) FROM node").fetchone()[0]
    con.close()

    db = open_database(path)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        summary = summarise(db)
        with db.engine.connect() as conn:
            flows_after = conn.exec_driver_sql(FLOW_ROWS).fetchall()
    finally:
        db.close()
    assert [tuple(r) for r in flows_after] == flows_before
    assert summary.nodes == nodes_before
    if fixture.stem != SCHEMA_HEAD:
        assert db.upgraded_from == fixture.stem
        assert db.backup_made is not None and db.backup_made.stat().st_size > 0
        backup = sqlite3.connect(db.backup_made)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            fixture.stem
        assert backup.execute(FLOW_ROWS).fetchall() == flows_before
        backup.close()
    else:
        assert db.backup_made is None


def test_newer_database_is_refused_untouched(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = _digest(db_path)
    with pytest.raises(NewerSchemaError, match="newer version of GreenDesk"):
        open_database(db_path)
    assert _digest(db_path) == before
    assert list(db_path.parent.glob("*backup*")) == []


@pytest.mark.parametrize(
    "content",
    [b"\x00\x01garbage" * 64, b"SQLite format 3\x00" + b"\xff" * 5000, b"hello,world\n1,2\n"],
    ids=["binary", "damaged-sqlite", "csv"],
)
def test_garbage_gives_the_plain_message(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotGreenDeskDatabase, match="not a GreenDesk database|damaged"):
        open_database(path)
    assert path.read_bytes() == content


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(NotGreenDeskDatabase, match="not a GreenDesk one"):
        open_database(path)
    assert _digest(path) == before
