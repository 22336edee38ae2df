"""The workbook a report is written into: xlsxwriter, text that stays text, formulas with
their values.

xlsxwriter (not openpyxl) writes reports because it stores a formula's cached value beside
its text: a preview pane, a phone, python-calamine or openpyxl `data_only` show the figure
the services computed instead of a blank. Its automatic conversions are off (a string that
looks like a number, a formula or a URL stays the string), and every value goes through the
explicit write_* call for its type.

A sheet that can be large (the ledger extract) is *streamed*: xlsxwriter's constant_memory
mode, per sheet, keeps one row in memory, so 100,000 rows take no more memory than 1,000.
Its rules: rows strictly in order, a row's height set before it is written, no autofit, no
add_table (see `add_table`); the other sheets are written in normal mode.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_range
from xlsxwriter.worksheet import Worksheet

Style = Mapping[str, Any]  # xlsxwriter format properties, e.g. {"bold": True}

TITLE: Style = {"bold": True, "font_size": 14, "font_color": "#1F3A2E"}
# 10 pt and more: printed at 70 % (the least a sheet prints at), still 7 pt
SUBTITLE: Style = {"italic": True, "font_size": 10, "font_color": "#5B6B63"}
HEADER: Style = {"bold": True, "font_color": "#FFFFFF", "bg_color": "#2F6B57", "pattern": 1,
                 "text_wrap": True, "valign": "vcenter"}
TOTAL: Style = {"bold": True}
TOTAL_VALUE: Style = {"bold": True, "top": 1, "top_color": "#2F6B57"}
TOP: Style = {"valign": "top"}
WRAPPED: Style = {"text_wrap": True, "valign": "top"}

# A text starting with one of these would be read as a formula (or, with a tab or line
# break, shown oddly) by a spreadsheet that re-parses text: it gets the quote prefix.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
_NOT_IN_SHEET_NAMES = str.maketrans({ch: " " for ch in "[]:*?/\\"})


def sheet_name(wb: Any, text: str) -> str:
    """A name Excel accepts for a new sheet: none of []:*?/\\, at most 31 characters, and
    unique in the workbook (`wb.sheetnames`; Excel ignores case), so a long translation
    cannot clash."""
    base = " ".join(text.translate(_NOT_IN_SHEET_NAMES).split()).strip("'") or "Sheet"
    taken = {name.casefold() for name in wb.sheetnames}
    name, n = base[:31].rstrip(), 1
    while name.casefold() in taken:
        n += 1
        suffix = f" ({n})"
        name = base[:31 - len(suffix)].rstrip() + suffix
    return name


def clean_text(value: str) -> str:
    """The text with the control characters XML cannot carry replaced (tab and line breaks
    stay)."""
    if value.isprintable():
        return value
    return "".join(ch if ch in "\t\n\r" or ord(ch) >= 32 else "\ufffd" for ch in value)


def cached(value: object) -> object:
    """A Formula's value as xlsxwriter stores it: None and "" are an empty result."""
    if value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return ""  # the services' 'no figure'; never 'nan' in a cell
    return value


@dataclass(frozen=True)
class Formula:
    """A live formula and the figure the services computed for it.

    The workbook keeps the formula (an auditor sees how the figure is made) together with
    its value, so a preview, a phone or a reader that does not recalculate shows the figure
    and not a blank; verify compares both. `value` None or "" stands for an empty result
    (a share of nothing)."""
    text: str  # "=SUM(G4:K4)"
    value: float | int | str | None


class ReportBook:
    """One report workbook being written: its sheets, and one format object per style."""

    def __init__(self, path: Path, tmpdir: str | None = None) -> None:
        self.wb = xlsxwriter.Workbook(str(path), {
            "strings_to_numbers": False, "strings_to_formulas": False,
            "strings_to_urls": False, "tmpdir": tmpdir})
        self._formats: dict[tuple, Format] = {}
        self._closing: list[Callable[[], None]] = []

    @property
    def sheetnames(self) -> list[str]:
        """The sheets' names, in order."""
        return [ws.name for ws in self.wb.worksheets()]

    def fmt(self, *styles: Style | None, **extra: Any) -> Format | None:
        """The format for these styles merged (later ones win); None for no style."""
        props: dict[str, Any] = {}
        for style in styles:
            if style:
                props.update(style)
        props.update(extra)
        if not props:
            return None
        key = tuple(sorted(props.items()))
        found = self._formats.get(key)
        if found is None:
            found = self._formats[key] = self.wb.add_format(props)
        return found

    def add_sheet(self, text: str, *, streamed: bool = False) -> Worksheet:
        """A new sheet named after `text` (made valid and unique). A streamed sheet keeps
        one row in memory (xlsxwriter's constant_memory, chosen per sheet: the workbook's
        option is read when a sheet is added)."""
        self.wb.constant_memory = streamed
        try:
            return self.wb.add_worksheet(sheet_name(self, text))
        finally:
            self.wb.constant_memory = False

    def on_close(self, call: Callable[[], None]) -> None:
        """Run `call` before the file is written (a sheet's print setup needs every row)."""
        self._closing.append(call)

    def close(self) -> None:
        """Finish every sheet and write the file."""
        for call in self._closing:
            call()
        self.wb.close()


def add_table(ws: Worksheet, header_row: int, last_row: int, last_col: int,
              options: dict[str, Any]) -> None:
    """An Excel table over rows header_row..last_row (0-based), columns 0..last_col.

    xlsxwriter refuses add_table on a streamed sheet (its headers may be written already)
    and marks every cell of the range to detect overlaps (1.3 million entries for the
    ledger). On a streamed sheet the table is therefore declared over its header and first
    row, then given its full range; its headers are already in the sheet."""
    if not ws.constant_memory:
        if ws.add_table(header_row, 0, last_row, last_col, options) != 0:
            raise RuntimeError(f"xlsxwriter refused the table {options.get('name')}.")  # a bug, not input
        return
    ws.constant_memory = False
    try:
        status = ws.add_table(header_row, 0, header_row + 1, last_col, options)
    finally:
        ws.constant_memory = True
    if status != 0:
        raise RuntimeError(f"xlsxwriter refused the table {options.get('name')}.")  # a bug, not input
    table = ws.tables[-1]
    table["range"] = table["a_range"] = xl_range(header_row, 0, last_row, last_col)
    if table.get("autofilter"):
        table["autofilter"] = table["a_range"]


class Rows:
    """Writes values into one sheet row by row, each by its type: text always as text (the
    quote prefix when it looks like a formula), numbers, real dates, and formulas with
    their cached values."""

    def __init__(self, book: ReportBook, ws: Worksheet, row: int = 0) -> None:
        self.book = book
        self.ws = ws
        self.row = row  # 0-based: the row the next append writes

    def write(self, row: int, col: int, value: object, style: Style | None = None,
              num_format: str | None = None) -> None:
        """One value at (row, col), 0-based."""
        ws, book = self.ws, self.book
        if value is None or (isinstance(value, str) and value == ""):
            if style:
                ws.write_blank(row, col, None, book.fmt(style))
            return
        if isinstance(value, str):
            self.text(row, col, value, style)
            return
        extra = {"num_format": num_format} if num_format else {}
        if isinstance(value, Formula):
            ws.write_formula(row, col, value.text, book.fmt(style, **extra), cached(value.value))
        elif isinstance(value, bool):
            ws.write_boolean(row, col, value, book.fmt(style))
        elif isinstance(value, int | float):
            ws.write_number(row, col, value, book.fmt(style, **extra))
        elif isinstance(value, datetime | date):
            fmt = num_format or ("yyyy-mm-dd hh:mm" if isinstance(value, datetime)
                                 else "yyyy-mm-dd")
            ws.write_datetime(row, col, value, book.fmt(style, num_format=fmt))
        else:
            self.text(row, col, str(value), style)

    def text(self, row: int, col: int, value: str, style: Style | None = None) -> None:
        """Text that stays text: a string cell, the quote prefix when it starts like a
        formula, control characters XML cannot carry replaced."""
        value = clean_text(value)
        if value.startswith(FORMULA_PREFIXES):
            self.ws.write_string(row, col, value, self.book.fmt(style, quote_prefix=True))
        else:
            self.ws.write_string(row, col, value, self.book.fmt(style))

    def append(self, values: Iterable[object], style: Style | None = None,
               height: float | None = None) -> int:
        """Write one row of values (a value may be a `Styled`), `height` points tall if
        given (wrapped text: renderers do not grow a row to fit); its 0-based row."""
        row = self.row
        if height is not None:
            self.ws.set_row(row, height)
        for col, value in enumerate(values):
            if isinstance(value, Styled):
                self.write(row, col, value.value, value.style, value.num_format)
            else:
                self.write(row, col, value, style)
        self.row += 1
        return row


class Styled:
    """A value with its own style in a row given to Rows.append."""

    __slots__ = ("num_format", "style", "value")

    def __init__(self, value: object, style: Style | None = None,
                 num_format: str | None = None) -> None:
        self.value, self.style, self.num_format = value, style, num_format
