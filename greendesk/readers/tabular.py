"""The one safe door through which importers read officer-supplied spreadsheets.

Files come from e-mail and USB sticks, so every one is treated as possibly hostile. An .xlsx is
checked as a zip and as XML before python-calamine sees it (tabular_xlsx); a CSV is checked
in one pass and its rows can be streamed in bounded memory (tabular_csv). Values come back raw: formulas as the results Excel cached (never
evaluated), macros never run. Text is turned into numbers and dates only by the strict helpers
``parse_number`` and ``parse_date``, so a wrong guess is an error, not a silent wrong figure.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Protocol

from greendesk.errors import DomainError, Message, term
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.store import sqlite as db_sqlite

__all__ = ["Cell", "Table", "TableReadError", "column_letter", "parse_date", "parse_number",
           "read_table", "sheet_names"]

Value = str | float | int | bool | dt.date | dt.datetime | None


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


class TableReadError(DomainError):
    """The file cannot be read; the message is one plain sentence meant for the officer."""


class Rows(Protocol):
    """What Table.rows offers every reader: a length and (repeated) iteration."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[tuple[Value, ...]]: ...


@dataclass
class Table:
    """One sheet (or CSV file) as a header and rows of raw cell values."""

    source: str
    sheet: str                    # "" for CSV
    header: list[str]
    rows: Rows                    # a list, or for a streamed CSV a fresh pass over the file
    first_data_row: int           # sheet row number (1-based) of rows[0]
    decimal_comma_hint: bool | None = None
    notes: list[str] = field(default_factory=list)
    sha256: str = ""              # of the file's bytes, to recognise a file seen before
    records: int = 0              # rows that are not blank

    def cell(self, row_index: int, col_index: int) -> Cell:
        """The sheet's row, column letter and heading of a data cell, for problems to name it."""
        head = self.header[col_index] if 0 <= col_index < len(self.header) else None
        return Cell(self.sheet, self.first_data_row + row_index, column_letter(col_index),
                    head or None)


@dataclass(frozen=True)
class Limits:
    """What a read accepts at most: rows, columns, characters in a cell."""
    rows: int
    cols: int
    chars: int


def column_letter(index0: int) -> str:
    """Excel column name of a 0-based index: 0 -> A, 26 -> AA."""
    if index0 < 0:
        raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "column index must be >= 0")))
    n, letters = index0 + 1, ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def read_table(path: str | PathLike[str], *, sheet: str | None = None,
               header_row: int | None = None, max_rows: int = 2_000_000,
               max_columns: int = 200, max_cell_chars: int = 32_767,
               stream: bool = False) -> Table:
    """Read one table from .xlsx/.xlsm/.csv/.txt, or raise TableReadError with a sentence the
    officer can act on. Without `sheet`, the first visible sheet that has data is read; without
    `header_row` (1-based), the first non-empty row is the header.

    With `stream`, a CSV file is checked in one pass (size, rows, columns, cells) without
    holding its rows, and `rows` reads the file again each time it is iterated, in bounded
    memory; a workbook is read whole either way (calamine cannot stream)."""
    p = Path(path)
    name, ext = p.name, p.suffix.lower()
    if ext == ".xls":
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is an old binary Excel file "
                                                          "(.xls), which GreenDesk does not read: "
                                                          "open it in Excel and save it as .xlsx."),
                             name=name)
    if ext not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is not a file type GreenDesk "
                                                          "reads ({kind}): save it as .xlsx or as "
                                                          "CSV UTF-8."),
                             name=name, kind=ext or term(QT_TRANSLATE_NOOP("Refusal", "no extension")))
    if not p.is_file():
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} could not be opened: it does "
                                                          "not exist or is not a file."),
                             name=name)
    if db_sqlite.is_held(p):  # reading it would drop SQLite's locks (see db_sqlite)
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is a database GreenDesk has "
                                                          "open, not a table to import."),
                             name=name)
    if p.stat().st_size == 0:
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is empty (0 bytes)."), name=name)
    lim = Limits(max_rows, max_columns, max_cell_chars)
    try:
        if ext in (".csv", ".txt"):
            from greendesk.readers.tabular_csv import read_csv

            return read_csv(p, header_row, lim, stream)
        from greendesk.readers.tabular_xlsx import read_xlsx

        return read_xlsx(p, sheet, header_row, lim)
    except OSError as exc:
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} could not be read: {reason}."),
                             name=name, reason=exc.strerror or exc) from None


def sheet_names(path: str | PathLike[str]) -> list[str]:
    """The sheets of an .xlsx/.xlsm workbook, checked as read_table checks it; TableReadError
    for any other file, with a sentence."""
    p = Path(path)
    if p.suffix.lower() not in (".xlsx", ".xlsm") or not p.is_file():
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is not an Excel workbook "
                                                          "(.xlsx) GreenDesk can open."),
                             name=p.name)
    if db_sqlite.is_held(p):
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} is a database GreenDesk has "
                                                          "open, not a table to import."),
                             name=p.name)
    from greendesk.readers.tabular_xlsx import xlsx_sheet_names

    try:
        return xlsx_sheet_names(p)
    except OSError as exc:
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name} could not be read: {reason}."),
                             name=p.name, reason=exc.strerror or exc) from None


# ---------------------------------------------------------------- shared table building
def too_long(name: str, cell: Cell, n: int, limit: int) -> TableReadError:
    """The refusal for a cell over the character limit."""
    return TableReadError(QT_TRANSLATE_NOOP("Refusal", "{name}, {cell}: the value is {length:,} "
                                                       "characters long, over the limit of "
                                                       "{most:,} characters."),
                          name=name, cell=cell, length=n, most=limit)


def too_wide(where: str, col: int, lim: Limits) -> TableReadError:
    """The refusal for data beyond the column limit."""
    return TableReadError(
        QT_TRANSLATE_NOOP("Refusal", "{where} has data in column {column}, beyond the limit of "
                                     "{columns} columns (A to {last})."),
        where=where, column=column_letter(col), columns=lim.cols, last=column_letter(lim.cols - 1))


def filled_length(row: list[Value]) -> int:
    """Length of `row` without its trailing empty cells."""
    n = len(row)
    while n and row[n - 1] is None:
        n -= 1
    return n


def header_text(v: Value) -> str:
    """A heading as text, without byte-order marks (a file saved twice with a BOM keeps one
    in its first heading, invisible in any message)."""
    if isinstance(v, dt.date):
        return v.isoformat()
    return "" if v is None else str(v).replace("\ufeff", "").strip()


def build_table(source: str, sheet: str, grid: list[list[Value]], first_row: int,
           header_row: int | None, lim: Limits, hint: bool | None = None) -> Table:
    """Pick the header, drop trailing empty rows and columns, enforce the limits."""
    where = f"{source}, sheet '{sheet}'" if sheet else source
    end = len(grid)
    while end and not filled_length(grid[end - 1]):
        end -= 1
    if header_row is None:
        h = next((i for i in range(end) if filled_length(grid[i])), -1)
        if h < 0:
            raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{where} is empty: there is no data "
                                                              "to read."),
                                 where=where)
    else:
        h = header_row - first_row
        if not 0 <= h < end or not filled_length(grid[h]):
            raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{where}: row {row} is empty, but "
                                                              "it should hold the column "
                                                              "headings."),
                                 where=where, row=header_row)
    data = grid[h + 1:end]
    if len(data) > lim.rows:
        raise TableReadError(QT_TRANSLATE_NOOP("Refusal", "{where} has {count:,} data rows, more "
                                                          "than the limit of {most:,} rows."),
                             where=where, count=len(data), most=lim.rows)
    width = max(map(filled_length, [grid[h], *data]))
    if width > lim.cols:
        raise too_wide(where, width - 1, lim)
    header = [header_text(v) for v in grid[h][:width]] + [""] * (width - len(grid[h]))
    rows = [tuple(r) if len(r) == width else tuple(r[:width]) + (None,) * (width - len(r))
            for r in data]
    return Table(source, sheet, header, rows, first_row + h + 1, hint,
                 records=sum(1 for r in data if filled_length(r)))


# ---------------------------------------------------------------- text -> number / date
_SPACES = "[ \u00a0\u202f\u2009]"
_SPACED = re.compile(rf"([0-9]{{1,3}}(?:{_SPACES}[0-9]{{3}})+)(?:[.,]([0-9]+))?")
_PLAIN = re.compile(r"([0-9.,]*[0-9][0-9.,]*|[.,][0-9]+)")
_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_EXP = re.compile(r"(.*?)([eE][+-]?[0-9]{1,3})")


def _ungroup(text: str, sep: str) -> str:
    """'1,234,567' -> '1234567'; ValueError unless every group after the first has 3 digits."""
    first, *rest = text.split(sep)
    if not 1 <= len(first) <= 3 or any(len(g) != 3 for g in rest):
        raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "not a number: {text!r} has "
                                                              "misplaced separators"), text=text))
    return first + "".join(rest)


def parse_number(value: object, *, decimal_comma: bool | None = None) -> float:
    """Number from an xlsx value or from text as officers type it ("1 234,5", "1,234.5").

    With decimal_comma=None a lone comma followed by exactly 3 digits ("1,234") is refused as
    ambiguous instead of guessed; a lone dot is a decimal point. Raises only ValueError."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "not a number")))
    if not isinstance(value, str):
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "not a finite number")))
        return number
    if _DIGITS.fullmatch(value) and (decimal_comma is not True or "." not in value):
        number = float(value)        # the common case, "1250" or "12.5", without the rules
        if math.isfinite(number):
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
                raise ValueError(Message(
                    QT_TRANSLATE_NOOP("Refusal", "not a number: {value!r} does not match the "
                                                 "file's decimal mark"),
                    value=value))
            whole, _, frac = body.partition(dec)
            if dec in frac:
                raise ValueError(Message(
                    QT_TRANSLATE_NOOP("Refusal", "not a number: {value!r} has two decimal marks"),
                    value=value))
            whole = _ungroup(whole, "." if dec == "," else ",")
        elif commas + dots == 0:
            whole, frac = body, ""
        else:
            mark = "," if commas else "."
            head, _, tail = body.partition(mark)
            groupable = 1 <= len(head) <= 3 and head[0] != "0" and len(tail) == 3
            is_grouping = mark == (",", ".")[bool(decimal_comma)]
            if commas + dots > 1 and decimal_comma is not None and not is_grouping:
                raise ValueError(Message(
                    QT_TRANSLATE_NOOP("Refusal", "not a number: {value!r} does not match the "
                                                 "file's decimal mark"),
                    value=value))
            if commas + dots > 1 or (groupable and decimal_comma is not None and is_grouping):
                whole, frac = _ungroup(body, mark), ""
            elif groupable and decimal_comma is None and mark == ",":
                raise ValueError(Message(
                    QT_TRANSLATE_NOOP("Refusal", "ambiguous: {value} could be {head}{tail} or "
                                                 "{head}.{tail}; state whether the file uses "
                                                 "decimal commas"),
                    value=value, head=head, tail=tail))
            else:
                whole, frac = head, tail
    else:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "not a number: {value!r}"),
            value=value))
    number = float(f"{sign}{whole or '0'}.{frac or '0'}{exp}")
    if not math.isfinite(number):
        raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "not a number: {value!r} is out of "
                                                              "range"), value=value))
    return number


_TIME = r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?"
_ISO = re.compile(rf"([0-9]{{4}})-([0-9]{{1,2}})-([0-9]{{1,2}})(?:[T ]{_TIME})?")
_DMY = re.compile(rf"([0-9]{{1,2}})([./])([0-9]{{1,2}})\2([0-9]{{4}})(?: {_TIME})?")
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
            raise ValueError(Message(
                QT_TRANSLATE_NOOP("Refusal", "not a date: {value!r} is outside Excel's date range"),
                value=value))
        if int(value) == 60:
            raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "not a date: serial 60 is "
                                                                  "Excel's non-existent 29 "
                                                                  "February 1900")))
        return _EPOCH + dt.timedelta(days=int(value) + (1 if value < 60 else 0))
    if not isinstance(value, str):
        raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "not a date")))
    text = value.strip()
    if m := _ISO.fullmatch(text):
        y, mo, d, time = int(m[1]), int(m[2]), int(m[3]), m.groups()[3:]
    elif m := _DMY.fullmatch(text):
        y, mo, d, time = int(m[4]), int(m[3]), int(m[1]), m.groups()[4:]
    elif re.fullmatch(r"[0-9]{4}-[0-9]{1,2}|[0-9]{1,2}[./][0-9]{4}", text):
        raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "not a date: {value!r} gives a "
                                                              "month but no day"), value=value))
    else:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "not a date: {value!r}; use 2025-03-31 or 31.03.2025"),
            value=value))
    hour, minute, second = (int(t or 0) for t in time)
    if hour > 23 or minute > 59 or second > 59:    # "2025-03-15T99:99:99" is no moment
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "not a date: {value!r} has a time of day that does not "
                                         "exist"),
            value=value))
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "not a date: {value!r} does not exist in the calendar"),
            value=value)) from None
