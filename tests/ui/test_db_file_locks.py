"""Nothing but SQLite opens the database file while the window has it open.

On Linux and macOS closing any descriptor of a file drops all of the process's POSIX locks
on it. A file dialog that sniffed the database's contents, or GreenDesk reading the header
itself (File > Open recent on the open database), let a second GreenDesk believe it was
the last connection and delete the WAL the window was still writing into: a commit then
vanished when the window was killed. These tests replay that in processes of their own.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import greendesk
from greendesk.errors import DomainError
from greendesk.readers.tabular import TableReadError, read_table
from greendesk.services import checklist
from greendesk.store import sqlite as db_sqlite
from greendesk.store.db import Database

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="POSIX advisory locks (Windows locks per handle)")

# The window's process: open the database in the main window, do `mode`, say READY, wait
# for GO, commit (close a month), say COMMITTED and wait to be killed.
_WINDOW = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QFileSystemModel
db_path, mode, settings_dir = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
QCoreApplication.setOrganizationName("GreenDeskLockTest")
QCoreApplication.setApplicationName("GreenDeskLockTest")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
app = QApplication([])
from greendesk.services.periods_closed import close_period
from greendesk.ui import file_dialogs
from greendesk.ui.main_window import MainWindow

def probe_like_a_view(dialog):
    # What painting the list does: ask the model for each file's icon and type.
    dialog.setViewMode(dialog.ViewMode.Detail)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        app.processEvents()
        index = model.index(str(db_path), 2)
        if index.isValid() and model.data(index):
            model.fileIcon(model.index(str(db_path)))
            break
        time.sleep(0.02)
    else:
        sys.exit("the dialog never listed the database")
    return [], ""

window = MainWindow()
assert window.open_path(db_path)
window.show()
if mode == "dialog":            # File > Open..., looking at the database's folder
    file_dialogs._run = probe_like_a_view
    window.open_dialog()
elif mode == "recent":          # File > Open recent > the database already open
    window._fill_recent_menu()
    [act] = [a for a in window.recent_menu.actions() if a.text() == str(db_path)]
    act.trigger()
    assert window.db is not None and window.db.path == db_path
app.processEvents()
print("READY", flush=True)
sys.stdin.readline()
close_period(window.db, "2025-01")
print("COMMITTED", flush=True)
time.sleep(600)
"""


def _closed_months(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT period FROM closed_period")]
    finally:
        con.close()


@pytest.mark.parametrize("mode", ["nothing", "dialog", "recent"])
def test_a_commit_survives_another_greendesk_and_a_kill(tmp_path: Path, db_path: Path,
                                                        mode: str) -> None:
    db_path = db_path.resolve()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "GREENDESK_DATA_DIR": str(tmp_path / "data")}
    window = subprocess.Popen(
        [sys.executable, "-c", _WINDOW, str(db_path), mode, str(tmp_path / "qsettings")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env, cwd=tmp_path)
    try:
        assert window.stdout is not None and window.stdin is not None
        ready = window.stdout.readline().strip()
        assert ready == "READY", window.stderr.read() if window.stderr else ""
        info = subprocess.run([sys.executable, "-m", "greendesk", "info", "--db", str(db_path)],
                              capture_output=True, text=True, env=env, timeout=120)
        assert info.returncode == 0, info.stderr   # opened and closed the database
        window.stdin.write("GO\n")
        window.stdin.flush()
        assert window.stdout.readline().strip() == "COMMITTED"
    finally:
        os.kill(window.pid, signal.SIGKILL)
        window.wait(timeout=60)
    assert _closed_months(db_path) == ["2025-01"]


def test_every_file_dialog_goes_through_the_helper() -> None:
    """Qt's static dialogs use the platform's dialog or sniff contents; file_dialogs neither."""
    ui = Path(greendesk.__file__).resolve().parent / "ui"
    users = sorted(p.name for p in ui.glob("*.py")
                   if "QFileDialog" in p.read_text(encoding="utf-8"))
    assert users == ["file_dialogs.py"]


# ---------------------------------------------------------------- the registry of held files
def test_held_files_are_known_by_identity_with_their_side_files(db: Database,
                                                                 tmp_path: Path) -> None:
    with db.read():
        pass
    link = tmp_path / "link.sqlite"
    link.symlink_to(db.path)
    for name in (db.path, link, Path(f"{db.path}-wal"), Path(f"{db.path}-shm")):
        assert db_sqlite.is_held(name), name
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    assert not db_sqlite.is_held(other)
    db.close()
    assert not db_sqlite.is_held(db.path)


def test_the_header_of_a_held_file_is_read_through_sqlite(db: Database, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    with db.read():
        pass

    def no_python_open(*_a: object, **_k: object) -> None:
        raise AssertionError("Python opened a database this process holds")

    monkeypatch.setattr(Path, "open", no_python_open)
    assert db_sqlite.looks_like_sqlite(db.path)


def test_importers_and_evidence_do_not_read_the_open_database(db: Database,
                                                              tmp_path: Path) -> None:
    with db.read():
        pass
    as_csv = tmp_path / "plant.csv"
    os.link(db.path, as_csv)  # the same file under an importable name
    with pytest.raises(TableReadError, match="is a database GreenDesk has open"):
        read_table(as_csv)
    with pytest.raises(DomainError, match="is a database GreenDesk has open"):
        checklist.attach_evidence(db, 1, Path(f"{db.path}-wal"))


def test_a_save_dialog_will_not_write_over_the_open_database(
        db: Database, monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # type: ignore[no-untyped-def]
    from greendesk.ui import file_dialogs

    with db.read():
        pass
    warned: list[str] = []
    monkeypatch.setattr(file_dialogs, "_run", lambda _d: ([str(db.path)], "Excel (*.xlsx)"))
    monkeypatch.setattr(file_dialogs.QMessageBox, "warning",
                        lambda _p, _title, text: warned.append(text))
    assert file_dialogs.save_file(None, "Save the report as") == ("", "")
    assert warned == [f"{db.path.name} is a database GreenDesk has open; nothing was "
                      "written. Choose another name."]
