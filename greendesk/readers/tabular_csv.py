"""Reading CSV (and Excel's "Unicode Text") files in bounded memory.

A first pass checks the whole file without holding its rows: its size, its encoding, NUL
bytes, the length of every cell, the number of rows and columns; it finds the header and
hashes the bytes. The rows are then read again, as many times as asked, record by record
(`CsvRows`): an import checks and writes a million rows holding a chunk at a time. Every
pass makes the same checks, and a file whose bytes changed since the first pass is refused.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from greendesk.errors import message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.readers.tabular import (
    Cell,
    Limits,
    Table,
    TableReadError,
    Value,
    column_letter,
    header_text,
    too_long,
    too_wide,
)

MAX_CSV_BYTES = 1 << 30
_BLOCK = 1 << 20


@dataclass(frozen=True)
class _Format:
    path: Path
    encoding: str
    utf16: bool
    delimiter: str
    lim: Limits


class _Source(io.RawIOBase):
    """The file's bytes as the parser reads them: hashed, and (UTF-8) refused at a NUL."""

    def __init__(self, fh: io.BufferedReader, name: str, check_nul: bool) -> None:
        super().__init__()
        self.fh, self.name, self.check_nul = fh, name, check_nul
        self.sha = hashlib.sha256()
        self.lines = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = self.fh.readinto(buffer)
        if n:
            block = bytes(memoryview(buffer)[:n])
            self.sha.update(block)
            if self.check_nul and (at := block.find(b"\0")) >= 0:
                raise _nul(self.name, self.lines + block.count(b"\n", 0, at) + 1)
            self.lines += block.count(b"\n")
        return n or 0


def _nul(name: str, line: int) -> TableReadError:
    return TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is not a text file: line {line} "
                                                       'contains a NUL byte; save it as "CSV '
                                                       'UTF-8" and try again.'),
                          name=name, line=line)


def _not_text(p: Path, encoding: str) -> TableReadError:
    """The sentence for bytes that do not decode, naming the line of the first one."""
    decoder = codecs.getincrementaldecoder(encoding)()
    line = 1
    with p.open("rb") as fh:
        while block := fh.read(_BLOCK):
            try:
                decoder.decode(block)
            except UnicodeDecodeError as e:
                line += block.count(b"\n", 0, max(e.start, 0))
                break
            line += block.count(b"\n")
    return TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is not UTF-8 text: line {line} has "
                                                       "a byte that is not valid UTF-8 (probably "
                                                       "a Windows code page); in Excel use Save "
                                                       'As "CSV UTF-8 (comma delimited)" and try '
                                                       "again."),
                          name=p.name, line=line)


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


def _format(p: Path, lim: Limits) -> _Format:
    with p.open("rb") as fh:
        head = fh.read(1 << 16)
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))   # Excel's "Unicode Text" (.txt)
    encoding = "utf-16" if utf16 else "utf-8-sig"
    sample = head.decode(encoding, errors="replace")
    return _Format(p, encoding, utf16, _delimiter(sample), lim)


def _records(fmt: _Format, digest: list[str]) -> Iterator[list[Value]]:
    """Every record of the file, cells stripped (blank -> None), checked as they come; the
    sha256 of the bytes is appended to `digest` once the end is reached."""
    name, limit, utf16 = fmt.path.name, fmt.lim.chars, fmt.utf16
    with fmt.path.open("rb") as fh:
        src = _Source(fh, name, check_nul=not utf16)
        text = io.TextIOWrapper(io.BufferedReader(src, _BLOCK), encoding=fmt.encoding,
                                newline="")
        reader = csv.reader(text, delimiter=fmt.delimiter)
        n = line = 0
        fields = 0              # of the first record that has any: the header, usually
        try:
            for values in reader:
                n += 1
                if reader.line_num - line > 1:       # the record ran over line ends
                    _check_runaway(name, values, fmt.delimiter, fields, line + 1)
                line = reader.line_num
                fields = fields or len(values)
                if values and max(map(len, values)) > limit:
                    j = next(j for j, v in enumerate(values) if len(v) > limit)
                    raise too_long(name, Cell("", n, column_letter(j), None), len(values[j]),
                                   limit)
                if utf16 and any("\x00" in v for v in values):
                    raise _nul(name, reader.line_num)
                yield [v.strip() or None for v in values]
        except UnicodeDecodeError:
            raise _not_text(fmt.path, fmt.encoding) from None
        except csv.Error as e:
            if "field larger" in str(e):   # over the csv module's own limit (128 KiB)
                col, length = _long_cell(fmt, line + 1)
                raise too_long(name, Cell("", n + 1, column_letter(col) if col >= 0 else "?",
                                          None), length, limit) from None
            raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} could not be read as CSV "
                                                              "near line {line}: {reason}."),
                                 name=name, line=reader.line_num, reason=message_of(e)) from None
        digest.append(src.sha.hexdigest())


def _long_cell(fmt: _Format, start_line: int) -> tuple[int, int]:
    """The column (0-based, -1 if none) and length of the first cell over the limit in the
    record that starts on line `start_line`, found by reading it again a block at a time:
    the csv module stops at 128 KiB without saying where."""
    limit, delim = fmt.lim.chars, fmt.delimiter
    special = re.compile("[" + re.escape(delim) + '"\r\n]')
    with fmt.path.open(encoding=fmt.encoding, errors="replace", newline="") as fh:
        for _ in range(start_line - 1):
            fh.readline()
        buf, i, eof = "", 0, False
        col, length, quoted, fresh = 0, 0, False, True
        while True:
            if not eof and i >= len(buf) - 1:     # keep a character to look ahead at
                more = fh.read(_BLOCK)
                buf, i, eof = buf[i:] + more, 0, not more
            if i >= len(buf):
                break
            if quoted:                            # up to the next quote; "" is a quote
                j = buf.find('"', i)
                if j < 0 or (j == len(buf) - 1 and not eof):
                    j = len(buf) if j < 0 else j
                    length, i = length + j - i, j
                    continue
                length += j - i
                if buf[j + 1:j + 2] == '"':
                    length, i = length + 1, j + 2
                else:
                    quoted, i = False, j + 1
                continue
            m = special.search(buf, i)
            j = m.start() if m else len(buf)
            length, fresh, i = length + j - i, fresh and j == i, j
            if m is None:
                continue
            if buf[j] == '"':                     # opens a quote only at a cell's start
                quoted, length, fresh, i = fresh, length + (not fresh), False, j + 1
                continue
            if length > limit:
                return col, length
            if buf[j] != delim:                   # the record ended
                return -1, 0
            col, length, fresh, i = col + 1, 0, True, j + 1
    return (col, length) if length > limit else (-1, 0)


def _breaks(text: str) -> int:
    """Line ends in `text` as the csv module counts them (\r\n, \n or \r)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _check_runaway(name: str, values: list[str], delimiter: str, fields: int,
                   first_line: int) -> None:
    """Refuse a quoted value that runs over line ends into what reads as further rows (a
    stray " in a note swallows every row up to the next "), naming the line where the quote
    opened. A line inside a value with as many separators as a row has is such a row."""
    enough = max(2, fields - 1)
    line = first_line
    for v in values:
        inner = v.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if len(inner) > 1 and any(part.count(delimiter) >= enough for part in inner[1:]):
            raise TableReadError(
                QT_TRANSLATE_NOOP("Refusal", "{name}: the quoted value that opens on line {line} "
                                             "runs over {count:,} line ends into what reads as "
                                             "further rows, so they would all become one cell; "
                                             "nothing was imported. Close the quote, or remove "
                                             'the stray " on line {line}, and try again.'),
                name=name, line=line, count=len(inner) - 1)
        line += _breaks(v)


def _filled(row: list[Value]) -> int:
    """Length of `row` without its trailing empty cells."""
    k = len(row)
    while k and row[k - 1] is None:
        k -= 1
    return k


class CsvRows:
    """The data rows of a checked CSV file, read from disk again at each iteration."""

    def __init__(self, fmt: _Format, header_n: int, last_n: int, width: int, sha: str) -> None:
        self.fmt, self.header_n, self.last_n, self.width, self.sha = (
            fmt, header_n, last_n, width, sha)

    def __len__(self) -> int:
        return max(self.last_n - self.header_n, 0)

    def __iter__(self) -> Iterator[tuple[Value, ...]]:
        digest: list[str] = []
        records = _records(self.fmt, digest)
        for _ in range(self.header_n):
            next(records, None)
        width, last_n, changed = self.width, self.last_n, False
        pad: list[Value] = [None] * width
        for n, row in enumerate(records, self.header_n + 1):
            if n > last_n:              # trailing blank records
                changed = changed or bool(_filled(row))
                continue
            k = len(row)
            yield tuple(row) if k == width else tuple(row[:width] if k > width else
                                                      row + pad[k:])
        if changed or digest != [self.sha]:
            raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{path} changed while it was being "
                                                              "read; nothing was imported. Close "
                                                              "the program writing it and try "
                                                              "again."),
                                 path=self.fmt.path.name)


def read_csv(p: Path, header_row: int | None, lim: Limits, stream: bool) -> Table:
    """Check the whole file in one pass; its rows streamed (`stream`) or as a list."""
    name = p.name
    size = p.stat().st_size
    if size > MAX_CSV_BYTES:
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is {size:.1f} GiB, larger than "
                                                          "the {most} GiB GreenDesk reads."),
                             name=name, size=size / (1 << 30), most=MAX_CSV_BYTES >> 30)
    fmt = _format(p, lim)
    digest: list[str] = []
    header: list[Value] | None = None
    header_n, last_n, width, records = header_row, 0, 0, 0
    for n, row in enumerate(_records(fmt, digest), 1):
        k = _filled(row)
        if header is None:
            if header_n is None and k:
                header_n = n
            if n == header_n:
                if not k:
                    raise _no_header(name, n)
                header, width = row[:k], k
            continue
        if k:
            if n - header_n > lim.rows:  # type: ignore[operator]
                raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} has more than {most:,} "
                                                                  "data rows, the limit."),
                                     name=name, most=lim.rows)
            if k > width:
                width = k
                if width > lim.cols:
                    raise too_wide(name, width - 1, lim)
            last_n, records = n, records + 1
    if header is None or header_n is None:
        if header_row is not None:
            raise _no_header(name, header_row)
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is empty: there is no data to "
                                                          "read."),
                             name=name)
    if width > lim.cols:
        raise too_wide(name, width - 1, lim)
    heads = [header_text(v) for v in header] + [""] * (width - len(header))
    rows = CsvRows(fmt, header_n, max(last_n, header_n), width, digest[0])
    return Table(name, "", heads, rows if stream else list(rows), header_n + 1,
                 True if fmt.delimiter == ";" else None, sha256=digest[0], records=records)


def _no_header(name: str, row: int) -> TableReadError:
    return TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name}: row {row} is empty, but it should "
                                                       "hold the column headings."),
                          name=name, row=row)
