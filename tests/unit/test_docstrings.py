"""Every public module, class and function of services/ says what it is for (write
functions: one transaction, what they refuse, which Changes they announce); the rest of the
package outside ui/ stays mostly documented. Counted by benchmarks/docstrings.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "docstrings.py"


def _counter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docstrings_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_public_service_item_has_a_docstring() -> None:
    assert _counter().missing("services") == []


def test_the_package_outside_the_window_stays_documented() -> None:
    done, total = _counter().coverage()["all"]
    assert done / total >= 0.95, f"{done} of {total} public items have a docstring"
