"""Sentences built below the edge (audit-verify problems, import and balance notes,
reconciliation explanations, the audit trail's summaries) carry a marked template and its
arguments, read back in English by `str()` and shown in the officer's language."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from greendesk import i18n_catalog
from greendesk.cli import main
from greendesk.errors import Translate
from greendesk.services import structure
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database

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
