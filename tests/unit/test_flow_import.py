"""The flow-ledger import: all rows or none, every problem located, duplicates refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from greendesk.cli import main
from greendesk.demo.plant import S_CONC, S_MINE, S_SMELT
from greendesk.errors import DomainError
from greendesk.importers import flows_import, flows_rows
from greendesk.importers.flows_import import (
    DuplicateImport,
    ImportCancelled,
    ImportRejected,
    import_flows,
    parse_flow_date,
)
from greendesk.models import DatePrecision, Flow, ImportBatch, Method
from greendesk.services.catalog import load_catalog
from greendesk.services.changes import Entity
from greendesk.services.flows import FlowDraft, FlowValidator
from greendesk.store.db import Database

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")

HEAD = ["Date", "Site", "From", "To", "Material", "Quantity", "Unit", "Method",
        "Uncertainty %", "Note"]
DIESEL = [dt.date(2025, 3, 31), S_MINE, "Fuel supplier", "Open-pit mining", "Diesel fuel",
          1000, "L", "measured", 2, "delivery note 118"]
POWER = [dt.date(2025, 3, 31), S_CONC, "Power grid", "Crushing", "Electricity", 10, "MWh",
         "calculated", 1.5, None]
ORE = ["2025-03", S_MINE, "Open-pit mining", "Run-of-mine ore stockpile", "Copper ore", 2,
       "kt", "estimated", None, None]


def write_xlsx(path: Path, rows: list[list[object]], header: list[str] = HEAD,
               sheet: str = "Flows") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Flow)) or 0,
                s.scalar(select(func.count()).select_from(ImportBatch)) or 0)


def imported(db: Database, batch_id: int) -> list[Flow]:
    with db.read() as s:
        return list(s.scalars(select(Flow).where(Flow.import_batch_id == batch_id)
                              .order_by(Flow.id)))


def rejected(db: Database, path: Path) -> ImportRejected:
    before = counts(db)
    with pytest.raises(ImportRejected) as info:
        import_flows(db, path)
    assert counts(db) == before, "a rejected file must not write anything"
    return info.value


# ---------------------------------------------------------------- good files
def test_good_xlsx_imports_with_canonical_values(demo_db: Database, tmp_path: Path) -> None:
    flows_before, batches_before = counts(demo_db)
    result = import_flows(demo_db, write_xlsx(tmp_path / "flows.xlsx", [DIESEL, POWER, ORE]))
    assert (result.rows, result.file_name) == (3, "flows.xlsx")
    assert result.changes.touches(Entity.FLOW) and result.changes.touches(Entity.IMPORT_BATCH)
    assert counts(demo_db) == (flows_before + 3, batches_before + 1)
    diesel, power, ore = imported(demo_db, result.batch_id)
    cat = load_catalog(demo_db)
    assert cat.sites[diesel.site_id] == S_MINE
    assert cat.node_label(diesel.from_node_id) == "Fuel supplier"
    assert cat.materials[diesel.material_id].name == "Diesel fuel"
    assert (diesel.qty_entered, diesel.unit_entered) == (1000, "L")
    assert diesel.qty_canonical == pytest.approx(0.84)          # 1 m³ × 0.84 t/m³
    assert diesel.flow_date == dt.date(2025, 3, 31)
    assert diesel.date_precision is DatePrecision.DAY
    assert (diesel.method, diesel.uncertainty_pct, diesel.note) == (
        Method.MEASURED, 2, "delivery note 118")
    assert power.qty_canonical == pytest.approx(36.0)           # 10 MWh × 3.6 GJ/MWh
    assert (power.method, power.uncertainty_pct, power.note) == (Method.CALCULATED, 1.5, "")
    assert ore.qty_canonical == pytest.approx(2000.0)
    assert (ore.flow_date, ore.date_precision) == (dt.date(2025, 3, 1), DatePrecision.MONTH)
    assert (ore.method, ore.uncertainty_pct) == (Method.ESTIMATED, None)
    assert diesel.created_at is not None and diesel.changed_at is not None


def test_imported_values_match_the_flow_validator(demo_db: Database, tmp_path: Path) -> None:
    """The fast path stores exactly what FlowValidator.check would."""
    result = import_flows(demo_db, write_xlsx(tmp_path / "f.xlsx", [DIESEL, POWER, ORE]))
    validator = FlowValidator(load_catalog(demo_db))
    for f in imported(demo_db, result.batch_id):
        draft = FlowDraft(f.flow_date, f.from_node_id, f.to_node_id, f.material_id,
                          f.qty_entered, f.unit_entered, f.method, f.uncertainty_pct, f.note,
                          f.date_precision)
        expected = validator.check(draft)
        for key, value in expected.items():
            assert getattr(f, key) == (pytest.approx(value) if isinstance(value, float)
                                       else value), key


def test_csv_with_bom_semicolons_and_decimal_commas(demo_db: Database, tmp_path: Path) -> None:
    text = (
        "Дата;Площадка;Откуда;Куда;Материал;Количество;Ед. изм.;Метод;Неопределённость, %;"
        "Примечание\r\n"
        "31.03.2025;nurken  OPEN pit;Fuel supplier;open-pit mining;Diesel fuel;1 234,5;л;"
        "измерено;2,5;накладная\r\n"
        "03.2025;Nurken concentrator;Power grid;Crushing;Electricity;0,5;МВт·ч;расчёт;;\r\n"
        "2025-04-02;Nurken copper smelter;Coal supplier;Smelting and converting;"
        "Karaganda coal;12 000;т;оценка;5;\r\n"
    )
    path = tmp_path / "ledger.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = import_flows(demo_db, path)
    assert result.rows == 3
    diesel, power, coal = imported(demo_db, result.batch_id)
    assert (diesel.qty_entered, diesel.unit_entered, diesel.uncertainty_pct) == (
        1234.5, "L", 2.5)
    assert diesel.qty_canonical == pytest.approx(1234.5 * 0.00084)
    assert diesel.note == "накладная"
    assert (power.unit_entered, power.method, power.date_precision) == (
        "MWh", Method.CALCULATED, DatePrecision.MONTH)
    assert power.qty_canonical == pytest.approx(1.8)
    assert (coal.qty_entered, coal.unit_entered, coal.method) == (12000, "t", Method.ESTIMATED)


def test_kazakh_headings_and_columns_in_any_order(demo_db: Database, tmp_path: Path) -> None:
    header = ["Материал", "Күні", "Алаң", "Қайдан", "Қайда", "Саны", "Өлшем бірлігі", "Әдіс",
              "Ескертпе", "Extra"]
    row = ["Electricity", "2025-05-31", S_SMELT, "Power grid", "Sulphuric acid plant", 5,
           "GJ", "есептелген", "x", "ignored"]
    result = import_flows(demo_db, write_xlsx(tmp_path / "kk.xlsx", [row], header=header))
    (flow,) = imported(demo_db, result.batch_id)
    assert (flow.qty_canonical, flow.method, flow.note) == (5.0, Method.CALCULATED, "x")
    assert any("Extra" in note for note in result.notes)


def test_a_sheet_named_flows_is_used_when_the_first_is_not_the_table(
        demo_db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Cover"
    wb.active.append(["Monthly report of the environmental department"])
    ws = wb.create_sheet("Flows")
    ws.append(HEAD)
    ws.append(DIESEL)
    wb.save(tmp_path / "cover.xlsx")
    assert import_flows(demo_db, tmp_path / "cover.xlsx").rows == 1
    del wb["Flows"]
    wb.save(tmp_path / "cover_only.xlsx")
    (p,) = rejected(demo_db, tmp_path / "cover_only.xlsx").problems[:1]
    assert p.sheet == "Cover" and "The required column Date is missing" in p.message


def test_blank_lines_inside_the_table_are_skipped(demo_db: Database, tmp_path: Path) -> None:
    result = import_flows(demo_db, write_xlsx(tmp_path / "b.xlsx", [DIESEL, [None] * 10, POWER]))
    assert result.rows == 2


# ---------------------------------------------------------------- bad files import nothing
def test_one_bad_row_imports_nothing_and_is_located(demo_db: Database, tmp_path: Path) -> None:
    bad = list(POWER)
    bad[5] = "abc"
    path = write_xlsx(tmp_path / "flows.xlsx", [DIESEL, POWER, bad, ORE, DIESEL])
    err = rejected(demo_db, path)
    (p,) = err.problems
    assert (p.file, p.sheet, p.row, p.column_letter, p.column_header, p.value) == (
        "flows.xlsx", "Flows", 4, "F", "Quantity", "abc")
    assert str(err) == ("flows.xlsx has 1 problem; nothing was imported. First: sheet Flows, "
                        "row 4, column F (Quantity): 'abc' is not a number.")


def test_unknown_site_node_material_and_unit(demo_db: Database, tmp_path: Path) -> None:
    rows = [
        [*DIESEL[:1], "Atlantis mine", *DIESEL[2:]],
        [*DIESEL[:2], "Moon base", *DIESEL[3:]],
        [*DIESEL[:3], "Nowhere", *DIESEL[4:]],
        [*DIESEL[:4], "Unobtainium", *DIESEL[5:]],
        [*DIESEL[:6], "furlong", *DIESEL[7:]],
        [*POWER[:6], "t", *POWER[7:]],                     # electricity is energy only
        [*DIESEL[:6], "Mt", *DIESEL[7:]],                  # fine: megatonnes
    ]
    rows[-1][5] = 0.000001
    err = rejected(demo_db, write_xlsx(tmp_path / "names.xlsx", rows))
    found = {(p.row, p.column_letter): p for p in err.problems}
    assert set(found) == {(2, "B"), (3, "C"), (4, "D"), (5, "E"), (6, "G"), (7, "G")}
    assert "'Atlantis mine' is not a site of the plant" in found[2, "B"].message
    assert S_MINE in found[2, "B"].message                # says which sites there are
    assert found[3, "C"].message == f"'Moon base' is not a node of {S_MINE}."
    assert found[4, "D"].value == "Nowhere"
    assert "'Unobtainium' is not in the material catalogue" in found[5, "E"].message
    assert "'furlong' is not a unit GreenDesk knows" in found[6, "G"].message
    assert "MWh" in found[6, "G"].message                 # lists the accepted units
    assert "Electricity" in found[7, "G"].message and "energy" in found[7, "G"].message
    assert err.total == 6 and err.more == 0


def test_nodes_of_different_sites_are_refused(demo_db: Database, tmp_path: Path) -> None:
    row = [dt.date(2025, 1, 5), S_MINE, "Open-pit mining", "Crushing", "Copper ore", 100,
           "t", None, None, None]
    (p,) = rejected(demo_db, write_xlsx(tmp_path / "x.xlsx", [row])).problems
    assert (p.row, p.column_letter, p.column_header) == (2, "D", "To")
    assert f"not a node of {S_MINE}; it belongs to {S_CONC}" in p.message


def test_every_problem_of_a_row_is_reported(demo_db: Database, tmp_path: Path) -> None:
    row = ["31.02.2025", S_CONC, "Power grid", "Power grid", "Electricity", -3, "MWh",
           "guessed", 150, "x" * 2001]
    err = rejected(demo_db, write_xlsx(tmp_path / "many.xlsx", [row]))
    columns = [p.column_letter for p in err.problems]
    assert sorted(columns) == ["A", "D", "F", "H", "I", "J"]
    by_col = {p.column_letter: p.message for p in err.problems}
    assert "'31.02.2025' is not a date" in by_col["A"]
    assert "to itself" in by_col["D"]
    assert "greater than zero" in by_col["F"]
    assert "'guessed' is not a method" in by_col["H"]
    assert "0 to 100" in by_col["I"]
    assert "2,001 characters" in by_col["J"]


def test_missing_cells_and_missing_required_column(demo_db: Database, tmp_path: Path) -> None:
    row = [None, S_MINE, "Fuel supplier", "Open-pit mining", "Diesel fuel", None, "L"]
    err = rejected(demo_db, write_xlsx(tmp_path / "m.xlsx", [row], header=HEAD[:7]))
    assert {p.column_letter: p.message for p in err.problems} == {
        "A": "The date is missing.", "F": "The quantity is missing."}
    header = [h for h in HEAD if h != "Unit"]
    err = rejected(demo_db, write_xlsx(tmp_path / "nounit.xlsx", [DIESEL[:6]], header=header))
    (p,) = err.problems
    assert p.row == 1 and p.column_letter == ""
    assert "The required column Unit is missing" in p.message
    assert "Date, Site, From, To, Material, Quantity" in p.message
    assert str(err).startswith("nounit.xlsx has 1 problem; nothing was imported. First: "
                               "sheet Flows, row 1: The required column Unit")


def test_problems_are_capped_at_a_thousand(demo_db: Database, tmp_path: Path) -> None:
    bad = [*DIESEL[:5], "lots", *DIESEL[6:]]
    err = rejected(demo_db, write_xlsx(tmp_path / "bad.xlsx", [bad] * 1200))
    assert (len(err.problems), err.total, err.more) == (1000, 1200, 200)
    assert str(err).startswith("bad.xlsx has 1,200 problems (the first 1,000 are listed)")
    assert err.problems[-1].row == 1001


def test_ambiguous_number_and_bad_dates(demo_db: Database, tmp_path: Path) -> None:
    rows = [[*DIESEL[:5], "1,234", *DIESEL[6:]],          # comma file? thousands? refuse
            ["2025-13", *DIESEL[1:]],
            [2025, *DIESEL[1:]],                          # a year typed alone is not a date
            [True, *DIESEL[1:]],
            ["1850-01-01", *DIESEL[1:]]]
    err = rejected(demo_db, write_xlsx(tmp_path / "amb.xlsx", rows))
    msgs = {p.row: p.message for p in err.problems}
    assert "ambiguous" in msgs[2]
    assert "not a month" in msgs[3]
    assert "is a number, not a date" in msgs[4]
    assert "not a date" in msgs[5]
    assert "out of range" in msgs[6]


def test_unreadable_and_empty_files(demo_db: Database, tmp_path: Path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" * 10)
    with pytest.raises(DomainError, match="old binary Excel"):
        import_flows(demo_db, old)
    with pytest.raises(DomainError, match="does not exist"):
        import_flows(demo_db, tmp_path / "missing.xlsx")
    with pytest.raises(DomainError, match="no flow records"):
        import_flows(demo_db, write_xlsx(tmp_path / "empty.xlsx", []))


def test_parse_flow_date() -> None:
    month = DatePrecision.MONTH
    assert parse_flow_date("2025-03") == (dt.date(2025, 3, 1), month)
    assert parse_flow_date("03.2025") == (dt.date(2025, 3, 1), month)
    assert parse_flow_date("3/2025") == (dt.date(2025, 3, 1), month)
    assert parse_flow_date("2025-03-31") == (dt.date(2025, 3, 31), DatePrecision.DAY)
    assert parse_flow_date(dt.datetime(2025, 3, 31, 8)) == (dt.date(2025, 3, 31),
                                                            DatePrecision.DAY)
    assert parse_flow_date(45747) == (dt.date(2025, 3, 31), DatePrecision.DAY)
    for bad in ("2025-00", "13.2025", "March", "", 2025):
        with pytest.raises(ValueError):
            parse_flow_date(bad)


# ---------------------------------------------------------------- duplicates, cancelling
def test_same_file_twice_is_refused_unless_again(demo_db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "twice.xlsx", [DIESEL, POWER])
    first = import_flows(demo_db, path)
    before = counts(demo_db)
    copy = tmp_path / "renamed.xlsx"
    copy.write_bytes(path.read_bytes())
    with pytest.raises(DuplicateImport) as info:
        import_flows(demo_db, copy)                      # the bytes, not the name, count
    assert info.value.rows == 2
    assert "renamed.xlsx was already imported on" in str(info.value)
    assert "2 flow records, as twice.xlsx" in str(info.value)
    assert counts(demo_db) == before
    second = import_flows(demo_db, path, again=True)
    assert second.batch_id != first.batch_id and second.rows == 2
    assert counts(demo_db) == (before[0] + 2, before[1] + 1)


@pytest.mark.parametrize("stop_at", [10, 50, 90])
def test_cancel_leaves_the_database_as_it_was(demo_db: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              stop_at: int) -> None:
    """Rows are checked and written in one pass (chunks of 20 here): cancelling before,
    between or after chunks were written leaves nothing."""
    monkeypatch.setattr(flows_rows, "PROGRESS_EVERY", 10)
    monkeypatch.setattr(flows_import, "INSERT_CHUNK", 20)
    n = 100
    path = write_xlsx(tmp_path / "big.xlsx", [DIESEL, POWER] * (n // 2))
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < stop_at

    before = counts(demo_db)
    with pytest.raises(ImportCancelled, match="nothing was imported"):
        import_flows(demo_db, path, progress=progress)
    assert counts(demo_db) == before
    assert calls[0] == (0, n) and all(t == n for _, t in calls)
    # and it works when allowed to finish, reaching total
    calls.clear()
    assert import_flows(demo_db, path, progress=lambda d, t: calls.append((d, t)) or True
                        ).rows == n
    assert calls[-1] == (n, n)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


# ---------------------------------------------------------------- command line
def test_cli_import_ok_then_duplicate_then_again(demo_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "cli.xlsx", [DIESEL, POWER])
    assert main(["import", "flows", str(path), "--db", str(demo_path)]) == 0
    assert f"Imported 2 flow records from {path}." in capsys.readouterr().out
    assert main(["import", "flows", str(path), "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert "already imported" in err and "--again" in err and "Traceback" not in err
    assert main(["import", "flows", str(path), "--db", str(demo_path), "--again"]) == 0


def test_cli_lists_every_problem(demo_path: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    bad = [*POWER[:5], "abc", *POWER[6:]]
    path = write_xlsx(tmp_path / "bad.xlsx", [DIESEL, bad, [*DIESEL[:3], "Nowhere",
                                                            *DIESEL[4:]]])
    assert main(["import", "flows", str(path), "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert "bad.xlsx has 2 problems; nothing was imported." in err
    assert ("bad.xlsx, sheet Flows, row 3, column F (Quantity), value 'abc': 'abc' is not a "
            "number.") in err
    assert "bad.xlsx, sheet Flows, row 4, column D (To), value 'Nowhere':" in err
    assert "Traceback" not in err


def test_cli_unreadable_file_exits_2(demo_path: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "junk.xlsx"
    path.write_bytes(b"not a zip at all" * 10)
    assert main(["import", "flows", str(path), "--db", str(demo_path)]) == 2
    err = capsys.readouterr().err
    assert "junk.xlsx is not a readable Excel workbook" in err and "Traceback" not in err
    assert main(["import", "flows", str(path), "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "There is no database" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite").exists()


# ---------------------------------------------------------------- reconciliation roles
@pytest.mark.parametrize(("heading", "words"), [
    ("Reconciliation", ["unmeasured", "constant", None]),
    ("Увязка", ["не измерено", "Константа", "измерено"]),
    ("Үйлестіру", ["өлшенбеген", "тұрақты", "өлшенген"]),
])
def test_the_reconciliation_column_in_three_languages(demo_db: Database, tmp_path: Path,
                                                      heading: str, words: list) -> None:
    rows = [[*row, word] for row, word in zip((DIESEL, POWER, ORE), words, strict=True)]
    result = import_flows(demo_db, write_xlsx(tmp_path / "roles.xlsx", rows, [*HEAD, heading]))
    diesel, power, ore = imported(demo_db, result.batch_id)
    assert [f.reconciliation.value for f in (diesel, power, ore)] == [
        "unmeasured", "constant", "measured"]
    assert diesel.method is Method.ESTIMATED      # an estimate, never counted as measured
    assert diesel.qty_entered == 1000             # the officer's estimate is kept


def test_a_bad_reconciliation_word_is_one_sentence_naming_the_row(demo_db: Database,
                                                                  tmp_path: Path) -> None:
    rows = [[*DIESEL, "unmeasured"], [*POWER, "guessed"]]
    err = rejected(demo_db, write_xlsx(tmp_path / "bad.xlsx", rows, [*HEAD, "Reconciliation"]))
    assert "row 3, column K (Reconciliation): 'guessed' is not a reconciliation role; write " \
           "measured, unmeasured or constant" in str(err)
