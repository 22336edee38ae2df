"""Backups and restore of a plant database.

Backups are consistent copies taken with SQLite's online backup API while the app runs
(`db_sqlite.backup_file`), checked with `PRAGMA integrity_check` after writing, and kept
in one folder per database (by default `backups` beside it) with rotation: the newest N
(a setting) of every kind are kept. One is made automatically when a database is opened
(at most once a day) and before every schema upgrade. Restore replaces the database file
only with a backup that passes the integrity check and is a GreenDesk file, after backing
up the current file, via a temporary copy and an atomic rename.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from greendesk import settings as app_settings
from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.store import sqlite as db_sqlite

_STAMP = "%Y%m%d-%H%M%S-%f"  # local time to the microsecond: names sort as they were made
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6}-\d{6})\.(?P<label>[A-Za-z0-9_-]+)"
                   r"\.sqlite$")


class BackupError(DomainError):
    """A backup cannot be made, or a file cannot be restored; one sentence says why."""


@dataclass(frozen=True)
class BackupInfo:
    """A backup file, with what its name says of it."""
    path: Path
    made_at: datetime  # local time, from the file name
    label: str         # auto, manual, before-upgrade-REVISION, before-restore
    size: int


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which backup replaced the database, and where the old file was kept."""
    database: Path
    backup: Path
    kept_as: Path | None  # the file that was replaced, kept in the backups folder
    revision: str


def backup_folder(db_path: Path) -> Path:
    """Where backups go: the folder set in the settings, else "backups" beside the database."""
    folder = app_settings.load().backup_folder
    return Path(folder).expanduser() if folder else Path(db_path).parent / "backups"


def list_backups(db_path: Path) -> list[BackupInfo]:
    """This database's backups, newest first."""
    folder = backup_folder(db_path)
    stem = Path(db_path).stem
    out = []
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return []
    for p in candidates:
        m = _NAME.match(p.name)
        if not m or m["stem"] != stem or not p.is_file():
            continue
        made = datetime.strptime(m["stamp"], _STAMP)
        out.append(BackupInfo(p, made, m["label"], p.stat().st_size))
    out.sort(key=lambda b: b.made_at, reverse=True)
    return out


def _target(db_path: Path, label: str) -> Path:
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stem, now = Path(db_path).stem, datetime.now()
    while True:
        target = folder / f"{stem}.{now.strftime(_STAMP)}.{label}.sqlite"
        if not target.exists() and not target.with_name(target.name + ".partial").exists():
            return target
        now += timedelta(microseconds=1)


def back_up(db_path: Path, label: str = "manual") -> Path:
    """A checked copy of the database in its backups folder, then rotation."""
    db_path = Path(db_path).resolve()
    try:
        target = _target(db_path, label)
        db_sqlite.backup_file(db_path, target)
    except sqlite3.DatabaseError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Refusal", "{name} could not be backed up: {reason}."),
                          name=db_path.name, reason=_plain(exc)) from exc
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Refusal", "{name} could not be backed up: {reason}."),
                          name=db_path.name, reason=exc.strerror or exc) from exc
    rotate(db_path)
    return target


def _plain(exc: BaseException) -> str:
    text = str(exc).rstrip(".")
    if "malformed" in text or "not a database" in text:
        return "the database file is damaged"
    if "full" in text:
        return "the disk is full"
    return text


def rotate(db_path: Path, keep: int | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups of this database (the setting by default)."""
    keep = keep if keep is not None else app_settings.load().backups_keep
    removed = []
    for b in list_backups(db_path)[max(keep, 1):]:
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError:
            pass
    return removed


def auto_backup_due(db_path: Path, today: date | None = None) -> bool:
    """No backup was made today."""
    today = today or date.today()
    return not any(b.made_at.date() == today for b in list_backups(db_path))


def auto_backup(db_path: Path) -> Path | None:
    """The once-a-day backup made when a database is opened; None if one exists today."""
    if not auto_backup_due(db_path):
        return None
    return back_up(db_path, "auto")


def before_upgrade(db_path: Path, revision: str) -> Path:
    """A backup made before a schema upgrade, labelled with the old revision."""
    return back_up(db_path, f"before-upgrade-{revision}")


# ---------------------------------------------------------------- checking and restoring
def check_backup(path: Path) -> str:
    """The schema revision of a good GreenDesk backup, or BackupError saying what is wrong."""
    from greendesk.store.db import KNOWN_REVISIONS

    path = Path(path)
    name = path.name
    try:
        if not path.is_file() or not db_sqlite.looks_like_sqlite(path):
            raise BackupError(QT_TRANSLATE_NOOP("Refusal", "{name} is not a GreenDesk backup: it "
                                                           "is not an SQLite file."),
                              name=name)
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Refusal", "{name} cannot be read: {reason}."),
                          name=name, reason=exc.strerror or exc) from exc
    try:
        con = sqlite3.connect(f"{db_sqlite.file_uri(path)}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok":
                raise BackupError(QT_TRANSLATE_NOOP("Refusal", "{name} is damaged (it fails "
                                                               "SQLite's integrity check) and "
                                                               "cannot be restored."),
                                  name=name)
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            has_rev = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND "
                                  "name='alembic_version'").fetchone()
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0] \
                if has_rev else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Refusal", "{name} is damaged or is not a GreenDesk "
                                                       "backup."),
                          name=name) from exc
    if revision is None or (app_id != db_sqlite.APPLICATION_ID
                            and revision not in KNOWN_REVISIONS):
        raise BackupError(QT_TRANSLATE_NOOP("Refusal", "{name} is an SQLite file but not a "
                                                       "GreenDesk database."),
                          name=name)
    if revision not in KNOWN_REVISIONS:
        raise BackupError(QT_TRANSLATE_NOOP("Refusal", "{name} was written by a newer version of "
                                                       "GreenDesk (schema {revision}); install "
                                                       "that version to restore it."),
                          name=name, revision=revision)
    return str(revision)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes its checks, if any."""
    for b in list_backups(db_path):
        try:
            check_backup(b.path)
        except BackupError:
            continue
        return b
    return None


def restore(backup: Path, db_path: Path, note: str = "") -> RestoreResult:
    """Replace the database with a backup. The database must not be open anywhere (close
    it first); the current file is backed up (or, if damaged, copied) before it is
    replaced, and the restore is recorded in the restored file's audit trail."""
    backup, db_path = Path(backup).resolve(), Path(db_path).resolve()
    revision = check_backup(backup)
    if backup == db_path:
        raise BackupError(
            QT_TRANSLATE_NOOP("Refusal", "A database cannot be restored from itself."))
    kept = _set_aside(db_path) if db_path.exists() and db_path.stat().st_size else None
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    try:
        shutil.copyfile(backup, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(QT_TRANSLATE_NOOP("Refusal", "{name} could not be restored: {reason}; "
                                                       "the database was not changed."),
                          name=db_path.name, reason=exc.strerror or exc) from exc
    con = sqlite3.connect(db_path)
    try:
        con.execute("PRAGMA journal_mode = WAL")
    finally:
        con.close()
    _record_restore(db_path, backup, kept, note)
    return RestoreResult(db_path, backup, kept, revision)


def _set_aside(db_path: Path) -> Path:
    """Back up the file about to be replaced, after making sure no one has it open (a
    WAL database leaves WAL mode only when it is the sole connection)."""
    try:
        con = sqlite3.connect(db_path, timeout=1)
        try:
            mode = con.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        mode = "wal" if "locked" in text or "busy" in text else "damaged"
    except sqlite3.DatabaseError:
        mode = "damaged"
    if mode == "wal":
        raise BackupError(QT_TRANSLATE_NOOP("Refusal", "{name} is open in another GreenDesk "
                                                       "window or program; close it there and try "
                                                       "again."),
                          name=db_path.name)
    try:
        if mode == "damaged":
            raise BackupError(QT_TRANSLATE_NOOP("Refusal", "damaged"))
        return back_up(db_path, "before-restore")
    except BackupError:
        # A damaged file cannot be copied through SQLite; keep its bytes as they are.
        target = _target(db_path, "damaged")
        shutil.copyfile(db_path, target)
        return target


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open folders; its rename is durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _record_restore(db_path: Path, backup: Path, kept: Path | None, note: str) -> None:
    from greendesk.store import audit
    from greendesk.store.db import open_database

    db = open_database(db_path, create=False, auto_backup=False)
    try:
        with db.write() as s:
            audit.record(s, "restore", "database", None, None,
                         {"backup": backup.name, "kept_as": kept.name if kept else None},
                         note or f"Restored from the backup {backup.name}"
                         + (f"; the replaced file was kept as {kept.name}." if kept else "."))
    finally:
        db.close()
