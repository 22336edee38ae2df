"""0010_permits: a database from before the permit register upgrades with its sites intact,
gains an empty register and the sites' address and category, and downgrades again."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from greendesk.services import permits, structure
from greendesk.services.permits import PermitDraft
from greendesk.store.db import alembic_config, make_engine, open_database

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_database_from_before_permits_upgrades_and_takes_one(tmp_path: Path, clock) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "0008_audit_export.sqlite", path)
    con = sqlite3.connect(path)
    sites_before = con.execute("SELECT id, name, region, kind FROM site ORDER BY id").fetchall()
    con.close()
    db = open_database(path)
    try:
        sites = structure.get_plant(db).sites
        assert sorted((s.id, s.name, s.region, s.kind.value) for s in sites) == sites_before
        assert {(s.address, s.category) for s in sites} == {("", None)}  # not invented
        assert permits.list_permits(db) == []
        clock(date(2026, 12, 1))
        permits.add_permit(db, PermitDraft(sites[0].id, "KZ41VCZ00001234", date(2024, 2, 20),
                                           "Ecology Committee", date(2024, 3, 1)))
        with db.engine.connect() as conn, pytest.raises(Exception, match="CHECK constraint"):
            conn.exec_driver_sql("UPDATE site SET category = 'V'")
    finally:
        db.close()


def test_the_permit_revision_downgrades(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    shutil.copyfile(FIXTURES / "0010_permits.sqlite", path)
    engine = make_engine(path)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0008_audit_export")
    engine.dispose()
    con = sqlite3.connect(path)
    columns = {row[1] for row in con.execute("PRAGMA table_info(site)")}
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
    con.close()
    assert "address" not in columns and "category" not in columns and "permit" not in tables
