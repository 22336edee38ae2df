"""The fixture with a real audit trail: written by the demo generator and an officer's work
through the services (see fixtures/README.md), it opens (upgraded to head when newer
revisions exist) and its trail verifies, with waste, formations and the checklist filled."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from greendesk.store.audit_verify import verify
from greendesk.store.db import KNOWN_REVISIONS, SCHEMA_HEAD, current_revision, open_database

FIXTURE = Path(__file__).parent / "fixtures" / "0008_audit_export.sqlite"
FILLED = ("waste_storage", "waste_transfer", "formation", "formation_sample", "formation_assay",
          "checklist_measure", "checklist_item", "site_action", "action_change", "evidence",
          "drill", "incident", "monitoring_reading", "closed_period", "import_batch")


def test_the_fixture_is_small_and_really_filled() -> None:
    assert FIXTURE.stat().st_size < 2_000_000
    con = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    try:
        empty = [t for t in FILLED
                 if con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0]
        actions = {a for (a,) in con.execute("SELECT DISTINCT action FROM audit_entry")}
    finally:
        con.close()
    assert empty == []
    assert actions >= {"insert", "update", "delete", "import", "period_close", "period_reopen",
                       "export"}


def test_it_opens_at_head_and_its_trail_verifies(tmp_path: Path) -> None:
    path = tmp_path / FIXTURE.name
    shutil.copyfile(FIXTURE, path)
    db = open_database(path)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        assert db.upgraded_from == (None if FIXTURE.stem == SCHEMA_HEAD else FIXTURE.stem)
        report = verify(db)
        assert report.ok, report.summary()
        assert report.entries > 700 and report.records > 1000
        (export,) = [c for c in report.anchors if c.anchor.export_entry is not None]
        assert export.holds and export.anchor.name == "report-2025.xlsx"
    finally:
        db.close()
    assert FIXTURE.stem in KNOWN_REVISIONS
