"""Reference data handed down with the structure (issue 20): the company's classifier and
emission factor library reach a site through `sync export --structure` / `sync import`."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from greendesk.cli.main import main
from greendesk.models import ClassifierVersion
from greendesk.models.emissions import FactorVersion
from greendesk.services.classifier import entries_in
from greendesk.services.factors import current_factors, load_factors
from greendesk.services.new_plant import create_plant
from greendesk.store.db import Database, open_database


def _entries(db: Database) -> list[tuple[str, str, bool, bool]]:
    with db.read() as s:
        return [(e.code, e.description, e.hazardous, e.mirror)
                for e in entries_in(s, headings=True, retired=False)]


def _versions(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (int(s.scalar(select(func.count()).select_from(ClassifierVersion)) or 0),
                int(s.scalar(select(func.count()).select_from(FactorVersion)) or 0))


def test_a_site_takes_the_companys_classifier_and_factors(tmp_path: Path,
                                                          demo_db_file: Path) -> None:
    hq_path = shutil.copyfile(demo_db_file, tmp_path / "hq.sqlite")
    hq = open_database(hq_path, auto_backup=False)
    site_path = create_plant(tmp_path / "site.sqlite", "Saryarka Copper JSC", "050340000009")
    site = open_database(site_path, auto_backup=False)
    try:
        rows = current_factors(hq)
        rows[0] = replace(rows[0], value=rows[0].value * 2)  # the company's own figure
        assert load_factors(hq, rows, "company.csv", "0" * 64, "Company 2026")[0].version_id
        assert current_factors(site) != current_factors(hq) and _entries(hq)
        out = tmp_path / "structure.xlsx"
        assert main(["sync", "export", "--structure", "--db", str(hq_path), "-o", str(out)]) == 0
        assert main(["sync", "import", str(out), "--db", str(site_path)]) == 0
        assert current_factors(site) == current_factors(hq)
        assert _entries(site) == _entries(hq)
        with site.read() as s:
            newest = s.scalars(select(FactorVersion).order_by(FactorVersion.id.desc())).first()
        assert newest is not None and newest.label == "Company 2026"
        versions = _versions(site)
        assert main(["sync", "import", str(out), "--db", str(site_path)]) == 0
        assert _versions(site) == versions  # the same again loads nothing
    finally:
        site.close()
        hq.close()
