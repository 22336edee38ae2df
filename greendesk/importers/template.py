"""The flow-ledger template: a workbook officers fill in and GreenDesk imports.

Sheet "Flows" has the headings import_flows expects and drop-down lists for the site, the
nodes, the material, the unit and the method. The lists live on a hidden sheet "Lists"
(inline lists are limited to 255 characters, which a plant's node names exceed at once);
"Instructions" explains every column with an example.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from greendesk.errors import Translate, english
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.flows_assays import (
    METHOD_HEADING,
    UNCERTAINTY_HEADING,
    assay_heading,
)
from greendesk.importers.flows_import import COLUMNS, FLOWS_SHEET, MAX_NOTE
from greendesk.importers.stock_sheet import STOCK_HEADINGS, STOCK_SHEET
from greendesk.importers.xlsx_kit import (
    BOLD,
    LAST_ROW,
    LISTS_SHEET,
    WRAP,
    list_validation,
    put,
    save_xlsx,
    write_headings,
    write_lists,
)
from greendesk.labels import label
from greendesk.models import Method, ReconciliationRole
from greendesk.services.catalog import Catalog
from greendesk.units import KINDS, MaterialUnits, units_for

__all__ = ["FLOWS_SHEET", "INSTRUCTIONS_SHEET", "LISTS_SHEET", "TEMPLATE_HEADINGS",
           "write_flow_template"]

INSTRUCTIONS_SHEET = "Instructions"
TEMPLATE_HEADINGS = tuple(names[0] for names in COLUMNS.values())
_FIELDS = tuple(COLUMNS)
_WIDTHS = {"date": 12, "site": 26, "from": 32, "to": 32, "material": 24, "quantity": 12,
           "unit": 12, "method": 13, "uncertainty": 14, "reconciliation": 15, "note": 40}
_TITLES = {"site": "Sites", "node": "Nodes", "material": "Materials", "unit": "Units",
           "method": "Methods", "reconciliation": "Reconciliation"}

_EXAMPLE = [
    ("2025-03-31", "Nurken open pit", "Fuel supplier", "Open-pit mining", "Diesel fuel",
     "35 000", "L", "measured", "2", "delivery note 118", "measured"),
    ("03.2025", "Nurken concentrator", "Power grid", "Crushing", "Electricity", "2 480,5",
     "MWh", "measured", "1,5", "monthly total: the date gives a month", ""),
]


def _col(field: str) -> str:
    return get_column_letter(_FIELDS.index(field) + 1)


def _units() -> list[str]:
    return [u for kind in KINDS for u in units_for(MaterialUnits(kind, kind))]


def _lists(catalog: Catalog | None, translate: Translate) -> dict[str, list[str]]:
    def distinct(names: list[str]) -> list[str]:
        seen: dict[str, str] = {}
        for name in names:
            seen.setdefault(name.casefold(), name)
        return sorted(seen.values(), key=str.casefold)

    out: dict[str, list[str]] = {}
    if catalog is not None:
        out["site"] = distinct(list(catalog.sites.values()))
        out["node"] = distinct([n.name for n in catalog.nodes.values()])
        out["material"] = distinct([m.name for m in catalog.materials.values()])
    out["unit"] = _units()
    out["method"] = [m.value for m in Method]
    # In the officer's language: the import reads the words of all three.
    out["reconciliation"] = [label(r, translate).lower() for r in ReconciliationRole]
    return out


def _validations(ws: Worksheet, ranges: dict[str, str]) -> None:
    def add(dv: DataValidation, field: str) -> None:
        dv.add(f"{_col(field)}2:{_col(field)}{LAST_ROW}")
        ws.add_data_validation(dv)

    def pick(key: str, field: str, what: str, strict: bool) -> None:
        if key not in ranges:
            return
        list_validation(ws, _col(field), ranges[key], title=COLUMNS[field][0],
                        prompt=f"Choose {what} from the list.",
                        error=f"Choose {what} from the list"
                              + ("." if strict else ", or keep yours if GreenDesk "
                                 "accepts it (see Instructions)."), strict=strict)

    pick("site", "site", "a site of the plant", True)
    pick("node", "from", "the node the flow comes from (a node of the row's site)", True)
    pick("node", "to", "the node the flow goes to (a node of the row's site)", True)
    pick("material", "material", "a material of the catalogue", True)
    pick("unit", "unit", "a unit that suits the material", False)
    pick("method", "method", "how the quantity was obtained", False)
    pick("reconciliation", "reconciliation", "what reconciliation may do with the quantity",
         False)
    add(DataValidation(type="decimal", operator="greaterThan", formula1="0", allow_blank=True,
                       showErrorMessage=True, showInputMessage=True, errorStyle="stop",
                       promptTitle="Quantity", prompt="A number greater than zero, in the "
                       "row's unit.", errorTitle="Quantity",
                       error="The quantity must be a number greater than zero."), "quantity")
    add(DataValidation(type="decimal", operator="between", formula1="0", formula2="100",
                       allow_blank=True, showErrorMessage=True, showInputMessage=True,
                       errorStyle="stop", promptTitle="Uncertainty %",
                       prompt="Optional: the relative uncertainty in percent, 0 to 100.",
                       errorTitle="Uncertainty %",
                       error="The uncertainty is a percentage from 0 to 100."), "uncertainty")


def _write_flows(ws: Worksheet, grades: Sequence[str]) -> None:
    write_headings(ws, (*TEMPLATE_HEADINGS, *grades),
                   [*(_WIDTHS[f] for f in _FIELDS), *(9 for _g in grades)])
    ws.column_dimensions[_col("date")].number_format = "yyyy-mm-dd"


def _write_instructions(ws: Worksheet, lists: dict[str, list[str]],
                        catalog: Catalog | None, grades: Sequence[str]) -> None:
    units = ", ".join(lists["unit"])
    by_kind = "; ".join(f"{kind}: {', '.join(units_for(MaterialUnits(kind, kind)))}"
                        for kind in KINDS)
    rows: list[tuple[str, ...]] = [
        ("How to fill in the flow ledger",),
        ("One row of sheet Flows is one flow: a quantity of one material moving from one node "
         "to another node of the same site on a day or in a month. Keep the headings in row "
         "1; columns may be in any order. GreenDesk checks every row before it imports "
         "anything: if a single row is wrong, nothing is imported and every problem is "
         "listed with its row, column and value. Importing the same file twice is refused.",),
        (),
        ("Column", "Required", "What to write"),
        ("Date", "yes", "A date cell, or text 2025-03-31 or 31.03.2025 (day first). For a "
         "monthly total write the month only: 2025-03 or 03.2025; it is recorded on the 1st "
         "of the month. Headings also accepted: Дата, Күні."),
        ("Site", "yes", "The site's name exactly as in GreenDesk (case and extra spaces do not "
         "matter). Also: Площадка, Алаң."),
        ("From", "yes", "The node the flow comes from, a node of the row's site. Also: "
         "Откуда, Қайдан."),
        ("To", "yes", "The node the flow goes to, another node of the same site. A shipment "
         "between sites is two rows: to the boundary node of one site, from the boundary "
         "node of the other. Also: Куда, Қайда."),
        ("Material", "yes", "A material of the catalogue. Also: Материал."),
        ("Quantity", "yes", "A number greater than zero, in the row's unit. Thousands may be "
         "separated by spaces (12 000). Decimal comma: in a CSV saved with semicolons (the "
         "Russian and Kazakh Excel default) 2 480,5 is read as 2480.5; in a comma-separated "
         "CSV write 2480.5, because a number like 1,234 is refused as ambiguous. In .xlsx "
         "type numbers as numbers. Also: Количество, Саны."),
        ("Unit", "yes", f"One of: {units}. The unit must suit the material: mass units for "
         "a material weighed, volume units only if its density is known, energy units only "
         "if its calorific value is known (electricity and heat only in energy units). "
         "Russian abbreviations are accepted too: т, кг, тыс. т, м3, тыс. м3, л, ГДж, "
         "кВт·ч, МВт·ч, Гкал, т у.т. Also: Ед. изм., Единица, Өлшем бірлігі."),
        ("Method", "no", "measured (the default when empty), calculated or estimated; also "
         "измерено, расчёт, оценка. Also: Метод, Әдіс."),
        ("Uncertainty %", "no", "The relative uncertainty in percent, from 0 to 100 (5 means "
         "±5 %). Also: Неопределённость, %."),
        ("Note", "no", f"Free text, at most {MAX_NOTE:,} characters. Also: Примечание, "
         "Ескертпе."),
        ("Reconciliation", "no", "measured (the default when empty): the quantity is a "
         "measurement; unmeasured: the quantity is your estimate, for the reconciliation to "
         "estimate (the record is never counted as a measurement); constant: the quantity is "
         "exact (σ = 0), e.g. a contractual quantity. Also: измерено, не измерено, константа; "
         "өлшенген, өлшенбеген, тұрақты. Headings also accepted: Увязка, Үйлестіру."),
        (", ".join(g for g in grades if g not in (METHOD_HEADING, UNCERTAINTY_HEADING))
         or "Cu, %", "no", "The grade of a component in the row's material, "
         "in % or g/t as the heading says; empty when the record was not assayed. One column "
         "per component: add more headed the same way (Zn, %; Au, g/t). A record's own grade "
         "wins over the assay of a period for the metal balances."),
        (METHOD_HEADING, "no", "How the row's grades were obtained: measured (the default), "
         "calculated or estimated."),
        (UNCERTAINTY_HEADING, "no", "The relative uncertainty of the row's grades in percent, "
         "0 to 100."),
        (),
        (f"Sheet {STOCK_SHEET}", "", "Counts of what each stock holds at the end of a day "
         "(the month's last day for a month close), imported with the flows: Site, Node (a "
         "stock node), Material, Date, Quantity, Unit, and a Note if needed. Leave it empty "
         "when there is nothing to count."),
        (),
        ("Units by kind", "", by_kind),
        (),
        ("Example",),
        TEMPLATE_HEADINGS,
        *_EXAMPLE,
    ]
    if catalog is not None and catalog.materials:
        rows += [(), ("Materials and the units they can be entered in",),
                 ("Material", "Measured by", "Units")]
        for m in sorted(catalog.materials.values(), key=lambda m: m.name.casefold()):
            rows.append((m.name, m.kind.value, ", ".join(units_for(m.units()))))
    for i, values in enumerate(rows, start=1):
        for j, value in enumerate(values, start=1):
            put(ws, i, j, value)
            ws.cell(row=i, column=j).alignment = WRAP
    for i, values in enumerate(rows, start=1):
        if len(values) == 1 or values in (("Column", "Required", "What to write"),
                                          TEMPLATE_HEADINGS,
                                          ("Material", "Measured by", "Units")):
            for j in range(1, len(values) + 1):
                ws.cell(row=i, column=j).font = BOLD
    ws["A1"].font = Font(bold=True, size=14)
    for letter, width in zip("ABCDEFGHIJ", (18, 22, 90, 22, 16, 12, 8, 12, 14, 30),
                             strict=True):
        ws.column_dimensions[letter].width = width


def write_flow_template(path: str | os.PathLike[str], catalog: Catalog | None,
                        components: Sequence[tuple[str, str]] = (),
                        translate: Translate = english) -> Path:
    """Write the template to `path` (an .xlsx), with the plant's lists when `catalog` is
    given and a grade column per (component, unit) the plant tracks ("Cu, %"). Written to
    a temporary file beside it and renamed, so an error never leaves a partial workbook.
    `translate` gives the reconciliation roles of the drop-down in the officer's language."""
    lists = _lists(catalog, translate)
    grades = [assay_heading(c, u) for c, u in components]
    if grades:
        grades += [METHOD_HEADING, UNCERTAINTY_HEADING]
    wb = Workbook()
    flows = wb.active
    flows.title = FLOWS_SHEET
    _write_flows(flows, grades)
    write_headings(wb.create_sheet(STOCK_SHEET), STOCK_HEADINGS, [26, 32, 24, 12, 12, 10, 40])
    _write_instructions(wb.create_sheet(INSTRUCTIONS_SHEET), lists, catalog, grades)
    _validations(flows, write_lists(wb, lists, _TITLES))
    wb.active = 0
    return save_xlsx(wb, path, QT_TRANSLATE_NOOP("Refusal", "template"))
