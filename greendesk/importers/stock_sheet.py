"""The flow template's second table: stock-takings, imported with the month's flows.

A month close needs a count of every stock at the month's end; the officer who fills the
flows in a workbook fills the counts beside them, on sheet "Stock-takings". They go in with
the flows, in the same transaction: a wrong count refuses the whole file.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.readers.tabular import TableReadError, parse_date, parse_number, read_table
from greendesk.services.balance_records import StockTakingDraft, record_stock_takings_in
from greendesk.services.catalog import Catalog

STOCK_SHEET = "Stock-takings"
STOCK_HEADINGS = ("Site", "Node", "Material", "Date", "Quantity", "Unit", "Note")


def _key(text: object) -> str:
    return " ".join(str(text or "").split()).casefold()


def read_stock_takings(path: Path, catalog: Catalog) -> tuple[list[StockTakingDraft],
                                                                list[str]]:
    """The drafts of the sheet's rows and their labels; none when there is no such sheet
    (a CSV, an older template) or it has no rows. A row that cannot be read is refused."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return [], []
    try:
        table = read_table(path, sheet=STOCK_SHEET)
    except TableReadError:
        return [], []
    cols = {_key(h): j for j, h in enumerate(table.header) if h}
    missing = [h for h in STOCK_HEADINGS[:-1] if _key(h) not in cols]
    rows = [r for r in table.rows if any(v is not None and str(v).strip() for v in r)]
    if not rows:
        return [], []
    if missing:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Sheet {sheet} lacks the columns "
                                                       "{columns}."),
                          sheet=STOCK_SHEET, columns=", ".join(missing))
    sites = {_key(n): i for i, n in catalog.sites.items()}
    nodes = catalog.node_by_name()
    materials = catalog.material_by_name()
    drafts, labels = [], []
    for k, r in enumerate(rows):
        label = f"{STOCK_SHEET}, {table.first_data_row + k}"

        def cell(h: str, row: tuple = r) -> object:
            j = cols.get(_key(h))
            return row[j] if j is not None and j < len(row) else None

        site = sites.get(_key(cell("Site")))
        node = nodes.get((site, _key(cell("Node")))) if site is not None else None
        material = materials.get(_key(cell("Material")))
        try:
            if node is None or material is None:
                raise ValueError
            qty = cell("Quantity")
            drafts.append(StockTakingDraft(
                node, material, parse_date(cell("Date")),
                float(qty) if isinstance(qty, int | float) else parse_number(qty),
                str(cell("Unit") or "").strip(), note=str(cell("Note") or "")))
        except ValueError:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Refusal", "{where}: the site, node, material, date or quantity cannot be "
                           "read; write them as in GreenDesk."), where=label) from None
        labels.append(label)
    return drafts, labels


def store_stock_takings(s: Session, path: Path, catalog: Catalog) -> int:
    """Record the sheet's counts in the caller's transaction; how many."""
    drafts, labels = read_stock_takings(path, catalog)
    if drafts:
        record_stock_takings_in(s, drafts, labels)
    return len(drafts)


__all__ = ["STOCK_HEADINGS", "STOCK_SHEET", "read_stock_takings",
           "store_stock_takings"]
