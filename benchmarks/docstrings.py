"""Docstring coverage: the share of public modules, classes and functions with a docstring.

Public: a module whose file name does not start with "_" (a package's __init__ counts as the
package), a class or function whose name does not start with "_", at the top of a module or
inside a public class (methods; functions nested in functions are not counted, nor stubs
whose body is `...`, such as a protocol's members). The window (greendesk/ui/) and the
migration scripts are left out by default.

    python benchmarks/docstrings.py [--missing services]
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "greendesk"
LEFT_OUT = ("ui", "migrations")


def _public(name: str) -> bool:
    return not name.startswith("_")


def _stub(node: ast.stmt) -> bool:
    return isinstance(node, ast.FunctionDef) and len(node.body) == 1 \
        and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant) \
        and node.body[0].value.value is Ellipsis


def _definitions(body: list[ast.stmt], prefix: str) -> Iterator[tuple[str, bool]]:
    for node in body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) \
                and _public(node.name) and not _stub(node):
            yield f"{prefix}{node.name}", ast.get_docstring(node) is not None
            if isinstance(node, ast.ClassDef):
                yield from _definitions(node.body, f"{prefix}{node.name}.")


def public_items(path: Path) -> Iterator[tuple[str, bool]]:
    """(name, has a docstring) of a module file and its public classes and functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    if _public(path.stem) or path.stem == "__init__":
        yield "(module)", ast.get_docstring(tree) is not None
    yield from _definitions(tree.body, "")


def files(root: Path = PACKAGE, left_out: tuple[str, ...] = LEFT_OUT) -> list[Path]:
    """The package's modules, less the folders left out."""
    return sorted(p for p in root.rglob("*.py")
                  if p.relative_to(root).parts[0] not in left_out)


def coverage(root: Path = PACKAGE, left_out: tuple[str, ...] = LEFT_OUT
             ) -> dict[str, tuple[int, int]]:
    """Folder (or "(top)" for loose modules, "all" for the total) -> (documented, public)."""
    out: dict[str, list[int]] = {"all": [0, 0]}
    for path in files(root, left_out):
        parts = path.relative_to(root).parts
        folder = parts[0] if len(parts) > 1 else "(top)"
        for _name, documented in public_items(path):
            for key in (folder, "all"):
                counts = out.setdefault(key, [0, 0])
                counts[0] += documented
                counts[1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def missing(folder: str, root: Path = PACKAGE) -> list[str]:
    """The public items of one folder that have no docstring, as path:name."""
    return [f"{path.relative_to(root)}:{name}" for path in files(root)
            if path.relative_to(root).parts[0] == folder
            for name, documented in public_items(path) if not documented]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missing", metavar="FOLDER", help="list what lacks a docstring")
    args = parser.parse_args(argv)
    for key, (done, total) in coverage().items():
        print(f"{key:12} {done:4} / {total:4}  {100 * done / total:5.1f} %")
    if args.missing:
        print("\n".join(missing(args.missing)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
