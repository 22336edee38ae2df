"""A --db path is the file it names: '%41' stays '%41', '?' and '#' are part of the name.

The engine URL used to be built as f"sqlite:///{path}", so `plant%41/db.sqlite` wrote into
`plantA/db.sqlite` and `x?y/db.sqlite` into a file named `x`. Only a value with a scheme
is a URL.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from greendesk.cli import main
from greendesk.demo.plant import S_MINE
from greendesk.store.db import DatabaseOpenError, make_engine, open_database

CSV = ("Date,Site,From,To,Material,Quantity,Unit,Method\n"
       f"2025-03-31,{S_MINE},Fuel supplier,Open-pit mining,Diesel fuel,1000,L,measured\n")
# What a URL parser would make of each: plantA, x, a, 'two words' (%20), ...
FOLDERS = ["plant%41", "x?y", "a#b", "two words", "завод", "two%20words", "Ш%41 ?#q=1&x"]


def _flows(path: Path) -> int:
    con = sqlite3.connect(path)  # a plain file name, not a URI
    try:
        return int(con.execute("SELECT count(*) FROM flow").fetchone()[0])
    finally:
        con.close()


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.mark.parametrize("folder", FOLDERS)
def test_cli_import_writes_into_exactly_the_named_file(
        folder: str, tmp_path: Path, demo_db_file: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "flows.csv").write_text(CSV, encoding="utf-8")
    target = Path(folder) / "db.sqlite"
    target.parent.mkdir()
    shutil.copyfile(demo_db_file, target)
    decoy = Path("plantA") / "db.sqlite"  # where '%41' decoded would land
    decoy.parent.mkdir()
    shutil.copyfile(demo_db_file, decoy)
    before, decoy_before = _flows(target), _flows(decoy)
    made_before = _tree(tmp_path) - {f"{folder}/db.sqlite-wal", f"{folder}/db.sqlite-shm"}

    assert main(["import", "flows", "flows.csv", "--db", str(target), "--again"]) == 0, \
        capsys.readouterr().err
    assert "Imported 1 flow records" in capsys.readouterr().out
    assert _flows(target) == before + 1
    assert _flows(decoy) == decoy_before
    made = _tree(tmp_path) - made_before
    assert made <= {f"{folder}/db.sqlite-wal", f"{folder}/db.sqlite-shm",
                    f"{folder}/backups", "greendesk-data"} | {
        p for p in made if p.startswith((f"{folder}/backups/", "greendesk-data/"))}, made


def test_a_new_database_is_created_under_its_literal_name(tmp_path: Path) -> None:
    path = tmp_path / "new%41 ?#.sqlite"
    open_database(path).close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [path.name]


@pytest.mark.parametrize("read_only", [False, True])
def test_engines_open_the_literal_file(tmp_path: Path, demo_db_file: Path,
                                       read_only: bool) -> None:
    folder = tmp_path / "ro%41?#"
    folder.mkdir()
    path = folder / "plant.sqlite"
    shutil.copyfile(demo_db_file, path)
    engine = make_engine(path, read_only=read_only)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM flow").scalar() == _flows(path)
    finally:
        engine.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]


def test_only_a_value_with_a_scheme_is_a_url(tmp_path: Path, demo_db_file: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plant A.sqlite"
    shutil.copyfile(demo_db_file, path)
    url = "sqlite:///" + path.as_posix().replace(" ", "%20")
    assert main(["info", "--db", url]) == 0
    assert f"database   {path}" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:
        main(["info", "--db", "mysql://officer@server/plant"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "mysql databases are not supported" in err
    assert "Traceback" not in err
    assert not (Path.cwd() / "mysql:").exists()
    with pytest.raises(DatabaseOpenError, match="not supported"):
        open_database("mysql://officer@server/plant")


def test_a_server_that_cannot_be_reached_is_one_sentence(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--db", "postgresql://officer@127.0.0.1:1/plant"]) == 2
    err = capsys.readouterr().err
    assert "The server database plant cannot be reached or refused the login" in err
    assert "Traceback" not in err and not (Path.cwd() / "postgresql:").exists()
