"""Reading .xlsx/.xlsm workbooks safely: the zip and its XML parts are checked before
python-calamine (a fast Rust parser) sees them, because calamine aborts the whole process,
rather than raising, when a 1 KB file makes it allocate a grid of billions of cells (two
cells at A1 and XFD1048576) or a huge shared-string table (a forged ``uniqueCount``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import chain, pairwise
from pathlib import Path
from typing import Any

from greendesk.errors import Note, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.readers.tabular import (
    Cell,
    Limits,
    Table,
    TableReadError,
    Value,
    build_table,
    column_letter,
    too_long,
    too_wide,
)

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
_START_TAG = re.compile(rb"""<[\w:.-]+(?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(/?)>""")


def _damaged(name: str) -> TableReadError:
    return TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is not a readable Excel workbook: "
                                                       "the file is damaged or is not a .xlsx "
                                                       "file."),
                          name=name)


def _check_zip(infos: list[zipfile.ZipInfo], name: str) -> list[zipfile.ZipInfo]:
    """Refuse containers no real workbook looks like, from the central directory alone."""
    if any(not i.filename for i in infos):     # zipfile's is_dir() fails on it
        raise _damaged(name)
    infos = [i for i in infos if not i.is_dir()]
    if len(infos) > _MAX_MEMBERS:
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} was refused: it holds {count:,} "
                                                          "parts, more than any real workbook "
                                                          "(limit {most:,})."),
                             name=name, count=len(infos), most=_MAX_MEMBERS)
    if not any(i.filename.lower().endswith("workbook.xml") for i in infos):
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is a zip archive but not an "
                                                          "Excel workbook: it has no workbook "
                                                          "part inside."),
                             name=name)
    for i in infos:
        if i.flag_bits & 1:
            raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is password-protected: "
                                                              "remove the password in Excel and "
                                                              "try again."),
                                 name=name)
        if i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _damaged(name)
    return infos


class _Budget:
    """Bytes unpacked so far, all parts together: a bomb is judged by what it really
    produces, not by the sizes its directory declares (a damaged directory declares
    anything)."""

    def __init__(self, total: int = 0) -> None:
        self.total = total


def _unpack(fp: io.BytesIO, info: zipfile.ZipInfo, name: str, budget: _Budget
            ) -> Iterator[bytes]:
    """Stream a member ourselves. A part that really unpacks to over 50 MB at over 200 times
    its packed size, or parts that really unpack to over 1 GiB, are a suspected zip bomb;
    a part that unpacks to other than its declared size or CRC is damaged (zipfile would
    stop at the declared size, but calamine's own unzipper would read on)."""
    fp.seek(max(info.header_offset, 0))
    head = fp.read(30)
    if info.header_offset < 0 or len(head) < 30 or head[:4] != b"PK\x03\x04":
        raise _damaged(name)
    fp.seek(info.header_offset + 30 + sum(struct.unpack("<HH", head[26:30])))
    inflate = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    left, produced, crc = info.compress_size, 0, 0
    bomb = max(_BOMB_MIN_SIZE, _BOMB_RATIO * info.compress_size)
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
            budget.total += len(out)
            if produced > bomb:
                raise TableReadError(
                    QT_TRANSLATE_NOOP("Refusal", "{name} was refused as a suspected zip bomb: its "
                                                 "part {part} unpacks to over {size:,} MB, over "
                                                 "{ratio} times its packed size."),
                    name=name, part=info.filename, size=produced >> 20, ratio=_BOMB_RATIO)
            if budget.total > _MAX_UNPACKED:
                raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} was refused: it unpacks "
                                                                  "to more than 1 GiB, more than "
                                                                  "GreenDesk reads."),
                                     name=name)
            if produced > info.file_size:
                raise _damaged(name)
            crc = zlib.crc32(out, crc)
            yield out
    if produced != info.file_size or crc != info.CRC:
        raise _damaged(name)


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


class _Suspect(TableReadError):
    """What the fast scan found looks dangerous; an exact XML parse decides (text can hold
    "<c r=...>" in a CDATA section, a comment or an attribute value)."""


def _dtd(name: str) -> TableReadError:
    return TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} was refused: it contains an XML "
                                                       "document type declaration, which Excel "
                                                       "never writes; it may be an "
                                                       "entity-expansion attack."),
                          name=name)


def _forged_count(name: str) -> TableReadError:
    return TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} was refused: its shared-text table "
                                                       "claims far more entries than it holds, "
                                                       "which Excel never writes."),
                          name=name)


def _bad_refs(name: str) -> TableReadError:
    return TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} was refused: it contains cell "
                                                       "references that Excel cannot write "
                                                       "(outside A1:XFD1048576 or malformed)."),
                          name=name)


def _check_grid(name: str, height: int, width: int) -> None:
    if height * width > _MAX_GRID:
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is too large to read safely: "
                                                          "a sheet spans up to {height:,} rows "
                                                          "by {width:,} columns, over {most:,} "
                                                          "cells."),
                             name=name, height=height, width=width, most=_MAX_GRID)


def _unique_limit(info: zipfile.ZipInfo) -> int:
    return max(1024, info.file_size // 8)


def _scan_part(chunks: Iterator[bytes], name: str, info: zipfile.ZipInfo) -> bool:
    """The fast pass (C-level regexes over the bytes) for XML that could hurt the parser:
    DTDs (entity bombs), a forged shared-string count, and references that would make
    calamine allocate an enormous dense grid. It may over-count, never under-count; what it
    finds is raised as _Suspect for the exact parse to confirm. Returns whether the part has
    error cells (#DIV/0!), which calamine reads as empty."""
    cols, rows, extra_rows, extra_cols, carry = 26, 1024, 0, 0, 0   # bounds of all references
    beyond, tail, errors = _beyond(cols, rows), b"", False
    shared = info.filename.lower().endswith("sharedstrings.xml")
    for chunk in chain(chunks, [None]):
        buf = tail + chunk if chunk is not None else tail
        cut = buf.rfind(b"<") if chunk is not None else -1
        if cut >= 0 and buf.find(b">", cut) >= 0:
            cut = -1                        # the last tag is whole: text may run on
        part, tail = (buf[:cut], buf[cut:]) if cut >= 0 else (buf, b"")  # tags stay whole
        if len(tail) > _MAX_TAG:
            raise _Suspect(message_of(_damaged(name)))
        if b"<!" in part and _DTD.search(part):
            raise _Suspect(message_of(_dtd(name)))
        if shared and (m := _UNIQUE.search(part)) and int(m[1]) > _unique_limit(info):
            raise _Suspect(message_of(_forged_count(name)))
        errors = errors or b't="e"' in part
        pos = 0
        while m := beyond.search(part, pos):
            pos = m.end()
            ref, lt = _REF.match(part, m.start()), part.rfind(b"<", 0, m.start())
            tag = _TAG_NAME.match(part, lt) if lt >= 0 else None
            if ref is None or tag is None or tag[1] not in (b"c", b"row"):
                continue
            if tag[1] == b"c" and (whole := _START_TAG.match(part, lt)) and whole[1]:
                continue                    # valueless <c .../>: calamine skips it
            col, row = _column_number(ref[1]), int(ref[2])
            if ref[1] != ref[1].upper() or col > _EXCEL_COLS or row > _EXCEL_ROWS:
                raise _Suspect(message_of(_bad_refs(name)))
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
    try:
        _check_grid(name, rows + extra_rows, cols + extra_cols)
    except TableReadError as exc:
        raise _Suspect(message_of(exc)) from None
    return errors


class _ExactGrid:
    """The exact parse (expat, element by element) of a part the fast pass suspects: the
    same verdicts, from elements and attributes only. Positions follow calamine: a row
    without r follows the previous one, a cell without r the previous cell; valueless
    cells do not stretch the grid."""

    def __init__(self, name: str, info: zipfile.ZipInfo) -> None:
        self.name, self.info = name, info
        self.height = self.width = self.row = self.col = 0
        self.cell: tuple[int, int] | None = None
        self.valued = self.errors = False

    def _ref(self, ref: str) -> tuple[int, int]:
        m = re.fullmatch(r"([A-Z]{1,3})([0-9]{1,7})", ref)
        col, row = (_column_number(m[1].encode()), int(m[2])) if m else (0, 0)
        if not (1 <= col <= _EXCEL_COLS and 1 <= row <= _EXCEL_ROWS):
            raise _bad_refs(self.name)
        return row, col

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        local = tag.rpartition(":")[2]
        if local == "row":
            ref = attrs.get("r")
            self.row, self.col = (self._ref(f"A{ref}")[0] if ref else self.row + 1), 0
        elif local == "c":
            ref = attrs.get("r")
            self.cell = self._ref(ref) if ref else (max(self.row, 1), self.col + 1)
            self.col, self.valued = self.cell[1], False
            self.errors = self.errors or attrs.get("t") == "e"
        elif self.cell is not None:
            self.valued = True
        elif local == "sst" and int(attrs.get("uniqueCount", "0") or 0) > _unique_limit(
                self.info):
            raise _forged_count(self.name)

    def end(self, tag: str) -> None:
        if self.cell is not None and tag.rpartition(":")[2] == "c":
            if self.valued:
                self.height = max(self.height, self.cell[0])
                self.width = max(self.width, self.cell[1])
            self.cell = None

    def doctype(self, *_args: object) -> None:
        raise _dtd(self.name)


def _exact_check(chunks: Iterator[bytes], name: str, info: zipfile.ZipInfo,
                 suspect: _Suspect) -> bool:
    """Confirm or clear the fast pass's suspicion (XML that expat cannot parse keeps it);
    if cleared, whether the part has error cells."""
    import pyexpat

    grid = _ExactGrid(name, info)
    parser = pyexpat.ParserCreate()
    parser.StartElementHandler = grid.start
    parser.EndElementHandler = grid.end
    parser.StartDoctypeDeclHandler = grid.doctype
    parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except pyexpat.ExpatError:
        raise TableReadError(message_of(suspect)) from None
    except ValueError:              # uniqueCount that is not a number
        raise TableReadError(message_of(suspect)) from None
    _check_grid(name, grid.height, grid.width)
    return grid.errors


def _calamine(name: str, fn: Callable[..., Any], *args: Any) -> Any:
    """Call into calamine, turning any failure (a Rust panic is a BaseException) into one
    plain message."""
    from python_calamine import PasswordError  # loaded on first workbook, not at start-up

    try:
        return fn(*args)
    except PasswordError:
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is password-protected: remove "
                                                          "the password in Excel and try again."),
                             name=name) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:
        raise _damaged(name) from None


def checked_xlsx(p: Path) -> tuple[io.BytesIO, list[zipfile.ZipInfo], bool]:
    """An .xlsx's bytes once they passed the zip and XML checks, for whichever parser reads
    them next (calamine here; openpyxl for a workbook GreenDesk wrote, such as an anchor):
    the bytes, their parts, and whether cells show Excel errors."""
    name = p.name
    if p.stat().st_size > _MAX_UNPACKED:
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is larger than 1 GiB, more than "
                                                          "GreenDesk reads."),
                             name=name)
    data = p.read_bytes()      # scan and parse the very same bytes, even if the file changes
    if data.startswith(_OLE):
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is password-protected or is an "
                                                          "old .xls workbook: remove the "
                                                          "password, or save it as .xlsx, and try "
                                                          "again."),
                             name=name)
    fp = io.BytesIO(data)
    try:
        listed = zipfile.ZipFile(fp).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError,
            ValueError):
        raise _damaged(name) from None
    infos = _check_zip(listed, name)
    budget, errors = _Budget(), []
    for info in infos:
        before = budget.total
        try:
            errors.append(_scan_part(_unpack(fp, info, name, budget), name, info))
        except _Suspect as suspect:
            errors.append(_exact_check(_unpack(fp, info, name, _Budget(before)), name, info,
                                       suspect))
    fp.seek(0)
    return fp, infos, any(errors)


def read_xlsx(p: Path, sheet: str | None, header_row: int | None, lim: Limits) -> Table:
    """A workbook sheet as a Table, once the file passed the zip and XML checks; values read by
    calamine and cleaned."""
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    name = p.name
    fp, infos, errors = checked_xlsx(p)
    parts = {i.filename.lower() for i in infos}
    notes: list[str] = [Note(QT_TRANSLATE_NOOP(
        "notes", "{name} has cells showing Excel errors such as #DIV/0!; they were read as "
                 "empty."), name=name)] if errors else []
    if p.suffix.lower() == ".xlsm" or any(n.endswith("vbaproject.bin") for n in parts):
        notes.append(Note(QT_TRANSLATE_NOOP("notes", "{name} contains macros; they were not run "
                                                     "and are not kept, only the cell values "
                                                     "were read."), name=name))
    if any(n.startswith("xl/externallinks/") for n in parts):
        notes.append(Note(QT_TRANSLATE_NOOP("notes", "{name} links to other workbooks; the "
                                                     "values saved in this file were used and "
                                                     "the links were not followed."), name=name))
    fp.seek(0)
    with _calamine(name, CalamineWorkbook.from_filelike, fp) as wb:
        titles = list(wb.sheet_names)
        if sheet is not None and sheet not in titles:
            raise TableReadError(
                QT_TRANSLATE_NOOP("Refusal", "{name} has no sheet named '{sheet}'; its sheets "
                                             "are: {sheets}."),
                name=name, sheet=sheet, sheets=', '.join(titles))
        hidden = {m.name for m in wb.sheets_metadata if m.visible != SheetVisibleEnum.Visible}
        for title in sorted(titles, key=hidden.__contains__) if sheet is None else [sheet]:
            s = _calamine(name, wb.get_sheet_by_name, title)
            if s.start is None:
                continue
            r0, c0 = s.start
            if c0 >= lim.cols:
                raise too_wide(f"{name}, sheet '{title}'", c0, lim)
            grid = _clean_cells(_calamine(name, s.to_python, True), r0, c0, title, name, lim)
            if grid:
                table = build_table(name, title, grid, r0 + 1, header_row, lim)
                table.notes = notes
                table.sha256 = hashlib.sha256(fp.getvalue()).hexdigest()
                return table
    if sheet is not None:
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "Sheet '{sheet}' of {name} is empty: "
                                                          "there is no data to read."),
                             sheet=sheet, name=name)
    raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} has no data in any of its sheets."),
                         name=name)


def xlsx_sheet_names(p: Path) -> list[str]:
    """The titles of a workbook's sheets, once the file passed the zip and XML checks."""
    from python_calamine import CalamineWorkbook

    fp, _infos, _errors = checked_xlsx(p)
    fp.seek(0)
    with _calamine(p.name, CalamineWorkbook.from_filelike, fp) as wb:
        return list(wb.sheet_names)


def _clean_cells(raw: list[list[Any]], r0: int, c0: int, title: str, name: str,
                 lim: Limits) -> list[list[Value]]:
    """Calamine values -> ours: '' and blank text -> None, whole floats -> int (IDs and years
    read as 12345, not 12345.0), times and durations -> text. Empty list if nothing is left."""
    grid: list[list[Value]] = []
    pad: list[Value] = [None] * c0
    limit, seen = lim.chars, False
    for i, values in enumerate(raw):
        row: list[Value] = pad.copy()
        add = row.append
        for v in values:
            t = type(v)
            if t is str:
                if len(v) > limit or "\x00" in v:
                    cell = Cell(title, r0 + i + 1, column_letter(len(row)), None)
                    if "\x00" in v:    # as the CSV path refuses it
                        raise TableReadError(
                            QT_TRANSLATE_NOOP("Refusal", "{name}, {cell}: the value contains a "
                                                         "NUL character, which no spreadsheet "
                                                         "text holds; the file is damaged."),
                            name=name, cell=cell)
                    raise too_long(name, cell, len(v), limit)
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
