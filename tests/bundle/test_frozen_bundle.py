"""The offline bundle (packaging/greendesk.spec, issue 17 §4) works on a machine without
Python: built once per run with PyInstaller, then run as a plain program with an
environment that has no virtual environment, no PYTHONPATH and no display.

The Windows build cannot run here; the spec is the same file there, so what this proves
of the data files, hidden imports and excluded modules holds for it too.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from greendesk.store.db import SCHEMA_HEAD
from tests.conftest import lacking

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "greendesk.spec"
OLDEST_SCHEMA = ROOT / "tests" / "migrations" / "fixtures" / "0001_initial.sqlite"
PROGRAM = "greendesk.exe" if os.name == "nt" else "greendesk"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen program, built from the repository's spec into a temporary folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        lacking("PyInstaller is not installed (pip install -e '.[test]')")
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        lacking("PyInstaller needs objdump on Linux (apt-get install binutils)")
    out = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    built = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(SPEC)],
        cwd=out, capture_output=True, text=True, timeout=1800)
    assert built.returncode == 0, built.stderr[-4000:]
    print(f"bundle built in {time.perf_counter() - started:.0f} s")
    program = out / "dist" / "GreenDesk" / PROGRAM
    assert program.is_file()
    return program


def outside_the_venv(home: Path) -> dict[str, str]:
    """An environment as on a machine without our Python: PATH without the virtual
    environment's scripts, no PYTHONPATH/PYTHONHOME/VIRTUAL_ENV, no display."""
    venv_bin = Path(sys.executable).parent.resolve()
    path = [p for p in os.environ.get("PATH", "").split(os.pathsep)
            if p and Path(p).resolve() != venv_bin]
    env = {"PATH": os.pathsep.join(path), "HOME": str(home), "USERPROFILE": str(home),
           "GREENDESK_DATA_DIR": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_RUNTIME_DIR": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    for name in ("SYSTEMROOT", "TEMP", "TMP"):  # Windows cannot start a program without them
        if name in os.environ:
            env[name] = os.environ[name]
    return env


@pytest.fixture
def run(bundle: Path, tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the frozen program in tmp_path: run(*args, env_extra) -> CompletedProcess."""
    env = outside_the_venv(tmp_path)

    def frozen(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(bundle), *args], cwd=tmp_path, env={**env, **extra},
                              capture_output=True, text=True, encoding="utf-8", timeout=600)

    return frozen


@pytest.fixture(scope="session")
def frozen_demo(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A one-year demo plant written by the frozen program (`demo --db`)."""
    home = tmp_path_factory.mktemp("frozen-demo")
    db = home / "demo.sqlite"
    done = subprocess.run([str(bundle), "demo", "--db", str(db), "--years", "1"], cwd=home,
                          env=outside_the_venv(home), capture_output=True, text=True,
                          encoding="utf-8", timeout=600)
    assert done.returncode == 0, done.stderr
    assert "Wrote" in done.stdout
    return db


def copy_of(db: Path, folder: Path) -> Path:
    target = folder / db.name
    shutil.copyfile(db, target)
    return target


def test_the_bundle_carries_its_data_and_no_test_tools(bundle: Path) -> None:
    inside = bundle.parent / "_internal"
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    shipped = 0
    for package, patterns in setuptools["package-data"].items():  # what the wheel ships
        source = ROOT / setuptools["package-dir"].get(package, package.replace(".", "/"))
        for pattern in patterns:
            for path in source.glob(pattern):
                assert (inside / package.replace(".", "/") / path.relative_to(source)).is_file()
                shipped += 1
    assert shipped > 30
    for path in ("greendesk/migrations/env.py", "greendesk/migrations/versions/0001_initial.py",
                 "greendesk/resources/icons/LICENSE.txt"):
        assert (inside / path).is_file(), path
    assert not (inside / "scipy").exists()
    assert not (inside / "tkinter").exists()
    qt_catalogues = {p.name for p in inside.rglob("qtbase_*.qm")}
    assert "qtbase_ru.qm" in qt_catalogues
    assert "qtbase_de.qm" not in qt_catalogues


def test_the_demo_is_written_and_read(run, frozen_demo: Path, tmp_path: Path) -> None:
    db = copy_of(frozen_demo, tmp_path)
    info = run("info", "--db", str(db))
    assert info.returncode == 0, info.stderr
    assert SCHEMA_HEAD in info.stdout


def test_a_report_pack_is_written_and_verified(run, frozen_demo: Path, tmp_path: Path) -> None:
    db = copy_of(frozen_demo, tmp_path)
    year = str(date.today().year - 1)  # `demo --years 1` writes the last complete year
    pack = tmp_path / "pack.xlsx"
    done = run("report", "pack", "--db", str(db), "--year", year, "-o", str(pack))
    assert done.returncode == 0, done.stderr
    assert pack.stat().st_size > 0
    verified = run("verify", str(pack), "--db", str(db))
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_the_audit_trail_verifies(run, frozen_demo: Path, tmp_path: Path) -> None:
    done = run("audit", "verify", "--db", str(copy_of(frozen_demo, tmp_path)))
    assert done.returncode == 0, done.stderr
    assert "OK" in done.stdout


def test_the_window_opens_offscreen_and_closes(run, frozen_demo: Path, tmp_path: Path) -> None:
    db = copy_of(frozen_demo, tmp_path)
    done = run("--db", str(db), GREENDESK_QUIT_AFTER_MS="2000")
    assert done.returncode == 0, done.stderr
    assert f"shown: {db.name} — GreenDesk | File" in done.stdout


def test_russian_is_loaded_for_the_window_and_the_command_line(run, frozen_demo: Path,
                                                              tmp_path: Path) -> None:
    window = run("--lang", "ru", "--db", str(copy_of(frozen_demo, tmp_path)),
                 GREENDESK_QUIT_AFTER_MS="1000")
    assert window.returncode == 0, window.stderr
    assert "Файл" in window.stdout  # the File menu, from greendesk_ru.qm
    refused = run("--lang", "ru", "info", "--db", str(tmp_path / "missing.sqlite"))
    assert refused.returncode == 2
    assert "нет базы данных" in refused.stderr  # the refusal, from greendesk_ru.ts


def test_a_database_of_the_oldest_schema_migrates(run, tmp_path: Path) -> None:
    db = copy_of(OLDEST_SCHEMA, tmp_path)
    done = run("info", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert SCHEMA_HEAD in done.stdout


def test_the_installer_installs_the_built_folder_for_one_user(bundle: Path) -> None:
    """packaging/greendesk.iss (compiled on Windows only) names what the spec builds."""
    iss = (ROOT / "packaging" / "greendesk.iss").read_text(encoding="utf-8-sig")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r"^DefaultDirName=\{(userpf|localappdata)\}", iss, re.M)
    folder = re.search(r'^#define Bundle .*"\.\.\\dist\\([^"\\]+)"$', iss, re.M)
    assert folder is not None and folder.group(1) == bundle.parent.name
    exe = re.search(r'^#define AppExe "([^"]+)"$', iss, re.M)
    assert exe is not None and Path(exe.group(1)).stem == bundle.stem
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"',
                     iss, re.M)  # the Start-menu entry opens the program


def test_the_window_closes_itself_when_asked(template_db_file: Path, tmp_path: Path) -> None:
    """GREENDESK_QUIT_AFTER_MS, the hook the frozen smoke test and benchmark rely on, in the
    installed package: the window opens, says what it shows, and exits cleanly."""
    db = copy_of(template_db_file, tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GREENDESK_QUIT_AFTER_MS="0",
               XDG_CONFIG_HOME=str(tmp_path / "config"), GREENDESK_LANG="en")
    done = subprocess.run([sys.executable, "-m", "greendesk", "--db", str(db)], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"shown: {db.name} — GreenDesk | File" in done.stdout


def test_a_frozen_program_reads_its_data_from_the_bundle(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """package_dir in a frozen program: the bundle's folder, never a checkout's."""
    from greendesk.paths import package_dir

    (tmp_path / "greendesk" / "migrations").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert package_dir("migrations") == tmp_path / "greendesk" / "migrations"
    with pytest.raises(FileNotFoundError):
        package_dir("resources")
