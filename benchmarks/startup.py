"""Start-up time: process start → main window shown on the demo database.

Baseline (the floor for this stack): a bare script that imports PySide6 and SQLAlchemy
(with its ORM session, as the issue's 0.26 s import figure for SQLAlchemy does), opens the
same database and shows an empty QMainWindow. Both run as fresh processes,
alternately, several times; the medians are compared. Target: ratio ≤ 1.5.

Frozen mode compares the offline bundle (packaging/greendesk.spec) with the installed
package: the same `greendesk --db demo.sqlite` command, window shown then closed
(GREENDESK_QUIT_AFTER_MS=0), run by the bundle's program with the virtual environment off
PATH and by this Python (`-m greendesk`), alternately.

    python benchmarks/startup.py [--runs 9]
    python benchmarks/startup.py --frozen dist/GreenDesk/greendesk [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlalchemy
from sqlalchemy.orm import Session
engine = sqlalchemy.create_engine("sqlite:///" + sys.argv[1])
with Session(engine) as session:
    session.execute(sqlalchemy.text("SELECT count(*) FROM site")).scalar()
app = QApplication([])
win = QMainWindow()
win.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

APP_LEDGER = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
QCoreApplication.setOrganizationName("GreenDesk"); QCoreApplication.setApplicationName("GreenDesk")
QSettings().setValue("last_section", "ledger")
from greendesk.ui.app import start
app, win = start(Path(sys.argv[1]))
assert win.stack.currentWidget() is win.sections["ledger"]
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

APP = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from greendesk.ui.app import start
app, win = start(Path(sys.argv[1]))
assert win.db is not None, "the demo database did not open"
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def time_child(code: str, db: Path, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, str(db)], env=env, capture_output=True,
                         text=True, check=True)
    elapsed = time.perf_counter() - t0
    assert "shown" in out.stdout, out.stderr
    return elapsed


def time_command(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `cmd` (a `greendesk` opening the window) to its exit."""
    t0 = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - t0
    assert "shown:" in out.stdout, out.stderr
    return elapsed


def frozen_main(program: Path, runs: int) -> None:
    """The bundle's start-up against the installed package's, same command, same profile."""
    with tempfile.TemporaryDirectory() as tmp:
        venv_bin = Path(sys.executable).parent.resolve()
        path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep)
                               if p and Path(p).resolve() != venv_bin)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   GREENDESK_DATA_DIR=tmp, XDG_CONFIG_HOME=str(Path(tmp) / "config"),
                   GREENDESK_QUIT_AFTER_MS="0")
        for name in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"):
            env.pop(name, None)
        db = Path(tmp) / "demo.sqlite"
        from greendesk.demo.plant import write_demo

        write_demo(db)
        bundle = [str(program.resolve()), "--db", str(db)]
        installed = [sys.executable, "-m", "greendesk", "--db", str(db)]
        frozen_env = dict(env, PATH=path)
        for _ in range(2):  # warm the OS file cache for both
            time_command(bundle, frozen_env)
            time_command(installed, env)
        frozen, package = [], []
        for _ in range(runs):
            frozen.append(time_command(bundle, frozen_env))
            package.append(time_command(installed, env))
    f, p = statistics.median(frozen), statistics.median(package)
    print(f"frozen bundle ({program}): median {f:.3f} s "
          f"(min {min(frozen):.3f}, max {max(frozen):.3f})")
    print(f"installed package (python -m greendesk): median {p:.3f} s "
          f"(min {min(package):.3f}, max {max(package):.3f})")
    print(f"RESULT frozen_startup_s={f:.3f} installed_startup_s={p:.3f} ratio={f / p:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--frozen", type=Path, metavar="PATH_TO_BUNDLE_EXE",
                        help="compare this frozen program's start-up with the installed "
                        "package's instead")
    args = parser.parse_args()
    if args.frozen is not None:
        frozen_main(args.frozen, args.runs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        # A fresh profile: settings in tmp (XDG_CONFIG_HOME), so the window opens on the
        # plant structure as on first run, not on whatever section this machine used last.
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   GREENDESK_DATA_DIR=tmp, XDG_CONFIG_HOME=str(Path(tmp) / "config"))
        db = Path(tmp) / "demo.sqlite"
        from greendesk.demo.plant import write_demo

        write_demo(db)
        for _ in range(2):  # warm the OS file cache for both
            time_child(FLOOR, db, env)
            time_child(APP, db, env)
        floor, app, ledger = [], [], []
        for _ in range(args.runs):
            floor.append(time_child(FLOOR, db, env))
            app.append(time_child(APP, db, env))
        ledger_env = dict(env, XDG_CONFIG_HOME=str(Path(tmp) / "config-ledger"))
        for _ in range(max(3, args.runs // 2)):
            ledger.append(time_child(APP_LEDGER, db, ledger_env))
    f, a = statistics.median(floor), statistics.median(app)
    print(f"floor (PySide6 + SQLAlchemy + empty QMainWindow): median {f:.3f} s "
          f"(min {min(floor):.3f}, max {max(floor):.3f})")
    print(f"GreenDesk main window on the demo database:        median {a:.3f} s "
          f"(min {min(app):.3f}, max {max(app):.3f})")
    print(f"GreenDesk reopening on the flow ledger (last section): median "
          f"{statistics.median(ledger):.3f} s")
    print(f"RESULT startup_s={a:.3f} floor_s={f:.3f} ratio={a / f:.2f} target_ratio=1.5")


if __name__ == "__main__":
    main()
