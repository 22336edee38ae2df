"""The sheets of the plant set-up workbook, in the order they are written and imported (a
sheet may name what an earlier one holds: nodes name sites, waste types name nodes).

An area that joins the plant's set-up (emission sources, permits, obligations) describes its
sheet as a `plant_columns.SheetSpec` in its own module and adds it here; the template, the
export, the import and the instructions then carry it with no other change.
"""

from __future__ import annotations

from greendesk.importers.plant_columns import SheetSpec
from greendesk.importers.plant_emissions import ABATEMENT, SOURCES, STREAMS
from greendesk.importers.plant_registers import (
    CONTRACTORS,
    FORMATIONS,
    LIMITS,
    POINTS,
    WASTE_TYPES,
)
from greendesk.importers.plant_structure import MATERIALS, NODES, SITES

PLANT_SHEETS: tuple[SheetSpec, ...] = (
    SITES, NODES, MATERIALS, WASTE_TYPES, CONTRACTORS, FORMATIONS, POINTS, LIMITS, SOURCES,
    STREAMS, ABATEMENT)
