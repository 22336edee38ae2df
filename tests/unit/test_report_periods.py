"""The period a report covers: a month, a quarter or a year, parsed, named in the titles
and compared with the same period a year earlier (issue 15 §3)."""

from __future__ import annotations

import calendar
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from greendesk import periods
from greendesk.cli import main
from greendesk.errors import render
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.registry import REPORTS, ReportDef, write_report
from greendesk.reports.sheet import Column, SheetWriter
from greendesk.services.waste_indicators import waste_indicators
from greendesk.store.db import Database

YEARS = st.integers(periods.FIRST_YEAR + 1, periods.LAST_YEAR)


# ---------------------------------------------------------------- parsing and naming
@given(YEARS, st.integers(1, 12))
def test_a_month_parses_to_its_days_label_and_name(y: int, m: int) -> None:
    p = periods.parse_period(f"{y}-{m:02d}")
    assert (p.start, p.end, p.label) == (
        date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), f"{y}-{m:02d}")
    assert periods.kind(p) == "month"
    assert str(periods.name(p)) == f"{calendar.month_name[m]} {y}"
    # recorded in a workbook as its days only, it is the same kind and name again
    again = periods.Period(p.start, p.end, "anything")
    assert (periods.kind(again), str(periods.name(again))) == ("month", str(periods.name(p)))
    assert periods.year_earlier(p) == periods.month(y - 1, m)


@given(YEARS, st.integers(1, 4))
def test_a_quarter_parses_to_its_days_label_and_name(y: int, q: int) -> None:
    for text in (f"{y}-Q{q}", f"{y}q{q}"):
        p = periods.parse_period(text)
        first = 3 * q - 2
        assert (p.start, p.end, p.label) == (
            date(y, first, 1), date(y, first + 2, calendar.monthrange(y, first + 2)[1]),
            f"{y}-Q{q}")
        assert periods.kind(p) == "quarter" and str(periods.name(p)) == f"Q{q} {y}"
        assert periods.year_earlier(p) == periods.quarter(y - 1, q)


def test_a_year_and_a_range_are_named_and_compared() -> None:
    assert str(periods.name(periods.year(2026))) == "2026"
    assert periods.year_earlier(periods.year(2026)) == periods.year(2025)
    leap = periods.parse_period("2024-02-29..2024-06-30")
    assert periods.kind(leap) == "custom"
    assert periods.year_earlier(leap) == periods.custom(date(2023, 2, 28), date(2023, 6, 30))
    assert periods.year_earlier(periods.custom(date(2024, 1, 1), date(2025, 6, 30))) is None


@pytest.mark.parametrize(("text", "sentence"), [
    ("2026-13", "There is no month 13; months are 1 to 12."),
    ("2026-00", "There is no month 0; months are 1 to 12."),
    ("2026-Q5", "There is no quarter 5; quarters are 1 to 4."),
    ("2026-Q0", "There is no quarter 0; quarters are 1 to 4."),
    ("0000", "There is no year 0 in GreenDesk's records; years run from 1901 to 2199."),
    ("2026-02-30..2026-03-31", "There is no day 2026-02-30 in the calendar."),
    ("2026-03-31..2026-03-01", "The period 2026-03-31 – 2026-03-01 ends before it starts."),
    ("January", "'January' is not a period; write a year (2025), a quarter (2025-Q1), a month "
                "(2025-03) or a range (2025-01-01..2025-06-30)."),
])
def test_a_bad_period_is_refused_in_one_sentence(text: str, sentence: str) -> None:
    with pytest.raises(ValueError) as err:
        periods.parse_period(text)
    assert render(err.value) == sentence


def test_the_cli_refuses_a_bad_period_in_the_officers_language(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.xlsx"
    for args, said in ((["--period", "2026-Q5"], "Квартала 5 не существует"),
                       (["--period", "2026-13"], "Месяца 13 не существует"),
                       (["--year", "0"], "0")):
        code = main(["--lang", "ru", "report", "pack", "--db", str(demo_path), *args,
                     "-o", str(out)])
        err = capsys.readouterr().err
        assert code == 2 and said in err and "Traceback" not in err
        assert err.count("\n") == 1  # one sentence
    assert main(["indicators", "--db", str(demo_path), "--period", "2025-Q5"]) == 2
    assert "There is no quarter 5" in capsys.readouterr().err
    assert not out.exists()


# ---------------------------------------------------------------- titles
def _title(wb, sheet: str) -> str:  # type: ignore[no-untyped-def]
    return str(wb[sheet]["A1"].value)


def test_a_january_pack_is_titled_for_january(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "jan.xlsx"
    write_report(list(REPORTS), ReportContext(demo_db, periods.month(2025, 1)), path)
    wb = load_workbook(path)
    cover = {r[0]: r[1] for r in wb["Cover"].iter_rows(values_only=True) if r and r[0]}
    assert _title(wb, "Cover") == "Environmental compliance report for January 2025"
    assert cover["Period"] == "January 2025 (month, 2025-01-01 – 2025-01-31)"
    assert _title(wb, "Waste inventory") == "Waste report for January 2025"
    assert _title(wb, "Waste indicators") == "Waste indicators for January 2025"
    for sheet, title in (("Material balance", "Material and energy balance"),
                         ("Rational use", "Rational use of mineral resources"),
                         ("Greening plan", "Greening plan"),
                         ("Formations", "Technogenic formations"),
                         ("Ledger", "Flow ledger extract")):
        assert _title(wb, sheet) == f"{title} for January 2025"
    every = [str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
             for v in row if isinstance(v, str)]
    assert not [v for v in every if "Annual" in v or "year end" in v]


def test_a_quarter_and_a_year_are_titled_for_themselves(demo_db: Database,
                                                        tmp_path: Path) -> None:
    for period, name, line in (
            (periods.quarter(2025, 1), "Q1 2025", "Q1 2025 (quarter, 2025-01-01 – 2025-03-31)"),
            (periods.year(2024), "2024", "2024 (year, 2024-01-01 – 2024-12-31)")):
        path = tmp_path / f"{period.label}.xlsx"
        write_report(["waste"], ReportContext(demo_db, period), path)
        wb = load_workbook(path)
        cover = {r[0]: r[1] for r in wb["Cover"].iter_rows(values_only=True) if r and r[0]}
        assert _title(wb, "Waste inventory") == f"Waste report for {name}"
        assert cover["Period"] == line


def test_a_title_is_translated_with_the_period_in_its_proper_form(demo_db: Database) -> None:
    # the catalogue's entries for the templates, as the translators give them
    table = {("reports", "{report} for {period}"): "{report} за {period}",
             ("reports", "Waste report"): "Отчёт по отходам",
             ("periods", "{month} {year}"): "{month} {year} г.",
             ("periods", "January"): "январь",
             ("periods", "Q{quarter} {year}"): "{roman} квартал {year} г."}

    def russian(context: str, text: str) -> str:
        return table.get((context, text), text)

    jan = ReportContext(demo_db, periods.month(2026, 1), translate=russian, language="ru")
    q1 = ReportContext(demo_db, periods.quarter(2026, 1), translate=russian, language="ru")
    assert jan.title("Waste report") == "Отчёт по отходам за январь 2026 г."
    assert q1.title("Waste report") == "Отчёт по отходам за I квартал 2026 г."


# ---------------------------------------------------------------- the same period a year earlier
def _generated(db: Database, start: date, end: date) -> float:
    """All waste generated in [start, end]: waste leaving a process node, by plain SQL."""
    con = sqlite3.connect(db.path)
    try:
        return con.execute(
            "SELECT coalesce(sum(f.qty_canonical), 0) FROM flow f "
            "JOIN node a ON a.id = f.from_node_id JOIN material m ON m.id = f.material_id "
            "WHERE a.kind = 'process' AND m.category = 'waste' "
            "AND f.flow_date BETWEEN ? AND ?", (start.isoformat(), end.isoformat())
        ).fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("period", [periods.month(2025, 1), periods.quarter(2025, 1)],
                         ids=["January", "Q1"])
def test_the_indicators_compare_with_the_same_period_a_year_earlier(
        period: periods.Period, demo_db: Database, tmp_path: Path) -> None:
    earlier = periods.year_earlier(period)
    assert earlier is not None
    now, before = (_generated(demo_db, p.start, p.end) for p in (period, earlier))
    whole_year = _generated(demo_db, date(2025, 1, 1), date(2025, 12, 31))
    assert 0 < now < whole_year / 2 and before > 0
    wi = waste_indicators(demo_db, period)
    assert wi.previous is not None
    assert wi.current.generated == pytest.approx(now)
    assert wi.previous.generated == pytest.approx(before)
    assert wi.current.period == period.label and wi.previous.period == earlier.label
    assert wi.change_pct("generated") == pytest.approx((now - before) / before * 100)

    path = tmp_path / "w.xlsx"
    write_report(["waste"], ReportContext(demo_db, period), path)
    ws = load_workbook(path)["Waste indicators"]
    head = [c.value for c in ws[3]]
    assert "Generated in the same period of the previous year, t" in head
    assert "Generated, change on the same period of the previous year, %" in head
    enterprise = [c.value for c in ws[4]]
    assert enterprise[1] == str(periods.name(period))
    assert (enterprise[2], enterprise[9]) == (pytest.approx(now), pytest.approx(before))
    assert enterprise[10] == '=IF(N(J4)=0,"",(C4-J4)/ABS(J4))'
    assert f"Compared with {periods.name(earlier)}." in str(ws["A2"].value)


def test_stock_and_flows_of_a_quarter_leave_out_the_months_after_it(db: Database) -> None:
    from tests.unit.test_waste import G, T, build, move

    wp = build(db)
    move(wp, G, date(2024, 2, 1), 40, dst=wp.store_a)     # Q1 2024
    move(wp, G, date(2024, 5, 1), 100, dst=wp.store_a)    # Q2 2024: stock only
    move(wp, G, date(2025, 3, 1), 10, dst=wp.store_a)     # Q1 2025
    move(wp, T, date(2025, 3, 20), 30, src=wp.store_a)    # Q1 2025
    move(wp, G, date(2025, 6, 1), 500, dst=wp.store_a)    # after the quarter
    wi = waste_indicators(wp.db, periods.quarter(2025, 1), wp.site)
    assert wi.previous is not None
    assert (wi.current.generated, wi.current.transferred) == (10, 30)
    assert wi.current.stock_at_year_end == 40 + 100 + 10 - 30
    assert (wi.previous.generated, wi.previous.stock_at_year_end) == (40, 40)
    assert wi.change_pct("generated") == pytest.approx(-75.0)
    assert waste_indicators(wp.db, 2025, wp.site).current.generated == 510  # a year as before


# ---------------------------------------------------------------- the command line and the pack
def test_a_monthly_pack_from_the_command_line_verifies(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "jan.xlsx"
    assert main(["report", "pack", "--db", str(demo_path), "--period", "2025-01",
                 "-o", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    wb = load_workbook(out)
    assert _title(wb, "Waste inventory") == "Waste report for January 2025"
    assert main(["verify", str(out), "--db", str(demo_path)]) == 0
    assert "The workbook matches the database." in capsys.readouterr().out
    quarter = tmp_path / "q1.xlsx"
    assert main(["report", "waste", "--db", str(demo_path), "--period", "2025-Q1",
                 "-o", str(quarter)]) == 0
    assert _title(load_workbook(quarter), "Waste inventory") == "Waste report for Q1 2025"
    assert main(["indicators", "--db", str(demo_path), "--period", "2025-01",
                 "--site", "Nurken copper smelter"]) == 0
    text = capsys.readouterr().out
    assert "January 2025" in text and "on January 2024)" in text
    assert "stock at the end of the period" in text


def test_the_pack_holds_every_registered_kind_and_lists_those_skipped(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def extra(wb, ctx: ReportContext) -> int:  # type: ignore[no-untyped-def]
        sheet = SheetWriter(wb, "Extra", ctx.title("Extra report"), "", [Column("A")], "Extra")
        sheet.append(["x"])
        sheet.finish_table()
        return 1

    def empty(wb, ctx: ReportContext) -> int:  # type: ignore[no-untyped-def]
        raise NothingToReport("Nothing for this period.")

    monkeypatch.setitem(REPORTS, "extra", ReportDef("extra", "Extra report", extra))
    monkeypatch.setitem(REPORTS, "empty", ReportDef("empty", "Empty report", empty))
    out = tmp_path / "pack.xlsx"
    assert main(["report", "pack", "--db", str(demo_path), "--period", "2025-02",
                 "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "skipped empty: Nothing for this period." in said
    wb = load_workbook(out)
    assert _title(wb, "Extra") == "Extra report for February 2025"
    assert "Empty" not in wb.sheetnames

