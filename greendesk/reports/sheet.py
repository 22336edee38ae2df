"""Writing one report sheet the way an auditor expects to read it.

A title row, a parameters line, a header row with units, frozen panes, an Excel table
(with its filter), number formats by unit, real dates, live formulas for totals with the
services' figures as their cached values, print setup (landscape when wide, fit to width,
header rows repeated, a footer with the sheet name and page numbers). Text that came from a
user is always written as a string cell, with the quote prefix when it starts like a
formula, so a leading =, +, - or @ can never become a formula.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from xlsxwriter.utility import xl_col_to_name

from greendesk.reports.book import (
    FORMULA_PREFIXES,
    HEADER,
    SUBTITLE,
    TITLE,
    TOTAL,
    TOTAL_VALUE,
    Formula,
    ReportBook,
    Rows,
    Styled,
    add_table,
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
__all__ = ["FORMATS", "Column", "Formula", "SheetWriter", "quoted", "sheet_name"]


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

    def title(self, tr: Callable[[str], str] = _same) -> str:
        """The heading with its unit ("Generated, t"), in the language `tr` gives."""
        header = tr(self.header)
        return f"{header}, {self.unit}" if self.unit and self.unit not in ("count",) \
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
    written in order, and nothing is written above the last row."""

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
        self.titles = _unique([c.title(tr) for c in self.columns])
        for i, col in enumerate(self.columns):
            ws.set_column(i, i, col.width)
        ws.freeze_panes(self.header_row, 0)
        ws.repeat_rows(self.header_row - 1)
        if sum(c.width for c in self.columns) > 100:
            ws.set_landscape()
        else:
            ws.set_portrait()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)
        ws.set_footer("&L&A&R&P / &N")
        ws.set_header(_page_header(title))
        self.out = Rows(wb, ws)
        self.out.append([Styled(title, TITLE)])
        self.out.append([Styled(subtitle, SUBTITLE)])
        self.out.append([Styled(t, HEADER) for t in self.titles])
        self._formats = [wb.fmt(num_format=c.number_format()) for c in self.columns]
        self._date = wb.fmt(num_format=FORMATS["date"])

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
        for c, v in enumerate(values):
            t = type(v)
            if t is str:
                if not v:
                    continue
                if v.isprintable() and not v.startswith(FORMULA_PREFIXES):  # type: ignore[attr-defined]
                    ws.write_string(r, c, v)
                else:
                    out.text(r, c, v)  # type: ignore[arg-type]
            elif t is float or t is int:
                ws.write_number(r, c, v, formats[c])
            elif t is date:
                ws.write_datetime(r, c, v, formats[c] or self._date)
            elif v is not None:
                out.write(r, c, v, None, self.columns[c].number_format())

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
        """A labelled total below the table; returns its row number."""
        cells: list[object] = [None] * (label_col - 1)
        cells.append(Styled(self.tr(label), TOTAL))
        cells.append(Styled(formula_or_value, TOTAL_VALUE, FORMATS.get(unit)))
        if unit and unit not in ("%", "share", "count"):
            cells.append(unit)
        self._extra += 1
        return self.out.append(cells) + 1

    def gap(self) -> None:
        """An empty row below the table, before the totals."""
        self.out.row += 1
        self._extra += 1


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
