"""Reading a workbook's sheet for verify: each cell's value with what a reader sees of it.

openpyxl's read-only cells carry values and styles but not which rows and columns are
hidden; one pass of its sheet parser gives both, so a 100,000-row ledger is read once and
never as a full object model. Per cell verify keeps the value (a formula as `FormulaText`),
the number format and whether its font is the colour of its background (the figure is
there but cannot be seen); styles are resolved once per style, not once per cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl.cell.read_only import ReadOnlyCell
from openpyxl.styles.colors import COLOR_INDEX
from openpyxl.worksheet._reader import WorkSheetParser

# Theme colours a font or fill most often names (Office's default theme): 0 and 1 are
# Excel's "Background 1" and "Text 1". Others count as unknown, never as a match.
_THEME = {0: "FFFFFF", 1: "000000", 2: "E7E6E6", 3: "44546A"}
_WHITE, _BLACK = "FFFFFF", "000000"


class FormulaText(str):
    """A cell's formula ("=SUM(G4:K4)"), told apart from text that looks like one."""


@dataclass(frozen=True)
class Look:
    """What a reader sees of a cell beside its value."""
    number_format: str
    invisible: bool  # the font has the colour of the cell's background


@dataclass
class SheetCells:
    """One sheet as verify compares it: rows of values and looks, hidden rows and columns."""
    name: str
    state: str  # visible, hidden or veryHidden
    values: list[tuple[Any, ...]] = field(default_factory=list)  # sheet row r at [r - 1]
    looks: list[tuple[Look | None, ...]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)


def read_sheet(ws: Any, styles: dict[int, Look]) -> SheetCells:
    """Every row of a read-only worksheet (empty rows as empty tuples; trailing empty cells
    dropped, as writers differ there); `styles` caches looks per style id for the workbook."""
    wb = ws.parent
    out = SheetCells(ws.title, ws.sheet_state or "visible")
    with ws._get_source() as src:
        parser = WorkSheetParser(src, ws._shared_strings, epoch=wb.epoch,
                                 date_formats=wb._date_formats,
                                 timedelta_formats=wb._timedelta_formats)
        for index, cells in parser.parse():
            while len(out.values) < index - 1:
                out.values.append(())
                out.looks.append(())
            width = max((c["column"] for c in cells if c["value"] not in (None, "")),
                        default=0)
            values: list[Any] = [None] * width
            looks: list[Look | None] = [None] * width
            for c in cells:
                col = c["column"]
                if col > width:
                    continue
                value = c["value"]
                if c["data_type"] == "f":
                    value = FormulaText(getattr(value, "text", value) or "")
                values[col - 1] = None if value == "" else value
                looks[col - 1] = _look(ws, c["style_id"] or 0, styles)
            out.values.append(tuple(values))
            out.looks.append(tuple(looks))
        out.hidden_rows = {int(r) for r, attrs in parser.row_dimensions.items()
                           if _hidden(attrs, "ht")}
        for attrs in parser.column_dimensions.values():
            if _hidden(attrs, "width"):
                low = int(attrs.get("min", 0))
                out.hidden_cols.update(range(low, int(attrs.get("max", low)) + 1))
    return out


def _hidden(attrs: dict[str, str], size: str) -> bool:
    """A row or column hidden outright, or shrunk to nothing (height or width 0)."""
    if str(attrs.get("hidden", "")).lower() in ("1", "true"):
        return True
    try:
        return float(attrs.get(size, 1)) == 0
    except ValueError:
        return False


def _look(ws: Any, style_id: int, styles: dict[int, Look]) -> Look:
    look = styles.get(style_id)
    if look is None:
        cell = ReadOnlyCell(ws, 1, 1, None, "n", style_id)
        try:
            fmt = str(cell.number_format or "General")
            font = _rgb(cell.font.color, _BLACK)
            fill = cell.fill
            if getattr(fill, "patternType", None) in (None, "none"):
                back: str | None = _WHITE
            elif fill.patternType == "solid":
                back = _rgb(fill.fgColor, _WHITE)
            else:
                back = None  # a hatched fill: not a plain background
        except (IndexError, KeyError, AttributeError):  # a style the file does not define
            fmt, font, back = "General", _BLACK, _WHITE
        look = styles[style_id] = Look(fmt, font is not None and font == back)
    return look


def _rgb(color: Any, default: str) -> str | None:
    """A colour as RRGGBB; None when it cannot be told (a tinted theme colour)."""
    if color is None:
        return default
    kind = getattr(color, "type", None)
    if kind == "rgb" and isinstance(color.rgb, str):
        return color.rgb[-6:].upper()
    if kind == "indexed":
        index = color.indexed
        if index == 64:  # the system's foreground
            return default
        return COLOR_INDEX[index][-6:].upper() if 0 <= index < len(COLOR_INDEX) else None
    if kind == "theme":
        return _THEME.get(color.theme) if not color.tint else None
    return default
