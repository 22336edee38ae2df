"""Sentences built below the edge (audit-verify problems, import and balance notes,
reconciliation explanations, the audit trail's summaries) carry a marked template and its
arguments, read back in English by `str()` and shown in the officer's language."""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from openpyxl import Workbook

from greendesk import i18n_catalog, periods
from greendesk.analysis.reconcile import M_INCONSISTENT, Variable, reconcile
from greendesk.cli import main
from greendesk.demo.plant import S_SMELT
from greendesk.errors import Translate, render
from greendesk.importers.flows_import import import_flows
from greendesk.readers.tabular import read_table
from greendesk.services import audit_log, structure
from greendesk.services import balances as bal
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database
from tests.unit.test_balances import _small_plant

CHANGED = ("{table} #{key} differs from the audit trail (entry #{eid}): {column} is {value}, "
           "the trail says {expected}.")
CHANGED_RU = ("{table} №{key} отличается от журнала изменений (запись №{eid}): {column} — "
              "{value}, а в журнале — {expected}.")


def catalogue(folder: Path, entries: dict[tuple[str, str], str]) -> Translate:
    """A tiny Russian catalogue in `folder`, read as the command line reads the shipped one."""
    contexts: dict[str, str] = {}
    for (context, source), text in entries.items():
        contexts[context] = contexts.get(context, "") + (
            f"<message><source>{source}</source><translation>{text}</translation></message>")
    body = "".join(f"<context><name>{c}</name>{m}</context>" for c, m in contexts.items())
    path = folder / "greendesk_ru.ts"
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ru">'
                    f"{body}</TS>", encoding="utf-8")
    table = i18n_catalog.read_catalogue(path)
    return lambda context, text: table.get((context, text), text)


@pytest.fixture
def russian_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The command line reading its catalogues from tmp_path, in Russian."""
    monkeypatch.setattr(i18n_catalog, "FOLDER", tmp_path)
    monkeypatch.setenv("GREENDESK_LANG", "ru")
    i18n_catalog._catalogue.cache_clear()
    yield tmp_path
    i18n_catalog._catalogue.cache_clear()


def _tampered_site(plant: Database, db_path: Path) -> int:
    site = structure.get_plant(plant).sites[0]
    con = sqlite3.connect(db_path)
    con.execute("UPDATE site SET region = 'Almaty' WHERE id = ?", (site.id,))
    con.commit()
    con.close()
    return site.id


def test_an_audit_verify_problem_renders_in_russian(plant: Database, db_path: Path,
                                                    tmp_path: Path) -> None:
    site_id = _tampered_site(plant, db_path)
    (problem,) = verify(plant).problems
    assert problem.message.startswith(f"site #{site_id} differs from the audit trail")
    assert problem.text.template == CHANGED and str(problem.text) == problem.message
    russian = catalogue(tmp_path, {("Refusal", CHANGED): CHANGED_RU})
    assert problem.text.render(russian).startswith(
        f"site №{site_id} отличается от журнала изменений (запись №")
    assert problem.text.render(russian).endswith("region — 'Almaty', а в журнале — 'Karaganda'.")


def test_audit_verify_prints_its_problems_in_the_officer_language(
        plant: Database, db_path: Path, russian_cli: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    site_id = _tampered_site(plant, db_path)
    catalogue(russian_cli, {("Refusal", CHANGED): CHANGED_RU})
    plant.close()
    assert main(["audit", "verify", "--db", str(db_path)]) == 1
    assert f"site №{site_id} отличается от журнала изменений" in capsys.readouterr().err


UNKNOWN = "Columns GreenDesk does not know were not imported: {columns}."
UNKNOWN_RU = "Столбцы, которые GreenDesk не знает, не импортированы: {columns}."
NO_CLOSING = ("{node}, {material}: no closing stock-taking within the period; stock change "
              "taken as 0.")
NO_CLOSING_RU = "{node}, {material}: нет закрывающей инвентаризации в периоде; изменение запасов принято равным 0."


def _flows_with_an_extra_column(tmp_path: Path) -> Path:
    path = tmp_path / "flows.csv"
    path.write_text("Date,Site,From,To,Material,Quantity,Unit,Extra\n"
                    f"2025-05-31,{S_SMELT},Power grid,Sulphuric acid plant,Electricity,5,GJ,x\n",
                    encoding="utf-8")
    return path


def test_an_import_note_is_english_text_that_renders_in_russian(
        demo_db: Database, tmp_path: Path) -> None:
    result = import_flows(demo_db, _flows_with_an_extra_column(tmp_path))
    (note,) = result.notes
    assert note == "Columns GreenDesk does not know were not imported: Extra."  # str as before
    assert " ".join(result.notes) == note and "Extra" in note
    russian = catalogue(tmp_path, {("notes", UNKNOWN): UNKNOWN_RU})
    assert render(note, russian) == "Столбцы, которые GreenDesk не знает, не импортированы: Extra."
    assert render(copy.deepcopy(note), russian) == render(note, russian)


def test_the_command_line_prints_an_import_note_in_the_officer_language(
        demo_path: Path, russian_cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    catalogue(russian_cli, {("notes", UNKNOWN): UNKNOWN_RU,
                            ("cli", "Note: {note}"): "Примечание: {note}"})
    main(["import", "flows", str(_flows_with_an_extra_column(russian_cli)), "--db",
          str(demo_path)])
    assert "Примечание: Столбцы, которые GreenDesk не знает, не импортированы: Extra." in \
        capsys.readouterr().out


def test_a_workbook_note_renders_in_russian(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsm"
    wb = Workbook()
    wb.active.append(["Date", "Quantity"])
    wb.active.append(["2025-01-01", 1])
    wb.save(path)
    (note,) = [n for n in read_table(path).notes if "macros" in n]
    template = "{name} contains macros; they were not run and are not kept, only the cell " \
               "values were read."
    russian = catalogue(tmp_path, {("notes", template): "{name} содержит макросы."})
    assert render(note, russian) == "book.xlsm содержит макросы."


def test_a_balance_stock_note_renders_in_russian(plant: Database, tmp_path: Path) -> None:
    ids = _small_plant(plant)
    q1 = bal.balance(plant, periods.quarter(2025, 1), node_id=ids["Stockpile"])
    (note,) = [n for n in q1.stock_notes if "no closing stock-taking" in n]
    russian = catalogue(tmp_path, {("notes", NO_CLOSING): NO_CLOSING_RU})
    assert render(note, russian).endswith(
        ": нет закрывающей инвентаризации в периоде; изменение запасов принято равным 0.")


def test_a_reconciliation_explanation_renders_in_russian(tmp_path: Path) -> None:
    r = reconcile(np.array([[1.0, -1.0]]), [Variable(0, "in", 100.0, 0.0),
                                             Variable(1, "out", 90.0, 0.0)], ["Crusher"])
    (why,) = r.explanations
    assert why.startswith("The balance of Crusher cannot close") and r.as_dict()[
        "explanations"] == [why]
    russian = catalogue(tmp_path, {("reconcile", M_INCONSISTENT):
                                   "Баланс {label} не сходится: остаток {residual:,.6g}."})
    assert render(why, russian) == "Баланс Crusher не сходится: остаток 10."


def test_an_audit_trail_bulk_summary_renders_in_russian(demo_db: Database,
                                                        tmp_path: Path) -> None:
    import_flows(demo_db, _flows_with_an_extra_column(tmp_path))
    newest = audit_log.list_entries(demo_db, audit_log.AuditFilter("flow", "import"))[0]
    detail = audit_log.entry_detail(demo_db, newest.id)
    assert detail is not None and detail.summary.startswith("1 flow records from flows.csv")
    russian = catalogue(tmp_path, {("notes", "{n:,} {entity} records from {file} (sha256 {sha}…)"):
                                   "Записей {entity}: {n:,}, из {file} (sha256 {sha}…)"})
    assert render(detail.summary, russian).startswith("Записей flow: 1, из flows.csv (sha256 ")


def test_notes_greendesk_stored_in_the_trail_render_in_russian(db: Database,
                                                              tmp_path: Path) -> None:
    russian = catalogue(tmp_path, {
        ("notes", "Records written by a new database."): "Записи, созданные новой базой данных.",
        ("notes", "Exported {file}"): "Выгружено: {file}"})
    (row, *_) = audit_log.list_entries(db, audit_log.AuditFilter(text="a new database"))
    assert row.note == "Records written by a new database."  # stored as written
    assert render(row.note, russian) == "Записи, созданные новой базой данных."
    exported = audit_log.stored_note("export", "Exported Form 2-TP 2025.xlsx")
    assert exported == "Exported Form 2-TP 2025.xlsx"
    assert render(exported, russian) == "Выгружено: Form 2-TP 2025.xlsx"
    typed = audit_log.stored_note("period_reopen", "Exported too early")  # an officer's reason
    assert render(typed, russian) == "Exported too early"
