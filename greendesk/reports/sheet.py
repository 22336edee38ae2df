"""Writing one report sheet the way an auditor expects to read it.

A title row, a parameters line, a header row with units, frozen panes, an Excel table
(with its filter), number formats by unit, real dates, live formulas for totals, print
setup (landscape when wide, fit to width, header rows repeated, a footer with the sheet
name and page numbers). Text that came from a user is always written as text, with the
quote prefix, so a leading =, +, - or @ can never become a formula.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

TITLE = Font(bold=True, size=14, color="1F3A2E")
SUBTITLE = Font(italic=True, size=9, color="5B6B63")
HEADER = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F6B57")
TOTAL = Font(bold=True)
TOTAL_BORDER = Border(top=Side(style="thin", color="2F6B57"))
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")

# Number formats by unit: thousands separators, decimals that suit the unit.
FORMATS = {
    "t": "#,##0.000", "kg": "#,##0.0", "kt": "#,##0.000", "Mt": "#,##0.0000",
    "m³": "#,##0.00", "L": "#,##0", "thousand m³": "#,##0.000",
    "GJ": "#,##0.00", "TJ": "#,##0.0000", "MWh": "#,##0.000", "kWh": "#,##0", "GWh": "#,##0.0000",
    "Gcal": "#,##0.00", "tce": "#,##0.000", "toe": "#,##0.000",
    "%": "0.0%", "share": "0.0%", "count": "#,##0", "₸": "#,##0", "money": "#,##0",
    "number": "#,##0.###", "g/t": "#,##0.00", "date": "yyyy-mm-dd", "month": "yyyy-mm",
}


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Formula:
    """A live formula and the figure the services computed for it.

    The workbook keeps the formula (an auditor sees how the figure is made) together with
    its value, so a preview, a phone or a reader that does not recalculate shows the figure
    and not a blank; verify compares both. `value` None or "" stands for an empty result
    (a share of nothing)."""
    text: str  # "=SUM(G4:K4)"
    value: float | int | str | None


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


_NOT_IN_SHEET_NAMES = str.maketrans({ch: " " for ch in "[]:*?/\\"})


def sheet_name(wb: Workbook, text: str) -> str:
    """A name Excel accepts for a new sheet: none of []:*?/\\, at most 31 characters, and
    unique in the workbook (Excel ignores case), so a long translation cannot clash."""
    base = " ".join(text.translate(_NOT_IN_SHEET_NAMES).split()).strip("'") or "Sheet"
    taken = {name.casefold() for name in wb.sheetnames}
    name, n = base[:31].rstrip(), 1
    while name.casefold() in taken:
        n += 1
        suffix = f" ({n})"
        name = base[:31 - len(suffix)].rstrip() + suffix
    return name


def quoted(text: str) -> str:
    """Text set inside a formula's string literal ("...")."""
    return text.replace('"', '""')


def plain_text(value: str) -> str | None:
    """The value itself when it can be written as a bare string (the fast path for 100k
    rows): printable and not starting like a formula. None when it needs safe_text."""
    if value.isprintable() and not value.startswith(FORMULA_PREFIXES):
        return value
    return None


def safe_text(ws, value: str, **style) -> WriteOnlyCell:
    """A text cell that stays text: data type string, quote prefix when it looks like a
    formula. Control characters that XML cannot carry are replaced."""
    clean = value if value.isprintable() else "".join(
        ch if ch in "\t\n\r" or ord(ch) >= 32 else "\ufffd" for ch in value)
    cell = WriteOnlyCell(ws, value=clean)
    cell.data_type = "s"
    if clean.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True
    for key, v in style.items():
        setattr(cell, key, v)
    return cell


class SheetWriter:
    """Streams one sheet of a write-only workbook (memory stays flat for 100k rows).

    The sheet's name, title, subtitle, column headings and total labels are given in English
    (marked for translation where they are written) and translated here with `tr`, the
    report's ReportContext.tr; text already in the officer's language passes unchanged."""

    def __init__(self, wb: Workbook, name: str, title: str, subtitle: str,
                 columns: Sequence[Column], table_name: str,
                 tr: Callable[[str], str] = _same) -> None:
        self.tr = tr
        name, title, subtitle = tr(name), tr(title), tr(subtitle)
        self.ws = wb.create_sheet(sheet_name(wb, name))
        self.columns = list(columns)
        self.table_name = table_name
        self.header_row = 3
        self.rows = 0
        for i, col in enumerate(self.columns, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = col.width
        self.ws.freeze_panes = f"A{self.header_row + 1}"
        self.ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        ps = self.ws.page_setup
        ps.orientation = "landscape" if sum(c.width for c in self.columns) > 100 else "portrait"
        ps.paperSize = "9"  # A4
        ps.fitToWidth, ps.fitToHeight = 1, 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.oddFooter.left.text = "&A"
        self.ws.oddFooter.right.text = "&P / &N"
        self.ws.oddHeader.left.text = title[:200].replace("&", "&&")
        self.ws.append([safe_text(self.ws, title, font=TITLE)])
        self.ws.append([safe_text(self.ws, subtitle, font=SUBTITLE)])
        self.ws.append([safe_text(self.ws, c.title(tr), font=HEADER, fill=HEADER_FILL,
                                  alignment=Alignment(wrap_text=True, vertical="center"))
                        for c in self.columns])
        self._styled: list[WriteOnlyCell | None] = []
        for c in self.columns:
            fmt = c.number_format()
            cell = None
            if fmt:
                cell = WriteOnlyCell(self.ws)
                cell.number_format = fmt
            self._styled.append(cell)

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
        for i, c in enumerate(self.columns, start=1):
            if header in (c.header, self.tr(c.header)):
                return get_column_letter(i)
        raise KeyError(header)

    def data_range(self, header: str) -> str:
        """The absolute range of a column's records, for the formulas below the table."""
        letter = self.col(header)
        return f"${letter}${self.first_data_row}:${letter}${self.last_data_row}"

    def cell(self, index: int, value: object) -> object:
        """The cell to append for a value. Write-only cells are serialised on append, so
        one styled cell per column is reused row after row (styling 100k cells one by one
        would double the export time)."""
        if value is None or value == "":
            return None
        col = self.columns[index]
        if isinstance(value, Formula):
            value = value.text
        elif isinstance(value, str) and col.kind != "formula":
            plain = plain_text(value)
            return plain if plain is not None else safe_text(self.ws, value)
        styled = self._styled[index]
        if styled is None:
            return value
        styled.value = value
        return styled

    def append(self, values: Sequence[object]) -> None:
        """Write one record, each value formatted by its column."""
        self.rows += 1
        self.ws.append([self.cell(i, v) for i, v in enumerate(values)])

    def extend(self, rows: Iterable[Sequence[object]]) -> None:
        """Write several records."""
        for r in rows:
            self.append(r)

    def row_number(self) -> int:
        """The sheet row the next appended row will occupy."""
        return self.header_row + self.rows + 1

    def finish_table(self) -> None:
        """Make the data an Excel table (filter buttons, banding, a name for formulas)."""
        if self.rows == 0:
            self.append([None] * len(self.columns))  # a table needs a data row
        ref = (f"A{self.header_row}:{get_column_letter(len(self.columns))}"
               f"{self.last_data_row}")
        table = Table(displayName=self.table_name, ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        table.tableColumns = [TableColumn(id=i, name=c.title(self.tr))
                              for i, c in enumerate(self.columns, start=1)]
        table.autoFilter = None
        from openpyxl.worksheet.filters import AutoFilter

        table.autoFilter = AutoFilter(ref=ref)
        with warnings.catch_warnings():  # columns are set above, as write-only mode needs
            warnings.simplefilter("ignore", UserWarning)
            self.ws.add_table(table)

    def blank(self) -> None:
        """An empty row inside the table's area."""
        self.ws.append([])

    def label_value(self, label: str, formula_or_value: object, unit: str = "",
                    label_col: int = 1) -> int:
        """A labelled total below the table; returns its row number."""
        row = self.header_row + self.rows + 1 + self._extra
        cells: list[object] = [None] * (label_col - 1)
        cells.append(safe_text(self.ws, self.tr(label), font=TOTAL))
        if isinstance(formula_or_value, Formula):
            formula_or_value = formula_or_value.text
        value = WriteOnlyCell(self.ws, value=formula_or_value)
        value.font = TOTAL
        value.border = TOTAL_BORDER
        fmt = FORMATS.get(unit)
        if fmt:
            value.number_format = fmt
        cells.append(value)
        if unit and unit not in ("%", "share", "count"):
            cells.append(safe_text(self.ws, unit))
        self.ws.append(cells)
        self._extra += 1
        return row

    _extra = 0

    def gap(self) -> None:
        """An empty row below the table, before the totals."""
        self.ws.append([])
        self._extra += 1
