"""`greendesk month-close`: the checklist printed and as JSON; exit 1 while an item is open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from greendesk.cli.main import main
from greendesk.services import month_close
from greendesk.services.balances import sites
from greendesk.store.db import open_database

SITE = "Nurken concentrator"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["month-close", *args])
    return code, capsys.readouterr().out


def test_a_clean_month_exits_0(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--db", str(demo_path), "--site", SITE, "--period", "2025-11")
    assert code == 0
    assert "Nurken concentrator, 2025-11: 0 open, 0 waived." in out


def test_open_items_exit_1_with_kind_what_and_where(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--db", str(demo_path), "--site", SITE, "--period", "2025-11",
                     "--threshold", "0.0001")
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith("[balance] ") and "above the threshold" in first
    assert "— open: balances" in first


def test_json_lists_each_item_and_waived_ones_do_not_count(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("--db", str(demo_path), "--site", SITE, "--period", "2025-11",
            "--threshold", "0.0001", "--format", "json")
    code, out = _run(capsys, *args)
    doc = json.loads(out)
    assert code == 1 and doc["open"] == len(doc["items"]) > 0
    item = doc["items"][0]
    assert set(item) == {"key", "kind", "what", "where", "waived"}
    assert item["kind"] == "balance" and item["where"]["section"] == "balances"
    db = open_database(demo_path)
    try:
        site = next(i for i, name in sites(db) if name == SITE)
        for it in doc["items"]:
            month_close.waive(db, site, "2025-11", it["key"], "Scale drift, known")
    finally:
        db.close()
    code, out = _run(capsys, *args)
    doc = json.loads(out)
    assert code == 0 and doc["open"] == 0
    assert {i["waived"] for i in doc["items"]} == {"Scale drift, known"}


def test_a_year_is_refused(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["month-close", "--db", str(demo_path), "--site", SITE, "--period", "2025"])
    assert code == 2
    assert "kept per month" in capsys.readouterr().err


def test_a_metal_imbalance_is_printed_with_its_node_and_component(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("--db", str(demo_path), "--site", "Nurken copper smelter", "--period", "2025-11")
    code, out = _run(capsys, *args)
    assert code == 1
    assert out.startswith("[metal balance] Smelting and converting, Cu: technological recovery")
    code, out = _run(capsys, *args, "--format", "json")
    (item,) = json.loads(out)["items"]
    assert item["kind"] == "metal" and item["key"].endswith(":Cu")
    assert item["where"]["section"] == "balances" and len(item["where"]["ids"]) == 1
