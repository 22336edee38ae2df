"""mypy over everything but the window (the files and options are pyproject's [tool.mypy]):
a type error, an unused `# type: ignore` or one without its error code fails the suite."""

from __future__ import annotations

import os
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_finds_no_error() -> None:
    out, err, status = api.run([
        "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", os.devnull,  # a clean check every run, nothing written to the tree
        "--no-error-summary",
        str(ROOT / "greendesk"),
    ])
    assert status == 0, f"mypy found errors:\n{out}{err}"
