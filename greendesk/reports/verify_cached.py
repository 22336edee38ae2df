"""Do a workbook's cached formula values still say what the database says?

A preview pane, a phone, python-calamine and openpyxl `data_only` show a formula's cached
value, not its recomputation: a total edited only in the cache would mislead every one of
them while the formula text still matches. Each formula cell of the workbook made again is
compared with the same cell of the given workbook; a cache that shows no figure (a blank,
as a workbook re-saved by a tool that drops caches has) misleads nobody and is not a
difference.

The sheets are read straight from their XML, streamed: openpyxl gives either formulas or
cached values, never both, and the ledger's 100,000 rows hold a handful of formulas.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from pathlib import Path

from defusedxml.ElementTree import iterparse

from greendesk.errors import DomainError, Message, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.verify_compare import Difference

REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
REL_STRICT = "{http://purl.oclc.org/ooxml/officeDocument/relationships}id"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _sheet_parts(z: zipfile.ZipFile) -> Iterator[tuple[str, str]]:
    """(sheet name, part path) of each worksheet, from workbook.xml and its relationships."""
    targets = {}
    for _event, el in iterparse(z.open("xl/_rels/workbook.xml.rels")):
        if _local(el.tag) == "Relationship":
            target = el.get("Target", "")
            targets[el.get("Id")] = (target.lstrip("/") if target.startswith("/")
                                     else posixpath.normpath(posixpath.join("xl", target)))
    for _event, el in iterparse(z.open("xl/workbook.xml")):
        if _local(el.tag) == "sheet":
            part = targets.get(el.get(REL) or el.get(REL_STRICT))
            if part:
                yield el.get("name", ""), part


def _value(t: str | None, text: str | None) -> object:
    """A cached value as its type attribute says; None when it shows no figure."""
    if text is None or text == "":
        return None
    if t == "str" or t == "e" or t == "inlineStr":
        return text
    if t == "b":
        return text.strip() in ("1", "true")
    try:
        return float(text)
    except ValueError:
        return text


def formula_cells(data: io.BytesIO | Path) -> dict[tuple[str, str], tuple[str, object]]:
    """{(sheet, cell): (formula, cached value)} of every formula cell of a workbook."""
    found: dict[tuple[str, str], tuple[str, object]] = {}
    with zipfile.ZipFile(data) as z:
        names = set(z.namelist())
        for sheet, part in _sheet_parts(z):
            if part not in names:
                continue
            for _event, el in iterparse(z.open(part)):
                tag = _local(el.tag)
                if tag == "c":
                    formula = cached = None
                    for child in el:
                        kind = _local(child.tag)
                        if kind == "f":
                            formula = child.text or ""
                        elif kind == "v":
                            cached = child.text
                    if formula is not None:
                        found[(sheet, el.get("r", ""))] = ("=" + formula,
                                                           _value(el.get("t"), cached))
                    el.clear()
                elif tag == "row":
                    el.clear()
    return found


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, int | float) and not isinstance(b, bool):
        return abs(a - b) <= 1e-9 * max(1.0, abs(b))
    return a == b


def cached_differences(given: Path, fresh: Path, limit: int) -> list[Difference]:
    """Formula cells whose cached value in `given` differs from the one made again in
    `fresh`, as (sheet, cell, "formula → given value", "formula → value"), at most
    `limit`. `given` passes the zip and XML checks every workbook from outside passes."""
    from greendesk.readers.tabular import TableReadError
    from greendesk.readers.tabular_xlsx import checked_xlsx

    if limit <= 0:
        return []
    try:
        data, _parts, _errors = checked_xlsx(Path(given))
    except TableReadError as exc:
        raise DomainError(message_of(exc)) from None
    theirs = formula_cells(data)
    diffs: list[Difference] = []
    for key, (formula, value) in formula_cells(Path(fresh)).items():
        shown = theirs.get(key)
        if shown is None or shown[1] is None or shown[1] == "" or shown[0] != formula:
            continue  # no such formula there (compared as a cell), or a cache showing nothing
        if not _same(shown[1], value):
            diffs.append(Difference(key[0], key[1], f"{shown[0]} → {shown[1]!r}",
                                    f"{formula} → {value!r}", Message(QT_TRANSLATE_NOOP(
                                        "reports", "The figure {sheet}!{cell} shows without "
                                        "recalculation was edited: {given} where its formula "
                                        "gives {value}."), context="reports", sheet=key[0],
                                        cell=key[1], given=shown[1], value=value)))
            if len(diffs) >= limit:
                break
    return diffs
