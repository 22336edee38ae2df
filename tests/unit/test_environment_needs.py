"""Tests that need the environment skip on a developer's machine and fail under CI.

A CI machine that lost LibreOffice, setpriv or the ../shared data would otherwise pass by
skipping the very tests that check reports, permissions and the reference lists.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import lacking

TESTS = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("ci", "outcome"), [
    (None, pytest.skip.Exception), ("", pytest.skip.Exception),
    ("true", pytest.fail.Exception), ("1", pytest.fail.Exception)])
def test_a_missing_need_skips_or_fails(ci: str | None, outcome: type[BaseException],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    try:
        lacking("LibreOffice is not installed")
    except BaseException as exc:  # noqa: BLE001 - a skip must not pass for a failure here
        raised: BaseException | None = exc
    else:
        raised = None
    assert type(raised) is outcome and "LibreOffice is not installed" in str(raised)


def _sources() -> dict[str, str]:
    return {str(p.relative_to(TESTS)): p.read_text(encoding="utf-8")
            for p in TESTS.rglob("*.py") if p.resolve() != Path(__file__).resolve()}


def test_every_skip_goes_through_the_helper() -> None:
    """Only platform skips (Windows, no fork) may use skipif; pytest.skip lives in conftest;
    importorskip never guards GreenDesk's own modules (a broken import must fail)."""
    problems = []
    for name, text in _sources().items():
        for m in re.finditer(r"skipif\((.*)", text):
            if not re.search(r"sys\.platform|hasattr\(os", m.group(1)):
                problems.append(f"{name}: skipif({m.group(1)}")
        if name != "conftest.py" and re.search(r"pytest\.skip\(", text):
            problems.append(f"{name}: pytest.skip( outside conftest.lacking")
        for m in re.finditer(r"importorskip\(\s*[\"']([\w.]+)", text):
            if m.group(1).split(".")[0] == "greendesk":
                problems.append(f"{name}: importorskip({m.group(1)!r})")
    assert problems == []
