"""Helpers that replaced copies of the same logic: each caller now gets the one behaviour."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from greendesk.cli.main import main, run_import
from greendesk.errors import DomainError
from greendesk.importers.formation_mapping import mapping_from_json, save_mapping
from greendesk.importers.import_problems import DuplicateImport, ImportRejected, RowProblem
from greendesk.services.waste_codes import parse_hp, parse_operations


# ---------------------------------------------------------------- code lists
def test_hazardous_properties_read_like_operations() -> None:
    assert parse_hp("hp14, HP7; hp7 ") == ("HP7", "HP14")
    assert parse_hp(["C16", "hp1"]) == ("HP1", "C16")
    assert parse_operations(["d9", "R4"]) == ("R4", "D9")
    assert parse_hp("") == () and parse_operations(" ; ") == ()


def test_the_first_unknown_code_is_the_one_named() -> None:
    with pytest.raises(DomainError, match="'HP99' is not a hazardous property") as err:
        parse_hp("HP1 HP99 HP77")
    assert err.value.field == "hp_properties"
    with pytest.raises(DomainError, match="'R14' is not a recovery or disposal operation"):
        parse_operations("R1, R14")


# ---------------------------------------------------------------- the CLI's imports
@dataclass
class _FakeDb:
    closed: bool = False

    def close(self) -> None:
        self.closed = True


@dataclass(frozen=True)
class _Result:
    notes: tuple[str, ...]


def _raise(exc: Exception) -> _Result:
    raise exc


def test_run_import_prints_notes_and_returns_the_result(capsys) -> None:  # type: ignore[no-untyped-def]
    db = _FakeDb()
    result = _Result(("Sheet 2 was left out.",))
    assert run_import(db, lambda: result) is result
    assert db.closed and "Note: Sheet 2 was left out." in capsys.readouterr().out


def test_run_import_turns_refusals_into_exit_codes(capsys) -> None:  # type: ignore[no-untyped-def]
    db = _FakeDb()
    again = DuplicateImport("x.csv was imported on 2024-01-02.", imported_at=None, rows=3)
    assert run_import(db, lambda: _raise(again)) == 1
    assert db.closed
    assert "x.csv was imported on 2024-01-02. To import it anyway, add --again." in \
        capsys.readouterr().err
    db = _FakeDb()
    problem = RowProblem("x.csv", None, 3, "B", "Qty", "abc", "'abc' is not a number.")
    assert run_import(db, lambda: _raise(ImportRejected("x.csv", [problem], 1))) == 1
    assert db.closed and "'abc' is not a number." in capsys.readouterr().err


def test_both_import_commands_refuse_a_repeat_alike(db_path: Path, tmp_path: Path,
                                                    capsys) -> None:  # type: ignore[no-untyped-def]
    register = tmp_path / "register.csv"
    register.write_text("Code;Name;Kind;Status\nT-1;Tailings No. 1;tailings;active\n",
                        encoding="utf-8")
    mapping = save_mapping(mapping_from_json({
        "name": "repeat test", "target": "formations",
        "fields": {"external_id": "Code", "name": "Name", "kind": "Kind",
                   "status": "Status"}}))
    command = ["import", "formations", str(register), "--db", str(db_path),
               "--mapping", str(mapping)]
    assert main(command) == 0
    assert "Imported 1 formations (1 new, 0 updated)" in capsys.readouterr().out
    assert main(command) == 1
    assert "To import it anyway, add --again." in capsys.readouterr().err
