"""What a report is made for (database, period, sites, who) and the data fingerprint."""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from greendesk import __version__, labels, periods
from greendesk.errors import Message, Translate, english
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.periods import Period
from greendesk.store.db import Database
from greendesk.units import unit_label


class ReportCancelled(Exception):
    """The officer cancelled; the target file was not touched."""


class NothingToReport(Exception):
    """The chosen period and sites have no data for this report."""


@dataclass
class Fingerprint:
    """SHA-256 over every data row a report was made from, in order.

    The same database, period and sites give the same fingerprint; `greendesk verify`
    recomputes it to tell whether a workbook still matches its database.
    """

    _h: hashlib._Hash = field(default_factory=hashlib.sha256)
    rows: int = 0

    def add(self, *values: object) -> None:
        # repr of plain values (ints, floats, str, dates) is exact and stable, and far
        # cheaper than JSON for a 100k-row extract; enums count by their value.
        """Add one record's values; repr of plain values is exact and stable."""
        self._h.update(repr(tuple(getattr(v, "value", v) for v in values)).encode())
        self._h.update(b"\n")
        self.rows += 1

    def hexdigest(self) -> str:
        """The digest of everything added, for the cover and verify."""
        return self._h.hexdigest()


@dataclass
class ReportContext:
    """What every report builder gets: the database, period, sites, translation, progress.

    `language` is the workbook's language, recorded on its cover so that verify makes it
    again in that language; given without `translate`, the catalogue of that language
    (read without Qt) translates. None: a workbook from before covers named it.
    """
    db: Database
    period: Period
    site_ids: list[int] | None = None  # None: every site
    prepared_by: str = ""
    # The cover's signature block: who prepared the report (position) and who approves it
    # (name, position); blank ones print as lines to fill in by hand. Recorded in the
    # workbook's hidden record, so verify makes the same cover again.
    prepared_position: str = ""
    approved_by: str = ""
    approved_position: str = ""
    translate: Translate = english
    progress: Callable[[int, int], bool] | None = None  # (done, total) → False to cancel
    fingerprint: Fingerprint = field(default_factory=Fingerprint)
    generated_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    # The audit trail's head (entry, hash) the cover carries: read when the export starts,
    # or the one a workbook recorded when it is made again to be compared. None: no head
    # on the cover (a workbook exported before covers carried one).
    audit_head: tuple[int, str] | None = None
    language: str | None = None
    waste_type_id: int | None = None  # the passport of this waste type only (None: all)
    # The GreenDesk version the cover names: this one, or the one a workbook recorded when
    # it is made again to be compared (an upgrade does not make old workbooks differ).
    version: str = __version__

    def __post_init__(self) -> None:
        if self.language is not None and self.translate is english:
            from greendesk.i18n_catalog import catalogue_for

            self.translate = catalogue_for(self.language)

    def tr(self, text: str) -> str:
        """A report string in the officer's language."""
        return self.translate("reports", text)

    def period_name(self) -> str:
        """The period as titles name it ("January 2026", "Q1 2026", "2026"), in the
        workbook's language; made from the period's dates, so verify names it the same."""
        return periods.name(self.period).render(self.translate, self.language)

    def title(self, report: str) -> str:
        """A report's title for the period: "Waste report for January 2026" (`report` the
        English name marked QT_TRANSLATE_NOOP("reports", ...))."""
        return Message(QT_TRANSLATE_NOOP("reports", "{report} for {period}"),
                       context="reports", report=Message(report, context="reports"),
                       period=periods.name(self.period)).render(self.translate, self.language)

    def enum_name(self, value: Enum | None) -> str:
        """An enumeration value as a cell shows it: its display name in the workbook's
        language. A workbook from before covers named their language (language None) showed
        the code, and is made again so for verify."""
        if value is None:
            return ""
        return str(value.value) if self.language is None else labels.label(value, self.translate)

    def unit_name(self, symbol: str) -> str:
        """A unit symbol as a cell shows it, in the workbook's language («т» for "t"); a
        workbook from before covers named their language shows the symbol (see enum_name)."""
        return symbol if self.language is None else unit_label(symbol, self.language)

    def who(self) -> str:
        """Who prepared the report: the name given, else the OS login."""
        if self.prepared_by:
            return self.prepared_by
        try:
            return getpass.getuser()
        except Exception:  # noqa: BLE001
            return ""

    def tick(self, done: int, total: int) -> None:
        """Report progress; ReportCancelled when the officer cancelled."""
        if self.progress is not None and not self.progress(done, total):
            raise ReportCancelled()

    def sites_filter(self, site_id: int) -> bool:
        """Whether a site is among those chosen."""
        return self.site_ids is None or site_id in self.site_ids
