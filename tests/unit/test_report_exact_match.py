"""Formulas match user-typed names exactly: a site named like a pattern or a formula
("Nurken*", "?", "~*", "=1+1", "<5") counts its own actions only, as the services do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from greendesk.analysis.plan import progress
from greendesk.models import ActionStatus
from greendesk.periods import year
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import write_report
from greendesk.services import checklist, ledger
from greendesk.services.catalog import load_catalog
from greendesk.services.checklist import ActionDraft
from greendesk.services.ledger import LedgerFilter
from greendesk.services.structure import SiteDraft, get_plant, update_site
from greendesk.store.db import Database
from tests.conftest import needs
from tests.unit.test_reports import SOFFICE, _label_values, _recalculated

# Each triple renames the demo's three sites; in every one, a COUNTIFS criterion taken from a
# name matches another site's rows, or none of its own (the old formulas failed each).
HOSTILE = [
    ("Nurken*", "Nurken", "NURKEN"),  # wildcard; Excel's = ignores case, the names do not
    ("?", "~*", 'Site ~ A "north"'),  # one-character wildcard, escaped star, quotes
    ("=1+1", "<5", ">=0"),  # criteria operators; stored and shown as text
]


def _rename_sites(db: Database, names: tuple[str, ...]) -> None:
    sites = get_plant(db).sites
    assert len(sites) == len(names)
    for site, name in zip(sites, names, strict=True):  # two passes would clash on "NURKEN"
        update_site(db, site.id, SiteDraft(name, site.region, site.kind), version=site.version)


def _vary_statuses(db: Database) -> None:
    """Some actions done, some not applicable, differently per site: the demo has neither,
    so without this the status terms of the formulas would never carry a value."""
    checklist.ensure_ready(db)  # the sites' actions from the checklist template
    for n, site in enumerate(get_plant(db).sites):
        for i, action in enumerate(checklist.list_actions(db, site.id)):
            status = (ActionStatus.DONE, ActionStatus.NOT_APPLICABLE,
                      ActionStatus.NOT_STARTED)[(i + n) % 3]
            checklist.update_action(db, action.id, ActionDraft(
                status, actual_effect=0.0, not_applicable_reason="not here"), who="test")


_recomputed = _recalculated  # LibreOffice recalculating on load (OOXMLRecalcMode 0)


@needs(SOFFICE, reason="LibreOffice is not installed (CI installs libreoffice-calc)")
@pytest.mark.parametrize("names", HOSTILE, ids=["wildcards", "tilde-quotes", "operators"])
def test_formulas_match_hostile_site_names_exactly(
        names: tuple[str, ...], demo_db: Database, tmp_path: Path) -> None:
    _rename_sites(demo_db, names)
    _vary_statuses(demo_db)
    path = tmp_path / "plan.xlsx"
    write_report(["plan", "ledger"], ReportContext(demo_db, year(2025)), path)
    wb = _recomputed(path, tmp_path)

    cat = load_catalog(demo_db)
    site_ids = {n: i for i, n in cat.sites.items()}
    assert set(site_ids) == set(names)
    measures = checklist.list_measures(demo_db)
    rows = [r for r in wb["Plan progress"].iter_rows(min_row=4, values_only=True) if r[0]]
    assert len(rows) == len(names) * len(measures)  # every formula row is compared
    left_out = 0
    for site, measure, _title, applicable, done, share in rows:
        acts = [a for a in checklist.list_actions(demo_db, site_ids[site])
                if a.measure_id == measure]
        p = progress(acts)
        assert (site, measure, applicable, done) == (site, measure, p.applicable, p.done)
        assert (share in (None, "") and p.share is None) or share == pytest.approx(p.share)
        left_out += len(acts) - applicable
    assert sum(r[4] for r in rows) and left_out  # every term of the formulas carried a value

    totals = _label_values(wb["Ledger"])
    app = ledger.totals(demo_db, LedgerFilter(date(2025, 1, 1), date(2025, 12, 31)), cat)
    by_kind = {k.value: v for k, v in app.by_kind.items()}
    assert totals["Records"] == app.count
    for heading, kind in (("Total mass", "mass"), ("Total volume", "volume"),
                          ("Total energy", "energy")):
        assert totals[heading] == pytest.approx(by_kind[kind], rel=1e-9)


# Texts the workbook's language supplies that a criterion would misread: a kind named "*"
# summed every kind; statuses and a sheet name with an apostrophe (quoted as '').
HOSTILE_WORDS = {("labels", "Mass"): "*", ("labels", "Volume"): "~*", ("labels", "Energy"): "=E",
                 ("reports", "done"): "d*", ("reports", "not applicable"): '"n/a" ?',
                 ("reports", "Greening plan"): "Plan d'action"}


def _hostile(context: str, text: str) -> str:
    return HOSTILE_WORDS.get((context, text), text)


@needs(SOFFICE, reason="LibreOffice is not installed (CI installs libreoffice-calc)")
def test_formulas_match_hostile_translations_exactly(demo_db: Database, tmp_path: Path) -> None:
    _vary_statuses(demo_db)
    path = tmp_path / "words.xlsx"
    write_report(["plan", "ledger"], ReportContext(demo_db, year(2025), translate=_hostile,
                                                    language="en"), path)
    wb = _recomputed(path, tmp_path)
    cat = load_catalog(demo_db)
    app = ledger.totals(demo_db, LedgerFilter(date(2025, 1, 1), date(2025, 12, 31)), cat)
    totals = _label_values(wb["Ledger"])
    for heading, kind in (("Total mass", "mass"), ("Total volume", "volume"),
                          ("Total energy", "energy")):
        assert totals[heading] == pytest.approx(
            {k.value: v for k, v in app.by_kind.items()}[kind], rel=1e-9)
    site_ids = {n: i for i, n in cat.sites.items()}
    rows = [r for r in wb["Plan progress"].iter_rows(min_row=4, values_only=True) if r[0]]
    assert len(rows) == len(site_ids) * len(checklist.list_measures(demo_db))
    for site, measure, _title, applicable, done, _share in rows:
        p = progress([a for a in checklist.list_actions(demo_db, site_ids[site])
                      if a.measure_id == measure])
        assert (site, measure, applicable, done) == (site, measure, p.applicable, p.done)
    assert sum(r[4] for r in rows) and sum(r[3] for r in rows) < sum(
        len(checklist.list_actions(demo_db, i)) for i in site_ids.values())
