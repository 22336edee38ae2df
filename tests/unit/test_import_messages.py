"""One sentence, never a traceback, and the right sentence: what the outside attack found
misleading or too lenient in the import's messages."""

from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest

from greendesk.demo.plant import S_MINE
from greendesk.errors import DomainError
from greendesk.importers.flows_import import ImportRejected, import_flows
from greendesk.readers.tabular import TableReadError, column_letter, parse_date, read_table
from greendesk.services.catalog import load_catalog
from greendesk.services.flows import FlowDraft, FlowValidator
from greendesk.store.db import Database
from tests.unit.test_tabular import raw_xlsx, read_in_subprocess, write_xlsx

HEAD = ["Date", "Site", "From", "To", "Material", "Quantity", "Unit"]
ORE = ["2025-03-31", S_MINE, "Open-pit mining", "Run-of-mine ore stockpile", "Copper ore"]
DIESEL = ["2025-03-31", S_MINE, "Fuel supplier", "Open-pit mining", "Diesel fuel"]


def csv_file(path: Path, rows: list[list[object]], head: list[str] = HEAD) -> Path:
    path.write_text("\n".join(",".join(map(str, r)) for r in [head, *rows]) + "\n",
                    encoding="utf-8")
    return path


def xlsx_file(path: Path, rows: list[list[object]]) -> Path:
    return write_xlsx(path, {"Flows": [HEAD, *rows]})


def inline_row(r: int, values: list[object]) -> str:
    return f'<row r="{r}">' + "".join(
        f'<c r="{column_letter(j)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
        for j, v in enumerate(values)) + "</row>"


# ---------------------------------------------------------------- underflow
@pytest.mark.parametrize(("rows", "unit"), [
    ([[*ORE, "5e-324", "kg"]], "kg"),
    ([[*DIESEL, "5e-324", "L"]], "L"),
    ([[*ORE, 5e-324, "kg"]], "kg"),                    # a numeric cell of a workbook
])
def test_a_quantity_that_underflows_to_zero_is_refused(demo_db: Database, tmp_path: Path,
                                                       rows: list[list[object]],
                                                       unit: str) -> None:
    path = (xlsx_file(tmp_path / "tiny.xlsx", rows) if isinstance(rows[0][5], float)
            else csv_file(tmp_path / "tiny.csv", rows))
    with pytest.raises(ImportRejected) as info:
        import_flows(demo_db, path)
    (p,) = info.value.problems
    assert (p.row, p.column_letter) == (2, "F")
    assert p.message == (f"5e-324 {unit} is too small to record: it is 0 t once converted; "
                         "check the quantity and unit.")


def test_the_ledger_refuses_an_underflow_too(demo_db: Database) -> None:
    cat = load_catalog(demo_db)
    node = {n.name: n.id for n in cat.nodes.values()}
    ore = next(m.id for m in cat.materials.values() if m.name == "Copper ore")
    draft = FlowDraft(parse_date("2025-03-31"), node["Open-pit mining"],
                      node["Run-of-mine ore stockpile"], ore, 5e-324, "kg")
    with pytest.raises(DomainError, match="too small to record"):
        FlowValidator(cat).check(draft)


# ---------------------------------------------------------------- long cells
def test_a_ten_megabyte_cell_is_located_not_called_damaged(tmp_path: Path) -> None:
    long = "x" * 10_000_000
    expected = "the value is 10,000,000 characters long, over the limit of 32,767"
    for path in (raw_xlsx(tmp_path / "inline.xlsx", f"<sheetData>{inline_row(1, HEAD)}"
                          f"{inline_row(3, [*ORE[:4], long])}</sheetData>"),
                 raw_xlsx(tmp_path / "shared.xlsx",
                          '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3">'
                          '<c r="B3" t="s"><v>1</v></c></row></sheetData>',
                          extra={"xl/sharedStrings.xml":
                                 f'<sst count="2" uniqueCount="2"><si><t>h</t></si><si><t>'
                                 f'{long}</t></si></sst>'})):
        with pytest.raises(TableReadError) as info:
            read_table(path)
        assert "row 3, column" in str(info.value) and expected in str(info.value)
    path = csv_file(tmp_path / "long.csv", [[*ORE, 1, "t"], [*ORE[:4], long, 1, "t"]])
    with pytest.raises(TableReadError, match=f"long.csv, row 3, column E: {expected}"):
        read_table(path, stream=True)


# ---------------------------------------------------------------- zip bombs, precisely
def test_ordinary_corruption_is_damaged_not_a_zip_bomb(tmp_path: Path) -> None:
    """300 single-byte corruptions of a workbook (a bad sector, a broken download): each
    is read or refused, and none is called a zip bomb."""
    write_xlsx(tmp_path / "ok.xlsx", {"Flows": [HEAD, [*ORE, 5, "t"]] * 20})
    data = (tmp_path / "ok.xlsx").read_bytes()
    rng, bombs = random.Random(12), []
    for k in range(300):
        damaged = bytearray(data)
        damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        path = tmp_path / f"c{k}.xlsx"
        path.write_bytes(bytes(damaged))
        try:
            read_table(path)
        except TableReadError as exc:
            if "bomb" in str(exc):
                bombs.append(str(exc))
    assert bombs == [], f"{len(bombs)} of 300 called a bomb: {bombs[:2]}"


def test_a_declared_size_alone_makes_no_bomb(tmp_path: Path) -> None:
    path = raw_xlsx(tmp_path / "big-claim.xlsx", '<sheetData><row r="1"><c r="A1"><v>1</v>'
                    "</c></row></sheetData>")
    data = bytearray(path.read_bytes())
    at = data.index(b"PK\x01\x02")
    while not data[at + 46:].startswith(b"xl/worksheets/sheet1.xml"):
        at = data.index(b"PK\x01\x02", at + 4)
    struct.pack_into("<I", data, at + 24, 4_000_000_000)     # claims 4 GB
    path.write_bytes(bytes(data))
    with pytest.raises(TableReadError, match="the file is damaged"):
        read_table(path)


# ---------------------------------------------------------------- text that looks like XML
@pytest.mark.parametrize("cell", [
    '<c r="A2" t="inlineStr"><is><t><![CDATA[<c r="XFD1048576">]]></t></is></c>',
    '<c r="A2" t="inlineStr"><!-- <c r="XFD1048576"><v>1</v></c> --><is><t>x</t></is></c>',
    '<c r="A2" t="inlineStr" xml:lang=\'r="XFD1048576"\'><is><t>x</t></is></c>',
    '<c r="A2" t="s"><v>0</v></c>',
], ids=["cdata", "comment", "attribute", "shared-text"])
def test_text_that_looks_like_a_far_cell_is_only_text(tmp_path: Path, cell: str) -> None:
    shared = ('<sst count="1"><si><t>&lt;sst uniqueCount="99999999999"&gt;'
              '</t></si></sst>')
    path = raw_xlsx(tmp_path / "text.xlsx", f'<sheetData><row r="1"><c r="A1"><v>1</v></c>'
                    f'</row><row r="2">{cell}</row></sheetData>',
                    extra={"xl/sharedStrings.xml": shared})
    assert read_in_subprocess(path) == "READ 1"


def test_a_far_cell_behind_a_slash_in_an_attribute_is_still_refused(tmp_path: Path) -> None:
    """The fast scan took `/>` inside a value for the end of a valueless cell."""
    path = raw_xlsx(tmp_path / "slash.xlsx", '<sheetData><row r="1"><c r="A1"><v>1</v></c>'
                    '<c r="XFD1048576" xml:lang="/>"><v>2</v></c></row></sheetData>')
    assert read_in_subprocess(path).startswith("REFUSED slash.xlsx is too large to read")


# ---------------------------------------------------------------- BOM, NUL, impossible times
def test_a_doubled_bom_is_not_part_of_the_heading(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    text = "\n".join(",".join(map(str, r)) for r in [HEAD, [*ORE, 5, "t"]]) + "\n"
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + text.encode("utf-8"))
    assert import_flows(demo_db, path).rows == 1


def test_a_nul_is_refused_in_a_workbook_as_in_a_csv(tmp_path: Path) -> None:
    path = raw_xlsx(tmp_path / "nul.xlsx", '<sheetData><row r="1"><c r="A1" t="inlineStr">'
                    '<is><t>Note</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is>'
                    '<t>a\x00b</t></is></c></row></sheetData>')
    with pytest.raises(TableReadError, match=r"nul.xlsx, sheet 'S', row 2, column A: the value "
                                             "contains a NUL character"):
        read_table(path)


@pytest.mark.parametrize("text", ["2025-03-15T99:99:99", "2025-03-15 24:00", "15.03.2025 7:60"])
def test_a_time_of_day_that_does_not_exist_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError, match="time of day that does not exist"):
        parse_date(text)


def test_an_impossible_date_cell_is_refused(demo_db: Database, tmp_path: Path) -> None:
    data = inline_row(2, ["x", *ORE[1:], 5, "t"]).replace(
        '<c r="A2" t="inlineStr"><is><t>x</t></is></c>',
        '<c r="A2" t="d"><v>2025-03-15T99:99:99</v></c>')
    path = raw_xlsx(tmp_path / "td.xlsx", f"<sheetData>{inline_row(1, HEAD)}{data}</sheetData>")
    with pytest.raises(ImportRejected) as info:
        import_flows(demo_db, path)
    (p,) = info.value.problems
    assert (p.row, p.column_letter) == (2, "A") and "is not a date" in p.message
