"""`greendesk relations edit`: a relation changed from the command line, what is not given
kept, a bad name or number refused in one sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from greendesk.cli import main
from tests.unit.test_relations_cli import DUST, ORE, SITE


def _only(db: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["relations", "list", *db, "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    return row


def test_a_relation_is_edited_and_what_is_not_given_is_kept(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo_path)]
    assert main(["relations", "add", *db, "--site", SITE, "--kind", "transfer", *ORE, *DUST,
                 "--coefficient", "0.002", "--sigma", "0.0005", "--note", "foreman"]) == 0
    capsys.readouterr()
    assert main(["relations", "edit", *db, "--id", "1", "--coefficient", "0.003",
                 "--valid-until", "2026-12-31"]) == 0
    assert capsys.readouterr().out.strip() == "Changed relation 1."
    row = _only(db, capsys)
    assert (row["coefficient"], row["coefficient_sigma"], row["valid_until"], row["note"],
            row["b"]) == (0.003, 0.0005, "2026-12-31", "foreman",
                          "Crushing → Crusher dusting losses: Copper ore")
    assert main(["relations", "edit", *db, "--id", "1", "--kind", "equal", "--b-to",
                 "Grinding and flotation", "--no-end"]) == 0
    capsys.readouterr()
    row = _only(db, capsys)
    assert (row["kind"], row["coefficient"], row["valid_until"], row["b"]) == (
        "equal", None, None, "Crushing → Grinding and flotation: Copper ore")


def test_a_bad_edit_gets_one_sentence(demo_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo_path)]
    assert main(["relations", "edit", *db, "--id", "7", "--note", "x"]) == 2
    assert capsys.readouterr().err.strip() == (
        "greendesk: There is no relation 7; `greendesk relations list` shows them.")
    assert main(["relations", "add", *db, "--site", SITE, "--kind", "equal", *ORE, *DUST]) == 0
    capsys.readouterr()
    assert main(["relations", "edit", *db, "--id", "1", "--a-from", "Nowhere"]) == 2
    assert capsys.readouterr().err.strip() == (
        "greendesk: Nurken concentrator has no node or material named 'Nowhere'.")
    assert main(["relations", "edit", *db, "--id", "1", "--kind", "transfer"]) == 2
    assert "coefficient" in capsys.readouterr().err
    assert _only(db, capsys)["kind"] == "equal"  # nothing changed
