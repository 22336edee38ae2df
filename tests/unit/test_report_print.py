"""Issue 15 §7: a report pack prints legibly. LibreOffice renders it to PDF (the closest thing
to printing here) and poppler's pdftotext reads it back: every heading and every value
prints whole, no text runs under its neighbour, nothing shows ####, and no sheet prints
below 70 % (7 pt for 10 pt text)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.periods import year
from greendesk.reports import layout
from greendesk.reports.book import ReportBook
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import REPORTS, write_report
from greendesk.reports.sheet import Column, SheetWriter
from greendesk.store.db import open_database
from tests.conftest import DEMO_TODAY, needs
from tests.unit.test_reports import SOFFICE, column_width

PDFTOTEXT = shutil.which("pdftotext")
HTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Word:
    """A word of the PDF with its box, in points."""
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Printed:
    """A pack and its PDF: the workbook, its text and its words."""
    xlsx: Path
    text: str
    words: list[Word]
    pages: int


def _render(xlsx: Path, tmp: Path) -> Printed:
    out = tmp / "pdf"
    subprocess.run([SOFFICE, "--headless", "--norestore",
                    f"-env:UserInstallation=file://{tmp}/lo", "--convert-to", "pdf",
                    "--outdir", str(out), str(xlsx)], check=True, capture_output=True,
                   timeout=300)
    pdf = out / (xlsx.stem + ".pdf")
    text = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    boxes = subprocess.run([PDFTOTEXT, "-bbox", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    words = []
    root = ET.fromstring(boxes)
    pages = root.iter(f"{HTML}page")
    n = 0
    for n, page in enumerate(pages, start=1):
        for w in page.iter(f"{HTML}word"):
            words.append(Word(n, w.text or "", *(float(w.get(k, 0)) for k in (
                "xMin", "yMin", "xMax", "yMax"))))
    return Printed(xlsx, text, words, n)


@pytest.fixture(scope="module", params=["en", "ru"])
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> Printed:
    """The demo's pack for a year, in English (three years of data) and Russian (one)."""
    code = request.param
    if code == "en":
        source, when = request.getfixturevalue("demo_db_file"), DEMO_TODAY.year - 1
    else:
        source, when = request.getfixturevalue("language_demo_files")["ru"], DEMO_TODAY.year
    tmp = tmp_path_factory.mktemp(f"print-{code}")
    db_path = tmp / "demo.sqlite"
    shutil.copyfile(source, db_path)
    db = open_database(db_path)
    try:
        xlsx = tmp / "pack.xlsx"
        write_report(list(REPORTS), ReportContext(db, year(when), language=code), xlsx)
    finally:
        db.close()
    return _render(xlsx, tmp)


def _tokens(printed: Printed) -> set[str]:
    """Every word of the PDF, and a word wrapped after a dash or slash joined with each word
    starting the next line at or left of it (a line may break there)."""
    found = {w.text for w in printed.words}
    for a in printed.words:
        if a.text.endswith(("-", "–", "—", "/")):
            height = a.y1 - a.y0
            found.update(a.text + b.text for b in printed.words
                         if b.page == a.page and a.y0 + height / 2 < b.y0 < a.y1 + height
                         and a.x0 - 400 < b.x0 <= a.x0 + 1)
    return found


def _visible_sheets(xlsx: Path):  # type: ignore[no-untyped-def]
    wb = load_workbook(xlsx)
    return [ws for ws in wb.worksheets if ws.sheet_state == "visible"]


needs_renderer = needs(SOFFICE and PDFTOTEXT, reason="LibreOffice and poppler-utils are not "
                       "installed (CI installs libreoffice-calc and poppler-utils)")


@needs_renderer
def test_every_heading_and_value_prints_whole(printed: Printed) -> None:
    tokens = _tokens(printed)
    checked = 0
    for ws in _visible_sheets(printed.xlsx):
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or cell.value.startswith("="):
                    continue
                for token in cell.value.split():
                    # a word the renderer broke shows as two tokens, a cut one as a stub
                    assert token in tokens, (ws.title, cell.coordinate, cell.value, token)
                    checked += 1
    assert checked > 500
    assert "###" not in printed.text  # a number wider than its column
    licence = re.search(r"KZ-\S+-\d{4}", printed.text)
    assert licence and licence.group(0).endswith(("2021", "2022", "2023", "2024", "2025",
                                                   "2026", "2027"))


@needs_renderer
def test_no_text_runs_under_its_neighbour(printed: Printed) -> None:
    """A cell's text that does not fit is clipped on paper but whole in the PDF's text, so
    the boxes tell: a word that ends where (or after) the next word on its line starts ran
    into the next cell."""
    by_line: dict[tuple[int, int], list[Word]] = {}
    for w in printed.words:
        by_line.setdefault((w.page, round(w.y1 * 2)), []).append(w)
    touching = []
    for line in by_line.values():
        line.sort(key=lambda w: w.x0)
        for a, b in zip(line, line[1:], strict=False):
            if b.x0 - a.x1 < 0.5:
                touching.append((a.page, a.text, b.text))
    assert touching == []


@needs_renderer
def test_every_sheet_prints_at_70_percent_or_more(printed: Printed) -> None:
    smallest = 100.0
    for ws in _visible_sheets(printed.xlsx):
        setup = ws.page_setup
        if ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage:
            assert setup.fitToWidth in (None, 1) and setup.fitToHeight == 0  # 1 is the default
            widths = [0.0] * ws.max_column
            for dim in ws.column_dimensions.values():
                for i in range(dim.min or 1, min(dim.max or 0, ws.max_column) + 1):
                    widths[i - 1] = dim.width - 5 / 7  # as written: Excel's padding added
            scale = layout.fit_scale(widths, setup.orientation or "portrait")
        else:
            scale = setup.scale or 100
            assert ws.print_title_rows == "$3:$3" and ws.print_title_cols  # keys repeated
        assert scale >= 70, (ws.title, scale)
        smallest = min(smallest, scale)
    print(f"{printed.pages} pages, smallest scale {smallest:.0f} %")
    # the PDF agrees: 10 pt text (the smallest in a sheet) prints at 7 pt or more; a word's
    # box is about 1.2 times its font's size (1.2055 for DejaVu Sans, which LibreOffice uses
    # for Calibri when it lacks Carlito; 5 % spared for other fonts)
    size = min(w.y1 - w.y0 for w in printed.words) / 1.2055
    print(f"smallest printed text {size:.2f} pt")
    assert size >= 7.0 * 0.95, size


def _sheet(tmp_path: Path, columns: list[Column], rows: list[list[object]]):  # type: ignore[no-untyped-def]
    path = tmp_path / "t.xlsx"
    book = ReportBook(path)
    sheet = SheetWriter(book, "S", "A title", "A subtitle", columns, "T")
    sheet.extend(rows)
    sheet.finish_table()
    book.close()
    return load_workbook(path)["S"]


def test_figures_show_a_precision_that_suits_their_size(tmp_path: Path) -> None:
    ws = _sheet(tmp_path, [Column("Waste"), Column("Generated", "t", kind="number")],
                [["Sludge", 1.064457], ["Tailings", 23_500_000.4], ["Ore", 466_630.353]])
    assert [ws.cell(r, 2).number_format for r in (4, 5, 6)] == [
        "#,##0.000", "#,##0", "#,##0.0"]
    assert ws["B5"].value == 23_500_000.4  # the cell keeps the full value


def test_a_wide_table_prints_in_column_groups_at_70_percent(tmp_path: Path) -> None:
    columns = [Column("Site", width=22), Column("Scope", width=28)] + [
        Column(f"Figure {i}", "t", width=14, kind="number") for i in range(14)]
    ws = _sheet(tmp_path, columns, [["Nurken", "whole site", *range(14)]])
    assert ws.page_setup.scale == 70 and ws.print_title_cols == "$A:$B"
    breaks = [b.id for b in ws.col_breaks.brk]
    assert len(breaks) >= 1 and all(b > 2 for b in breaks)
    narrow = _sheet(tmp_path, columns[:5], [["Nurken", "whole site", 1, 2, 3]])
    assert narrow.sheet_properties.pageSetUpPr.fitToPage and narrow.page_setup.scale is None


def test_headings_are_tall_enough_and_columns_wide_enough(tmp_path: Path) -> None:
    ws = _sheet(tmp_path, [Column("Hazardous", width=6), Column("Licence", width=8),
                           Column("Unaccounted share of inputs", "%", width=8)],
                [["yes", "KZ-02VCZ-0071-2021", None]])
    assert column_width(ws, 1) >= len("Hazardous")  # no heading word broken
    assert column_width(ws, 2) >= len("KZ-02VCZ-0071-2021")  # the licence whole
    assert ws.row_dimensions[3].height >= 3 * layout.LINE_PT  # the heading's wrapped lines
