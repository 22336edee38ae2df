"""Backups (consistent, checked, rotated, once a day on opening, before upgrades) and a
restore that refuses anything but a good GreenDesk backup and keeps what it replaces."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from greendesk import settings
from greendesk.cli import main
from greendesk.store import backup
from greendesk.store.audit_verify import verify
from greendesk.store.backup import BackupError
from greendesk.store.db import SCHEMA_HEAD, open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flows(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM flow").fetchone()[0]
    finally:
        con.close()


def test_a_backup_is_a_checked_copy_in_the_backups_folder(demo_path: Path) -> None:
    made = backup.back_up(demo_path, "manual")
    assert made.parent == demo_path.parent / "backups"
    assert made.name.startswith("demo.") and made.name.endswith(".manual.sqlite")
    assert backup.check_backup(made) == SCHEMA_HEAD
    assert flows(made) == flows(demo_path)
    con = sqlite3.connect(made)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file to copy
    con.close()


def test_a_backup_taken_during_a_write_is_consistent(demo_path: Path) -> None:
    writer = sqlite3.connect(demo_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM flow_assay")
    writer.execute("DELETE FROM flow WHERE id > 100")
    made = backup.back_up(demo_path)  # the write is not committed: the copy has none of it
    writer.execute("ROLLBACK")
    writer.close()
    assert flows(made) == flows(demo_path)
    db = open_database(made, auto_backup=False)
    try:
        assert verify(db).ok
    finally:
        db.close()


def test_rotation_keeps_the_newest(demo_path: Path) -> None:
    settings.save(settings.load().with_changes(backups_keep=3))
    made = [backup.back_up(demo_path, "manual") for _ in range(5)]
    kept = [b.path for b in backup.list_backups(demo_path)]
    assert kept == made[:-4:-1]  # newest first, the last three


def test_the_backup_folder_is_a_setting(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    settings.save(settings.load().with_changes(backup_folder=str(folder)))
    assert backup.back_up(demo_path).parent == folder


def test_opening_backs_up_once_a_day(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(2):
        open_database(demo_path).close()
    assert [b.label for b in backup.list_backups(demo_path)] == ["auto"]
    tomorrow = date.today() + timedelta(days=1)
    monkeypatch.setattr(backup, "date", type("D", (), {"today": staticmethod(lambda: tomorrow)}))
    assert backup.auto_backup_due(demo_path)


def test_a_failed_automatic_backup_does_not_stop_the_opening(demo_path: Path) -> None:
    (demo_path.parent / "backups").write_text("a file where the folder should be")
    db = open_database(demo_path)
    try:
        assert db.backup_problem and "could not be backed up" in db.backup_problem
        assert not db.read_only
    finally:
        db.close()


def test_the_upgrade_backup_goes_to_the_same_folder(tmp_path: Path) -> None:
    fixture = Path(__file__).parents[1] / "migrations" / "fixtures" / "0002_ledger.sqlite"
    path = tmp_path / "old.sqlite"
    path.write_bytes(fixture.read_bytes())
    db = open_database(path)
    db.close()
    assert db.backup_made is not None and db.backup_made.parent == tmp_path / "backups"
    assert [b.label for b in backup.list_backups(path)] == ["before-upgrade-0002_ledger"]
    assert backup.check_backup(db.backup_made) == "0002_ledger"


def test_restore_brings_the_backup_back_and_keeps_the_replaced_file(demo_path: Path) -> None:
    made = backup.back_up(demo_path)
    n = flows(demo_path)
    con = sqlite3.connect(demo_path)
    con.execute("DELETE FROM flow_assay")
    con.execute("DELETE FROM flow")
    con.commit()
    con.close()
    result = backup.restore(made, demo_path)
    assert flows(demo_path) == n
    assert result.kept_as is not None and result.kept_as.name.endswith(".before-restore.sqlite")
    assert flows(result.kept_as) == 0
    db = open_database(demo_path)
    try:
        report = verify(db)
        assert report.ok, report.summary()
        with db.read() as s:
            action, note = s.connection().exec_driver_sql(
                "SELECT action, note FROM audit_entry ORDER BY id DESC LIMIT 1").one()
        assert action == "restore" and made.name in note
    finally:
        db.close()
    con = sqlite3.connect(demo_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


@pytest.mark.parametrize("kind", ["damaged", "foreign", "text", "newer"])
def test_restore_refuses_a_bad_backup_and_touches_nothing(demo_path: Path, tmp_path: Path,
                                                          kind: str) -> None:
    bad = tmp_path / "bad.sqlite"
    if kind == "damaged":
        data = bytearray(backup.back_up(demo_path).read_bytes())
        for i in range(len(data) // 2, len(data) // 2 + 4096 * 3):
            data[i] ^= 0x5A
        bad.write_bytes(bytes(data))
        expected = "damaged"
    elif kind == "foreign":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
        con.close()
        expected = "not a GreenDesk database"
    elif kind == "text":
        bad.write_text("Date,Site\n")
        expected = "not an SQLite file"
    else:
        bad.write_bytes(backup.back_up(demo_path).read_bytes())
        con = sqlite3.connect(bad)
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        con.commit()
        con.close()
        expected = "newer version of GreenDesk"
    before = digest(demo_path)
    with pytest.raises(BackupError, match=expected):
        backup.restore(bad, demo_path)
    assert digest(demo_path) == before


def test_restore_refuses_while_the_database_is_open_elsewhere(demo_path: Path) -> None:
    made = backup.back_up(demo_path)
    db = open_database(demo_path)
    try:
        with db.read() as s:
            s.connection().exec_driver_sql("SELECT count(*) FROM flow").scalar()
            with pytest.raises(BackupError, match="open in another GreenDesk window"):
                backup.restore(made, demo_path)
    finally:
        db.close()


def test_a_damaged_database_is_kept_as_it_was_and_the_newest_good_backup_offered(
        demo_path: Path) -> None:
    good = backup.back_up(demo_path, "manual")
    newest = backup.back_up(demo_path, "manual")
    data = bytearray(newest.read_bytes())
    data[len(data) // 2:len(data) // 2 + 8192] = b"\xff" * 8192
    newest.write_bytes(bytes(data))
    assert backup.newest_good_backup(demo_path).path == good  # type: ignore[union-attr]
    demo_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)  # damaged
    result = backup.restore(good, demo_path)
    assert result.kept_as is not None and result.kept_as.name.endswith(".damaged.sqlite")
    assert result.kept_as.read_bytes().startswith(b"SQLite format 3\x00\x00\x00")
    assert flows(demo_path) > 0


def test_backup_and_restore_commands(demo_path: Path, capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    assert main(["backup", "--db", str(demo_path)]) == 0
    made = backup.list_backups(demo_path)[0].path
    assert str(made) in capsys.readouterr().out
    assert main(["restore", str(made), "--db", str(demo_path)]) == 0
    assert "Restored demo.sqlite" in capsys.readouterr().out
    assert main(["restore", str(demo_path.parent / "nope.sqlite"), "--db", str(demo_path)]) == 2
    assert "not a GreenDesk backup" in capsys.readouterr().err


def test_settings_are_a_small_versioned_json_file(tmp_path: Path) -> None:
    import json

    assert settings.load() == settings.Settings()  # no file yet: the defaults
    assert settings.load().backups_keep == 10 and settings.load().backup_folder is None
    settings.save(settings.load().with_changes(officer_name="  Aigerim   Bekova ",
                                               backups_keep=5))
    data = json.loads(settings.settings_path().read_text(encoding="utf-8"))
    assert data["schema"] == settings.SCHEMA_VERSION and data["backups_keep"] == 5
    assert settings.load().officer_name == "Aigerim Bekova"
    settings.settings_path().write_text("{ not json", encoding="utf-8")
    assert settings.load() == settings.Settings()  # an unreadable file never stops the app
    with pytest.raises(ValueError):
        settings.save(settings.Settings(backups_keep=0))
