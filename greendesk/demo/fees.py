"""The demo plant's fee rates: the rates file GreenDesk ships, loaded as the demo's version.

Its emission rates of 2025 are cited from the law; every value the file marks unconfirmed
(the МРП, read in press reports only, the emission rates of 2022–2024 and from 2026, the waste
placement rates, the coefficients) is illustrative, and the version's label says so, as do
the fee's reports.
"""

from __future__ import annotations

from greendesk.demo.plant import DemoContext
from greendesk.services.fee_rates import default_rates_file, load_rates, read_rates_file
from greendesk.store.db import Database

LABEL = "Demo: the shipped rates; values marked unconfirmed are illustrative"


def extend(db: Database, ctx: DemoContext) -> None:
    """Load the shipped rates file in the demo's language, labelled as its illustrative set."""
    load_rates(db, read_rates_file(default_rates_file(), ctx.names.language),
               ctx.names(LABEL))
