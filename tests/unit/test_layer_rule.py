"""The rules that keep the layers apart.

1. Nothing outside greendesk/ui imports Qt: not when a module loads, not inside a function
   (checked statically), and no headless command loads it (each run in a subprocess).
2. Imports point down the stack, never up or sideways:
   errors/i18n → paths → units/periods/validation/settings → models → store → analysis →
   services → importers | reports → demo → cli → ui.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import greendesk

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph")
ROOT = Path(greendesk.__file__).resolve().parent

# Top-level names (a package or a module) → layer; one layer may import only lower ones.
LAYERS: dict[str, float] = {
    "errors": 0, "i18n": 0,
    "paths": 0.5,  # its refusals are errors' Messages
    "units": 1, "periods": 1, "validation": 1, "settings": 1, "filenames": 1, "i18n_catalog": 1,
    "models": 2,
    "labels": 2.5,  # the display names of models' enumerations, for every edge
    "store": 3,
    "analysis": 4, "readers": 4,
    "services": 5,
    "importers": 6, "reports": 6,
    "demo": 7,
    "cli": 8,
    "ui": 9,
    "__main__": 10, "__init__": 10,
}
# The one import that points up on purpose: the command line opens the window.
ALLOWED_UP = {("greendesk.cli.main", "greendesk.ui.app")}


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT.parent).with_suffix("")
        parts = list(rel.parts)
        # alembic scripts (checked for Qt below) and the translators' script beside the
        # catalogues ship inside an installed package, but the app never imports them
        if parts[:2] in (["greendesk", "migrations"], ["greendesk", "resources"]):
            continue
        out.append((".".join(parts).removesuffix(".__init__"), path))
    return out


def _imports(path: Path, module: str) -> list[tuple[str, int]]:
    """Every greendesk module `path` imports, at any depth (functions included)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            if base == "greendesk":  # from greendesk import x: x is the module
                found += [(f"greendesk.{a.name}", node.lineno) for a in node.names]
            else:
                found.append((base, node.lineno))
    return found


def _layer(module: str) -> tuple[float, str] | None:
    parts = module.split(".")
    if parts[0] != "greendesk":
        return None
    top = parts[1] if len(parts) > 1 else "__init__"
    if top == "__version__":  # the package's own attribute, importable from anywhere
        return None
    if top not in LAYERS:
        raise AssertionError(f"{module}: add greendesk.{top} to LAYERS in this test")
    return LAYERS[top], top


def test_imports_point_down_the_stack() -> None:
    wrong = []
    for module, path in _modules():
        me = _layer(module)
        assert me is not None
        for target, line in _imports(path, module):
            other = _layer(target)
            if other is None or other[1] == me[1] or (module, target) in ALLOWED_UP:
                continue
            if other[0] >= me[0]:
                way = "up" if other[0] > me[0] else "sideways"
                wrong.append(f"{path.relative_to(ROOT.parent)}:{line} imports {target} ({way})")
    assert wrong == [], "\n".join(wrong)


def test_the_layer_walk_sees_imports_inside_functions(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from greendesk.ui import app\n    from . import units\n")
    assert ("greendesk.ui", 2) in _imports(probe, "greendesk.store.probe")
    assert ("greendesk.store", 3) in _imports(probe, "greendesk.store.probe")


def test_no_qt_import_outside_ui_at_any_depth() -> None:
    leaks = []
    for module, path in _modules():
        if module.startswith("greendesk.ui"):
            continue
        for target, line in _imports(path, module):
            if target.split(".")[0] in FORBIDDEN:
                leaks.append(f"{path.relative_to(ROOT.parent)}:{line} imports {target}")
    assert leaks == [], "\n".join(leaks)


def test_every_module_outside_ui_imports_without_qt(tmp_path: Path) -> None:
    modules = [m for m, _ in _modules()
               if not m.startswith("greendesk.ui") and not m.endswith("__main__")]
    assert "greendesk.cli" in modules and "greendesk.store.db" in modules
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


HEADLESS = """
import sys
from pathlib import Path
from greendesk.cli import main

db, out = sys.argv[1], Path(sys.argv[2])
commands = [
    ["--help"], ["--version"],
    ["demo", "--db", db, "--years", "1"],
    ["info", "--db", db],
    ["template", "flows", "-o", str(out / "t.xlsx"), "--db", db],
    ["import", "flows", str(out / "t.xlsx"), "--db", db],
    ["balance", "--db", db, "--period", "2025", "--format", "json"],
    ["reconcile", "--db", db, "--site", "nowhere", "--period", "2025-03"],
    ["indicators", "--db", db, "--year", "2025", "--format", "json"],
    ["tmf", "--db", db, "--format", "json"],
    ["exceedances", "--db", db, "--period", "2025"],
    ["classifier", "import", str(out / "missing.csv"), "--db", db],
    ["import", "formations", str(out / "missing.csv"), "--db", db, "--mapping", "none"],
    ["report", "waste", "--db", db, "--year", "2025", "-o", str(out / "w.xlsx")],
    ["verify", str(out / "w.xlsx"), "--db", db],
    ["audit", "verify", "--db", db],
    ["period", "close", "2025-01", "--db", db],
    ["period", "reopen", "2025-01", "--db", db, "--reason", "test"],
    ["period", "list", "--db", db],
    ["backup", "--db", db],
]
ran = []
for argv in commands:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    ran.append((argv[0], code))
qt = sorted(k for k in sys.modules if k.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"))
print(repr((ran, qt)))
"""


def test_no_headless_command_loads_qt(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", HEADLESS, str(tmp_path / "plant.sqlite"),
                          str(tmp_path)], capture_output=True, text=True, cwd=tmp_path,
                         env={"GREENDESK_DATA_DIR": str(tmp_path / "data"), "PATH": ""})
    assert out.returncode == 0, out.stderr[-2000:]
    ran, qt = eval(out.stdout.strip().splitlines()[-1])  # noqa: S307 - our own repr
    assert qt == [], f"a headless command loaded Qt: {qt}"
    assert ran[2] == ("demo", 0) and ran[3] == ("info", 0), ran  # the commands really ran
    assert "Traceback" not in out.stderr, out.stderr[-2000:]


def test_migration_scripts_do_not_import_qt() -> None:
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
