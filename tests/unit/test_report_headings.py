"""Report headings are translated by the sheet writer, given in English where they are written."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from greendesk.periods import year
from greendesk.reports.book import ReportBook
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import write_report
from greendesk.reports.sheet import Column, Formula, SheetWriter
from greendesk.store.db import Database

RU = {"Ledger": "Журнал", "Flow ledger extract": "Выписка из журнала потоков",
      "From": "Откуда", "Uncertainty": "Неопределённость", "Records": "Записей",
      "Quantity": "Количество", "Total": "Итого", "{report} for {period}": "{report} за {period}"}


def russian(context: str, text: str) -> str:
    return RU.get(text, text) if context == "reports" else text


def test_the_writer_translates_name_title_headings_and_labels(tmp_path: Path) -> None:
    wb = ReportBook(tmp_path / "t.xlsx")
    sheet = SheetWriter(wb, "Ledger", "Flow ledger extract", "subtitle",
                        [Column("From"), Column("Quantity", "t", kind="number")], "T",
                        tr=lambda text: russian("reports", text))
    assert sheet.col("Quantity") == sheet.col("Количество") == "B"
    sheet.append(["Mine", 5.0])
    sheet.finish_table()
    sheet.label_value("Total", Formula("=SUM(B4:B4)", 5.0), "t")
    wb.close()
    ws = load_workbook(tmp_path / "t.xlsx")["Журнал"]
    assert [ws["A1"].value, ws["A3"].value, ws["B3"].value, ws["A5"].value] == [
        "Выписка из журнала потоков", "Откуда", "Количество, t", "Итого"]


def test_a_report_comes_out_in_the_officer_language(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "ledger.xlsx"
    write_report(["ledger"], ReportContext(demo_db, year(2025), translate=russian), path)
    ws = load_workbook(path)["Журнал"]
    assert ws["A1"].value == "Выписка из журнала потоков за 2025"  # titled for its period
    assert ws["C3"].value == "Откуда" and ws["M3"].value == "Неопределённость, %"
    labels = [row[0].value for row in ws.iter_rows(min_row=4) if row[0].value == "Записей"]
    assert labels == ["Записей"]
