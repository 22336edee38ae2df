"""The one rule that must not bend: nothing outside greendesk/ui imports Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import greendesk

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph")


def qt_free_modules() -> list[str]:
    root = Path(greendesk.__file__).resolve().parent
    modules = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root.parent).with_suffix("")
        parts = list(rel.parts)
        # ui/ may import Qt; alembic scripts run only inside alembic (scanned statically below).
        if parts[:2] in (["greendesk", "ui"], ["greendesk", "migrations"]) or \
                parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    return modules


def test_every_module_outside_ui_imports_without_qt(tmp_path: Path) -> None:
    modules = qt_free_modules()
    assert "greendesk.cli" in modules and "greendesk.db" in modules
    script = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"print(json.dumps(sorted(k for k in sys.modules if k.split('.')[0] in {FORBIDDEN!r})))\n"
    )
    # cwd away from the checkout, so the installed package is what gets imported
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=tmp_path)
    leaked = json.loads(out.stdout.strip().splitlines()[-1])
    assert leaked == [], f"Qt loaded outside greendesk/ui: {leaked}"


def test_cli_help_and_info_do_not_load_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from greendesk.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, cwd=tmp_path)


def test_migration_scripts_do_not_import_qt() -> None:
    import ast

    from greendesk.paths import package_dir

    for path in package_dir("migrations").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.split(".")[0] in FORBIDDEN for n in names), path
