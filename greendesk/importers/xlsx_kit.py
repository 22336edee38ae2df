"""What every workbook GreenDesk hands an officer to fill in shares: the heading style, text
that stays text, drop-down lists kept on a hidden sheet, and saving without leaving a
partial file. Used by the flow template (template.py) and the plant set-up workbook."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from greendesk.errors import DomainError, term
from greendesk.i18n import QT_TRANSLATE_NOOP

LISTS_SHEET = "Lists"
LAST_ROW = 1_048_576
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBDA")
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws: Worksheet, row: int, col: int, value: object) -> None:
    """Write a value; text beginning with "=" stays text (a name, never a formula)."""
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


def write_headings(ws: Worksheet, headings: Sequence[str], widths: Sequence[int]) -> None:
    """Row 1's bold, shaded headings with the columns' widths, frozen above the data."""
    for j, (heading, width) in enumerate(zip(headings, widths, strict=True), start=1):
        cell = ws.cell(row=1, column=j, value=heading)
        cell.font, cell.fill = BOLD, HEAD_FILL
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.freeze_panes = "A2"


def write_lists(wb: Workbook, lists: Mapping[str, Sequence[str]],
                titles: Mapping[str, str]) -> dict[str, str]:
    """The hidden sheet of drop-down lists (inline lists are limited to 255 characters, which
    a plant's names exceed at once); returns the formula of each non-empty list's range."""
    ws = wb.create_sheet(LISTS_SHEET)
    ws.sheet_state = "hidden"
    ranges: dict[str, str] = {}
    for j, (key, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(j)
        ws.cell(row=1, column=j, value=titles[key]).font = BOLD
        ws.column_dimensions[letter].width = max([12, *map(len, values)]) + 2
        for i, value in enumerate(values, start=2):
            put(ws, i, j, value)
        if values:
            ranges[key] = f"={LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def list_validation(ws: Worksheet, letter: str, formula: str, *, title: str, prompt: str,
                    error: str, strict: bool) -> None:
    """A drop-down on a whole column below its heading: `strict` stops other values, else
    Excel warns and lets the officer keep theirs."""
    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True,
                        showInputMessage=True, errorStyle="stop" if strict else "warning",
                        promptTitle=title[:32], prompt=prompt[:255], errorTitle=title[:32],
                        error=error[:255])
    dv.add(f"{letter}2:{letter}{LAST_ROW}")
    ws.add_data_validation(dv)


def save_xlsx(wb: Workbook, path: str | os.PathLike[str], what: str) -> Path:
    """Save to an .xlsx written beside the target and renamed, so an error never leaves a
    partial workbook; refuses another file type with a sentence naming `what`."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{target}: the {what} is an Excel "
                                                       "workbook; give a file name ending in "
                                                       ".xlsx."),
                          target=target.name, what=term(what))
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.tmp.xlsx")
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
