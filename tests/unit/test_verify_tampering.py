"""verify against a workbook edited after its export: each edit an auditor could be fooled by
is one plain sentence, and only that edit is reported; nothing that moves with the clock or
the machine makes a workbook differ."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Font, PatternFill

from greendesk.cli import main
from greendesk.periods import parse_period, year
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import write_report
from greendesk.reports.verify import verify_workbook
from greendesk.store.db import Database

KINDS = ["balance", "plan", "ledger"]


@pytest.fixture
def exported(demo_db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "pack.xlsx"
    write_report(KINDS, ReportContext(demo_db, parse_period("2025-03"), prepared_by="A. Auditor",
                                      generated_at=datetime(2026, 1, 15, 9, 30)), path)
    return path


def tampered(path: Path, edit: Callable, name: str = "edited.xlsx") -> Path:  # type: ignore[type-arg]
    wb = load_workbook(path)
    edit(wb)
    out = path.with_name(name)
    wb.save(out)
    return out


def sentences(path: Path, db: Database, limit: int = 50) -> list[str]:
    result = verify_workbook(path, db, limit)
    assert not result.matches
    return [str(d.sentence) for d in result.differences]


def first_figure(ws, column: str = "H"):  # type: ignore[no-untyped-def]
    """The first data row's cell of a numeric column."""
    return ws[f"{column}4"]


def test_the_untouched_workbook_matches_and_names_its_export(exported: Path,
                                                             demo_db: Database) -> None:
    result = verify_workbook(exported, demo_db)
    assert result.matches and result.differences == []
    assert re.search(r"The audit trail records it as export #\d+ of \d{4}-\d\d-\d\d by \S+",
                     result.message), result.message


def test_a_hidden_row_column_and_sheet_are_each_named(exported: Path, demo_db: Database) -> None:
    def hide_row(wb) -> None:  # type: ignore[no-untyped-def]
        wb["Ledger"].row_dimensions[10].hidden = True

    assert sentences(tampered(exported, hide_row), demo_db) == [
        f"Row 10 of sheet Ledger was hidden ({_row_text(exported, 'Ledger', 10)})."]

    def hide_column(wb) -> None:  # type: ignore[no-untyped-def]
        wb["Ledger"].column_dimensions["H"].hidden = True

    assert sentences(tampered(exported, hide_column), demo_db) == [
        "Column H of sheet Ledger was hidden."]

    def hide_sheet(wb) -> None:  # type: ignore[no-untyped-def]
        wb["Energy balance"].sheet_state = "hidden"

    assert sentences(tampered(exported, hide_sheet), demo_db) == [
        "Sheet Energy balance was hidden."]


def test_a_figure_in_the_colour_of_its_background_is_named(exported: Path,
                                                           demo_db: Database) -> None:
    def whiten(wb) -> None:  # type: ignore[no-untyped-def]
        first_figure(wb["Ledger"]).font = Font(color="FFFFFF")

    (sentence,) = sentences(tampered(exported, whiten), demo_db)
    assert sentence.startswith("The figure in cell H4 of sheet Ledger (")
    assert sentence.endswith("is written in the colour of its background, so it cannot be seen.")

    def camouflage(wb) -> None:  # type: ignore[no-untyped-def]
        cell = wb["Material balance"]["D4"]
        cell.fill = PatternFill("solid", fgColor="2F6B57")
        cell.font = Font(color="FF2F6B57")

    (sentence,) = sentences(tampered(exported, camouflage, "camouflage.xlsx"), demo_db)
    assert sentence.startswith("The figure in cell D4 of sheet Material balance (")

    def whiten_header(wb) -> None:  # type: ignore[no-untyped-def]
        wb["Ledger"]["A3"].font = Font(color="FFFFFF", bold=True)  # it is white on green

    assert verify_workbook(tampered(exported, whiten_header, "header.xlsx"), demo_db).matches


@pytest.mark.parametrize("fmt", ['0.000,', '"14.400"', '0.0%', '0'])
def test_a_number_format_that_shows_another_figure_is_named(exported: Path, demo_db: Database,
                                                            fmt: str) -> None:
    def reformat(wb) -> None:  # type: ignore[no-untyped-def]
        first_figure(wb["Ledger"]).number_format = fmt

    (sentence,) = sentences(tampered(exported, reformat), demo_db)
    # the format the export chose (a precision for the figure's size) is named beside it
    assert sentence.startswith(f"Cell H4 of sheet Ledger is formatted as {fmt} instead of ")
    assert ": it may show a figure other than the " in sentence


def test_a_deleted_and_an_inserted_row_are_rows(exported: Path, demo_db: Database) -> None:
    deleted = _row_text(exported, "Ledger", 17)

    def delete(wb) -> None:  # type: ignore[no-untyped-def]
        wb["Ledger"].delete_rows(17)

    assert sentences(tampered(exported, delete), demo_db) == [
        f"Row 17 of sheet Ledger was deleted ({deleted})."]

    def insert(wb) -> None:  # type: ignore[no-untyped-def]
        ws = wb["Ledger"]
        ws.insert_rows(18)
        for column, value in zip("ABEH", (datetime(2025, 3, 1), "Nurken open pit",
                                           "Copper ore", 120.0), strict=True):
            ws[f"{column}18"] = value

    assert sentences(tampered(exported, insert), demo_db) == [
        "A row was inserted at row 18 of sheet Ledger (2025-03-01, Nurken open pit, "
        "Copper ore, 120)."]  # openpyxl wrote 120.0 as 120


def test_a_row_deleted_as_excel_deletes_it_moves_no_formula(exported: Path,
                                                            demo_db: Database) -> None:
    """Excel moves every reference below a deleted row up by one (the balance's row formulas
    and the ledger's totals): aligned, those formulas are the database's."""
    for sheet in ("Material balance", "Ledger"):
        deleted = _row_text(exported, sheet, 5)

        def delete(wb, sheet: str = sheet) -> None:  # type: ignore[no-untyped-def]
            ws = wb[sheet]
            ws.delete_rows(5)
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.startswith("="):
                        cell.value = re.sub(r"(\$?[A-Z]{1,3}\$?)(\d+)",
                                            lambda m: m[1] + str(int(m[2]) - (int(m[2]) > 5)),
                                            cell.value)

        assert sentences(tampered(exported, delete), demo_db) == [
            f"Row 5 of sheet {sheet} was deleted ({deleted})."]


def test_an_edited_figure_is_its_cell_and_the_list_keeps_its_cap(exported: Path,
                                                                 demo_db: Database) -> None:
    def edit(wb) -> None:  # type: ignore[no-untyped-def]
        wb["Ledger"]["H4"] = 144.0

    (sentence,) = sentences(tampered(exported, edit), demo_db)
    assert sentence.startswith("Cell H4 of sheet Ledger holds 144, the database gives ")

    def edit_many(wb) -> None:  # type: ignore[no-untyped-def]
        for r in range(4, 104):
            wb["Ledger"][f"H{r}"] = 1.0

    assert len(sentences(tampered(exported, edit_many, "many.xlsx"), demo_db, limit=7)) == 7


def test_the_cli_exit_codes_stay(exported: Path, demo_path: Path, demo_db: Database,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    def delete(wb) -> None:  # type: ignore[no-untyped-def]
        wb["Ledger"].delete_rows(17)

    edited = tampered(exported, delete)
    demo_db.close()
    assert main(["verify", str(exported), "--db", str(demo_path)]) == 0
    assert main(["verify", str(edited), "--db", str(demo_path)]) == 1
    assert "Row 17 of sheet Ledger was deleted (" in capsys.readouterr().out


def test_nothing_volatile_differs_days_later_on_another_machine(
        demo_db: Database, tmp_path: Path, clock, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The moment, the login of whoever exported and the version are the workbook's record,
    not the verifying machine's: days later, under another login and by a newer GreenDesk,
    it matches, and the trail names the export."""
    import getpass

    clock(date(2026, 1, 10))
    path = tmp_path / "pack.xlsx"
    result = write_report(["plan", "ledger"], ReportContext(demo_db, year(2025), version="0.9"),
                          path)
    cover = [v for row in load_workbook(path)["Cover"].iter_rows(values_only=True) for v in row]
    assert "0.9" in cover and getpass.getuser() in cover
    clock(date(2026, 1, 10) + timedelta(days=9))
    monkeypatch.setattr(getpass, "getuser", lambda: "someone-else")
    outcome = verify_workbook(path, demo_db)
    assert outcome.matches, [str(d.sentence) for d in outcome.differences]
    assert f"export #{result.export_entry} of " in outcome.message


def _row_text(path: Path, sheet: str, row: int) -> str:
    """How a verify sentence names a row of the exported workbook."""
    from greendesk.reports.verify_compare import _shown
    from greendesk.reports.verify_read import read_sheet

    wb = load_workbook(path, read_only=True)
    try:
        return _shown(read_sheet(wb[sheet], {}).values[row - 1])
    finally:
        wb.close()


def test_an_emptied_row_is_one_difference(exported: Path, demo_db: Database) -> None:
    emptied = _row_text(exported, "Ledger", 9)

    def empty(wb) -> None:  # type: ignore[no-untyped-def]
        for cell in wb["Ledger"][9]:
            cell.value = None

    assert sentences(tampered(exported, empty), demo_db) == [
        f"Row 9 of sheet Ledger was emptied ({emptied})."]


def test_rows_align_by_likeness_and_formulas_move_with_their_rows() -> None:
    """An edited row beside a deleted one pairs with its like; references move as Excel
    moves them, on their own sheet and on another."""
    from greendesk.reports.verify_compare import align, moved

    db_rows = [("Date", "Site", "t"), ("mar", "pit", 10.0), ("apr", "pit", 20.0),
               ("may", "pit", 30.0), ("jun", "pit", 40.0)]
    workbook = [db_rows[0], db_rows[1], ("apr", "pit", 21.0), db_rows[4]]  # may deleted
    a = align(workbook, db_rows)
    assert a.pairs == [(1, 1), (2, 2), (3, 3), (4, 5)]
    assert a.only_database == [4] and a.only_workbook == []
    maps = {"Ledger": a.row_map(), "Other's sheet": {4: 5}}
    assert moved("=SUM($C$2:$C$4)", "Ledger", maps) == "=SUM($C$2:$C$5)"
    assert moved("='Other''s sheet'!B4+\"C4\"", "Ledger", maps) == "='Other''s sheet'!B5+\"C4\""
