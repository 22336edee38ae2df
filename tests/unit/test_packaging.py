"""The wheel a newcomer installs carries every subpackage: a folder added under greendesk/
without its line in pyproject's package list installs without it, and only a clean install
(CI's) notices."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "greendesk").rglob("__init__.py")}
    assert found - listed == set()
