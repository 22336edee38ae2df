"""Writing one report sheet the way an auditor expects to read it.

A title row, a parameters line, a header row with units, frozen panes, an Excel table
(with its filter), number formats by unit, real dates, live formulas for totals with the
services' figures as their cached values, print setup (landscape when wide, fit to width,
header rows repeated, a footer with the sheet name and page numbers). Text that came from a
user is always written as a string cell, with the quote prefix when it starts like a
formula, so a leading =, +, - or @ can never become a formula.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import cast

from xlsxwriter.utility import xl_col_to_name

from greendesk.reports import layout
from greendesk.reports.book import (
    FORMULA_PREFIXES,
    HEADER,
    SUBTITLE,
    TITLE,
    TOP,
    TOTAL,
    TOTAL_VALUE,
    WRAPPED,
    Formula,
    ReportBook,
    Rows,
    Style,
    Styled,
    add_table,
    clean_text,
    sheet_name,
)

# Number formats by unit: thousands separators, decimals that suit the unit.
FORMATS = {
    "t": "#,##0.000", "kg": "#,##0.0", "kt": "#,##0.000", "Mt": "#,##0.0000",
    "m³": "#,##0.00", "L": "#,##0", "thousand m³": "#,##0.000",
    "GJ": "#,##0.00", "TJ": "#,##0.0000", "MWh": "#,##0.000", "kWh": "#,##0", "GWh": "#,##0.0000",
    "Gcal": "#,##0.00", "tce": "#,##0.000", "toe": "#,##0.000",
    "%": "0.0%", "share": "0.0%", "count": "#,##0", "₸": "#,##0", "money": "#,##0",
    "number": "#,##0.###", "g/t": "#,##0.00", "date": "yyyy-mm-dd", "month": "yyyy-mm",
}
__all__ = ["FORMATS", "Column", "Formula", "SheetWriter", "banner", "quoted", "sheet_name"]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Column:
    """One column of a report table: heading, unit, width and what kind of values it holds."""
    # The English heading, marked QT_TRANSLATE_NOOP("reports", ...): the sheet writer
    # translates it, so a report lists its columns once, in the source language.
    header: str
    unit: str = ""  # shown in the header, picks the number format
    width: float = 14
    kind: str = "text"  # text, number, date, month, formula, int
    fmt: str | None = None

    def title(self, tr: Callable[[str], str] = _same,
              unit_name: Callable[[str], str] = _same) -> str:
        """The heading with its unit ("Generated, t"; «Образовано, т»), in the language `tr`
        and `unit_name` give."""
        header = tr(self.header)
        return f"{header}, {unit_name(self.unit)}" if self.unit and self.unit not in ("count",) \
            else header

    def number_format(self) -> str | None:
        """The Excel number format for the column's kind (or its own)."""
        if self.fmt:
            return self.fmt
        if self.kind in ("date", "month"):
            return FORMATS[self.kind]
        if self.kind in ("number", "formula", "int"):
            return FORMATS.get(self.unit, FORMATS["count"] if self.kind == "int" else "#,##0.00")
        return None


def quoted(text: str) -> str:
    """Text set inside a formula's string literal ("...")."""
    return text.replace('"', '""')


def banner(out: Rows, lines: Sequence[tuple[str, Style]], width: float, columns: int,
           row: int | None = None) -> None:
    """Title lines across `columns` columns `width` wide, wrapped there: a renderer fitting
    the sheet to the page's width would otherwise count their overflow and shrink every
    page. Written at `row` (again, over plain ones), else appended."""
    r = out.row if row is None else row
    for text, style in lines:
        size = style.get("font_size", 11) / 11 * (layout.BOLD if style.get("bold") else 1.0)
        out.ws.set_row(r, (size * layout.LINE_PT + 1) * layout.wrapped_lines(text, width / size))
        if columns > 1 and text:
            out.ws.merge_range(r, 0, r, columns - 1, clean_text(text),
                               out.book.fmt(style, text_wrap=True, valign="top"))
        else:
            out.write(r, 0, text, style)
        r += 1
    if row is None:
        out.row = r


def _page_header(title: str) -> str:
    """The title as the page header's left part: & doubled, within Excel's 255 characters."""
    text = title.replace("&", "&&")
    while len(text) > 240:
        title = title[:-10]
        text = title.replace("&", "&&")
    return "&L" + text


class SheetWriter:
    """Writes one sheet of a report: title, subtitle, headings, records, table, totals.

    The sheet's name, title, subtitle, column headings and total labels are given in English
    (marked for translation where they are written) and translated here with `tr`, the
    report's ReportContext.tr; text already in the officer's language passes unchanged.
    A `streamed` sheet keeps one row in memory (for 100k-row extracts): its records are
    written in order, and nothing is written above the last row. The print layout (see
    `layout`) is set when the workbook closes, once every width is known."""

    def __init__(self, wb: ReportBook, name: str, title: str, subtitle: str,
                 columns: Sequence[Column], table_name: str,
                 tr: Callable[[str], str] = _same, *, streamed: bool = False) -> None:
        self.tr = tr
        name, title, subtitle = tr(name), tr(title), tr(subtitle)
        self.book = wb
        self.ws = ws = wb.add_sheet(name, streamed=streamed)
        self.name: str = ws.name
        self.columns = list(columns)
        self.table_name = table_name
        self.header_row = 3
        self.rows = 0
        self._extra = 0
        # A ReportContext's tr brings the context's unit_name: headings' units in the
        # workbook's language, as verify makes them again; any other tr keeps the symbols.
        unit_name = getattr(getattr(tr, "__self__", None), "unit_name", _same)
        self.titles = _unique([c.title(tr, unit_name) for c in self.columns])
        # no heading word broken ("Hazardou s"); long text columns wrap, short ones grow
        self.widths = [max(c.width, layout.words_fit(t, layout.TEXT_PER_DIGIT * layout.BOLD))
                       for c, t in zip(self.columns, self.titles, strict=True)]
        self._numeric = [c.kind in ("number", "formula", "int") for c in self.columns]
        self._room = [w if c.kind == "text" and w >= layout.WRAP_FROM else layout.MAX_FIT
                      for c, w in zip(self.columns, self.widths, strict=True)]
        self._need = [0.0] * len(self.columns)  # the widest value seen, in characters
        self._largest = [0.0] * len(self.columns)  # the largest figure seen
        self._tall: list[int] = []  # rows given a height, not yet written out (streamed)
        ws.freeze_panes(self.header_row, 0)
        ws.repeat_rows(self.header_row - 1)
        ws.set_paper(9)  # A4
        ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        ws.set_footer("&L&A&R&P / &N")
        ws.set_header(_page_header(title))
        self.out = Rows(wb, ws)
        self._banner = [(title, TITLE), (subtitle, SUBTITLE)]  # merged at the end
        self.out.append([Styled(title, TITLE)])
        self.out.append([Styled(subtitle, SUBTITLE)])
        ws.set_row(self.header_row - 1, layout.header_height(self.titles, self.widths))
        self.out.append([Styled(t, HEADER) for t in self.titles])
        # a record's cells top-aligned: a wrapped neighbour makes its row taller
        self._formats = [wb.fmt(TOP, num_format=c.number_format()) for c in self.columns]
        self._date = wb.fmt(TOP, num_format=FORMATS["date"])
        self._wrap = wb.fmt(WRAPPED)
        # below this size a figure shows every decimal of its unit's format
        self._full_below = [10.0 ** (7 - len(f.split(".")[1])) if f and "." in f else math.inf
                            for f in (c.number_format() for c in self.columns)]
        wb.on_close(self._print_setup)

    @property
    def first_data_row(self) -> int:
        """The sheet row of the table's first record."""
        return self.header_row + 1

    @property
    def last_data_row(self) -> int:
        """The sheet row of the table's last record (the first when it is empty)."""
        return self.header_row + max(self.rows, 1)

    def col(self, header: str) -> str:
        """The column letter of a column by its header (as given, or as translated)."""
        for i, c in enumerate(self.columns):
            if header in (c.header, self.tr(c.header)):
                return xl_col_to_name(i)
        raise KeyError(header)

    def data_range(self, header: str) -> str:
        """The absolute range of a column's records, for the formulas below the table."""
        letter = self.col(header)
        return f"${letter}${self.first_data_row}:${letter}${self.last_data_row}"

    def append(self, values: Sequence[object]) -> None:
        """Write one record, each value formatted by its column. The common cases (plain
        text, numbers, dates) go straight to xlsxwriter: this runs for 100k rows."""
        self.rows += 1
        out, ws, formats = self.out, self.ws, self._formats
        r = out.row
        out.row += 1
        room, need, largest = self._room, self._need, self._largest
        wrapped: list[int] = []
        for c, v in enumerate(values):  # first the row's height: set before it is written
            if type(v) is str:
                size = len(v) * layout.TEXT_PER_DIGIT + 1.0
                if size > room[c]:
                    wrapped.append(c)
                elif size > need[c]:
                    need[c] = size
        if self._tall and ws.constant_memory:
            self._forget_flushed_heights()
        if wrapped:
            lines = max(layout.wrapped_lines(values[c], self._wrap_width(c))  # type: ignore[arg-type]
                        for c in wrapped)
            ws.set_row(r, layout.LINE_PT * lines)
            self._tall.append(r)
        for c, v in enumerate(values):
            t = type(v)
            if t is str:
                if not v:
                    continue
                if c in wrapped or not v.isprintable() or v.startswith(FORMULA_PREFIXES):  # type: ignore[attr-defined]
                    out.text(r, c, v, WRAPPED if c in wrapped else None)  # type: ignore[arg-type]
                else:
                    ws.write_string(r, c, v)
            elif t is float or t is int:
                num = cast(float, v)
                size = -num if num < 0 else num
                if size > largest[c]:
                    largest[c] = size
                fmt = formats[c] if size < self._full_below[c] else self._scaled(c, num)
                ws.write_number(r, c, num, fmt)
            elif t is date:
                ws.write_datetime(r, c, v, formats[c] or self._date)
            elif v is not None:
                self._write(r, c, v, TOP)

    def _forget_flushed_heights(self) -> None:
        """Drop the heights of rows a streamed sheet has written out: xlsxwriter keeps
        every row's height to the end, which would grow with the rows (42 % of the scaled
        ledger's rows wrap)."""
        ws = self.ws
        while self._tall and self._tall[0] < ws.previous_row:
            row = self._tall.pop(0)
            ws.row_info.pop(row, None)
            ws.row_sizes.pop(row, None)  # kept for placing images; a report has none

    def _wrap_width(self, c: int) -> float:
        """The width a wrapped text of column c has: its own, or the most a short-text
        column grows to."""
        if self._room[c] == layout.MAX_FIT:
            self._need[c] = layout.MAX_FIT
        return self._room[c]

    def _scaled(self, c: int, value: float) -> object:
        """A large figure's format: fewer decimals (layout.number_format)."""
        return self.book.fmt(TOP, num_format=layout.number_format(
            self.columns[c].number_format(), value))

    def _write(self, r: int, c: int, value: object, style: Style | None) -> None:
        """A formula (its cached figure sized like a number), a datetime or other value."""
        base = self.columns[c].number_format() if c < len(self.columns) else None
        figure = value.value if isinstance(value, Formula) else value
        if isinstance(figure, int | float) and not isinstance(figure, bool):
            if c < len(self.columns):
                self._largest[c] = max(self._largest[c], abs(figure))
            base = layout.number_format(base, figure)
        self.out.write(r, c, value, style, base)

    def extend(self, rows: Iterable[Sequence[object]]) -> None:
        """Write several records."""
        for r in rows:
            self.append(r)

    def row_number(self) -> int:
        """The sheet row the next appended row will occupy."""
        return self.out.row + 1

    def finish_table(self) -> None:
        """Make the data an Excel table (filter buttons, banding, a name for formulas)."""
        if self.rows == 0:
            self.append([None] * len(self.columns))  # a table needs a data row
        header = self.book.fmt(HEADER)
        add_table(self.ws, self.header_row - 1, self.last_data_row - 1, len(self.columns) - 1,
                  {"name": self.table_name, "style": "Table Style Light 9",
                   "columns": [{"header": t, "header_format": header} for t in self.titles]})

    def blank(self) -> None:
        """An empty row inside the table's area."""
        self.out.row += 1

    def label_value(self, label: str, formula_or_value: object, unit: str = "",
                    label_col: int = 1) -> int:
        """A labelled total below the table; returns its row number. The label's column
        grows to hold it, the value's to show it."""
        text = self.tr(label)
        r = self.out.row
        self.out.row += 1
        self._extra += 1
        i = label_col - 1
        self.out.write(r, i, text, TOTAL)
        if i < len(self.columns):
            self._need[i] = max(self._need[i], len(text) * layout.TEXT_PER_DIGIT * layout.BOLD
                                + 1.0)
        fmt = FORMATS.get(unit)
        figure = formula_or_value.value if isinstance(formula_or_value, Formula) \
            else formula_or_value
        if isinstance(figure, int | float) and not isinstance(figure, bool):
            fmt = layout.number_format(fmt, figure)
            if i + 1 < len(self.columns):
                self._need[i + 1] = max(self._need[i + 1],
                                        layout.shown_length(figure, fmt) * layout.BOLD + 1.0)
        self.out.write(r, i + 1, formula_or_value, TOTAL_VALUE, fmt)
        if unit and unit not in ("%", "share", "count"):
            self.out.write(r, i + 2, unit)
        return r + 1

    def gap(self) -> None:
        """An empty row below the table, before the totals."""
        self.out.row += 1
        self._extra += 1

    def _print_setup(self) -> None:
        """Column widths (every value whole) and the page: fit to width when that keeps
        70 % or more, else 70 % with the columns split into page-wide groups, each page
        repeating the key columns."""
        ws = self.ws
        for c, col in enumerate(self.columns):
            fmt = layout.number_format(col.number_format(), self._largest[c])
            shown = layout.shown_length(self._largest[c], fmt) + 2.0 if self._largest[c] else 0
            self.widths[c] = max(self.widths[c], self._need[c], shown)
            ws.set_column(c, c, self.widths[c], self._wrap if self._room[c] != layout.MAX_FIT
                          and not self._numeric[c] else self.book.fmt(TOP))
        page, scale, keys, breaks = layout.page_layout(self.widths)
        if page == "landscape":
            ws.set_landscape()
        else:
            ws.set_portrait()
        if not ws.constant_memory:  # xlsxwriter merges no cells in constant_memory mode
            # across the table, or across the key columns every page of a split one repeats
            span = keys if scale else len(self.columns)
            banner(self.out, self._banner, sum(self.widths[:span]), span, row=0)
        if scale is None:
            ws.fit_to_pages(1, 0)
        else:
            ws.set_print_scale(scale)
            ws.repeat_columns(0, keys - 1)
            ws.set_v_pagebreaks(breaks)


def _unique(titles: list[str]) -> list[str]:
    """Headings an Excel table accepts: unique ignoring case (a translation may make two
    alike), the later one numbered."""
    seen: set[str] = set()
    out = []
    for title in titles:
        name, n = title, 1
        while name.casefold() in seen:
            n += 1
            name = f"{title} ({n})"
        seen.add(name.casefold())
        out.append(name)
    return out
