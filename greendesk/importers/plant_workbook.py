"""Writing the plant set-up workbook: empty (the template) or holding the plant as stored
(the export), in the officer's language, with a drop-down on every column whose values come
from a list and an Instructions sheet that explains every column of every sheet.

Import it back with `plant_import.import_plant`: export, correct in Excel, import again.
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from greendesk.errors import Translate, english
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.plant_columns import CONTEXT, SheetSpec
from greendesk.importers.plant_sheets import PLANT_SHEETS
from greendesk.importers.xlsx_kit import (
    BOLD,
    WRAP,
    list_validation,
    put,
    save_xlsx,
    write_headings,
    write_lists,
)
from greendesk.store.db import Database

INSTRUCTIONS = QT_TRANSLATE_NOOP("plantbook", "Instructions")
_NAME_ROWS = 5000  # how far down a drop-down of another sheet's names reaches

_INTRO = (
    QT_TRANSLATE_NOOP("plantbook", "How to fill in the plant set-up workbook"),
    QT_TRANSLATE_NOOP("plantbook", "Each sheet holds one kind of record, one row each. Keep the "
                                   "headings in row 1; columns may be in any order and a sheet "
                                   "you do not need may be left empty or removed. GreenDesk "
                                   "checks every row of every sheet before it writes anything: "
                                   "if one row is wrong, nothing is imported and every problem "
                                   "is listed with its sheet, row, column and value."),
    QT_TRANSLATE_NOOP("plantbook", "Importing again updates the records by name and shows the "
                                   "differences before they are applied. A sheet left empty "
                                   "changes nothing; on a sheet with rows, a record missing "
                                   "from it is deleted only when nothing refers to it: flow "
                                   "records always keep what they refer to, and the import says "
                                   "what it kept and why."),
)


def _quoted(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _lists(db: Database | None) -> dict[str, list[str]]:
    """The drop-downs that come from the database rather than from a sheet."""
    out: dict[str, list[str]] = {}
    if db is None:
        return out
    from greendesk.services.classifier import list_entries
    from greendesk.services.monitoring import list_parameters

    out["codes"] = [e.display_code for e in list_entries(db)]
    out["parameters"] = [p.code for p in list_parameters(db)]
    return out


def _validations(ws: Worksheet, spec: SheetSpec, tr: Translate, ranges: dict[str, str],
                 titles: dict[str, str]) -> None:
    by_key = {s.key: s for s in PLANT_SHEETS}
    for j, c in enumerate(spec.columns, start=1):
        letter, heading = get_column_letter(j), tr(CONTEXT, c.heading)
        help_text = tr(CONTEXT, c.help)
        if c.kind in ("choice", "flag"):
            list_validation(ws, letter, ranges[f"{spec.key}.{c.key}"], title=heading,
                            prompt=help_text, error=help_text, strict=True)
        elif c.names in by_key:
            target = by_key[c.names]
            col = get_column_letter(target.columns.index(target.column(target.identity[-1]))
                                    + 1)
            list_validation(ws, letter, f"={_quoted(titles[target.key])}!${col}$2:${col}$"
                            f"{_NAME_ROWS}", title=heading, prompt=help_text, error=help_text,
                            strict=False)
        elif c.names in ranges:
            list_validation(ws, letter, ranges[c.names], title=heading, prompt=help_text,
                            error=help_text, strict=False)


def _instructions(ws: Worksheet, tr: Translate, titles: dict[str, str]) -> None:
    rows: list[tuple[object, ...]] = [(tr(CONTEXT, _INTRO[0]),), *((tr(CONTEXT, t),)
                                                                  for t in _INTRO[1:])]
    bold: list[int] = [1]
    required, optional = tr(CONTEXT, QT_TRANSLATE_NOOP("plantbook", "required")), ""
    for spec in PLANT_SHEETS:
        rows += [(), (titles[spec.key], tr(CONTEXT, spec.about))]
        bold.append(len(rows))
        for c in spec.columns:
            what = tr(CONTEXT, c.help)
            if c.kind in ("choice", "flag"):
                what += " " + ", ".join(c.options(tr))
            rows.append((tr(CONTEXT, c.heading), required if c.required else optional, what))
        for example in spec.examples:
            rows.append(("", tr(CONTEXT, QT_TRANSLATE_NOOP("plantbook", "example")),
                         " | ".join("" if v is None else str(c.cell(v, tr) or "")
                                    for c, v in zip(spec.columns, example, strict=True))))
    for i, values in enumerate(rows, start=1):
        for j, value in enumerate(values, start=1):
            put(ws, i, j, value)
            ws.cell(row=i, column=j).alignment = WRAP
    for i in bold:
        for j in (1, 2):
            ws.cell(row=i, column=j).font = BOLD
    ws["A1"].font = Font(bold=True, size=14)
    for letter, width in zip("ABC", (30, 14, 90), strict=True):
        ws.column_dimensions[letter].width = width


def write_plant_workbook(path: str | os.PathLike[str], db: Database | None = None, *,
                         translate: Translate = english, with_records: bool = False,
                         reference: bool = False) -> Path:
    """Write the workbook to `path` (.xlsx) in `translate`'s language: empty sheets (the
    template; `db` adds its classifier codes and parameters to the drop-downs), or with
    `with_records` every record of `db`'s plant (the export); `reference` adds `db`'s
    classifier and factor library (`reference_sheets`). Saved whole or not at all."""
    tr = translate
    titles = {s.key: tr(CONTEXT, s.title)[:31] for s in PLANT_SHEETS}
    wb = Workbook()
    _instructions(wb.active, tr, titles)
    wb.active.title = tr(CONTEXT, INSTRUCTIONS)[:31]
    sheets: list[tuple[SheetSpec, Worksheet]] = []
    for spec in PLANT_SHEETS:
        ws = wb.create_sheet(titles[spec.key])
        write_headings(ws, [tr(CONTEXT, c.heading) for c in spec.columns],
                       [c.width for c in spec.columns])
        for j, c in enumerate(spec.columns, start=1):
            if c.kind == "date":
                ws.column_dimensions[get_column_letter(j)].number_format = "yyyy-mm-dd"
        if with_records and db is not None:
            for i, record in enumerate(spec.records(db), start=2):
                for j, c in enumerate(spec.columns, start=1):
                    put(ws, i, j, c.cell(record.values.get(c.key), tr))
        sheets.append((spec, ws))
    lists: dict[str, list[str]] = {}
    list_titles: dict[str, str] = {}
    for spec in PLANT_SHEETS:
        for c in spec.columns:
            if c.kind in ("choice", "flag"):
                key = f"{spec.key}.{c.key}"
                lists[key], list_titles[key] = c.options(tr), tr(CONTEXT, c.heading)
    for key, values in _lists(db).items():
        lists[key], list_titles[key] = values, key
    ranges = write_lists(wb, lists, list_titles)
    for spec, ws in sheets:
        _validations(ws, spec, tr, ranges, titles)
    if reference and db is not None:
        from greendesk.importers.reference_sheets import add_reference

        add_reference(wb, db)
    wb.active = 0
    return save_xlsx(wb, path, QT_TRANSLATE_NOOP("Refusal", "plant set-up workbook"))

