"""The Russian and Kazakh catalogues are complete and keep what the code fills in.

Read straight from resources/i18n/*.ts: every message translated (no type="unfinished", no
empty text or plural form), the same placeholders (%1, %n, %s, %%, {name}) as the source,
the same HTML tags, one &-accelerator where the source has one and none where it has none,
an ellipsis where the source ends with one, and the same leading and trailing spaces (they
join strings at run time). A new tr() string fails here until it is translated: that is the
point. Also: the compiled .qm files are those lrelease makes from the .ts files now.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import lacking

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("ru", "kk")
PLACEHOLDER = re.compile(r"%(?:L?\d|n|s|d|%)|\{[^{}]*\}")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")
NOT_ACCELERATOR = re.compile(r"&&|&#?\w+;")  # an escaped & or an HTML entity
DROPPED = {"vanished", "obsolete"}


def messages(language: str) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every live message; a numerus one has several."""
    root = ET.parse(I18N / f"greendesk_{language}.ts").getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in DROPPED:
                continue
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.findall("numerusform")]
            else:
                texts = [translation.text or ""]
            label = name + (f" ({message.findtext('comment')})" if message.findtext("comment")
                            else "")
            status = "unfinished" if translation.get("type") == "unfinished" else ""
            out.append((label, message.findtext("source") or "", [status, *texts]))
    return out


def accelerators(text: str) -> int:
    return len(re.findall(r"&\w", NOT_ACCELERATOR.sub("", text)))


# A translation may use a placeholder the code passes in place of the source's: a quarter
# is "Q1 2026" in English and "I квартал 2026 г." in Russian (periods.name passes both).
SUBSTITUTES = {"Q{quarter} {year}": {"{roman}": "{quarter}"}}


def problems(source: str, status: str, texts: list[str]) -> list[str]:
    """What is wrong with one message's translation(s), as short phrases."""
    found = []
    for alternative, standard in SUBSTITUTES.get(source, {}).items():
        texts = [text.replace(alternative, standard) for text in texts]
    if status:
        found.append(status)
    for text in texts:
        if not text.strip():
            found.append("empty")
            continue
        if Counter(PLACEHOLDER.findall(source.replace("%n", ""))) != Counter(
                PLACEHOLDER.findall(text.replace("%n", ""))):
            found.append(f"placeholders differ in {text!r}")
        if ("%n" in source) != ("%n" in text):
            found.append(f"%n missing or extra in {text!r}")
        if Counter(TAG.findall(source)) != Counter(TAG.findall(text)):
            found.append(f"HTML tags differ in {text!r}")
        if accelerators(source) != accelerators(text):
            found.append(f"accelerator (&) differs in {text!r}")
        if source.rstrip().endswith("…") != text.rstrip().endswith("…"):
            found.append(f"ellipsis differs in {text!r}")
        if (source[:len(source) - len(source.lstrip())] != text[:len(text) - len(text.lstrip())]
                or source[len(source.rstrip()):] != text[len(text.rstrip()):]):
            found.append(f"leading or trailing spaces differ in {text!r}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_keeps_its_placeholders(language: str) -> None:
    report = []
    for context, source, (status, *texts) in messages(language):
        for problem in problems(source, status, texts):
            report.append(f"[{context}] {source!r}: {problem}")
    assert not report, f"{len(report)} problems in greendesk_{language}.ts:\n" + "\n".join(
        report[:40])


@pytest.mark.parametrize(("source", "text", "expected"), [
    ("Open %1", "Открыть", "placeholders"),
    ("%1 of %2", "%2 из %1", None),
    ("{n} values", "{count} значений", "placeholders"),
    ("&Open…", "Открыть…", "accelerator"),
    ("&Open…", "&Открыть", "ellipsis"),
    ("<b>%1</b> done", "%1 готово", "HTML"),
    ("R&&D &amp; more", "НИОКР &amp; прочее", None),
    (" (read-only)", "(только чтение)", "spaces"),
    ("50 %%", "50 %", "placeholders"),
    ("Save", "", "empty"),
])
def test_the_checks_catch_what_they_name(source: str, text: str, expected: str | None) -> None:
    found = problems(source, "", [text])
    if expected is None:
        assert found == []
    else:
        assert found and expected in found[0]


def test_an_unfinished_message_is_reported() -> None:
    assert problems("Save", "unfinished", ["Сохранить"]) == ["unfinished"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_the_current_one(language: str, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        lacking("pyside6-lrelease is not installed")
    fresh = tmp_path / f"greendesk_{language}.qm"
    subprocess.run([lrelease, "-silent", str(I18N / f"greendesk_{language}.ts"), "-qm",
                    str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == (I18N / f"greendesk_{language}.qm").read_bytes(), \
        "run python resources/i18n/update_translations.py (or pyside6-lrelease) again"
