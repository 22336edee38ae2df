"""Load the emission factor library from the officer's CSV or XLSX (all rows or none).

The file has one row per factor with the columns of `COLUMNS` (English headings, or the
Russian and Kazakh ones listed). It is read through the safe reader and loaded as one
version by `greendesk.services.factors.load_factors`, which lists what changed.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path

from greendesk.errors import DomainError, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.readers.tabular import Table, parse_date, parse_number, read_table
from greendesk.services.changes import Changes
from greendesk.services.factors import FactorDiff, FactorDraft, load_factors
from greendesk.store.db import Database

# Field -> accepted headings (compared case-insensitively).
COLUMNS: dict[str, tuple[str, ...]] = {
    "substance": ("substance", "вещество", "зат"),
    "activity": ("activity", "material", "активность", "материал", "топливо", "отын"),
    "value": ("value", "factor", "значение", "коэффициент", "мәні"),
    "unit": ("unit", "единица", "бірлік"),
    "parameter": ("parameter", "параметр", "η′"),
    "method": ("method", "метод", "әдіс"),
    "citation": ("citation", "source", "источник", "дереккөз"),
    "valid_from": ("valid_from", "valid from", "действует с"),
    "valid_until": ("valid_until", "valid until", "действует по"),
}
REQUIRED = ("substance", "activity", "value", "unit", "citation")


def _columns(table: Table) -> dict[str, int]:
    heads = [" ".join(h.split()).casefold() for h in table.header]
    found = {f: heads.index(a) for f, aliases in COLUMNS.items() for a in aliases
             if a in heads}
    missing = [f for f in REQUIRED if f not in found]
    if missing:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} has no column {column!r}; a factor "
                                                       "file has substance, activity, value, "
                                                       "unit and citation."),
                          name=table.source, column=missing[0])
    return found


def read_factors(path: str | PathLike[str]) -> tuple[list[FactorDraft], str]:
    """The rows of a factor file and its SHA-256; DomainError names the first bad cell."""
    table = read_table(path)
    cols = _columns(table)
    drafts: list[FactorDraft] = []
    for i, row in enumerate(table.rows):
        if all(v in (None, "") for v in row):
            continue

        def cell(f: str, row: tuple = row) -> object:
            j = cols.get(f)
            return row[j] if j is not None and j < len(row) else None

        def text(f: str) -> str:
            v = cell(f)
            return "" if v is None else str(v).strip()

        where = table.cell(i, cols["value"])
        try:
            value = parse_number(cell("value"))
            param = parse_number(cell("parameter")) if text("parameter") else None
            start = parse_date(cell("valid_from")) if text("valid_from") else None
            until = parse_date(cell("valid_until")) if text("valid_until") else None
        except ValueError as exc:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{where}: {problem}."),
                              where=str(where), problem=message_of(exc)) from None
        drafts.append(FactorDraft(text("substance"), text("activity"), value, text("unit"),
                                  text("citation"), param, text("method"), start, until))
    return drafts, table.sha256


def import_factors(db: Database, path: str | PathLike[str], label: str = ""
                   ) -> tuple[FactorDiff, Changes]:
    """Read a factor file and load it as a new version of the library."""
    drafts, sha = read_factors(path)
    return load_factors(db, drafts, Path(path).name, sha, label)
