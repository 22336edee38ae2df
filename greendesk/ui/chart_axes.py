"""Chart axes whose tick numbers follow the UI's locale ("2,5" and "1500" in Russian,
"2.5" and "1500" in English), for every pyqtgraph chart.

pyqtgraph is imported with this module: import it where a chart is first built, never when
a section module loads."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    MONTH_SPACING,
    YEAR_SPACING,
    TickSpec,
    ZoomLevel,
    makeMStepper,
    makeYStepper,
)
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


# pyqtgraph's years-and-months level, its months allowed to skip (pyqtgraph's draw all or none)
YEARS_AND_SKIPPED_MONTHS = ZoomLevel([
    TickSpec(YEAR_SPACING, makeYStepper(1), "%Y", autoSkip=[1, 5, 10, 25]),
    TickSpec(MONTH_SPACING, makeMStepper(1), "%b", autoSkip=[1, 3, 6]),
], "YYYY")


class LocaleDateAxis(pg.DateAxisItem):
    """A time axis that writes dates as the Russian and Kazakh windows do (31.03.2025,
    03.2025, 2025) instead of English month names; the English window keeps pyqtgraph's."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if formatting.day_first():  # a year's months every third when "03.2025" crowds
            self.zoomLevels[math.inf] = YEARS_AND_SKIPPED_MONTHS

    def tickStrings(self, values: list[float], scale: float, spacing: float  # noqa: N802
                    ) -> list[str]:
        if not formatting.day_first():
            return list(super().tickStrings(values, scale, spacing))
        days = [datetime.fromtimestamp(v).date() for v in values]  # local, as charted
        return [self._write(spacing)(d) for d in days]

    @staticmethod
    def _write(spacing: float) -> Callable[[date], str]:
        if spacing >= 300 * 86400:
            return lambda d: str(d.year)
        return formatting.month if spacing >= 27 * 86400 else formatting.day

    def setZoomLevelForDensity(self, density: float) -> None:  # noqa: N802
        """Choose the ticks' spacing by how wide these labels are ("03.2025" is twice
        "Mar"): measured by pyqtgraph's English examples, the months were chosen, then
        drawn too close and all left out, so the axis showed no date at all."""
        if not formatting.day_first():
            super().setZoomLevelForDensity(density)
            return
        def size(level: Any) -> int:  # a label at the level's finest ticks, padded
            text = self._write(level.tickSpecs[-1].spacing)(date(2025, 12, 31))
            return self.fontMetrics.boundingRect(text).width() + 10

        self.zoomLevel = YEARS_AND_SKIPPED_MONTHS
        for widest, level in self.zoomLevels.items():
            if widest / size(level) < density:
                break
            self.zoomLevel = level
        self.zoomLevel.utcOffset = self.utcOffset
        self.minSpacing = density * size(self.zoomLevel)  # months skipped in threes if need be


def locale_axes(*sides: str) -> dict[str, Any]:
    """axisItems for pg.PlotWidget: these sides' numbers in the UI's format."""
    return {side: LocaleAxis(side) for side in sides or ("left",)}
