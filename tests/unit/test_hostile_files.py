"""Hostile files through the flow import: every one ends in a plain message or a correct
import, none crashes or hangs, and a refused file writes nothing (the flow count, the
batches and the audit chain are exactly as before).

The reader itself (the zip/XML pre-scan) is covered by test_tabular.py; here the whole
import runs against a real database. Fuzzing mutates the bytes of valid files, both the
packed .xlsx and its sheet XML, and the CSV text.
"""

from __future__ import annotations

import functools
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from greendesk.demo.plant import S_CONC, S_MINE
from greendesk.errors import DomainError
from greendesk.importers import flows_import
from greendesk.importers.flows_import import ImportResult, import_flows
from greendesk.store.db import Database

HEAD = ["Date", "Site", "From", "To", "Material", "Quantity", "Unit", "Note"]
ROWS = [
    ["2025-03-31", S_MINE, "Fuel supplier", "Open-pit mining", "Diesel fuel", 1000, "L", "ok"],
    ["2025-03", S_MINE, "Open-pit mining", "Run-of-mine ore stockpile", "Copper ore", 2, "kt",
     ""],
    ["31.03.2025", S_CONC, "Power grid", "Crushing", "Electricity", 10.5, "MWh", "meter 7"],
]
CASES: list[str] = []  # hand-made cases run, for the closing count


def xlsx_bytes(rows: list[list[object]] = ROWS, head: list[str] = HEAD) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Flows"
    ws.append(head)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def csv_text(rows: list[list[object]] = ROWS) -> str:
    return "\n".join(",".join(str(v) for v in r) for r in [HEAD, *rows]) + "\n"


def rezip(data: bytes, replace: dict[str, bytes] | None = None,
          add: dict[str, bytes] | None = None) -> bytes:
    """The same workbook with some parts replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, (replace or {}).get(info.filename, src.read(info)))
        for name, body in (add or {}).items():
            dst.writestr(name, body)
    return out.getvalue()


SHEET = "xl/worksheets/sheet1.xml"
XLSX = xlsx_bytes()
SHEET_XML = zipfile.ZipFile(io.BytesIO(XLSX)).read(SHEET)


def state(db: Database) -> tuple[int, int, int, str]:
    """Flow records, import batches, audit entries and the chain's head."""
    with db.read() as s:
        c = s.connection()
        flows = c.exec_driver_sql("SELECT count(*) FROM flow").scalar()
        batches = c.exec_driver_sql("SELECT count(*) FROM import_batch").scalar()
        n, head = c.exec_driver_sql(
            "SELECT count(*), (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1) "
            "FROM audit_entry").one()
    return flows, batches, n, head


def attempt(db: Database, path: Path) -> ImportResult | DomainError:
    """Import; a refusal must be a DomainError and must leave everything as it was."""
    before = state(db)
    try:
        result = import_flows(db, path, again=True)
    except DomainError as exc:
        assert state(db) == before, f"a refused file wrote something: {exc}"
        assert str(exc).strip() and "Traceback" not in str(exc)
        return exc
    after = state(db)
    assert after[0] == before[0] + result.rows and after[1] == before[1] + 1
    assert after[2] >= before[2] + 2  # the batch's entry and the import's entry
    return result


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# ---------------------------------------------------------------- fuzzing
_edit = st.tuples(st.sampled_from(["flip", "insert", "delete", "truncate", "repeat"]),
                  st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=8))
_PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"))  # what a cell can hold
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def mutate(data: bytes, edits: list[tuple[str, float, bytes]]) -> bytes:
    buf = bytearray(data)
    for op, where, chunk in edits:
        if not buf:
            break
        i = int(where * len(buf))
        if op == "flip":
            buf[i] ^= chunk[0] or 0xFF
        elif op == "insert":
            buf[i:i] = chunk
        elif op == "delete":
            del buf[i:i + len(chunk) * 16]
        elif op == "truncate":
            del buf[i:]
        else:
            buf[i:i] = buf[i:i + 64] * (1 + chunk[0] % 8)
    return bytes(buf)


@FUZZ
@given(edits=st.lists(_edit, min_size=1, max_size=6))
def test_fuzzed_xlsx_bytes(demo_db: Database, tmp_path: Path,
                           edits: list[tuple[str, float, bytes]]) -> None:
    attempt(demo_db, write(tmp_path, "fuzz.xlsx", mutate(XLSX, edits)))


@FUZZ
@given(edits=st.lists(_edit, min_size=1, max_size=6))
def test_fuzzed_sheet_xml_in_a_sound_zip(demo_db: Database, tmp_path: Path,
                                         edits: list[tuple[str, float, bytes]]) -> None:
    data = rezip(XLSX, replace={SHEET: mutate(SHEET_XML, edits)})
    attempt(demo_db, write(tmp_path, "fuzz.xlsx", data))


@FUZZ
@given(edits=st.lists(_edit, min_size=1, max_size=6))
def test_fuzzed_csv_bytes(demo_db: Database, tmp_path: Path,
                          edits: list[tuple[str, float, bytes]]) -> None:
    attempt(demo_db, write(tmp_path, "fuzz.csv", mutate(csv_text().encode(), edits)))


@FUZZ
@given(cells=st.lists(st.lists(st.one_of(st.none(), st.text(_PRINTABLE, max_size=30),
                                         st.integers(-10**12, 10**12),
                                         st.floats(allow_nan=True, allow_infinity=True)),
                               min_size=8, max_size=8), min_size=1, max_size=5))
def test_wrong_types_in_every_column(demo_db: Database, tmp_path: Path,
                                     cells: list[list[object]]) -> None:
    attempt(demo_db, write(tmp_path, "types.xlsx", xlsx_bytes(cells)))


# ---------------------------------------------------------------- hand-made cases
def refused(db: Database, tmp_path: Path, name: str, data: bytes | str, match: str) -> None:
    CASES.append(name)
    outcome = attempt(db, write(tmp_path, name, data))
    assert isinstance(outcome, DomainError), f"{name} was imported"
    assert match in str(outcome), str(outcome)


def imported(db: Database, tmp_path: Path, name: str, data: bytes | str, rows: int,
             note: str | None = None) -> ImportResult:
    CASES.append(name)
    outcome = attempt(db, write(tmp_path, name, data))
    assert isinstance(outcome, ImportResult), str(outcome)
    assert outcome.rows == rows
    if note is not None:
        assert any(note in n for n in outcome.notes), outcome.notes
    return outcome


def test_xml_entity_bomb(demo_db: Database, tmp_path: Path) -> None:
    dtd = ('<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)) + "]>")
    body = SHEET_XML.split(b"?>", 1)[1] if SHEET_XML.startswith(b"<?xml") else SHEET_XML
    xml = (b'<?xml version="1.0" encoding="UTF-8"?>' + dtd.encode() + body).replace(
        b"<v>1000</v>", b"<v>&lol9;</v>")
    refused(demo_db, tmp_path, "entity-bomb.xlsx", rezip(XLSX, replace={SHEET: xml}),
            "document type declaration")


def test_zip_bomb(demo_db: Database, tmp_path: Path) -> None:
    refused(demo_db, tmp_path, "zip-bomb.xlsx",
            rezip(XLSX, add={"xl/media/image1.bin": bytes(80 << 20)}), "suspected zip bomb")


def test_zip_member_lying_about_its_size(demo_db: Database, tmp_path: Path) -> None:
    import struct

    data = bytearray(rezip(XLSX, add={"xl/pad.xml": b"<x>" + b" " * 9000 + b"</x>"}))
    at = data.rindex(b"PK\x01\x02xl/pad.xml"[:4], 0, data.rindex(b"xl/pad.xml"))
    struct.pack_into("<I", data, at + 24, 100)  # the central directory says 100 bytes
    refused(demo_db, tmp_path, "liar.xlsx", bytes(data), "the file is damaged")


def test_macro_enabled_workbook_imports_values_only(demo_db: Database, tmp_path: Path) -> None:
    data = rezip(XLSX, add={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + bytes(4000)})
    imported(demo_db, tmp_path, "macros.xlsm", data, 3, "contains macros; they were not run")


def test_external_links_are_not_followed(demo_db: Database, tmp_path: Path) -> None:
    data = rezip(XLSX, add={"xl/externalLinks/externalLink1.xml":
                            b'<?xml version="1.0"?><externalLink xmlns="http://schemas.'
                            b'openxmlformats.org/spreadsheetml/2006/main"/>'})
    imported(demo_db, tmp_path, "links.xlsx", data, 3, "links to other workbooks")


def test_formulas_without_saved_values_are_refused_by_cell(demo_db: Database,
                                                          tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[0][5] = "=1000*1"  # openpyxl saves the formula, no cached value: Excel never opened it
    refused(demo_db, tmp_path, "formula.xlsx", xlsx_bytes(rows),
            "row 2, column F (Quantity): The quantity is missing.")


def test_wrong_types_are_refused_by_cell(demo_db: Database, tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[1][0], rows[2][5] = 45, "ten"
    refused(demo_db, tmp_path, "types.xlsx", xlsx_bytes(rows), "2 problems")


def test_empty_sheets(demo_db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Empty"
    wb.create_sheet("Also empty")
    buf = io.BytesIO()
    wb.save(buf)
    refused(demo_db, tmp_path, "empty.xlsx", buf.getvalue(), "has no data in any of its sheets")
    refused(demo_db, tmp_path, "headings-only.xlsx", xlsx_bytes([]),
            "has column headings but no flow records")
    refused(demo_db, tmp_path, "empty.csv", "\n\n", "is empty")


def test_a_million_rows_stop_at_the_row_limit(demo_db: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    limit = 100_000  # the import reads at most this many rows, so the test stays fast
    monkeypatch.setattr(flows_import, "read_table",
                        functools.partial(flows_import.read_table, max_rows=limit))
    line = ",".join(str(v) for v in ROWS[0]) + "\n"
    refused(demo_db, tmp_path, "million.csv", ",".join(HEAD) + "\n" + line * 1_000_000,
            f"more than {limit:,} data rows")


def test_invalid_utf8(demo_db: Database, tmp_path: Path) -> None:
    data = csv_text().encode().replace(b"Diesel", b"Dies\xe9l")  # Windows-1252 e-acute
    refused(demo_db, tmp_path, "cp1252.csv", data, "line 2 has a byte that is not valid UTF-8")


def test_nul_bytes_and_binary_junk(demo_db: Database, tmp_path: Path) -> None:
    refused(demo_db, tmp_path, "nul.csv", csv_text().encode().replace(b"ok", b"o\x00k"),
            "contains a NUL byte")
    refused(demo_db, tmp_path, "junk.xlsx", bytes(range(256)) * 40, "not a readable Excel")
    refused(demo_db, tmp_path, "protected.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
            "password-protected")
    refused(demo_db, tmp_path, "truncated.xlsx", XLSX[: len(XLSX) // 2], "not a readable Excel")


def test_extremely_long_strings(demo_db: Database, tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[0][7] = "x" * 100_000
    refused(demo_db, tmp_path, "long-cell.csv", csv_text(rows), "over the limit of 32,767")
    rows[0][7] = "y" * 3_000
    refused(demo_db, tmp_path, "long-note.xlsx", xlsx_bytes(rows),
            "The note is 3,000 characters long, over the limit of 2,000.")
    rows[0][7] = "z" * 5_000_000
    refused(demo_db, tmp_path, "huge-field.csv", csv_text(rows), "characters")


def test_the_good_files_import(demo_db: Database, tmp_path: Path) -> None:
    imported(demo_db, tmp_path, "good.xlsx", XLSX, 3)
    imported(demo_db, tmp_path, "good.csv", csv_text(), 3)
    print(f"hand-made hostile-file cases: {len(CASES)}")
