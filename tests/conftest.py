"""Shared fixtures. Each test gets its own copy of a migrated template database.

Settings and the data folder are redirected to tmp_path so a developer's real files are
never read or written.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import NoReturn

import pytest

from greendesk.store.db import Database, open_database

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEMO_TODAY = date(2026, 11, 25)  # fixed, so demo figures do not move with the calendar


# ---------------------------------------------------------------- what the environment lacks
def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def lacking(reason: str) -> NoReturn:
    """The one way a test gives up for want of something outside GreenDesk (LibreOffice,
    setpriv, the ../shared data): a skip on a developer's machine, a failure when CI is
    set, so a CI that lost LibreOffice cannot pass by skipping its tests."""
    if in_ci():
        pytest.fail(f"{reason} (CI is set, so this fails instead of skipping)", pytrace=False)
    pytest.skip(reason)


def needs(available: object, reason: str) -> pytest.MarkDecorator:
    """Mark a test that needs something from its environment; see `lacking`."""
    return pytest.mark.needs(bool(available), reason=reason)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs(available, reason): the test needs something "
                            "from its environment; skipped without it, failed under CI")
    config.addinivalue_line("markers", "backends(*names): run the test's `db` (and `plant`) "
                            "on each of these database backends: sqlite, postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked `backends(...)` (itself or its module) that uses `db` runs once per
    backend; every other test's `db` is SQLite."""
    mark = metafunc.definition.get_closest_marker("backends")
    if mark is not None and "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", list(mark.args), indirect=True)


def pytest_runtest_setup(item: pytest.Item) -> None:
    for mark in item.iter_markers("needs"):
        if not mark.args[0]:
            lacking(mark.kwargs["reason"])


def unprivileged(cmd: list[str]) -> list[str]:
    """`cmd` run without root's power to ignore file permissions (root passes every check,
    so permission tests drop it with setpriv)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return cmd
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        lacking("running as root without setpriv to drop the permission override")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search",
            "--inh-caps=-dac_override,-dac_read_search", *cmd]


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "greendesk-data"
    monkeypatch.setenv("GREENDESK_DATA_DIR", str(data))
    return data


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Fix the machine's date for a test: `clock(date(2032, 1, 1))`."""
    import greendesk.periods

    def set_today(day: date) -> None:
        monkeypatch.setattr(greendesk.periods, "today", lambda: day)

    return set_today


def _copy_db(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst


@pytest.fixture(scope="session")
def template_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database migrated to head, made once per run."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    open_database(path).close()
    _checkpoint(path)
    return path


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo plant (3 years to the end of 2025), made once per run."""
    from greendesk.demo.plant import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo(path, years=3, today=DEMO_TODAY)
    _checkpoint(path)
    return path


@pytest.fixture(scope="session")
def fixture_plant_file(tmp_path_factory: pytest.TempPathFactory, template_db_file: Path) -> Path:
    """The fixture plant (tests/fixture_plant.py: every term of every report formula carries
    a value), made once per run: copy it before writing to it."""
    from tests.fixture_plant import build_fixture_plant

    path = _copy_db(template_db_file, tmp_path_factory.mktemp("fixture-plant") / "plant.sqlite")
    database = open_database(path)
    try:
        build_fixture_plant(database)
    finally:
        database.close()
    _checkpoint(path)
    return path


@pytest.fixture
def fixture_plant(tmp_path: Path, fixture_plant_file: Path) -> Iterator[Database]:
    """A copy of the fixture plant, open."""
    database = open_database(_copy_db(fixture_plant_file, tmp_path / "fixture-plant.sqlite"))
    yield database
    database.close()


@pytest.fixture(scope="session")
def language_demo_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The one-year demo plant written in English, Russian and Kazakh, made once per run:
    read them, or copy one before writing to it."""
    from greendesk.demo.plant import write_demo

    out = {}
    for language in ("en", "ru", "kk"):
        path = tmp_path_factory.mktemp(f"demo-{language}") / "demo.sqlite"
        write_demo(path, years=1, today=DEMO_TODAY, language=language)
        _checkpoint(path)
        out[language] = path
    return out


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so a plain file copy is the whole database."""
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


@pytest.fixture
def db_path(tmp_path: Path, template_db_file: Path) -> Path:
    return _copy_db(template_db_file, tmp_path / "plant.sqlite")


# ---------------------------------------------------------------- PostgreSQL
@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A throwaway PostgreSQL cluster for the run (tests/pg_cluster.py), or the one named
    by GREENDESK_TEST_PG (a URL of a database whose user may create databases)."""
    from tests import pg_cluster

    given = os.environ.get("GREENDESK_TEST_PG")
    if given:
        yield pg_cluster.Given(given)
        return
    try:
        cluster = pg_cluster.start()
    except RuntimeError as exc:
        lacking(f"no PostgreSQL server could be started: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:  # type: ignore[no-untyped-def]
    """A server database migrated to head, made once per run; tests get copies of it."""
    from tests import pg_cluster

    name = pg_cluster.fresh_name("template")
    pg_cluster.admin(pg_server, f'CREATE DATABASE "{name}"')
    open_database(pg_server.url(name)).close()
    return name


@pytest.fixture
def pg_url(pg_server, pg_template: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A fresh server database with the schema (a copy of the template), dropped after."""
    from tests import pg_cluster

    name = pg_cluster.fresh_name("test")
    pg_cluster.admin(pg_server, f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    yield pg_server.url(name)
    pg_cluster.admin(pg_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend of this test's `db`: "sqlite" unless the test is marked
    `backends(...)` (see pytest_generate_tests)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest) -> str:
    """What --db would say for this test's database: a file path, or a server URL."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(request.getfixturevalue("db_path"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def demo_path(tmp_path: Path, demo_db_file: Path) -> Path:
    return _copy_db(demo_db_file, tmp_path / "demo.sqlite")


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    database = open_database(demo_path)
    yield database
    database.close()


@pytest.fixture
def plant(db: Database) -> Database:
    """A database with an enterprise and one site, ready for nodes."""
    from greendesk.models import SiteKind
    from greendesk.services import structure
    from greendesk.validation import make_valid_bin

    structure.set_enterprise(db, "Test Copper LLP", make_valid_bin("100440"))
    structure.add_site(db, structure.SiteDraft("Test mine", "Karaganda", SiteKind.MINE))
    return db
