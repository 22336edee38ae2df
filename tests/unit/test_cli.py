"""The headless command line: exit codes and plain messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from greendesk import __version__
from greendesk.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "demo" in out and "info" in out and "--demo" in out


def test_demo_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.sqlite"
    assert main(["demo", "--db", str(path), "--years", "1"]) == 0
    assert main(["info", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    from greendesk.store.db import SCHEMA_HEAD

    assert f"schema     {SCHEMA_HEAD}" in out
    assert "sites      3" in out
    # 40 monthly metering points × 12 months, and the waste register's waste-oil movements
    assert "flows      496" in out


def test_demo_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.sqlite"
    path.write_bytes(b"precious")
    assert main(["demo", "--db", str(path)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == b"precious"


def test_info_on_garbage_is_a_plain_message(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"\x00garbage" * 100)
    assert main(["info", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "not a GreenDesk database" in err and "Traceback" not in err


def test_info_on_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--db", str(tmp_path / "nope.sqlite")]) == 2
    assert "There is no database" in capsys.readouterr().err
    assert not (tmp_path / "nope.sqlite").exists()


def test_scaled_generator_writes_exactly_n_records(tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite"
    assert main(["demo", "--db", str(path), "--flows", "5000"]) == 0
    from greendesk.services.summary import summarise
    from greendesk.store.db import open_database

    db = open_database(path)
    s = summarise(db)
    db.close()
    assert s.flows == 5000 and s.nodes > 90


def test_python_dash_m_entry_point() -> None:
    out = subprocess.run([sys.executable, "-m", "greendesk", "--version"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"GreenDesk {__version__}"


def test_the_demo_is_not_written_to_a_server(capsys: pytest.CaptureFixture[str]) -> None:
    """A server URL for the demo gets one sentence, not a traceback (it is a file's job)."""
    assert main(["demo", "--db", "postgresql://officer@127.0.0.1:1/company"]) == 2
    err = capsys.readouterr().err
    assert "not to a server database" in err and "Traceback" not in err
