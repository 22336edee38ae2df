"""The cover stands for the enterprise: sites with address, category and the permit in force,
the period and its kind, who prepared and who approves it (position, date, signature line);
verify makes the same cover again, and notices a permit changed since the export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk import settings
from greendesk.cli.main import main
from greendesk.models import SiteKind
from greendesk.periods import quarter, year
from greendesk.reports.context import ReportContext
from greendesk.reports.cover import SIGNATURE_LINE
from greendesk.reports.registry import write_report
from greendesk.reports.verify import verify_workbook
from greendesk.services import permits, structure
from greendesk.store.db import Database


def _rows(path: Path) -> list[tuple[object, object]]:
    ws = load_workbook(path)["Cover"]
    return [(r[0], r[1]) for r in ws.iter_rows(values_only=True) if r and r[0]]


def _after(rows: list[tuple[object, object]], label: str, n: int) -> list[tuple[object, object]]:
    i = [r[0] for r in rows].index(label)
    return rows[i:i + n]


def _site_block(rows: list[tuple[object, object]], site: str) -> dict:
    i = rows.index(("Site", site))
    return dict(rows[i:i + 4])


@pytest.fixture
def cover(demo_db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "pack.xlsx"
    ctx = ReportContext(demo_db, year(2025), prepared_by="A. Bekova",
                        prepared_position="Lead ecologist", approved_by="S. Nurlanov",
                        approved_position="Chief engineer",
                        generated_at=datetime(2026, 1, 20, 9, 30))
    write_report(["waste", "ledger"], ctx, path)
    return path


def test_each_site_shows_its_address_category_and_permit_in_force(cover: Path) -> None:
    rows = _rows(cover)
    pit = _site_block(rows, "Nurken open pit")
    assert pit["Address"] == "Nurken, Karaganda region (demo address)"
    assert pit["Facility category"] == "Category I: significant negative impact"
    # Its permit ran out on 30 June; the renewed one stands at the year's end.
    assert pit["Environmental permit"] == (
        "No. KZ41VCZ00005678 of 2025-06-15, issued by Committee for Environmental Regulation "
        "and Control (demo), valid 2025-07-01 – 2034-12-31 (valid on 184 of the period's 365 "
        "days)")
    smelter = _site_block(rows, "Nurken copper smelter")
    assert smelter["Environmental permit"].endswith("valid from 2020-01-10 with no end date")  # 3 demo years
    assert ("Period", "2025 (year, 2025-01-01 – 2025-12-31)") in rows
    assert "Enterprise" in dict(rows)


def test_the_cover_names_who_prepared_and_who_approves(cover: Path) -> None:
    rows = _rows(cover)
    assert _after(rows, "Prepared by", 4) == [
        ("Prepared by", "A. Bekova"), ("Position", "Lead ecologist"), ("Date", "2026-01-20"),
        ("Signature", SIGNATURE_LINE)]
    assert _after(rows, "Approved by", 4) == [
        ("Approved by", "S. Nurlanov"), ("Position", "Chief engineer"), ("Date", SIGNATURE_LINE),
        ("Signature", SIGNATURE_LINE)]
    labels = [r[0] for r in rows]  # the fingerprint and the anchor stay
    assert {"Data fingerprint (SHA-256)", "Audit trail head (entry:SHA-256)"} <= set(labels)


def test_verify_makes_the_same_cover_and_sees_a_permit_changed(cover: Path, demo_db: Database,
                                                               clock) -> None:
    result = verify_workbook(cover, demo_db)
    assert result.matches, result.differences
    clock(date(2026, 1, 20))
    pit = next(s for s in structure.get_plant(demo_db).sites if s.name == "Nurken open pit")
    new = next(p for p in permits.list_permits(demo_db, pit.id) if p.valid_until
               and p.valid_until.year == 2034)
    permits.update_permit(demo_db, new.id, replace(new.draft(), number="KZ41VCZ00009999"),
                          version=new.version)
    result = verify_workbook(cover, demo_db)
    assert not result.matches
    # The cover names the permit in force; the waste report's permit-limits sheet names the
    # permit whose limits it compares, so it differs too. Nothing else does.
    assert {d[0] for d in result.differences} == {"Cover", "Permit limits"}
    assert "KZ41VCZ00009999" in str(result.differences[0][3])


def test_a_site_without_a_permit_says_so(demo_db: Database, tmp_path: Path) -> None:
    structure.add_site(demo_db, structure.SiteDraft("Exploration camp", "Ulytau",
                                                    SiteKind.AUXILIARY))
    path = tmp_path / "q.xlsx"
    write_report(["ledger"], ReportContext(demo_db, quarter(2025, 2)), path)
    rows = _rows(path)
    camp = _site_block(rows, "Exploration camp")
    assert camp["Environmental permit"] == "no permit in force"
    assert camp["Address"] == camp["Facility category"] == "not entered"
    assert ("Period", "Q2 2025 (quarter, 2025-04-01 – 2025-06-30)") in rows
    # No approver given: lines to fill in by hand, not a name made up.
    assert _after(rows, "Approved by", 2) == [("Approved by", SIGNATURE_LINE),
                                              ("Position", SIGNATURE_LINE)]


def test_the_command_line_takes_the_approver_and_remembers_nothing_unasked(
        demo_path: Path, tmp_path: Path) -> None:
    settings.set_signatures("Ecologist", "D. Director", "General director")
    out = tmp_path / "cli.xlsx"
    assert main(["report", "ledger", "--db", str(demo_path), "--year", "2025", "-o", str(out),
                 "--approved-by", "S. Nurlanov", "--approved-position", "Chief engineer"]) == 0
    rows = _rows(out)
    assert _after(rows, "Approved by", 2) == [("Approved by", "S. Nurlanov"),
                                              ("Position", "Chief engineer")]
    assert _after(rows, "Prepared by", 2)[1] == ("Position", "Ecologist")  # the saved default
    assert settings.load().approved_by == "D. Director"
    assert main(["verify", str(out), "--db", str(demo_path)]) == 0


def test_permits_list_and_add_on_the_command_line(demo_path: Path, clock,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["permits", "list", "--db", str(demo_path), "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 4 and {p["category"] for p in listed} == {"I"}
    clock(date(2026, 1, 20))
    assert main(["permits", "add", "--db", str(demo_path), "--site", "Nurken concentrator",
                 "--number", "KZ17VCZ00002468", "--issued", "2025-01-01", "--valid-from",
                 "2025-01-01"]) == 2
    assert "already has a permit numbered" in capsys.readouterr().err
    assert main(["permits", "add", "--db", str(demo_path), "--site", "Nurken concentrator",
                 "--number", "KZ17VCZ00000001", "--issued", "2025-01-01", "--valid-from",
                 "2025-01-01", "--valid-until", "2025-12-31"]) == 0
    assert main(["permits", "list", "--db", str(demo_path)]) == 0
    assert "KZ17VCZ00000001" in capsys.readouterr().out


def test_the_saved_approver_survives_a_hand_edited_settings_file() -> None:
    settings.set_signatures("  Lead   ecologist ", "S. Nurlanov", "Chief engineer")
    assert (settings.load().prepared_position, settings.load().approved_by) == (
        "Lead ecologist", "S. Nurlanov")
    path = settings.settings_path()
    path.write_text('{"schema": 1, "approved_by": 5, "approved_position": ["x"]}',
                    encoding="utf-8")
    saved = settings.load()
    assert (saved.approved_by, saved.approved_position, saved.prepared_position) == ("", "", "")
