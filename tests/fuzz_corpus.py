"""A fuzz corpus that stays: hostile flow files made from a seed, the same on every run.

Case `i` of seed `s` is built from its own random generator, so any case can be made again
alone (`case(i, s)`) to reproduce a failure, and the kinds the outside attack used are all
here: byte flips of a workbook, mutations of its XML parts inside a sound zip, truncations,
CSV mutations, edge values in every column (underflow, -0, NaN, inf, 1e309, "1 234,5",
impossible and serial dates, NUL, 10 MB cells, mixed separators) and hand-made hostile files
(bombs, far cells, forged counts, encodings). `run_case` imports one case into a database
and says how it ended; the test suite runs a few hundred cases, benchmarks/fuzz_imports.py
ten thousand and more.

Workbooks are written by hand with fixed zip timestamps (openpyxl stamps the time), so the
bytes of every case are the same on every machine.
"""

from __future__ import annotations

import random
import traceback
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
STAMP = (2025, 1, 1, 0, 0, 0)

HEAD = ["Date", "Site", "From", "To", "Material", "Quantity", "Unit", "Method",
        "Uncertainty %", "Note"]
MINE, CONC = "Nurken open pit", "Nurken concentrator"
ROWS: list[list[object]] = [
    ["2025-03-31", MINE, "Fuel supplier", "Open-pit mining", "Diesel fuel", 1000, "L",
     "measured", 2, "delivery note 118"],
    ["2025-03", MINE, "Open-pit mining", "Run-of-mine ore stockpile", "Copper ore", 2, "kt",
     "estimated", None, None],
    ["31.03.2025", CONC, "Power grid", "Crushing", "Electricity", 10.5, "MWh", "calculated",
     1.5, "meter 7"],
    [45700, MINE, "Explosives supplier", "Open-pit mining", "Explosives (ANFO)", 12.25, "t", None,
     None, "serial date"],
]
TEN_MB = "x" * 10_000_000

QUANTITIES: list[object] = [
    "5e-324", "-0", "NaN", "nan", "inf", "-inf", "1e309", "1e-400", "1 234,5", "1,234",
    "1.234,5", "1,234.5", "12 000", "0", "-5", "", " ", "\x00", "1\x002", "١٢٣", "1_000",
    "0x10", "１２", "9" * 400, "1e308", "+7", "\u22125", "1.2.3", "--1", 5e-324, -0.0,
    float("nan"), float("inf"), 1e308, 0, -1, True, 2**63, "1e5", ".5", "5.", "1,5"]
DATES: list[object] = [
    "2025-02-30", "2025-13-01", "2025-00-10", "0000-01-01", "9999-12-31",
    "2025-03-15T99:99:99", "2025-03-15 24:00", "31.02.2025", "45747", 45747, 60, 0, -1,
    2958466, 1e308, float("nan"), "2025-03", "03.2025", "2027-05", "2099-01-01",
    "1850-01-01", "\x002025-01-01", "2025-1-1", "1/2/2025", "2025", 2025, True, "",
    "2025-03-31T10:11:12", "31/03/2025 7:60"]
TEXTS: list[object] = [
    "", " ", "\x00", "a\x00b", "\ufeff", "\u202e", "=1+1", "@SUM(A1)", "<c r=\"XFD1\">",
    "&amp;", "]]>", "\"", "'", ";", ",", "\t", "\n", "\r\n", "x" * 2001, "x" * 40_000,
    "Nurken open pit ", "NURKEN OPEN PIT", "Нуркен", "🙂", 1, 1.5, -0.0, float("nan")]
UNITS: list[object] = ["kg", "Mt", "furlong", "L", "m³", "m3", "т", "тыс. т", "MWh", "GJ",
                       "", "\x00", "t\x00", 1, "T", "Т", "kt ", "thousand m³", "%"]
COLUMN_VALUES = {0: DATES, 5: QUANTITIES, 6: UNITS, 8: QUANTITIES}
READING_HEAD = ["Point", "Parameter", "Date", "Value", "Note"]
READING_ROWS: list[list[object]] = [
    ["GW-1 well below the tailings dam", "pH", "2025-03-15", 7.1, "spring"],
    ["GW-3 well below the old pond", "SO4", "15.02.2025", "480,5", None],
    ["Dust PM10 at the slag heap", "Dust PM10", 45700, 0.05, ""],
]
READING_MAPPING = {"target": "readings", "fields": {
    "point": "Point", "parameter": "Parameter", "taken_on": "Date", "value": "Value",
    "note": "Note"}}
STYLES = (f'<?xml version="1.0"?><styleSheet xmlns="{MAIN_NS}"><numFmts count="1"><numFmt '
          'numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><cellXfs count="3"><xf numFmtId='
          '"0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat='
          '"1"/></cellXfs></styleSheet>')


@dataclass(frozen=True)
class Case:
    index: int
    kind: str
    name: str          # the file name; its extension decides how it is read
    data: bytes
    target: str = "flows"   # or "readings", through the mapping below


# ---------------------------------------------------------------- building files
def _cell(ref: str, v: object, strings: list[str] | None) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return f'<c r="{ref}" t="b"><v>{int(v)}</v></c>'
    if isinstance(v, int | float):
        text = repr(float(v)) if isinstance(v, float) else str(v)
        text = {"nan": "NaN", "inf": "INF", "-inf": "-INF"}.get(text, text)
        return f'<c r="{ref}"><v>{text}</v></c>'
    text = str(v)
    if strings is not None:
        strings.append(text)
        return f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def _letter(j: int) -> str:
    return chr(65 + j) if j < 26 else chr(64 + j // 26) + chr(65 + j % 26)


def sheet_xml(rows: list[list[object]], strings: list[str] | None = None) -> str:
    body = "".join(
        f'<row r="{i}">' + "".join(_cell(f"{_letter(j)}{i}", v, strings)
                                   for j, v in enumerate(r)) + "</row>"
        for i, r in enumerate(rows, 1))
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}"><sheetData>'
            f"{body}</sheetData></worksheet>")


def zip_parts(parts: dict[str, bytes | str]) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(zipfile.ZipInfo(name, STAMP), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def workbook_parts(sheet: str, title: str = "Flows") -> dict[str, bytes | str]:
    """The parts of a minimal workbook whose one sheet is the XML `sheet`."""
    return {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application'
            '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/></Types>'),
        "_rels/.rels": (
            f'<?xml version="1.0"?><Relationships xmlns="{PKG_NS}"><Relationship Id="rId1" '
            f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'<?xml version="1.0"?><workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>'
            f'<sheet name="{title}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0"?><Relationships xmlns="{PKG_NS}"><Relationship Id="rId1" '
            f'Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
            f'Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        SHEET: sheet,
    }


def xlsx(rows: list[list[object]], head: list[str] = HEAD, *, shared: bool = False,
         sheet: str | None = None, extra: dict[str, bytes | str] | None = None) -> bytes:
    """A workbook with one sheet "Flows" (or the given sheet XML), written by hand."""
    strings: list[str] | None = [] if shared else None
    parts = workbook_parts(sheet if sheet is not None else
                           sheet_xml([list(head), *rows], strings))
    if strings is not None:
        parts[STRINGS] = (f'<sst xmlns="{MAIN_NS}" count="{len(strings)}" uniqueCount="'
                          f'{len(strings)}">' + "".join(
                              f'<si><t xml:space="preserve">{escape(t)}</t></si>'
                              for t in strings) + "</sst>")
    parts.update(extra or {})
    return zip_parts(parts)


def parts_of(data: bytes) -> dict[str, bytes | str]:
    with zipfile.ZipFile(BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def csv_bytes(rows: list[list[object]], head: list[str] = HEAD, delimiter: str = ",",
              encoding: str = "utf-8") -> bytes:
    def text(v: object) -> str:
        s = "" if v is None else str(v)
        return f'"{s.replace(chr(34), chr(34) * 2)}"' if any(
            c in s for c in (delimiter, '"', "\n", "\r")) else s
    lines = [delimiter.join(map(text, r)) for r in [head, *rows]]
    return ("\r\n".join(lines) + "\r\n").encode(encoding, errors="surrogatepass")


def mutate(data: bytes, rng: random.Random, edits: int) -> bytes:
    """Byte-level edits: flips, inserts, deletions, a truncation, repeated runs."""
    buf = bytearray(data)
    for _ in range(edits):
        if not buf:
            break
        i, op = rng.randrange(len(buf)), rng.choice(("flip", "flip", "insert", "delete",
                                                     "truncate", "repeat"))
        if op == "flip":
            buf[i] ^= 1 << rng.randrange(8)
        elif op == "insert":
            buf[i:i] = rng.randbytes(rng.randint(1, 8))
        elif op == "delete":
            del buf[i:i + rng.randint(1, 64)]
        elif op == "truncate":
            del buf[i:]
        else:
            buf[i:i] = buf[i:i + 64] * rng.randint(1, 8)
    return bytes(buf)


# ---------------------------------------------------------------- the kinds
def _rows(rng: random.Random) -> list[list[object]]:
    return [list(rng.choice(ROWS)) for _ in range(rng.randint(1, 6))]


def _xlsx_bytes(rng: random.Random) -> tuple[str, bytes]:
    base = xlsx(_rows(rng), shared=rng.random() < 0.5)
    return "flips.xlsx", mutate(base, rng, rng.randint(1, 6))


def _xml_part(rng: random.Random) -> tuple[str, bytes]:
    parts = parts_of(xlsx(_rows(rng), shared=rng.random() < 0.5))
    name = rng.choice([n for n in parts if n.endswith(".xml") or n.endswith(".rels")])
    raw = parts[name] if isinstance(parts[name], bytes) else parts[name].encode()
    if rng.random() < 0.5:       # XML-aware: swap, drop or inject a fragment
        pieces = [b"<c r=\"XFD1048576\"><v>1</v></c>", b"<row>", b"</row>", b"<c>",
                  b"<!--", b"<![CDATA[", b"]]>", b"<!DOCTYPE x>", b"&lol;", b" r=\"A0\"",
                  b" t=\"e\"", b" t=\"d\"", b" t=\"s\"", b"<v>99999</v>", b"uniqueCount=\"9\"",
                  b"<is><t>x</t></is>", b"\x00", b"<x:c>", b"</sheetData>"]
        at = rng.randrange(len(raw) + 1)
        raw = raw[:at] + rng.choice(pieces) + raw[at + rng.choice((0, 0, 1, 5, 20)):]
    else:
        raw = mutate(raw, rng, rng.randint(1, 4))
    parts[name] = raw
    return "xml.xlsx", zip_parts(parts)


def _truncation(rng: random.Random) -> tuple[str, bytes]:
    rows = _rows(rng)
    name, data = (("cut.xlsx", xlsx(rows)) if rng.random() < 0.5
                  else ("cut.csv", csv_bytes(rows)))
    return name, data[:rng.randrange(len(data))]


def _csv(rng: random.Random) -> tuple[str, bytes]:
    delimiter = rng.choice(",;\t")
    text = csv_bytes(_rows(rng), delimiter=delimiter).decode()
    for _ in range(rng.randint(1, 5)):
        at = rng.randrange(len(text) + 1)
        piece = rng.choice(['"', '""', delimiter, ",", ";", "\t", "\n", "\r", "\r\n", "\ufeff",
                            "\x00", " ", '"x\n', "\n\n\n", "é", "\udcff"])
        text = text[:at] + piece + text[at + rng.choice((0, 0, 1, 3)):]
    data = text.encode("utf-8", errors="surrogateescape")
    if rng.random() < 0.2:
        data = mutate(data, rng, rng.randint(1, 3))
    return rng.choice(("mut.csv", "mut.txt")), data


def _values(rng: random.Random, as_xlsx: bool) -> tuple[str, bytes]:
    rows = _rows(rng)
    for _ in range(rng.randint(1, 3)):
        r = rng.choice(rows)
        col = rng.choice([*COLUMN_VALUES, rng.randrange(len(HEAD))])
        r[col] = rng.choice(COLUMN_VALUES.get(col, TEXTS + QUANTITIES + DATES))
    if rng.random() < 0.01:
        rng.choice(rows)[9] = TEN_MB
    if as_xlsx:
        return "values.xlsx", xlsx(rows, shared=rng.random() < 0.5)
    delimiter = rng.choice(",;\t")
    data = csv_bytes(rows, delimiter=delimiter)
    if rng.random() < 0.2:        # mixed separators: some lines with another one
        lines = data.split(b"\r\n")
        k = rng.randrange(len(lines))
        lines[k] = lines[k].replace(delimiter.encode(), rng.choice((b",", b";", b"\t")))
        data = b"\r\n".join(lines)
    return "values.csv", data


def _styled(rng: random.Random) -> tuple[str, bytes]:
    """Dates as formatted serial numbers (calamine gives datetimes), then a mutation of the
    styles or the sheet."""
    rows = _rows(rng)
    for r in rows:
        r[0] = rng.choice([45700, 45747.5, 45747.99999, 0.5, 60, 61, -1, 2958465, 1e10, "x"])
    body = sheet_xml([HEAD, *rows])
    for n in range(2, len(rows) + 2):
        body = body.replace(f'<c r="A{n}"><v>', f'<c r="A{n}" s="{rng.choice("12")}"><v>')
    parts = parts_of(xlsx([], sheet=body, extra={"xl/styles.xml": STYLES}))
    name = rng.choice(["xl/styles.xml", SHEET])
    parts[name] = mutate(bytes(parts[name]), rng, rng.choice((0, 0, 1, 2)))
    return "styled.xlsx", zip_parts(parts)


def _readings(rng: random.Random) -> tuple[str, bytes]:
    rows = [list(rng.choice(READING_ROWS)) for _ in range(rng.randint(1, 4))]
    for _ in range(rng.randint(0, 3)):
        r = rng.choice(rows)
        col = rng.randrange(len(READING_HEAD))
        r[col] = rng.choice({2: DATES, 3: QUANTITIES}.get(col, TEXTS))
    if rng.random() < 0.5:
        return "lab.xlsx", xlsx(rows, READING_HEAD, shared=rng.random() < 0.5)
    data = csv_bytes(rows, READING_HEAD, delimiter=rng.choice(",;\t"))
    return "lab.csv", mutate(data, rng, 1) if rng.random() < 0.3 else data


def _far(extra: str) -> bytes:
    return xlsx([], sheet=sheet_xml([HEAD, ROWS[0]]).replace("</sheetData>",
                                                              f"{extra}</sheetData>"))


@lru_cache(maxsize=1)
def hostile() -> list[tuple[str, bytes]]:
    """Hand-made files, each one of the attack's cases (made once per process)."""
    good = xlsx(ROWS)
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY a{i} "{("&a" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10))
    lying = bytearray(xlsx(ROWS, extra={"xl/pad.xml": "<x>" + " " * 5000 + "</x>"}))
    at = lying.rindex(b"PK\x01\x02", 0, lying.rindex(b"xl/pad.xml"))
    lying[at + 24:at + 28] = (100).to_bytes(4, "little")
    return [
        ("zip-bomb.xlsx", xlsx(ROWS, extra={"xl/media/zeros.bin": bytes(60 << 20)})),
        ("entity-bomb.xlsx", xlsx([], sheet=sheet_xml([HEAD, ROWS[0]]).replace(
            "<worksheet", f"<!DOCTYPE w [{entities}]><worksheet").replace(
            "delivery note 118", "&a9;"))),
        ("corners.xlsx", _far('<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>')),
        ("implied.xlsx", _far('<row r="1000000">' + "<c><v>1</v></c>" * 20_000 + "</row>")),
        ("slash-attr.xlsx", _far('<row r="9"><c r="XFD1048576" xml:lang="/>"><v>2</v></c>'
                                 "</row>")),
        ("cdata.xlsx", _far('<row r="9"><c r="A9" t="inlineStr"><is><t><![CDATA[<c r="XFD'
                            '1048576">]]></t></is></c></row>')),
        ("comment.xlsx", _far('<!-- <row r="1048576"><c r="XFD1048576"><v>1</v></c></row> -->')),
        ("lower-ref.xlsx", _far('<row r="9"><c r="zz9"><v>1</v></c></row>')),
        ("forged-sst.xlsx", xlsx(ROWS, shared=True, extra={
            STRINGS: f'<sst xmlns="{MAIN_NS}" uniqueCount="4000000000"><si><t>x</t></si></sst>'})),
        ("liar.xlsx", bytes(lying)),
        ("ole.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
        ("old.xls", b"\xd0\xcf\x11\xe0" * 10),
        ("junk.xlsx", bytes(range(256)) * 40),
        ("empty.csv", b""),
        ("blank.csv", b"\r\n\r\n"),
        ("head-only.xlsx", xlsx([])),
        ("no-workbook.xlsx", zip_parts({"a.txt": "hello"})),
        ("nameless-part.xlsx", zip_parts({**parts_of(good), "": "x"})),
        ("macros.xlsm", xlsx(ROWS, extra={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + bytes(99)})),
        ("nul.xlsx", xlsx([[*ROWS[0][:9], "a\x00b"]])),
        ("impossible-time.xlsx", xlsx([], sheet=sheet_xml([HEAD, ROWS[0]]).replace(
            '<c r="A2" t="inlineStr"><is><t xml:space="preserve">2025-03-31</t></is></c>',
            '<c r="A2" t="d"><v>2025-03-15T99:99:99</v></c>'))),
        ("ten-mb.xlsx", xlsx([[*ROWS[0][:9], TEN_MB]])),
        ("ten-mb.csv", csv_bytes([[*ROWS[0][:9], TEN_MB]])),
        ("double-bom.csv", b"\xef\xbb\xbf\xef\xbb\xbf" + csv_bytes(ROWS)),
        ("utf16.txt", csv_bytes(ROWS, delimiter="\t", encoding="utf-16")),
        ("cp1251.csv", csv_bytes(ROWS).replace(b"Diesel", "Дизель".encode("cp1251"))),
        ("stray-quote.csv", csv_bytes(ROWS).replace(b"meter 7", b'"meter 7')),
        ("underflow.csv", csv_bytes([[*ROWS[0][:5], "5e-324", "kg", *ROWS[0][7:]]])),
        ("minus-zero.csv", csv_bytes([[*ROWS[0][:8], "-0", "x"]])),
        ("too-many-parts.xlsx", xlsx(ROWS, extra={f"xl/media/p{i}.bin": b""
                                                  for i in range(10_001)})),
        ("good.xlsx", good),
        ("good.csv", csv_bytes(ROWS)),
    ]


KINDS: dict[str, Callable[[random.Random], tuple[str, bytes]]] = {
    "xlsx-bytes": _xlsx_bytes,
    "xml-part": _xml_part,
    "truncation": _truncation,
    "csv": _csv,
    "values-csv": lambda rng: _values(rng, False),
    "values-xlsx": lambda rng: _values(rng, True),
    "styled-xlsx": _styled,
    "readings": _readings,
}


def case(index: int, seed: int = 0) -> Case:
    """Case `index` of `seed`: first the hand-made files, then the kinds in turn."""
    made = hostile()
    if index < len(made):
        name, data = made[index]
        return Case(index, "hostile", name, data)
    kind = list(KINDS)[(index - len(made)) % len(KINDS)]
    name, data = KINDS[kind](random.Random(f"{seed}:{index}"))
    return Case(index, kind, name, data, "readings" if kind == "readings" else "flows")


def cases(count: int, seed: int = 0) -> Iterator[Case]:
    for index in range(count):
        yield case(index, seed)


# ---------------------------------------------------------------- running one case
@dataclass(frozen=True)
class Outcome:
    status: str        # "imported", "refused" or "traceback"
    detail: str        # the sentence, or the traceback
    partial: str = ""  # what changed although the import was refused, or the chain broke


def snapshot(db) -> tuple[int, int, int, int, int, str]:  # type: ignore[no-untyped-def]
    """Flow records, readings, import batches, audit entries, the last entry's id and hash."""
    with db.read() as s:
        c = s.connection()
        flows = c.exec_driver_sql("SELECT count(*) FROM flow").scalar() or 0
        readings = c.exec_driver_sql("SELECT count(*) FROM monitoring_reading").scalar() or 0
        batches = c.exec_driver_sql("SELECT count(*) FROM import_batch").scalar() or 0
        n, last, head = c.exec_driver_sql(
            "SELECT count(*), max(id), (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1)"
            " FROM audit_entry").one()
    return flows, readings, batches, n, last or 0, head or ""


def trail_problems(db) -> list[str]:  # type: ignore[no-untyped-def]
    """What `audit verify` reports after the cases (a value digested other than stored,
    such as -0, is a false alarm forever)."""
    from greendesk.store.audit_verify import verify

    return [str(p) for p in verify(db).problems]


def _entry_hash(db, entry_id: int) -> str:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.connection().exec_driver_sql(
            "SELECT hash FROM audit_entry WHERE id = ?", (entry_id,)).scalar() or ""


def _import(db, path: Path, target: str) -> int:  # type: ignore[no-untyped-def]
    """Rows imported (again=True: a repeat is not what is tested here)."""
    if target == "readings":
        from greendesk.importers.formation_mapping import mapping_from_json
        from greendesk.importers.formations_import import import_with_mapping

        return import_with_mapping(db, path, mapping_from_json(READING_MAPPING),
                                   again=True).rows
    from greendesk.importers.flows_import import import_flows

    return import_flows(db, path, again=True).rows


def run_case(db, folder: Path, c: Case) -> Outcome:  # type: ignore[no-untyped-def]
    """Import case `c` into `db` and say how it ended."""
    from greendesk.errors import DomainError

    path = folder / c.name
    path.write_bytes(c.data)
    before = snapshot(db)
    try:
        rows = _import(db, path, c.target)
    except DomainError as exc:
        text = str(exc)
        after = snapshot(db)
        changed = "" if after == before else f"{before} -> {after}"
        if not text.strip() or "Traceback" in text:
            return Outcome("traceback", f"an empty or traceback message: {text!r}", changed)
        return Outcome("refused", text, changed)
    except Exception:  # noqa: BLE001 - anything but the app's sentences is the finding
        return Outcome("traceback", traceback.format_exc(), "")
    finally:
        path.unlink(missing_ok=True)
    after = snapshot(db)
    broken, k = "", 1 if c.target == "readings" else 0
    if after[k] != before[k] + rows or after[2] != before[2] + 1:
        broken = f"imported {rows} rows but {before} -> {after}"
    elif before[4] and _entry_hash(db, before[4]) != before[5]:
        broken = f"audit entry {before[4]} changed"
    return Outcome("imported", f"{rows} rows", broken)
