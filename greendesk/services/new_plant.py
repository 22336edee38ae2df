"""A new, empty plant database made without the window (`greendesk new`).

The file appears only when it is complete: it is built beside the target under a partial
name and renamed at the end, so a refused BIN or a full disk leaves nothing behind, and an
existing database is never overwritten.
"""

from __future__ import annotations

import os
from pathlib import Path

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.paths import is_server_url
from greendesk.services import checklist, obligations
from greendesk.services.checklist_template import TEMPLATE_LANGUAGES
from greendesk.services.factors import load_default_factors
from greendesk.services.structure import set_enterprise
from greendesk.store.db import Database, open_database
from greendesk.validation import clean_name, validate_bin


def plan_language(code: str | None) -> str:
    """The language a new plant's greening plan is written in: "ru" for "ru_KZ"; refused
    in one sentence when the plan is not written in it."""
    lang = (code or "en").strip().lower().replace("-", "_").split("_")[0]
    if lang not in TEMPLATE_LANGUAGES:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "The greening plan is written in English, Russian or Kazakh (en, ru, "
                       "kk), not {value!r}."), value=code, field="language")
    return lang


def create_plant(path: Path, enterprise: str, bin_: str, language: str = "en") -> Path:
    """Create the database at `path` with its enterprise, the greening plan in `language`
    and the default emission factor library; refuses an existing file, a blank name and a
    BIN whose control digit fails, before anything is written. Returns the database's
    resolved path. A server URL (`postgresql://...`) names an empty server database instead
    (`_create_on_server`)."""
    if is_server_url(path):
        return _create_on_server(str(path), enterprise, bin_, language)
    path = Path(path).expanduser().resolve()
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "{path} already exists; GreenDesk does not overwrite a file with a new "
                       "plant. Choose another name."), path=str(path), field="db")
    if not path.parent.is_dir():
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The folder {folder} does not exist."),
                          folder=str(path.parent), field="db")
    clean_name(enterprise, QT_TRANSLATE_NOOP("Refusal", "enterprise"))
    validate_bin(bin_)
    language = plan_language(language)
    partial = path.with_name(f".{path.name}.partial")
    _remove(partial)
    try:
        db = open_database(partial, auto_backup=False)
        try:
            _fill(db, enterprise, bin_, language)
        finally:
            db.close()
        if path.exists() and path.stat().st_size > 0:  # appeared meanwhile: keep it
            raise DomainError(QT_TRANSLATE_NOOP(
                "Refusal", "{path} already exists; GreenDesk does not overwrite a file with a "
                           "new plant. Choose another name."), path=str(path), field="db")
        os.replace(partial, path)
    finally:
        _remove(partial)
    return path


def _create_on_server(url: str, enterprise: str, bin_: str, language: str) -> Path:
    """The plant in an empty server database (the schema is written on opening); refuses
    one that already holds an enterprise. Returns the database's name."""
    from sqlalchemy import func, select

    from greendesk.models import Enterprise

    clean_name(enterprise, QT_TRANSLATE_NOOP("Refusal", "enterprise"))
    validate_bin(bin_)
    language = plan_language(language)
    db = open_database(url)
    try:
        with db.read() as s:
            taken = s.scalar(select(func.count()).select_from(Enterprise))
        if taken:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Refusal", "The server database {name} already holds a plant; GreenDesk does "
                           "not overwrite it with a new one."), name=db.path.name, field="db")
        _fill(db, enterprise, bin_, language)
    finally:
        db.close()
    return db.path


def _fill(db: Database, enterprise: str, bin_: str, language: str) -> None:
    """What a new plant starts with, in a file or on a server: its enterprise, the greening
    plan, the obligations register and the default emission factor library."""
    set_enterprise(db, enterprise, bin_)
    checklist.ensure_ready(db, language)
    obligations.ensure_default_register(db)
    load_default_factors(db)  # the IPCC 2006 default set, a first library version


def _remove(db_file: Path) -> None:
    """A database file and SQLite's companions, if there."""
    for name in (db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm"),
                 Path(f"{db_file}-journal")):
        name.unlink(missing_ok=True)
