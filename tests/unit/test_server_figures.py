"""The figures of a plant on a PostgreSQL server are the figures of the same plant in a file
(issue 20): the fixture plant (tests/fixture_plant.py: every term of every report formula
carries a value) is written through the services into a server database, and every command
that computes — balances, waste indicators, reconciliation, the month-close checklist,
obligations, emissions, fees and the report pack — prints the same JSON (and writes the same
figures) there as on the SQLite file."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from greendesk.cli.main import main
from greendesk.store.db import open_database
from tests import pg_cluster
from tests.fixture_plant import SITE, build_fixture_plant

COMMANDS = {
    "balance": ["balance", "--period", "2025", "--format", "json"],
    "balance-site": ["balance", "--period", "2025-03", "--site", SITE, "--format", "json"],
    "indicators": ["indicators", "--year", "2025", "--format", "json"],
    "reconcile": ["reconcile", "--site", SITE, "--period", "2025-03", "--format", "json"],
    "month-close": ["month-close", "--site", SITE, "--period", "2025-03", "--format", "json"],
    "obligations": ["obligations", "--from", "2025-01-01", "--to", "2025-12-31",
                    "--format", "json"],
    "emissions": ["emissions", "--period", "2025", "--format", "json"],
    "fees": ["fees", "--quarter", "2025-Q1", "--format", "json"],
}


REGISTER = Path(__file__).parents[2] / "resources" / "obligations_kz.yaml"
KINDS = "waste,balance,rational-use,plan,formations,passport,pek,fees,emissions,ghg,ledger"


@pytest.fixture(scope="module")
def file_plant(tmp_path_factory: pytest.TempPathFactory, fixture_plant_file: Path) -> str:
    """A copy of the fixture plant with the obligations register loaded."""
    path = tmp_path_factory.mktemp("figures") / "plant.sqlite"
    shutil.copyfile(fixture_plant_file, path)
    _obligations(str(path))
    return str(path)


@pytest.fixture(scope="module")
def server_plant(pg_server, pg_template: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The fixture plant written into a server database through the services, with the
    obligations register loaded, once for the module."""
    name = pg_cluster.fresh_name("figures")
    pg_cluster.admin(pg_server, f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    url = pg_server.url(name)
    db = open_database(url)
    try:
        build_fixture_plant(db)
    finally:
        db.close()
    _obligations(url)
    yield url
    pg_cluster.admin(pg_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _obligations(where: str) -> None:
    """The mine made a category II object and the register loaded: obligations fall due."""
    from greendesk.models import FacilityCategory, SiteKind
    from greendesk.services import structure

    db = open_database(where)
    try:
        site = next(x for x in structure.get_plant(db).sites if x.name == SITE)
        structure.update_site(db, site.id, structure.SiteDraft(
            SITE, "Karaganda", SiteKind.MINE, category=FacilityCategory.II))
    finally:
        db.close()
    assert main(["obligations", "import", "--db", where, str(REGISTER)]) == 0


def _json(capsys: pytest.CaptureFixture[str], db: str, args: list[str]) -> tuple[int, object]:
    code = main([args[0], "--db", db, *args[1:]])
    out, err = capsys.readouterr()
    assert code in (0, 1), err  # 1: the month-close checklist has open items
    return code, json.loads(out)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_server_plant_prints_the_files_figures(
        command: str, server_plant: str, file_plant: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    args = COMMANDS[command]
    on_file = _json(capsys, file_plant, args)
    on_server = _json(capsys, server_plant, args)
    assert on_file[1]  # a figure to compare, not two empty answers
    assert on_server == on_file


def _figures(path: Path) -> dict[str, list[object]]:
    """Every sheet's numbers and texts, row by row, without what names the database or
    when and from which trail entry the workbook was written."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    out: dict[str, list[object]] = {}
    for sheet in book.worksheets:
        out[sheet.title] = [v for row in sheet.iter_rows(values_only=True) for v in row
                            if v is not None and not _volatile(v)]
    meta = json.loads(str(out.pop("_greendesk")[0]))  # the records' fingerprint stays
    out["_greendesk"] = [{k: v for k, v in meta.items()
                          if k not in ("generated_at", "audit_head")}]
    return out


def _volatile(value: object) -> bool:
    """When the workbook was written, and the trail head it names (each chain's hashes
    cover its own entries' times)."""
    return isinstance(value, datetime) or (
        isinstance(value, str) and re.fullmatch(r"\d+:[0-9a-f]{64}", value) is not None)


def test_a_server_plant_writes_the_files_report_pack(
        server_plant: str, file_plant: str, tmp_path: Path) -> None:
    books = {}
    for key, db in (("file", file_plant), ("server", server_plant)):
        books[key] = tmp_path / f"{key}.xlsx"
        assert main(["report", "pack", "--db", db, "--year", "2025", "--kinds", KINDS,
                     "-o", str(books[key])]) == 0
    on_file, on_server = _figures(books["file"]), _figures(books["server"])
    assert len(on_file) > 3 and sum(len(v) for v in on_file.values()) > 100
    assert on_server == on_file
    assert main(["verify", "--db", server_plant, str(books["server"])]) == 0


def test_the_audit_search_ignores_case_on_the_server_too(server_plant: str,
                                                         file_plant: str) -> None:
    from greendesk.services.audit_log import AuditFilter, count_entries

    counts = []
    for where in (file_plant, server_plant):
        db = open_database(where)
        try:
            counts.append([count_entries(db, AuditFilter(text=t))
                           for t in ("CHECKLIST_ITEM", "checklist_item", "Checklist_Item")])
        finally:
            db.close()
    assert counts[0][0] > 0 and counts[0] == counts[1] == [counts[0][0]] * 3
