"""The one safe door through which importers read officer-supplied spreadsheets.

Files come from e-mail and USB sticks, so every one is treated as possibly hostile. An .xlsx is
checked as a zip and as XML *before* python-calamine (a fast Rust parser) sees it, because
calamine aborts the whole process, rather than raising, when a 1 KB file makes it allocate a
grid of billions of cells (two cells at A1 and XFD1048576) or a huge shared-string table (a
forged ``uniqueCount``). Values come back raw: formulas as the results Excel cached (never
evaluated), macros never run. Text is turned into numbers and dates only by the strict helpers
``parse_number`` and ``parse_date``, so a wrong guess is an error, not a silent wrong figure.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, pairwise
from os import PathLike
from pathlib import Path
from typing import Any

__all__ = ["Cell", "Table", "TableReadError", "column_letter", "parse_date", "parse_number",
           "read_table"]

Value = str | float | int | bool | dt.date | dt.datetime | None

_MAX_UNPACKED = 1 << 30                    # all members together
_BOMB_RATIO, _BOMB_MIN_SIZE = 200, 50 << 20
_MAX_MEMBERS = 10_000
_MAX_GRID = 50_000_000                     # cells calamine may allocate for one sheet (~1.6 GB)
_EXCEL_ROWS, _EXCEL_COLS = 1_048_576, 16_384
_CHUNK, _MAX_TAG = 1 << 20, 4 << 20
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
_REF = re.compile(rb"""r\s*=\s*["']([A-Za-z]*)([0-9]+)["']""")
_TAG_NAME = re.compile(rb"<(?:[\w.-]+:)?([\w.-]+)")
_ODD_TAG = re.compile(rb'<(?:c|row)(?! r=")[\s>/]')   # cell/row tag not opening with r="..."
_NS_TAG = re.compile(rb":(?:c|row)[\s>/]")
_ROW_TAG = re.compile(rb"[<:]row[\s>/]")
_UNIQUE = re.compile(rb"""uniqueCount\s*=\s*["']\s*([0-9]+)""")


@dataclass(frozen=True)
class Cell:
    """Where a value sits, as the officer sees it in Excel, for error messages."""

    sheet: str
    row: int
    column: str
    header: str | None

    def __str__(self) -> str:
        where = f"sheet '{self.sheet}', " if self.sheet else ""
        return f"{where}row {self.row}, column {self.column}" + (
            f" ({self.header})" if self.header else "")


class TableReadError(ValueError):
    """The file cannot be read; the message is one plain sentence meant for the officer."""


@dataclass
class Table:
    """One sheet (or CSV file) as a header and rows of raw cell values."""

    source: str
    sheet: str                    # "" for CSV
    header: list[str]
    rows: list[tuple[Value, ...]]
    first_data_row: int           # sheet row number (1-based) of rows[0]
    decimal_comma_hint: bool | None = None
    notes: list[str] = field(default_factory=list)
    sha256: str = ""              # of the file's bytes, to recognise a file seen before
    records: int = 0              # rows that are not blank

    def cell(self, row_index: int, col_index: int) -> Cell:
        head = self.header[col_index] if 0 <= col_index < len(self.header) else None
        return Cell(self.sheet, self.first_data_row + row_index, column_letter(col_index),
                    head or None)


@dataclass(frozen=True)
class _Limits:
    rows: int
    cols: int
    chars: int


def column_letter(index0: int) -> str:
    """Excel column name of a 0-based index: 0 -> A, 26 -> AA."""
    if index0 < 0:
        raise ValueError("column index must be >= 0")
    n, letters = index0 + 1, ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def read_table(path: str | PathLike[str], *, sheet: str | None = None,
               header_row: int | None = None, max_rows: int = 2_000_000,
               max_columns: int = 200, max_cell_chars: int = 32_767) -> Table:
    """Read one table from .xlsx/.xlsm/.csv/.txt, or raise TableReadError with a sentence the
    officer can act on. Without `sheet`, the first visible sheet that has data is read; without
    `header_row` (1-based), the first non-empty row is the header."""
    p = Path(path)
    name, ext = p.name, p.suffix.lower()
    if ext == ".xls":
        raise TableReadError(f"{name} is an old binary Excel file (.xls), which GreenDesk does "
                             "not read: open it in Excel and save it as .xlsx.")
    if ext not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise TableReadError(f"{name} is not a file type GreenDesk reads "
                             f"({ext or 'no extension'}): save it as .xlsx or as CSV UTF-8.")
    if not p.is_file():
        raise TableReadError(f"{name} could not be opened: it does not exist or is not a file.")
    if p.stat().st_size == 0:
        raise TableReadError(f"{name} is empty (0 bytes).")
    lim = _Limits(max_rows, max_columns, max_cell_chars)
    try:
        if ext in (".csv", ".txt"):
            return _read_csv(p, header_row, lim)
        return _read_xlsx(p, sheet, header_row, lim)
    except OSError as exc:
        raise TableReadError(f"{name} could not be read: {exc.strerror or exc}.") from None


# ---------------------------------------------------------------- xlsx: safety checks first
def _damaged(name: str) -> TableReadError:
    return TableReadError(f"{name} is not a readable Excel workbook: the file is damaged or is "
                          "not a .xlsx file.")


def _check_zip(infos: list[zipfile.ZipInfo], name: str) -> list[zipfile.ZipInfo]:
    """Refuse containers no real workbook looks like, from the central directory alone."""
    infos = [i for i in infos if not i.is_dir()]
    if len(infos) > _MAX_MEMBERS:
        raise TableReadError(f"{name} was refused: it holds {len(infos):,} parts, more than any "
                             f"real workbook (limit {_MAX_MEMBERS:,}).")
    if not any(i.filename.lower().endswith("workbook.xml") for i in infos):
        raise TableReadError(f"{name} is a zip archive but not an Excel workbook: it has no "
                             "workbook part inside.")
    for i in infos:
        if i.flag_bits & 1:
            raise TableReadError(f"{name} is password-protected: remove the password in Excel "
                                 "and try again.")
        if i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _damaged(name)
        if i.file_size > _BOMB_MIN_SIZE and i.file_size > _BOMB_RATIO * max(i.compress_size, 1):
            raise TableReadError(f"{name} was refused as a suspected zip bomb: its part "
                                 f"{i.filename} would unpack to {i.file_size >> 20:,} MB, over "
                                 f"{_BOMB_RATIO} times its packed size.")
    total = sum(i.file_size for i in infos)
    if total > _MAX_UNPACKED:
        raise TableReadError(f"{name} was refused as a suspected zip bomb: it would unpack to "
                             f"{total / (1 << 30):.1f} GiB, more than the 1 GiB limit.")
    return infos


def _unpack(fp: io.BytesIO, info: zipfile.ZipInfo, name: str) -> Iterator[bytes]:
    """Stream a member ourselves, refusing it if it unpacks larger than it declares (zipfile
    silently truncates there, but calamine's own unzipper would read on)."""
    fp.seek(max(info.header_offset, 0))
    head = fp.read(30)
    if info.header_offset < 0 or len(head) < 30 or head[:4] != b"PK\x03\x04":
        raise _damaged(name)
    fp.seek(info.header_offset + 30 + sum(struct.unpack("<HH", head[26:30])))
    inflate = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    left, produced = info.compress_size, 0
    while left > 0:
        packed = fp.read(min(_CHUNK, left))
        if not packed:
            raise _damaged(name)
        left -= len(packed)
        while packed:
            try:
                out = inflate.decompress(packed, _CHUNK) if inflate else packed
            except zlib.error:
                raise _damaged(name) from None
            packed = inflate.unconsumed_tail if inflate else b""
            produced += len(out)
            if produced > info.file_size:
                raise TableReadError(f"{name} was refused as a suspected zip bomb: its part "
                                     f"{info.filename} unpacks larger than it declares.")
            yield out


def _greater(s: str, alphabet: str) -> bytes:
    """Regex for strings over `alphabet` that come after `s` (longer ones come later)."""
    lo, hi = alphabet[0], alphabet[-1]
    alts = [f"[{lo}-{hi}]{{{len(s) + 1},}}"]
    for i, ch in enumerate(s):
        k = alphabet.index(ch)
        if k + 1 < len(alphabet):
            alts.append(f"{s[:i]}[{alphabet[k + 1]}-{hi}][{lo}-{hi}]{{{len(s) - i - 1}}}")
    return ("(?:" + "|".join(alts) + ")").encode()


@lru_cache(maxsize=256)
def _beyond(cols: int, rows: int) -> re.Pattern[bytes]:
    """Match only references past (cols, rows) or with lower-case letters, so the common case
    costs one C-level regex pass instead of a Python step per cell."""
    letters = _greater(column_letter(cols - 1), "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    digits = _greater(str(rows), "0123456789")
    return re.compile(rb"""r\s*=\s*["'](?:%s[0-9]|[A-Za-z]*[a-z]|[A-Z]*%s["'])"""
                      % (letters, digits))


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _scan_part(chunks: Iterator[bytes], name: str, info: zipfile.ZipInfo) -> bool:
    """Refuse XML that could hurt the parser: DTDs (entity bombs), a forged shared-string
    count, and references that would make calamine allocate an enormous dense grid.
    Returns whether the part has error cells (#DIV/0!), which calamine reads as empty."""
    cols, rows, extra_rows, extra_cols, carry = 26, 1024, 0, 0, 0   # bounds of all references
    beyond, tail, errors = _beyond(cols, rows), b"", False
    shared = info.filename.lower().endswith("sharedstrings.xml")
    for chunk in chain(chunks, [None]):
        buf = tail + chunk if chunk is not None else tail
        cut = buf.rfind(b"<") if chunk is not None else -1
        part, tail = (buf[:cut], buf[cut:]) if cut >= 0 else (buf, b"")  # tags stay whole
        if len(tail) > _MAX_TAG:
            raise _damaged(name)
        if b"<!" in part and _DTD.search(part):
            raise TableReadError(f"{name} was refused: it contains an XML document type "
                                 "declaration, which Excel never writes; it may be an "
                                 "entity-expansion attack.")
        if shared and (m := _UNIQUE.search(part)) and int(m[1]) > max(1024, info.file_size // 8):
            raise TableReadError(f"{name} was refused: its shared-text table claims far more "
                                 "entries than it holds, which Excel never writes.")
        errors = errors or b't="e"' in part
        pos = 0
        while m := beyond.search(part, pos):
            pos = m.end()
            ref, lt = _REF.match(part, m.start()), part.rfind(b"<", 0, m.start())
            tag = _TAG_NAME.match(part, lt) if lt >= 0 else None
            if ref is None or tag is None or tag[1] not in (b"c", b"row"):
                continue
            if tag[1] == b"c" and part[part.find(b">", pos) - 1] == 0x2F:
                continue                    # valueless <c .../>: calamine skips it
            col, row = _column_number(ref[1]), int(ref[2])
            if ref[1] != ref[1].upper() or col > _EXCEL_COLS or row > _EXCEL_ROWS:
                raise TableReadError(f"{name} was refused: it contains cell references that "
                                     "Excel cannot write (outside A1:XFD1048576 or malformed).")
            if col > cols or row > rows:
                cols = min(max(cols, col + col // 4), _EXCEL_COLS)   # grow by a quarter: few
                rows = min(max(rows, row + row // 4), _EXCEL_ROWS)   # regex recompiles
                beyond = _beyond(cols, rows)
        if _ODD_TAG.search(part) or _NS_TAG.search(part):   # positions implied, not written
            edges = [0, *(m.start() for m in _ROW_TAG.finditer(part)), len(part)]
            spans = [part.count(b"<c", a, b) + part.count(b":c", a, b)
                     for a, b in pairwise(edges)]
            extra_rows += len(edges) - 2
            extra_cols = max(extra_cols, spans[0] + carry, *spans)
        last = max(part.rfind(b"<row"), part.rfind(b":row"))
        carry = (carry if last < 0 else 0) + part.count(b"<c", max(last, 0)) + part.count(
            b":c", max(last, 0))
    height, width = rows + extra_rows, cols + extra_cols
    if height * width > _MAX_GRID:
        raise TableReadError(f"{name} is too large to read safely: a sheet spans up to "
                             f"{height:,} rows by {width:,} columns, over {_MAX_GRID:,} cells.")
    return errors


def _calamine(name: str, fn: Callable[..., Any], *args: Any) -> Any:
    """Call into calamine, turning any failure (a Rust panic is a BaseException) into one
    plain message."""
    from python_calamine import PasswordError  # loaded on first workbook, not at start-up

    try:
        return fn(*args)
    except PasswordError:
        raise TableReadError(f"{name} is password-protected: remove the password in Excel and "
                             "try again.") from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:
        raise _damaged(name) from None


def _read_xlsx(p: Path, sheet: str | None, header_row: int | None, lim: _Limits) -> Table:
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    name = p.name
    if p.stat().st_size > _MAX_UNPACKED:
        raise TableReadError(f"{name} is larger than 1 GiB, more than GreenDesk reads.")
    data = p.read_bytes()      # scan and parse the very same bytes, even if the file changes
    if data.startswith(_OLE):
        raise TableReadError(f"{name} is password-protected or is an old .xls workbook: "
                             "remove the password, or save it as .xlsx, and try again.")
    fp = io.BytesIO(data)
    try:
        listed = zipfile.ZipFile(fp).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError,
            ValueError):
        raise _damaged(name) from None
    infos = _check_zip(listed, name)
    errors = [_scan_part(_unpack(fp, info, name), name, info) for info in infos]
    parts = {i.filename.lower() for i in infos}
    notes = [f"{name} has cells showing Excel errors such as #DIV/0!; they were read as empty."
             ] if any(errors) else []
    if p.suffix.lower() == ".xlsm" or any(n.endswith("vbaproject.bin") for n in parts):
        notes.append(f"{name} contains macros; they were not run and are not kept, only the "
                     "cell values were read.")
    if any(n.startswith("xl/externallinks/") for n in parts):
        notes.append(f"{name} links to other workbooks; the values saved in this file were "
                     "used and the links were not followed.")
    fp.seek(0)
    with _calamine(name, CalamineWorkbook.from_filelike, fp) as wb:
        titles = list(wb.sheet_names)
        if sheet is not None and sheet not in titles:
            raise TableReadError(f"{name} has no sheet named '{sheet}'; its sheets are: "
                                 f"{', '.join(titles)}.")
        hidden = {m.name for m in wb.sheets_metadata if m.visible != SheetVisibleEnum.Visible}
        for title in sorted(titles, key=hidden.__contains__) if sheet is None else [sheet]:
            s = _calamine(name, wb.get_sheet_by_name, title)
            if s.start is None:
                continue
            r0, c0 = s.start
            if c0 >= lim.cols:
                raise _too_wide(f"{name}, sheet '{title}'", c0, lim)
            grid = _clean_cells(_calamine(name, s.to_python, True), r0, c0, title, name, lim)
            if grid:
                table = _table(name, title, grid, r0 + 1, header_row, lim)
                table.notes = notes
                table.sha256 = hashlib.sha256(data).hexdigest()
                return table
    if sheet is not None:
        raise TableReadError(f"Sheet '{sheet}' of {name} is empty: there is no data to read.")
    raise TableReadError(f"{name} has no data in any of its sheets.")


def _clean_cells(raw: list[list[Any]], r0: int, c0: int, title: str, name: str,
                 lim: _Limits) -> list[list[Value]]:
    """Calamine values -> ours: '' and blank text -> None, whole floats -> int (IDs and years
    read as 12345, not 12345.0), times and durations -> text. Empty list if nothing is left."""
    grid: list[list[Value]] = []
    limit, pad, seen = lim.chars, [None] * c0, False
    for i, values in enumerate(raw):
        row: list[Value] = pad.copy()
        add = row.append
        for v in values:
            t = type(v)
            if t is str:
                if len(v) > limit:
                    raise _too_long(name, Cell(title, r0 + i + 1, column_letter(len(row)), None),
                                    len(v), limit)
                v = v.strip() or None
            elif t is float:
                if v.is_integer() and -9e15 < v < 9e15:
                    v = int(v)
            elif t is dt.time or t is dt.timedelta:
                v = str(v)
            add(v)
        seen = seen or any(x is not None for x in row)
        grid.append(row)
    return grid if seen else []


# ---------------------------------------------------------------- shared table building
def _too_long(name: str, cell: Cell, n: int, limit: int) -> TableReadError:
    return TableReadError(f"{name}, {cell}: the value is {n:,} characters long, over the "
                          f"limit of {limit:,} characters.")


def _too_wide(where: str, col: int, lim: _Limits) -> TableReadError:
    return TableReadError(f"{where} has data in column {column_letter(col)}, beyond the limit "
                          f"of {lim.cols} columns (A to {column_letter(lim.cols - 1)}).")


def _last(row: list[Value]) -> int:
    """Length of `row` without its trailing empty cells."""
    n = len(row)
    while n and row[n - 1] is None:
        n -= 1
    return n


def _header_text(v: Value) -> str:
    if isinstance(v, dt.date):
        return v.isoformat()
    return "" if v is None else str(v)


def _table(source: str, sheet: str, grid: list[list[Value]], first_row: int,
           header_row: int | None, lim: _Limits, hint: bool | None = None) -> Table:
    """Pick the header, drop trailing empty rows and columns, enforce the limits."""
    where = f"{source}, sheet '{sheet}'" if sheet else source
    end = len(grid)
    while end and not _last(grid[end - 1]):
        end -= 1
    if header_row is None:
        h = next((i for i in range(end) if _last(grid[i])), -1)
        if h < 0:
            raise TableReadError(f"{where} is empty: there is no data to read.")
    else:
        h = header_row - first_row
        if not 0 <= h < end or not _last(grid[h]):
            raise TableReadError(f"{where}: row {header_row} is empty, but it should hold the "
                                 "column headings.")
    data = grid[h + 1:end]
    if len(data) > lim.rows:
        raise TableReadError(f"{where} has {len(data):,} data rows, more than the limit of "
                             f"{lim.rows:,} rows.")
    width = max(map(_last, [grid[h], *data]))
    if width > lim.cols:
        raise _too_wide(where, width - 1, lim)
    header = [_header_text(v) for v in grid[h][:width]] + [""] * (width - len(grid[h]))
    rows = [tuple(r) if len(r) == width else tuple(r[:width]) + (None,) * (width - len(r))
            for r in data]
    return Table(source, sheet, header, rows, first_row + h + 1, hint,
                 records=sum(1 for r in data if _last(r)))


# ---------------------------------------------------------------- csv
def _delimiter(text: str) -> str:
    """Tab or semicolon when every sampled line has the same number of them, since semicolon
    files are full of commas ("1,5", "Mass, t") and csv.Sniffer prefers ',' on a tie; then
    Sniffer; then the most frequent candidate in the first line that has one."""
    sample = text[:8192]
    lines = [ln for ln in sample.splitlines() if ln.strip()]
    lines = lines[:-1] if len(sample) == 8192 and len(lines) > 1 else lines
    lines = [ln for ln in lines if any(d in ln for d in ",;\t")] or [""]
    for d in "\t;":
        n = lines[0].count(d)
        if n and all(ln.count(d) == n for ln in lines[:50]):
            return d
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        best = max(",;\t", key=lines[0].count)
        return best if lines[0].count(best) else ","


def _read_csv(p: Path, header_row: int | None, lim: _Limits) -> Table:
    name = p.name
    raw = p.read_bytes()
    utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff"))   # Excel's "Unicode Text" (.txt)
    try:
        text = raw.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise TableReadError(f"{name} is not UTF-8 text: line {line} has a byte that is not "
                             "valid UTF-8 (probably a Windows code page); in Excel use Save As "
                             "\"CSV UTF-8 (comma delimited)\" and try again.") from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise TableReadError(f"{name} is not a text file: line {line} contains a NUL byte; "
                             "save it as \"CSV UTF-8\" and try again.")
    delim = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    grid: list[list[Value]] = []
    start = None if header_row is None else header_row - 1
    try:
        for values in reader:
            row: list[Value] = []
            for j, v in enumerate(values):
                if len(v) > lim.chars:
                    raise _too_long(name, Cell("", len(grid) + 1, column_letter(j), None),
                                    len(v), lim.chars)
                row.append(v.strip() or None)
            grid.append(row)
            if _last(row):
                start = len(grid) - 1 if start is None else start
                if len(grid) - 1 - start > lim.rows:
                    raise TableReadError(f"{name} has more than {lim.rows:,} data rows, the "
                                         "limit.")
    except csv.Error as e:
        if "field larger" in str(e):
            raise _too_long(name, Cell("", len(grid) + 1, "?", None), csv.field_size_limit(),
                            min(lim.chars, csv.field_size_limit())) from None
        raise TableReadError(f"{name} could not be read as CSV near line {reader.line_num}: "
                             f"{e}.") from None
    table = _table(name, "", grid, 1, header_row, lim, True if delim == ";" else None)
    table.sha256 = hashlib.sha256(raw).hexdigest()
    return table


# ---------------------------------------------------------------- text -> number / date
_SPACES = "[ \u00a0\u202f\u2009]"
_SPACED = re.compile(rf"([0-9]{{1,3}}(?:{_SPACES}[0-9]{{3}})+)(?:[.,]([0-9]+))?")
_PLAIN = re.compile(r"([0-9.,]*[0-9][0-9.,]*|[.,][0-9]+)")
_EXP = re.compile(r"(.*?)([eE][+-]?[0-9]{1,3})")


def _ungroup(text: str, sep: str) -> str:
    """'1,234,567' -> '1234567'; ValueError unless every group after the first has 3 digits."""
    first, *rest = text.split(sep)
    if not 1 <= len(first) <= 3 or any(len(g) != 3 for g in rest):
        raise ValueError(f"not a number: {text!r} has misplaced separators")
    return first + "".join(rest)


def parse_number(value: object, *, decimal_comma: bool | None = None) -> float:
    """Number from an xlsx value or from text as officers type it ("1 234,5", "1,234.5").

    With decimal_comma=None a lone comma followed by exactly 3 digits ("1,234") is refused as
    ambiguous instead of guessed; a lone dot is a decimal point. Raises only ValueError."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("not a number")
    if not isinstance(value, str):
        number = float(value)
        if not math.isfinite(number):
            raise ValueError("not a finite number")
        return number
    text = value.strip().replace("\u2212", "-")
    sign = text[:1] if text[:1] in "+-" else ""
    body, exp = text[len(sign):], ""
    if m := _EXP.fullmatch(body):
        body, exp = m[1], m[2]
    if m := _SPACED.fullmatch(body):            # "12 000", "1 234,5": the other mark is decimal
        whole, frac = re.sub(_SPACES, "", m[1]), m[2] or ""
    elif _PLAIN.fullmatch(body):
        commas, dots = body.count(","), body.count(".")
        if commas and dots:                     # "1,234.5" / "1.234,5": the last mark is decimal
            dec = "," if body.rfind(",") > body.rfind(".") else "."
            if decimal_comma is not None and (dec == ",") != decimal_comma:
                raise ValueError(f"not a number: {value!r} does not match the file's decimal mark")
            whole, _, frac = body.partition(dec)
            if dec in frac:
                raise ValueError(f"not a number: {value!r} has two decimal marks")
            whole = _ungroup(whole, "." if dec == "," else ",")
        elif commas + dots == 0:
            whole, frac = body, ""
        else:
            mark = "," if commas else "."
            head, _, tail = body.partition(mark)
            groupable = 1 <= len(head) <= 3 and head[0] != "0" and len(tail) == 3
            is_grouping = mark == (",", ".")[bool(decimal_comma)]
            if commas + dots > 1 and decimal_comma is not None and not is_grouping:
                raise ValueError(f"not a number: {value!r} does not match the file's decimal mark")
            if commas + dots > 1 or (groupable and decimal_comma is not None and is_grouping):
                whole, frac = _ungroup(body, mark), ""
            elif groupable and decimal_comma is None and mark == ",":
                raise ValueError(f"ambiguous: {value} could be {head}{tail} or {head}.{tail}; "
                                 "state whether the file uses decimal commas")
            else:
                whole, frac = head, tail
    else:
        raise ValueError(f"not a number: {value!r}")
    number = float(f"{sign}{whole or '0'}.{frac or '0'}{exp}")
    if not math.isfinite(number):
        raise ValueError(f"not a number: {value!r} is out of range")
    return number


_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9.]+)?)?")
_DMY = re.compile(r"([0-9]{1,2})([./])([0-9]{1,2})\2([0-9]{4})(?: [0-9]{1,2}:[0-9]{2}(?::[0-9.]+)?)?")
_EPOCH = dt.date(1899, 12, 30)


def parse_date(value: object) -> dt.date:
    """Date from an xlsx value, an Excel serial number (1900 system) or text: ISO
    "2025-03-31" or day-first "31.03.2025" / "31/03/2025". Never guesses a missing day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not (math.isfinite(value) and 1 <= value < 2_958_466):
            raise ValueError(f"not a date: {value!r} is outside Excel's date range")
        if int(value) == 60:
            raise ValueError("not a date: serial 60 is Excel's non-existent 29 February 1900")
        return _EPOCH + dt.timedelta(days=int(value) + (1 if value < 60 else 0))
    if not isinstance(value, str):
        raise ValueError("not a date")
    text = value.strip()
    if m := _ISO.fullmatch(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _DMY.fullmatch(text):
        y, mo, d = int(m[4]), int(m[3]), int(m[1])
    elif re.fullmatch(r"[0-9]{4}-[0-9]{1,2}|[0-9]{1,2}[./][0-9]{4}", text):
        raise ValueError(f"not a date: {value!r} gives a month but no day")
    else:
        raise ValueError(f"not a date: {value!r}; use 2025-03-31 or 31.03.2025")
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise ValueError(f"not a date: {value!r} does not exist in the calendar") from None
