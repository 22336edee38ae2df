"""Many officers at once on one server database (issue 20): ten real processes import, add
flows one by one, edit one record from the same stale version and close their month, all at
the same time. Nothing is lost, the audit chain is one unforked chain that verifies, and the
nine stale edits are refused naming the officer whose edit won."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import pytest

from greendesk import settings
from greendesk.cli.main import main
from greendesk.errors import DomainError
from greendesk.models import MaterialCategory, NodeKind, QuantityKind, SiteKind
from greendesk.services import structure
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.store.audit_verify import verify
from greendesk.store.db import open_database
from greendesk.validation import make_valid_bin
from tests import officers_worker

OFFICERS = 10


def _plant(url: str) -> tuple[dict[str, int], int]:
    db = open_database(url)
    try:
        structure.set_enterprise(db, "Shared Copper LLP", make_valid_bin("300140"))
        site, _ = structure.add_site(db, structure.SiteDraft("Pit", "Karaganda", SiteKind.MINE))
        mining, _ = structure.add_node(db, structure.NodeDraft(site, "Mining", NodeKind.PROCESS))
        mill, _ = structure.add_node(db, structure.NodeDraft(site, "Mill", NodeKind.PROCESS))
        ore, _ = add_material(db, MaterialDraft("Ore", MaterialCategory.RAW_MATERIAL,
                                                QuantityKind.MASS, "t"))
        version = structure.get_plant(db).sites[0].version
    finally:
        db.close()
    return {"site": site, "mining": mining, "mill": mill, "ore": ore}, version


def test_ten_officers_writing_at_once_lose_nothing_and_keep_one_chain(
        pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    ids, version = _plant(pg_url)
    # the children rebuild this process's sys.path, so tests.officers_worker imports there
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2]))
    context = multiprocessing.get_context("spawn")  # fresh interpreters, as ten desks are
    barrier = context.Manager().Barrier(OFFICERS)
    with ProcessPoolExecutor(OFFICERS, mp_context=context) as pool:
        futures = [pool.submit(officers_worker.run, n, pg_url, str(tmp_path), ids, version,
                               barrier) for n in range(OFFICERS)]
        outcomes = [f.result(timeout=600) for f in futures]
    assert [o.errors for o in outcomes] == [[]] * OFFICERS

    # the contested edit: one won, nine were refused naming the winner
    (winner,) = [o for o in outcomes if o.site_renamed]
    refusals = [o.refusal for o in outcomes if not o.site_renamed]
    assert len(refusals) == OFFICERS - 1
    assert all(r.startswith(f"This record was changed elsewhere (by {winner.officer} at ")
               and f"region 'Karaganda' → 'Region of {winner.officer}'" in r for r in refusals)

    # nothing lost: every import and every single flow is there, every month closed
    per_officer = officers_worker.IMPORT_ROWS + officers_worker.SINGLE_FLOWS
    db = open_database(pg_url, create=False)
    try:
        with db.read() as s:
            conn = s.connection()
            flows = conn.exec_driver_sql("SELECT count(*) FROM flow").scalar()
            months = {r[0] for r in conn.exec_driver_sql(
                "SELECT period FROM closed_period WHERE reopened_at IS NULL")}
            closes = conn.exec_driver_sql(
                "SELECT count(*) FROM audit_entry WHERE action = 'period_close'").scalar()
        assert flows == OFFICERS * per_officer
        assert sum(o.imported + o.added for o in outcomes) == flows
        assert months == {officers_worker.month(n) for n in range(OFFICERS)} and closes == 10
        report = verify(db, [])
        assert report.ok, report.problems[:3]
        with capsys.disabled():  # the figures, for whoever runs it with -s
            print(f"{OFFICERS} officers: {flows} flows, {closes} months closed, 1 edit won and "
                  f"{len(refusals)} refused, {report.entries} audit entries in one chain, "
                  f"{report.records} records verified")
        assert report.entries > OFFICERS * (officers_worker.SINGLE_FLOWS + 2)
        # a closed month refuses a late flow, whoever writes it
        settings.set_officer_name("Late officer")
        with pytest.raises(DomainError, match="closed"):
            AddFlows([FlowDraft(date(2026, 3, 5), ids["mining"], ids["mill"], ids["ore"],
                                1.0, "t")]).apply(db)
    finally:
        db.close()
    assert main(["audit", "verify", "--db", pg_url]) == 0
    assert "OK" in capsys.readouterr().out
