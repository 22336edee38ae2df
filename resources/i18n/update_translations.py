"""Refresh the translation sources and compile them.

    python resources/i18n/update_translations.py

1. pyside6-lupdate extracts every tr()/translate()/QT_TRANSLATE_NOOP string from
   greendesk/ into greendesk_ru.ts and greendesk_kk.ts (new strings are added, existing
   translations kept; strings gone from the code are dropped).
2. Strings still untranslated and empty get the glossary's term (glossary.csv: en, ru, kk,
   source, note) as a suggestion, where its English is exactly the message's source and the
   message has no disambiguation comment. A suggestion stays unfinished: the same English
   word can mean another thing in another place (the Audit trail's date "From" once got the
   flow's "Откуда" this way), so a translator confirms it.
3. pyside6-lrelease compiles the .qm files the app loads.

Every new message still needs a translator: tests/unit/test_catalogues.py fails while one
is unfinished. apply_translations.py writes a JSON of translations into both catalogues.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GLOSSARY_CSV = HERE / "glossary.csv"
LANGUAGES = ("ru", "kk")


def load_glossary(path: Path = GLOSSARY_CSV) -> dict[str, dict[str, str]]:
    """English term → {"ru": ..., "kk": ...}: the one source of terms for the fill step."""
    with path.open(encoding="utf-8", newline="") as f:
        return {row["en"]: {lang: row[lang] for lang in LANGUAGES}
                for row in csv.DictReader(f) if row["en"]}


def fill(ts: Path, language: str, glossary: dict[str, dict[str, str]]) -> int:
    """Suggest the glossary's term for empty, undisambiguated messages; never overwrite."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if (translation is None or source not in glossary or message.findtext("comment")
                or message.get("numerus") == "yes" or not glossary[source][language]):
            continue
        if translation.get("type") != "unfinished" or translation.text:
            continue  # never overwrite a translator's work or an earlier suggestion
        translation.text = glossary[source][language]  # still unfinished: to be confirmed
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> None:
    sources = sorted(str(p) for p in (ROOT / "greendesk").rglob("*.py"))
    targets = [HERE / f"greendesk_{lang}.ts" for lang in LANGUAGES]
    subprocess.run(["pyside6-lupdate", "-no-obsolete", *sources, "-ts", *map(str, targets)],
                   check=True)
    glossary = load_glossary()
    for language, ts in zip(LANGUAGES, targets, strict=True):
        print(f"{ts.name}: {fill(ts, language, glossary)} glossary suggestions to confirm")
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


if __name__ == "__main__":
    sys.exit(main())
