"""`greendesk relations list|add|remove`, and `import flows` carrying the role column."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from greendesk.cli import main
from greendesk.models import Flow, ReconciliationRole
from greendesk.store.db import open_database

SITE = "Nurken concentrator"
DUST = ["--b-from", "Crushing", "--b-to", "Crusher dusting losses", "--b-material", "Copper ore"]
ORE = ["--a-from", "Ore receipt from the mine", "--a-to", "Crushing", "--a-material",
       "Copper ore"]


def test_relations_are_added_listed_and_removed(demo_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo_path)]
    assert main(["relations", "list", *db]) == 0
    assert "No relation between streams is recorded." in capsys.readouterr().out
    assert main(["relations", "add", *db, "--site", SITE, "--kind", "transfer", *ORE, *DUST,
                 "--coefficient", "0.002", "--sigma", "0.0005",
                 "--valid-from", "2025-01-01"]) == 0
    assert "Added relation 1 to Nurken concentrator." in capsys.readouterr().out
    assert main(["relations", "list", *db, "--site", SITE, "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["kind"], row["a"], row["b"], row["coefficient"], row["valid_until"]) == (
        "transfer", "Ore receipt from the mine → Crushing: Copper ore",
        "Crushing → Crusher dusting losses: Copper ore", 0.002, None)
    assert main(["relations", "list", *db]) == 0
    assert "B = 0.002 × A (σ 0.0005)" in capsys.readouterr().out
    assert main(["relations", "remove", *db, "--id", "1"]) == 0
    assert "Removed relation 1." in capsys.readouterr().out
    assert main(["relations", "list", *db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_bad_relations_get_one_sentence(demo_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo_path)]
    assert main(["relations", "add", *db, "--site", SITE, "--kind", "transfer", *ORE,
                 *DUST[:-1], "Gold"]) == 2
    assert capsys.readouterr().err.strip() == (
        "greendesk: Nurken concentrator has no node or material named 'Gold'.")
    assert main(["relations", "add", *db, "--site", SITE, "--kind", "transfer", *ORE, *DUST,
                 "--coefficient", "-1", "--sigma", "0"]) == 2
    assert capsys.readouterr().err.strip() == (
        "greendesk: The transfer coefficient is a number greater than zero.")
    assert main(["relations", "remove", *db, "--id", "99"]) == 2
    assert "The relation no longer exists" in capsys.readouterr().err
    assert main(["relations", "list", *db, "--site", "Nowhere"]) == 2


def test_import_flows_carries_the_reconciliation_column(demo_path: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    csv = tmp_path / "dust.csv"
    csv.write_text("Date;Site;From;To;Material;Quantity;Unit;Увязка\n"
                   f"2025-12-15;{SITE};Crushing;Crusher dusting losses;Copper ore;120;t;"
                   "не измерено\n", encoding="utf-8")
    assert main(["import", "flows", "--db", str(demo_path), str(csv)]) == 0
    db = open_database(demo_path, create=False)
    try:
        with db.read() as s:
            roles = s.scalars(select(Flow.reconciliation).where(
                Flow.import_batch_id.is_not(None))).all()
    finally:
        db.close()
    assert roles == [ReconciliationRole.UNMEASURED]
