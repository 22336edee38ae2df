"""Change notices name their entities through the Entity enum, never as bare strings."""

from __future__ import annotations

import ast
from pathlib import Path

from greendesk.services.changes import Changes, Entity

ROOT = Path(__file__).resolve().parents[2]
CALLS = {"of", "touches"}


def _bare_strings(path: Path) -> list[str]:
    """`Changes.of("flow")` or `changes.touches("site")` written with a string literal."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in CALLS:
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {arg.value!r}")
    return found


def test_no_change_notice_names_an_entity_as_a_bare_string() -> None:
    files = [*ROOT.joinpath("greendesk").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py")]
    assert [hit for f in files for hit in _bare_strings(f)] == []


def test_an_entity_is_its_text_so_notices_read_as_before() -> None:
    changes = Changes.of(Entity.FLOW, Entity.IMPORT_BATCH, ids=(3,))
    assert changes.touches(Entity.FLOW) and not changes.touches(Entity.SITE)
    assert Entity.FLOW == "flow" and "flow" in changes.entities
    assert {e.value for e in Entity} >= {"enterprise", "site", "node", "material", "flow"}
