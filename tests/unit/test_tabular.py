"""greendesk.readers.tabular: the safe reader for officer-supplied spreadsheets.

Hostile files are built by hand with zipfile; anything that could abort the interpreter if the
guard regressed (calamine aborts on huge allocations) runs in a subprocess.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from greendesk.readers.tabular import (
    Cell,
    TableReadError,
    column_letter,
    parse_date,
    parse_number,
    read_table,
)
from tests.fuzz_corpus import MAIN_NS, workbook_parts, zip_parts

REPO = Path(__file__).resolve().parents[2]


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = Workbook(write_only=True)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def raw_xlsx(path: Path, sheet_xml: str, *, extra: dict[str, bytes | str] | None = None,
             prolog: str = "") -> Path:
    """A minimal workbook written by hand, with one sheet 'S' whose <worksheet> body is given."""
    parts = workbook_parts(f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet '
                           f'xmlns="{MAIN_NS}">{sheet_xml}</worksheet>', "S")
    parts.update(extra or {})
    path.write_bytes(zip_parts(parts))
    return path


def read_in_subprocess(path: Path) -> str:
    """Read `path` in a child interpreter: a regression must fail the test, not abort pytest."""
    code = ("import sys\nfrom greendesk.readers.tabular import read_table, TableReadError\n"
            "try:\n    t = read_table(sys.argv[1])\n    print('READ', len(t.rows))\n"
            "except TableReadError as e:\n    print('REFUSED', e)\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                         text=True, env=env, timeout=60)
    assert out.returncode == 0, f"reader crashed ({out.returncode}): {out.stderr[-500:]}"
    return out.stdout.strip()


# ---------------------------------------------------------------- normal workbooks
def test_xlsx_header_and_types(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "flows.xlsx", {"Flows": [
        ["Date", "Stream", "Mass, t", "Checked", "Sampled at"],
        [dt.date(2025, 3, 31), "  Tailings  ", 1234.5, True, dt.datetime(2025, 3, 31, 9, 30)],
        [dt.date(2025, 4, 1), "Slag", 12, False, None],
    ]})
    table = read_table(path)
    assert (table.source, table.sheet) == ("flows.xlsx", "Flows")
    assert table.header == ["Date", "Stream", "Mass, t", "Checked", "Sampled at"]
    first, second = table.rows
    assert isinstance(first[0], dt.date) and parse_date(first[0]) == dt.date(2025, 3, 31)
    assert first[1] == "Tailings"                      # stripped
    assert first[2] == 1234.5 and second[2] == 12 and isinstance(second[2], int)
    assert first[3] is True and second[3] is False
    assert isinstance(first[4], dt.datetime) and first[4].hour == 9
    assert second[4] is None
    assert table.notes == [] and table.decimal_comma_hint is None


def test_header_after_title_rows_gives_excel_coordinates(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "waste.xlsx", {"Empty": [], "Register": [
        ["Waste register 2025"],
        [],
        [None, "Code", "Name", "Mass, t"],
        [None, "01 01 01", "Overburden", 5000],
        [None, "01 03 06", "Tailings", 1200.25],
        [None, None, None, None],
        [],
    ]})
    table = read_table(path)                          # skips the empty first sheet
    assert table.sheet == "Register"
    # The title row is the first non-empty row, so it becomes the header unless told otherwise.
    assert table.header[0] == "Waste register 2025"
    table = read_table(path, sheet="Register", header_row=3)
    assert table.header == ["", "Code", "Name", "Mass, t"]    # column A kept: letters stay true
    assert table.first_data_row == 4 and len(table.rows) == 2  # trailing empty rows dropped
    assert table.rows[1] == (None, "01 03 06", "Tailings", 1200.25)
    assert table.cell(1, 3) == Cell("Register", 5, "D", "Mass, t")
    assert str(table.cell(0, 1)) == "sheet 'Register', row 4, column B (Code)"


def test_hidden_sheets_come_after_visible_ones(tmp_path: Path) -> None:
    wb = Workbook()
    lists = wb.active
    lists.title, lists.sheet_state = "Lists", "hidden"
    lists.append(["code"])
    lists.append(["01 01 01"])
    wb.create_sheet("Data").append(["mass"])
    wb["Data"].append([5])
    wb.save(tmp_path / "hidden.xlsx")
    assert read_table(tmp_path / "hidden.xlsx").sheet == "Data"
    assert read_table(tmp_path / "hidden.xlsx", sheet="Lists").rows == [("01 01 01",)]


def test_named_sheet_missing_or_empty(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "book.xlsx", {"Data": [["a"], [1]], "Blank": []})
    with pytest.raises(TableReadError, match=r"no sheet named 'Nope'; its sheets are: Data, Blank"):
        read_table(path, sheet="Nope")
    with pytest.raises(TableReadError, match=r"Sheet 'Blank' of book.xlsx is empty"):
        read_table(path, sheet="Blank")
    empty = write_xlsx(tmp_path / "empty.xlsx", {"Only": []})
    with pytest.raises(TableReadError, match="empty.xlsx has no data in any of its sheets"):
        read_table(empty)
    with pytest.raises(TableReadError, match="row 7 is empty, but it should hold the column"):
        read_table(path, header_row=7)


def test_formulas_give_cached_values_never_text(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("F")
    ws.append(["a", "b", "dde"])
    ws.append([1, "=A2*2", "=cmd|' /C calc'!A0"])     # openpyxl writes no cached value
    wb.save(tmp_path / "f.xlsx")
    table = read_table(tmp_path / "f.xlsx")
    assert table.rows[0][0] == 1
    assert all(not (isinstance(v, str) and v.startswith("=")) for v in table.rows[0])
    assert table.rows[0][1:] in ((None, None), (2, None))
    cached = raw_xlsx(tmp_path / "cached.xlsx",
                      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
                      '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c></row></sheetData>')
    assert read_table(cached).rows == [(2,)]
    errors = raw_xlsx(tmp_path / "err.xlsx", '<sheetData><row r="1"><c r="A1" t="inlineStr"><is>'
                      '<t>x</t></is></c></row><row r="2"><c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v>'
                      "</c></row></sheetData>")
    assert any("Excel errors such as #DIV/0!" in note for note in read_table(errors).notes)


def test_xlsm_cells_are_read_and_macros_ignored(tmp_path: Path) -> None:
    plain = write_xlsx(tmp_path / "plain.xlsx", {"Data": [["x", "y"], [1, 2]]})
    path = tmp_path / "macro.xlsm"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        dst.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + os.urandom(2048))
    table = read_table(path)
    assert table.rows == [(1, 2)]
    assert any("macros" in note and "not run" in note for note in table.notes)


# ---------------------------------------------------------------- csv
def test_csv_utf8_bom_semicolons_decimal_commas(tmp_path: Path) -> None:
    text = ("Дата;Поток;Масса, т;Примечание\r\n31.03.2025;Хвосты;1 234,5;\r\n"
            '01.04.2025;Шлак;12,75;"с ; точкой"\r\n;;;\r\n\r\n')
    path = tmp_path / "ledger.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    table = read_table(path)
    assert table.header == ["Дата", "Поток", "Масса, т", "Примечание"]
    assert table.decimal_comma_hint is True and table.sheet == ""
    assert table.rows == [("31.03.2025", "Хвосты", "1 234,5", None),
                          ("01.04.2025", "Шлак", "12,75", "с ; точкой")]
    assert [parse_number(r[2], decimal_comma=table.decimal_comma_hint) for r in table.rows] == [
        1234.5, 12.75]
    assert parse_date(table.rows[0][0]) == dt.date(2025, 3, 31)
    assert table.cell(1, 2) == Cell("", 3, "C", "Масса, т")


def test_csv_comma_tab_and_utf16_text(tmp_path: Path) -> None:
    (tmp_path / "c.csv").write_text('name,mass\n"Slag, granulated","1,234.5"\n', "utf-8")
    table = read_table(tmp_path / "c.csv")
    assert table.rows == [("Slag, granulated", "1,234.5")] and table.decimal_comma_hint is None
    (tmp_path / "u.txt").write_bytes("a\tb\n1,5\t2\n".encode("utf-16"))   # Excel "Unicode Text"
    assert read_table(tmp_path / "u.txt").rows == [("1,5", "2")]


def test_csv_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "cp1251.csv"
    path.write_bytes(b"a;b\n1;2\n" + "Шлак;3\n".encode("cp1251"))
    with pytest.raises(TableReadError, match=r"cp1251.csv is not UTF-8 text: line 3 .*CSV UTF-8"):
        read_table(path)


# ---------------------------------------------------------------- unreadable files
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    (tmp_path / f"e{suffix}").write_bytes(b"")
    with pytest.raises(TableReadError, match=r"is empty \(0 bytes\)"):
        read_table(tmp_path / f"e{suffix}")


def test_wrong_kinds_of_file(tmp_path: Path) -> None:
    (tmp_path / "junk.xlsx").write_bytes(os.urandom(4096))
    with pytest.raises(TableReadError, match="junk.xlsx is not a readable Excel workbook: the "
                                             "file is damaged or is not a .xlsx file."):
        read_table(tmp_path / "junk.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(TableReadError, match=r"old.xls is an old binary Excel file .*as .xlsx"):
        read_table(tmp_path / "old.xls")
    (tmp_path / "locked.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(TableReadError, match="locked.xlsx is password-protected or is an old"):
        read_table(tmp_path / "locked.xlsx")
    with zipfile.ZipFile(tmp_path / "notes.xlsx", "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(TableReadError, match="notes.xlsx is a zip archive but not an Excel"):
        read_table(tmp_path / "notes.xlsx")
    (tmp_path / "a.ods").write_bytes(b"x")
    with pytest.raises(TableReadError, match=r"not a file type GreenDesk reads \(.ods\)"):
        read_table(tmp_path / "a.ods")
    with pytest.raises(TableReadError, match="does not exist"):
        read_table(tmp_path / "missing.xlsx")


# ---------------------------------------------------------------- hostile workbooks
def test_entity_expansion_bomb_is_refused_quickly(tmp_path: Path) -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10))
    path = raw_xlsx(tmp_path / "lol.xlsx",
                    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c>'
                    '</row></sheetData>', prolog=f"<!DOCTYPE lolz [{entities}]>")
    started = time.perf_counter()
    with pytest.raises(TableReadError, match="XML document type declaration, which Excel never "
                                             "writes; it may be an entity-expansion attack"):
        read_table(path)
    assert time.perf_counter() - started < 1.0


def test_zip_bomb_by_compression_ratio(tmp_path: Path) -> None:
    path = raw_xlsx(tmp_path / "bomb.xlsx", "<sheetData/>",
                    extra={"xl/media/zeros.bin": bytes(60 << 20)})   # ~60 KB packed
    started = time.perf_counter()
    with pytest.raises(TableReadError, match=r"suspected zip bomb: its part xl/media/zeros.bin"):
        read_table(path)
    assert time.perf_counter() - started < 2.0


def test_member_that_unpacks_larger_than_declared(tmp_path: Path) -> None:
    path = raw_xlsx(tmp_path / "liar.xlsx", '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
                    "</sheetData>", extra={"xl/pad.xml": "<x>" + " " * 5000 + "</x>"})
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")                    # central directory entries
    while not data[central + 46:].startswith(b"xl/pad.xml"):
        central = data.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, 100)           # declare 100 bytes, not 5007
    path.write_bytes(bytes(data))
    with pytest.raises(TableReadError, match="the file is damaged"):  # not called a bomb
        read_table(path)


@pytest.mark.parametrize("sheet_xml", [
    # two valued cells at opposite corners: calamine would allocate 17 billion cells and abort
    '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
    '<row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>',
    # the far reference hides in a cell whose row says 2, after a second r attribute
    '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2" '
    "r = 'GR900000'><v>2</v></c></row></sheetData>",
    # cells without references: the position is implied, 20,000 columns wide on a far row
    '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1000000">'
    + "<c><v>1</v></c>" * 20_000 + "</row></sheetData>",
], ids=["opposite-corners", "second-r-attribute", "implied-columns"])
def test_grid_explosion_is_refused_before_calamine(tmp_path: Path, sheet_xml: str) -> None:
    out = read_in_subprocess(raw_xlsx(tmp_path / "wide.xlsx", sheet_xml))
    assert out.startswith("REFUSED wide.xlsx is too large to read safely"), out


def test_malformed_references_and_forged_string_count(tmp_path: Path) -> None:
    lower = raw_xlsx(tmp_path / "lower.xlsx",
                     '<sheetData><row r="1"><c r="zzz1"><v>1</v></c></row></sheetData>')
    assert "cell references that Excel cannot write" in read_in_subprocess(lower)
    sst = (f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="4000000000"><si><t>hi</t></si></sst>')
    forged = raw_xlsx(tmp_path / "sst.xlsx", '<sheetData><row r="1"><c r="A1" t="s"><v>0</v>'
                      "</c></row></sheetData>", extra={"xl/sharedStrings.xml": sst})
    assert "shared-text table claims far more entries" in read_in_subprocess(forged)


def test_far_valueless_styled_cell_is_harmless(tmp_path: Path) -> None:
    path = raw_xlsx(tmp_path / "styled.xlsx",
                    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>h</t></is></c>'
                    '<c r="XFD1" s="1"/></row><row r="2"><c r="A2"><v>5</v></c></row>'
                    '<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData>')
    assert read_in_subprocess(path) == "READ 1"


def test_references_left_out_by_sdk_writers_still_read(tmp_path: Path) -> None:
    rows = "".join(f'<x:row><x:c t="inlineStr"><x:is><x:t>r{i}</x:t></x:is></x:c>'
                   + "<x:c><x:v>1.5</x:v></x:c>" * 9 + "</x:row>" for i in range(3000))
    path = raw_xlsx(tmp_path / "sdk.xlsx", f'<x:sheetData xmlns:x="{MAIN_NS}">{rows}'
                    "</x:sheetData>")
    table = read_table(path)
    assert len(table.header) == 10 and len(table.rows) == 2999
    assert table.rows[-1][:2] == ("r2999", 1.5)


def test_too_many_parts_is_refused(tmp_path: Path) -> None:
    path = raw_xlsx(tmp_path / "many.xlsx", "<sheetData/>",
                    extra={f"xl/media/p{i}.bin": b"" for i in range(10_001)})
    with pytest.raises(TableReadError, match="holds 10,00[0-9] parts"):
        read_table(path)


# ---------------------------------------------------------------- limits
def test_long_text_is_refused_with_its_location(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "long.xlsx", {"L": [["a", "b"], ["ok", "x" * 101]]})
    with pytest.raises(TableReadError, match=r"long.xlsx, sheet 'L', row 2, column B: the value "
                                             r"is 101 characters long, over the limit of 100"):
        read_table(path, max_cell_chars=100)
    (tmp_path / "long.csv").write_text("a,b\nok," + "y" * 40_000 + "\n", "utf-8")
    with pytest.raises(TableReadError, match=r"long.csv, row 2, column B: the value is 40,000"):
        read_table(tmp_path / "long.csv")


def test_row_and_column_limits(tmp_path: Path) -> None:
    rows = [["n"]] + [[i] for i in range(10)]
    path = write_xlsx(tmp_path / "rows.xlsx", {"R": rows})
    assert len(read_table(path, max_rows=10).rows) == 10
    with pytest.raises(TableReadError, match="has 10 data rows, more than the limit of 5 rows"):
        read_table(path, max_rows=5)
    (tmp_path / "rows.csv").write_text("n\n" + "1\n" * 50, "utf-8")
    with pytest.raises(TableReadError, match="more than 5 data rows"):
        read_table(tmp_path / "rows.csv", max_rows=5)
    wide = write_xlsx(tmp_path / "wide.xlsx", {"W": [["a", "b", "c", "d"], [1, 2, 3, 4]]})
    with pytest.raises(TableReadError, match=r"data in column D, beyond the limit of 3 columns "
                                             r"\(A to C\)"):
        read_table(wide, max_columns=3)


# ---------------------------------------------------------------- parse_number / parse_date
@pytest.mark.parametrize(("text", "decimal_comma", "expected"), [
    ("1234.5", None, 1234.5), ("1 234,5", None, 1234.5), ("1,234.5", None, 1234.5),
    ("1234,5", None, 1234.5), ("12 000", None, 12000.0), ("12\u00a0000,25", None, 12000.25),
    ("1\u202f234\u202f567", None, 1234567.0), ("-3", None, -3.0), ("\u22122,5", None, -2.5),
    ("1.234,5", None, 1234.5), ("1,5", None, 1.5), ("0,125", None, 0.125),
    ("1,2345", None, 1.2345), ("1,234", True, 1.234), ("1,234", False, 1234.0),
    ("1.234", True, 1234.0), ("1.234", None, 1.234), ("1,234,567", None, 1234567.0),
    ("1.5e3", None, 1500.0), (" 42 ", None, 42.0), (7, None, 7.0), (2.5, None, 2.5),
])
def test_parse_number(text: object, decimal_comma: bool | None, expected: float) -> None:
    assert parse_number(text, decimal_comma=decimal_comma) == expected


@pytest.mark.parametrize(("text", "decimal_comma", "reason"), [
    ("1,234", None, r"ambiguous: 1,234 could be 1234 or 1.234"),
    ("abc", None, "not a number"), ("", None, "not a number"), ("NaN", None, "not a number"),
    ("inf", None, "not a number"), ("1,23,4", None, "not a number"),
    ("1,234.5", True, "decimal mark"), ("1.234,5", False, "decimal mark"),
    ("12 34", None, "not a number"), (float("nan"), None, "finite"), (True, None, "not a number"),
    ("1e999", None, "out of range"), (None, None, "not a number"),
])
def test_parse_number_refuses(text: object, decimal_comma: bool | None, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_number(text, decimal_comma=decimal_comma)


@given(st.text(max_size=40), st.sampled_from([None, True, False]))
def test_parse_number_only_ever_raises_value_error(text: str, decimal_comma: bool | None) -> None:
    with contextlib.suppress(ValueError):
        assert isinstance(parse_number(text, decimal_comma=decimal_comma), float)


@settings(max_examples=300)
@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False))
def test_parse_number_round_trips_formatted_floats(x: float) -> None:
    point = f"{x:,.2f}"
    comma = point.translate(str.maketrans(",.", ".,"))
    assert parse_number(point) == float(f"{x:.2f}")
    assert parse_number(comma) == float(f"{x:.2f}")
    assert parse_number(comma, decimal_comma=True) == float(f"{x:.2f}")


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-03-31", dt.date(2025, 3, 31)), ("31.03.2025", dt.date(2025, 3, 31)),
    ("31/03/2025", dt.date(2025, 3, 31)), ("1.4.2025", dt.date(2025, 4, 1)),
    ("2025-03-31 00:00:00", dt.date(2025, 3, 31)), ("2025-3-1", dt.date(2025, 3, 1)), (dt.date(2025, 3, 31), dt.date(2025, 3, 31)),
    (dt.datetime(2025, 3, 31, 23, 59), dt.date(2025, 3, 31)), (45747, dt.date(2025, 3, 31)),
    (45747.75, dt.date(2025, 3, 31)), (1, dt.date(1900, 1, 1)), (61, dt.date(1900, 3, 1)),
])
def test_parse_date(value: object, expected: dt.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(("value", "reason"), [
    ("2025-03", "month but no day"), ("03.2025", "month but no day"),
    ("2025-02-30", "does not exist"), ("31.13.2025", "does not exist"),
    ("31.03.25", "not a date"), ("yesterday", "not a date"), (60, "29 February 1900"),
    (0, "outside Excel's date range"), (True, "not a date"), (float("inf"), "date range"),
])
def test_parse_date_refuses(value: object, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_date(value)


def test_column_letter() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 51, 701, 702, 16383)] == [
        "A", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"]
    with pytest.raises(ValueError):
        column_letter(-1)
