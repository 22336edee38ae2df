"""`greendesk obligations`: the calendar, a register reload with its diff, a submission."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from greendesk.cli.main import main
from greendesk.models import FacilityCategory
from greendesk.services import obligation_calendar, structure
from greendesk.services.obligation_file import default_register_path
from greendesk.store.db import Database, open_database


@pytest.fixture
def cat_plant(plant: Database, db_path: Path, clock) -> Path:  # type: ignore[no-untyped-def]
    clock(date(2026, 12, 7))
    site = structure.get_plant(plant).sites[0]
    structure.update_site(plant, site.id, structure.SiteDraft(
        site.name, site.region, site.kind, "", FacilityCategory.I))
    return db_path


def test_the_calendar_as_json_with_basis_period_due_status_and_readiness(
        cat_plant: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["obligations", "--db", str(cat_plant), "--from", "2026-01-01",
                 "--to", "2026-12-31", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    items = out["obligations"]
    assert out["permit_conditions"] == []  # no permits in this plant
    q2 = next(i for i in items if i["code"] == "fee_declaration_2026"
              and i["period"] == "2026-Q2")
    assert q2["due"] == "2026-08-17" and q2["status"] == "not_started" and q2["overdue"]
    assert "Tax Code" in q2["basis"] and q2["readiness"]["months_open"] == [
        "2026-04", "2026-05", "2026-06"]
    assert all("2026-01-01" <= i["due"] <= "2026-12-31" for i in items)


def test_the_calendar_as_a_table_marks_overdue_and_unconfirmed(
        cat_plant: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["obligations", "--db", str(cat_plant), "--from", "2026-10-01",
                 "--to", "2026-12-31"]) == 0
    out = capsys.readouterr().out
    assert "2026-10-12" in out and "OVERDUE" in out and "check against current law" in out


def test_submit_records_the_file_and_its_hash(cat_plant: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "pek Q3.pdf"
    pdf.write_bytes(b"report")
    assert main(["obligations", "submit", "--db", str(cat_plant), "--code", "pek_report",
                 "--period", "2026-q3", "--site", "Test mine", "--date", "2026-10-09",
                 "--reference", "EO-77", "--file", str(pdf)]) == 0
    assert hashlib.sha256(b"report").hexdigest() in capsys.readouterr().out
    db = open_database(cat_plant)
    try:
        item = next(i for i in obligation_calendar.calendar(db, date(2026, 10, 1),
                                                            date(2026, 10, 31))
                    if i.obligation.code == "pek_report")
    finally:
        db.close()
    assert item.status is not None and item.status.reference == "EO-77"
    assert not item.overdue(date(2026, 12, 7))


def test_submit_refuses_an_unknown_code_or_site(cat_plant: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["obligations", "submit", "--db", str(cat_plant), "--code", "nope",
                 "--period", "2026-Q3", "--date", "2026-10-09"]) == 2
    assert main(["obligations", "submit", "--db", str(cat_plant), "--code", "pek_report",
                 "--period", "2026-Q3", "--site", "Nowhere", "--date", "2026-10-09"]) == 2
    assert main(["obligations", "submit", "--db", str(cat_plant), "--code", "pek_report",
                 "--period", "2026-Q3", "--site", "Test mine"]) == 2
    assert "date it was submitted" in capsys.readouterr().err


def test_import_prints_the_diff_of_a_new_version(cat_plant: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["obligations", "--db", str(cat_plant), "--format", "json"]) == 0
    text = default_register_path().read_text(encoding="utf-8")
    newer = tmp_path / "register.yaml"
    newer.write_text(text.replace('version: "KZ register 2026-12-07"', 'version: "v2"')
                     .replace("deadline: {day: 10, months_after: 1}",
                              "deadline: {day: 15, months_after: 1}"), encoding="utf-8")
    capsys.readouterr()
    assert main(["obligations", "import", str(newer), "--db", str(cat_plant)]) == 0
    out = capsys.readouterr().out
    assert "Loaded v2: 0 added, 1 changed" in out and "~ pek_report" in out
    assert main(["obligations", "import", str(newer), "--db", str(cat_plant)]) == 0
    assert "nothing changed" in capsys.readouterr().out
    broken = tmp_path / "broken.yaml"
    broken.write_text("obligations: [{code: x}]", encoding="utf-8")
    assert main(["obligations", "import", str(broken), "--db", str(cat_plant)]) == 2
