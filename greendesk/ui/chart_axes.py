"""Chart axes whose tick numbers follow the UI's locale ("2,5" and "1500" in Russian,
"2.5" and "1500" in English), for every pyqtgraph chart.

pyqtgraph is imported with this module: import it where a chart is first built, never when
a section module loads."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLocale

from greendesk.ui import formatting


def tick_text(value: float, places: int) -> str:
    """One tick's number as pyqtgraph writes it ("%g" beyond 0.001–10000, fixed places
    within), with the locale's decimal mark and no thousands separator."""
    loc = formatting.locale()
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if value and (abs(value) < 0.001 or abs(value) >= 10000):
        return loc.toString(float(value), "g", 6)
    return loc.toString(float(value), "f", places)


class LocaleAxis(pg.AxisItem):
    """A value axis writing its ticks in the UI's number format."""

    def tickStrings(self, values: list[float], scale: float, spacing: float  # noqa: N802
                    ) -> list[str]:
        step = spacing * scale
        places = max(0, math.ceil(-math.log10(step))) if step > 0 else 0
        return [tick_text(v * scale, places) for v in values]


class LocaleDateAxis(pg.DateAxisItem):
    """A time axis that writes dates as the Russian and Kazakh windows do (31.03.2025,
    03.2025, 2025) instead of English month names; the English window keeps pyqtgraph's."""

    def tickStrings(self, values: list[float], scale: float, spacing: float  # noqa: N802
                    ) -> list[str]:
        if not formatting.day_first():
            return list(super().tickStrings(values, scale, spacing))
        days = [datetime.fromtimestamp(v).date() for v in values]  # local, as charted
        if spacing >= 300 * 86400:
            return [str(d.year) for d in days]
        write = formatting.month if spacing >= 27 * 86400 else formatting.day
        return [write(d) for d in days]


def locale_axes(*sides: str) -> dict[str, Any]:
    """axisItems for pg.PlotWidget: these sides' numbers in the UI's format."""
    return {side: LocaleAxis(side) for side in sides or ("left",)}
