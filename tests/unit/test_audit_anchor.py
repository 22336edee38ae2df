"""A trail anchored outside the database: the three tamperings the chain alone lets through
(cut the end, rewrite and re-hash, forge an entry) against the head an exported workbook
carries, and the file's GreenDesk mark."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk import periods
from greendesk.cli import main
from greendesk.errors import DomainError
from greendesk.models import NodeKind
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import write_report
from greendesk.reports.verify import read_anchor, verify_workbook
from greendesk.services import structure
from greendesk.store.audit_anchor import current_head, parse_head
from greendesk.store.audit_codec import entry_hash
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database

MARCH = periods.parse_period("2025-03")


def export(db: Database, path: Path, kinds: tuple[str, ...] = ("ledger",)) -> Path:
    write_report(list(kinds), ReportContext(db, MARCH), path)
    return path


def entries(path: Path, where: str = "1", params: tuple = ()) -> list[dict]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    rows = [dict(r) for r in con.execute(f"SELECT * FROM audit_entry WHERE {where} "
                                         "ORDER BY id", params)]
    con.close()
    return rows


def rechain(con: sqlite3.Connection, start: int) -> None:
    """What a tamperer who read the code does: recompute every hash from `start` on."""
    prev = con.execute("SELECT hash FROM audit_entry WHERE id = ?", (start - 1,)).fetchone()[0]
    for row in con.execute("SELECT id, at, os_user, officer, action, entity, entity_id, before, "
                           "after, note FROM audit_entry WHERE id >= ? ORDER BY id",
                           (start,)).fetchall():
        digest = entry_hash(prev, *row)
        con.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?",
                    (prev, digest, row[0]))
        prev = digest


def add_nodes(db: Database, *names: str) -> list[int]:
    site_id = structure.get_plant(db).sites[0].id
    return [structure.add_node(db, structure.NodeDraft(site_id, n, NodeKind.STOCK))[0]
            for n in names]


# ---------------------------------------------------------------- the export is an anchor
def test_the_cover_carries_the_head_and_the_export_is_an_entry(demo_db: Database,
                                                               demo_path: Path,
                                                               tmp_path: Path) -> None:
    entry, digest = current_head(demo_db)
    result = write_report(["ledger"], ReportContext(demo_db, MARCH), tmp_path / "march.xlsx")
    assert result.head == (entry, digest)
    wb = load_workbook(result.path, read_only=True)
    cover = [v for row in wb.worksheets[0].iter_rows(values_only=True) for v in row]
    wb.close()
    assert f"{entry}:{digest}" in cover
    (last,) = entries(demo_path, "action = 'export'")
    after = json.loads(last["after"])
    assert (last["id"], last["entity"], last["note"]) == (result.export_entry, "report",
                                                          "Exported march.xlsx")
    assert after["file_name"] == "march.xlsx" and after["head"] == [entry, digest]
    assert after["fingerprint"] == result.fingerprint and after["kinds"] == ["ledger"]
    assert read_anchor(result.path).text == f"{entry}:{digest}"
    assert verify(demo_db).ok


def test_verify_of_a_workbook_does_not_fail_because_the_trail_grew(demo_db: Database,
                                                                   tmp_path: Path) -> None:
    path = export(demo_db, tmp_path / "march.xlsx")
    add_nodes(demo_db, "Core shed")  # the trail grows; March's figures do not change
    result = verify_workbook(path, demo_db)
    assert result.matches, (result.message, result.differences)
    assert result.anchor is not None and result.anchor.holds


def test_a_workbook_from_before_heads_still_verifies(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    write_report(["ledger"], ReportContext(demo_db, MARCH), path, record=False)
    with pytest.raises(DomainError, match="old.xlsx carries no audit trail head"):
        read_anchor(path)
    result = verify_workbook(path, demo_db)
    assert result.matches and result.anchor is None


# ---------------------------------------------------------------- the three tamperings
def test_cutting_the_end_of_the_trail_with_its_records_is_caught_by_the_anchor(
        demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    (first,) = add_nodes(demo_db, "Cut A")
    cut_from = entries(demo_path, "entity = 'node' AND entity_id = ?", (str(first),))[0]["id"]
    auditors_copy = export(demo_db, tmp_path / "march.xlsx")
    later = add_nodes(demo_db, "Cut B", "Cut C")
    con = sqlite3.connect(demo_path)
    con.execute("DELETE FROM audit_entry WHERE id >= ?", (cut_from,))
    con.execute(f"DELETE FROM node WHERE id IN ({', '.join('?' * 3)})", (first, *later))
    con.commit()
    con.close()
    assert verify(demo_db).ok  # the chain alone cannot tell
    report = verify(demo_db, [read_anchor(auditors_copy)])
    assert not report.ok
    assert report.problems[0].message.startswith(
        "The audit trail no longer holds the head that march.xlsx carries (entry #")
    assert f"the trail ends at entry #{cut_from - 1}, so entries were deleted" in \
        report.problems[0].message
    result = verify_workbook(auditors_copy, demo_db)  # the figures match, the trail does not
    assert not result.matches and not result.differences
    assert result.message.startswith("The workbook matches the database. The audit trail no "
                                     "longer holds the head that march.xlsx carries")


def test_an_entry_edited_before_the_head_breaks_the_anchor_too(
        demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    anchor = read_anchor(export(demo_db, tmp_path / "march.xlsx"))
    con = sqlite3.connect(demo_path)
    con.execute("UPDATE audit_entry SET note = 'edited' WHERE id = ?", (anchor.entry - 3,))
    con.commit()
    con.close()
    (check,) = verify(demo_db, [anchor]).anchors[:1]
    assert not check.holds and check.message.endswith(
        f"the chain is broken at entry #{anchor.entry - 3}, before it.")


def test_an_entry_edited_and_every_later_hash_recomputed_is_caught(
        demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    auditors_copy = export(demo_db, tmp_path / "march.xlsx")
    anchor = read_anchor(auditors_copy)
    con = sqlite3.connect(demo_path)
    target = anchor.entry - 5
    con.execute("UPDATE audit_entry SET officer = 'Someone else' WHERE id = ?", (target,))
    rechain(con, target)
    con.commit()
    # the export entry's own record of the head is caught too, unless it is rewritten
    report = verify(demo_db)
    assert [p.kind for p in report.problems] == ["anchor"]
    assert "entry #" in report.problems[0].message and "exporting march.xlsx" in \
        report.problems[0].message
    (exp,) = entries(demo_path, "action = 'export'")
    new_head = con.execute("SELECT hash FROM audit_entry WHERE id = ?",
                           (anchor.entry,)).fetchone()[0]
    con.execute("UPDATE audit_entry SET after = ? WHERE id = ?",
                (exp["after"].replace(anchor.hash, new_head), exp["id"]))
    rechain(con, exp["id"])
    con.commit()
    con.close()
    assert verify(demo_db).ok  # a thorough tamperer passes the chain alone
    report = verify(demo_db, [anchor])
    assert [p.kind for p in report.problems] == ["anchor"]
    assert report.problems[0].message == (
        f"The audit trail no longer holds the head that march.xlsx carries (entry "
        f"#{anchor.entry}, {anchor.hash[:12]}…): entry #{anchor.entry} now has the hash "
        f"{new_head[:12]}…, not {anchor.hash[:12]}…, so the trail was rewritten up to there.")


def test_a_forged_record_with_a_chained_entry(demo_db: Database, demo_path: Path,
                                              tmp_path: Path) -> None:
    """Appended after the auditor's copy, it changes the figures that copy shows; slipped in
    before its head, it breaks the anchor."""
    auditors_copy = export(demo_db, tmp_path / "march.xlsx")
    con = sqlite3.connect(demo_path)
    con.row_factory = sqlite3.Row
    flow = dict(con.execute("SELECT * FROM flow WHERE flow_date = '2025-03-01' LIMIT 1")
                .fetchone())
    flow.update(id=flow["id"] + 100_000, qty_entered=777.0, qty_canonical=777.0)
    con.execute(f"INSERT INTO flow ({', '.join(flow)}) VALUES ({', '.join('?' * len(flow))})",
                tuple(flow.values()))
    last = dict(con.execute("SELECT * FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone())
    after = json.dumps(flow, separators=(",", ":"))
    digest = entry_hash(last["hash"], last["id"] + 1, last["at"], "x", "", "insert", "flow",
                        str(flow["id"]), None, after, "")
    con.execute("INSERT INTO audit_entry VALUES (?, ?, 'x', '', 'insert', 'flow', ?, NULL, ?, "
                "'', ?, ?)", (last["id"] + 1, last["at"], str(flow["id"]), after, last["hash"],
                              digest))
    con.commit()
    con.close()
    assert verify(demo_db).ok  # a correctly chained forgery passes the chain alone
    assert verify(demo_db, [read_anchor(auditors_copy)]).ok  # appended after the head...
    result = verify_workbook(auditors_copy, demo_db)  # ...but the auditor's figures moved
    assert not result.matches and "no longer matches the database" in result.message


def test_a_missing_application_id_is_reported(demo_db: Database, demo_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    con = sqlite3.connect(demo_path)
    con.execute("PRAGMA application_id = 0")
    con.commit()
    con.close()
    report = verify(demo_db)
    assert [p.kind for p in report.problems] == ["mark"]
    assert report.problems[0].message == ("The file's GreenDesk mark (SQLite's application_id) "
                                          "is missing: it was removed or changed outside "
                                          "GreenDesk.")
    demo_db.close()
    assert main(["audit", "verify", "--db", str(demo_path)]) == 1
    assert "application_id) is missing" in capsys.readouterr().err


# ---------------------------------------------------------------- the command
def test_the_command_checks_workbooks_and_heads_written_down(
        demo_db: Database, demo_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    auditors_copy = export(demo_db, tmp_path / "auditor.xlsx")
    head = read_anchor(auditors_copy).text
    demo_db.close()
    args = ["audit", "verify", "--db", str(demo_path)]
    assert main([*args, "--anchor", str(auditors_copy), "--expect-head", head]) == 0
    out = capsys.readouterr().out
    assert "holds the head that auditor.xlsx carries" in out
    assert "holds the head given by hand" in out
    con = sqlite3.connect(demo_path)
    con.execute("DELETE FROM audit_entry WHERE id >= ?", (int(head.split(":")[0]),))
    con.commit()
    con.close()
    assert main([*args, "--anchor", str(auditors_copy)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[1].startswith("  The audit trail no longer holds the head that auditor.xlsx "
                             "carries")
    assert main([*args, "--expect-head", head]) == 1
    assert "no longer holds the head given by hand" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["12", "12:abc", "x:" + "a" * 64, ""])
def test_a_head_that_is_not_one_is_one_sentence(text: str, demo_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(DomainError, match="is not an audit trail head"):
        parse_head(text)
    assert main(["audit", "verify", "--db", str(demo_path), "--expect-head", text]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not an audit trail head" in err


def _hostile(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.xlsx"
    if kind == "not-a-zip":
        path.write_bytes(b"PK\x03\x04 not really")
    elif kind == "entity-bomb":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("xl/workbook.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aa">'
                       ']><workbook>&a;</workbook>')
    elif kind == "not-greendesk":
        from openpyxl import Workbook

        wb = Workbook()
        wb.active["A1"] = "hello"
        wb.save(path)
    elif kind == "edited-record":
        from openpyxl import Workbook

        wb = Workbook()
        wb.create_sheet("_greendesk")["A1"] = '{"audit_head": [5, "nope"]}'
        wb.save(path)
    return path


@pytest.mark.parametrize("kind, says", [
    ("not-a-zip", "not a readable Excel workbook"),
    ("entity-bomb", "document type declaration"),
    ("not-greendesk", "was not made by GreenDesk"),
    ("edited-record", "carries no audit trail head")])
def test_a_hostile_or_foreign_workbook_is_one_sentence(
        kind: str, says: str, demo_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = _hostile(tmp_path, kind)
    assert main(["audit", "verify", "--db", str(demo_path), "--anchor", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err and path.name in err
