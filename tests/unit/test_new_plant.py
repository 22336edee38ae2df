"""`greendesk new`: an empty plant database made headlessly, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from greendesk.cli.main import main
from greendesk.services import checklist
from greendesk.services.checklist_template import load_template
from greendesk.services.structure import get_plant
from greendesk.store.db import open_database

BIN = "050340000009"  # a valid BIN (control digit 9)


def test_new_makes_the_enterprise_and_a_plan_in_the_chosen_language(tmp_path: Path) -> None:
    path = tmp_path / "жезказган.sqlite"
    rc = main(["new", "--db", str(path), "--enterprise", "  ТОО  Жезказган ", "--bin", BIN,
               "--lang", "kk"])
    assert rc == 0
    assert [p.name for p in path.parent.glob("*sqlite*")] == [path.name]  # no partial left
    db = open_database(path, create=False)
    try:
        plant = get_plant(db)
        assert (plant.enterprise_name, plant.bin, plant.sites) == ("ТОО Жезказган", BIN, ())
        assert [m.title for m in checklist.list_measures(db)] == [
            m.title for m in load_template(language="kk").measures]
    finally:
        db.close()


@pytest.mark.parametrize("args, says", [
    (["--bin", "050340000001"], "050340000001"),  # the control digit fails
    (["--bin", BIN, "--lang", "de"], "'de'"),
    (["--bin", BIN, "--enterprise", "   "], "enterprise"),
])
def test_a_refusal_leaves_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  args: list[str], says: str) -> None:
    folder = tmp_path / "plants"
    folder.mkdir()
    argv = ["new", "--db", str(folder / "plant.sqlite"), "--enterprise", "Plant LLP", *args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err and "Traceback" not in err
    assert list(folder.iterdir()) == []


def test_an_existing_database_is_never_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                   ) -> None:
    path = tmp_path / "plant.sqlite"
    assert main(["new", "--db", str(path), "--enterprise", "First LLP", "--bin", BIN]) == 0
    before = path.read_bytes()
    assert main(["new", "--db", str(path), "--enterprise", "Second LLP", "--bin", BIN]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == before
