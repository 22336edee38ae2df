"""How a report sheet prints legibly: never below 70 % (7 pt and more), headings tall enough
for their wrapped words, long texts wrapped, no cut cell, figures shown to a precision that
suits their size.

Widths are Excel's: characters of the default font's digit. Where a renderer substitutes a
wider font (LibreOffice without Calibri uses DejaVu Sans, about 8.7 px a digit against
Calibri's 7), its columns grow with the font, so what fits in characters fits there too;
the page, however, holds fewer characters. The page arithmetic below therefore counts the
wider font: a table that fits at 70 % with it fits with any font.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

# A column of w characters prints about 8.7 w + 6 px wide at 100 % in LibreOffice with DejaVu
# Sans, and up to 8 % wider at 70 % (its widths round up at small scales): counted at 9.5.
DIGIT_PX, CELL_PAD_PX = 9.5, 6.0
PAGE_PX = {"landscape": (11.69 - 0.8) * 96, "portrait": (8.27 - 0.8) * 96}  # A4, 0.4" margins
MIN_SCALE = 70  # per cent: 10 pt text prints at 7 pt
LINE_PT = 15.0  # one line of 11 pt text
TEXT_PER_DIGIT = 1.05  # a letter against a digit, with a margin for Cyrillic and capitals
LINE_TEXT = 0.92  # the same, on average over a line of words (to count wrapped lines)
BOLD = 1.1  # bold letters are wider
WRAP_FROM = 20.0  # text columns at least this wide wrap their long texts
MAX_FIT = 40.0  # a short-text column grows to fit its longest value, up to this width

_DECIMALS = re.compile(r"^#,##0(?:\.(0+))?$")


def words_fit(text: str, factor: float = TEXT_PER_DIGIT) -> float:
    """The width a column needs so that no word of `text` is broken."""
    longest = max((len(w) for w in text.split()), default=0)
    return longest * factor + 1.0


def wrapped_lines(text: str, width: float, factor: float = LINE_TEXT) -> int:
    """How many lines `text` takes wrapped at word boundaries in a column `width` wide (a
    word longer than a line breaks where the line ends)."""
    room = max(1, int((width - 1.0) / factor))
    lines = 0
    for paragraph in text.splitlines() or [""]:
        n, used = 1, 0
        for word in paragraph.split():
            size = len(word)
            need = size if not used else used + 1 + size
            if need <= room:
                used = need
                continue
            if used:
                n += 1
            full, used = divmod(size, room)
            n += full - 1 if not used else full
            used = used or room
        lines += n
    return lines


def header_height(titles: Sequence[str], widths: Sequence[float]) -> float:
    """The heading row's height in points: its most wrapped heading, whole."""
    lines = max((wrapped_lines(t, w, LINE_TEXT * BOLD) for t, w in zip(titles, widths,
                                                                              strict=True)),
                default=1)
    return LINE_PT * lines + 3.0


def shown_length(value: float, fmt: str | None) -> int:
    """Characters a number takes in a format like #,##0.000 (0.0% and others: a guess)."""
    digits = len(f"{abs(value):,.0f}") + (value < 0)
    m = _DECIMALS.match(fmt or "")
    if m:
        return digits + (len(m.group(1)) + 1 if m.group(1) else 0)
    return digits + 5


def number_format(fmt: str | None, value: float) -> str | None:
    """The format that shows `value` to a precision that suits its size: about seven
    significant digits and never more decimals than the unit's format (a few tonnes to
    0.001 t, millions of tonnes to whole tonnes). The cell keeps the full value."""
    m = _DECIMALS.match(fmt or "") if fmt else None
    if not m or not m.group(1) or not value:
        return fmt
    decimals = len(m.group(1))
    magnitude = math.floor(math.log10(abs(value))) if math.isfinite(value) else 0
    keep = max(0, min(decimals, 6 - magnitude))
    return "#,##0" + ("." + "0" * keep if keep else "")


def column_px(width: float) -> float:
    """A column's printed width at 100 % with the wider font (the file holds the width plus
    Excel's 5 px of padding, 5/7 of a character, and renderers read that)."""
    return DIGIT_PX * (width + 5 / 7) + CELL_PAD_PX


def orientation(widths: Sequence[float]) -> str:
    """Landscape when the table is wider than a portrait page at 100 %."""
    return "landscape" if sum(map(column_px, widths)) > PAGE_PX["portrait"] else "portrait"


def key_columns(widths: Sequence[float], page: str) -> int:
    """How many leading columns name a row and are repeated on each page of a split table:
    the first two (a site and a scope, a date and a site, a rank and a name) when they take
    at most 40 % of the page, else the first."""
    room = PAGE_PX[page] * 100 / MIN_SCALE * 0.4
    return 2 if len(widths) > 2 and column_px(widths[0]) + column_px(widths[1]) <= room else 1


def page_layout(widths: Sequence[float]) -> tuple[str, int | None, int, list[int]]:
    """(orientation, print scale or None to fit the width, key columns, page breaks).

    Fit to width when that needs no less than 70 %; otherwise print at 70 % and split the
    columns into groups that fit a page, each page repeating the key columns."""
    page = orientation(widths)
    total = sum(map(column_px, widths))
    if total * MIN_SCALE / 100 <= PAGE_PX[page]:
        return page, None, 0, []
    keys = key_columns(widths, page)
    room = PAGE_PX[page] * 100 / MIN_SCALE
    key_px = sum(column_px(w) for w in widths[:keys])
    breaks, used = [], key_px
    for i in range(keys, len(widths)):
        px = column_px(widths[i])
        if used > key_px and used + px > room:
            breaks.append(i)
            used = key_px
        used += px
    return page, MIN_SCALE, keys, breaks


def fit_scale(widths: Sequence[float], page: str) -> float:
    """The scale (per cent) fitting the columns to the page's width takes, at most 100."""
    return min(100.0, 100 * PAGE_PX[page] / sum(map(column_px, widths)))
