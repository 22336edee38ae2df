"""`GREENDESK_LANG` and `--lang` apply to every command: the lines, headings and summaries
the command line prints come out of the catalogues (context "cli"), without Qt.

The subprocess test reads the shipped Russian catalogue and finds no English word left in what
the commands print. `STAND_INS = True` would add a Cyrillic stand-in for any marked string the
catalogue lacks (see test_report_languages), for working on new strings before translating.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from greendesk import i18n_catalog
from greendesk.cli import text
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.registry import REPORTS
from tests.unit.test_demo_languages import TOKEN, latin_tokens
from tests.unit.test_report_languages import (
    CODE,
    CONTEXTS,
    allowed_latin,
    catalogue_with_stand_ins,
    marked,
)

STAND_INS = False  # the shipped catalogues translate the "cli" context
CLI_CONTEXTS = (*CONTEXTS, "cli")
SCRIPT = """
import sys
from pathlib import Path
from greendesk import i18n_catalog
from greendesk.cli.main import main

i18n_catalog.FOLDER = Path(sys.argv[1]) if sys.argv[1] else None
for line in sys.argv[2:]:
    print("=== " + line, flush=True)
    code = main(line.split("\\t"))
    sys.stdout.flush()
    print("=== exit", code, flush=True)
qt = sorted(k for k in sys.modules if k.split(".")[0] in ("PySide6", "shiboken6"))
print("=== qt", qt)
"""


def _run(folder: Path | None, commands: list[list[str]], env: dict[str, str],
         cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT, str(folder or ""),
                           *("\t".join(c) for c in commands)], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=cwd)


def test_commands_print_in_the_officer_language(language_demo_files: dict[str, Path],
                                                tmp_path: Path) -> None:
    plant = tmp_path / "plant.sqlite"
    shutil.copyfile(language_demo_files["ru"], plant)
    folder = None
    if STAND_INS:
        folder = tmp_path / "i18n"
        folder.mkdir()
        catalogue_with_stand_ins(folder, "ru", CLI_CONTEXTS)
    db = ["--db", str(plant)]
    site = "Карьер «Нуркен»"
    commands = [["info", *db], ["indicators", *db, "--year", "2025"], ["tmf", *db],
                ["exceedances", *db, "--period", "2025"], ["period", "close", "2024-03", *db],
                ["period", "list", *db], ["audit", "verify", *db],
                ["balance", *db, "--period", "2025-03", "--site", site],
                ["report", "pack", *db, "--year", "2025", "--prepared-by", "Иванов", "-o",
                 str(tmp_path / "pack.xlsx")]]
    env = {**os.environ, "GREENDESK_LANG": "ru", "GREENDESK_DATA_DIR": str(tmp_path)}
    out = _run(folder, commands, env, tmp_path)
    assert out.returncode == 0, out.stderr[-3000:]
    said = out.stdout + out.stderr
    assert said.count("=== exit 0") == len(commands), said[-3000:]
    assert "=== qt []" in said
    # also: the program's name, report kinds as typed on the command line (--kinds), the
    # login that closed a period, and the per-tonne units of the indicators
    allowed = allowed_latin(plant, "ru") | {"greendesk", "t/t", "GJ/t", getpass.getuser()} \
        | {t for kind in REPORTS for t in TOKEN.findall(kind)}
    left = []
    for line in said.replace(str(tmp_path), "").splitlines():
        if line.startswith("=== "):
            continue
        _n, latin = latin_tokens(CODE.sub(" ", re.sub(r"\S*\.(sqlite|xlsx)\S*", " ", line)),
                                 allowed)
        left += [f"{word} in {line.strip()[:90]!r}" for word in latin]
    assert left == [], "\n".join(left[:40])


def test_an_english_run_is_english_and_the_measure_sees_it(
        language_demo_files: dict[str, Path], tmp_path: Path) -> None:
    plant = tmp_path / "plant.sqlite"
    shutil.copyfile(language_demo_files["ru"], plant)
    env = {**os.environ, "GREENDESK_DATA_DIR": str(tmp_path)}
    env.pop("GREENDESK_LANG", None)
    out = _run(None, [["--lang", "en", "info", "--db", str(plant)],
                      ["--lang", "en", "indicators", "--db", str(plant), "--year", "2025"]],
               env, tmp_path)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "materials" in out.stdout and "recycling share" in out.stdout
    assert "non-hazardous" in out.stdout


def test_say_and_tr_go_through_the_catalogue(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    template = "Wrote {path} with {n:,} flow records."
    assert ("cli", template) in marked(("cli",))  # lupdate will extract it
    (tmp_path / "greendesk_ru.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ru"><context>'
        f"<name>cli</name><message><source>{template}</source><translation>Записан {{path}}: "
        "записей потоков — {n:,}.</translation></message><message><source>sites</source>"
        "<translation>участки</translation></message></context></TS>", encoding="utf-8")
    monkeypatch.setattr(i18n_catalog, "FOLDER", tmp_path)
    monkeypatch.setattr(text, "LANGUAGE", "ru")
    i18n_catalog._catalogue.cache_clear()
    try:
        assert text.say(QT_TRANSLATE_NOOP("cli", template), path="a.sqlite", n=1200) == \
            "Записан a.sqlite: записей потоков — 1\u00a0200."  # grouped as Russian groups
        assert text.tr("cli", "sites") == "участки"
        assert text.labelled([(0, "участки", 3), (1, "x", 4)]) == ["участки  3", "  x      4"]
        monkeypatch.setattr(text, "LANGUAGE", "en")
        assert text.say(QT_TRANSLATE_NOOP("cli", template), path="a", n=1200) == \
            "Wrote a with 1,200 flow records."
    finally:
        i18n_catalog._catalogue.cache_clear()
