"""Numbers and dates inside a refusal are written as the officer's language writes them:
"1 234,5" (a no-break space, as the window's QLocale groups, and a decimal comma) and
31.03.2025 in Russian and Kazakh; English keeps "1,234.5" and ISO dates. The templates and
their catalogues stay as they are: only the rendering of the arguments changes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from greendesk import i18n_catalog
from greendesk.errors import GROUP_SPACE, DomainError, Message, english, render
from greendesk.i18n import QT_TRANSLATE_NOOP

NBSP = "\u00a0"
ROWS = "{count:,} rows weigh {x:,.3f} t ({share:.1%}, {plain})."


@pytest.mark.parametrize("language", ["ru", "kk", "ru_RU"])
def test_russian_and_kazakh_group_with_a_no_break_space_and_a_decimal_comma(language: str) -> None:
    error = DomainError(QT_TRANSLATE_NOOP("Refusal", ROWS), count=1234, x=1234.5, share=0.25,
                        plain=0.5)
    assert render(error, english, language) == \
        f"1{NBSP}234 rows weigh 1{NBSP}234,500 t (25,0%, 0,5)."


def test_english_is_unchanged_and_str_stays_english() -> None:
    error = DomainError(QT_TRANSLATE_NOOP("Refusal", ROWS), count=1234, x=1234.5, share=0.25,
                        plain=0.5)
    expected = "1,234 rows weigh 1,234.500 t (25.0%, 0.5)."
    assert str(error) == expected
    assert render(error, english, "en") == render(error, english) == expected
    assert render(error, english, "de") == expected  # no catalogue: an English sentence


def test_the_window_and_the_messages_use_the_same_separator() -> None:
    from PySide6.QtCore import QLocale

    assert QLocale("ru").groupSeparator() == QLocale("kk").groupSeparator() == GROUP_SPACE


def test_a_nested_message_and_a_translation_keep_the_language() -> None:
    inner = Message(QT_TRANSLATE_NOOP("Refusal", "{n:,} records"), n=12345)
    outer = Message(QT_TRANSLATE_NOOP("Refusal", "{what} found"), what=inner)
    table = {("Refusal", "{what} found"): "найдено: {what}",
             ("Refusal", "{n:,} records"): "записей: {n:,}"}

    def russian(context: str, text: str) -> str:
        return table.get((context, text), text)

    assert outer.render(russian, "ru") == f"найдено: записей: 12{NBSP}345"
    russian.language = "ru"  # type: ignore[attr-defined]  # a translation that says its language
    assert outer.render(russian) == f"найдено: записей: 12{NBSP}345"


def test_the_cli_catalogue_says_its_language() -> None:
    assert i18n_catalog.catalogue_for("ru").language == "ru"  # type: ignore[attr-defined]
    assert i18n_catalog.catalogue_for("kk_KZ").language == "kk"  # type: ignore[attr-defined]
    assert not hasattr(i18n_catalog.catalogue_for("xx"), "language")  # English


def test_dates_are_day_first_in_russian_and_kazakh_without_an_english_word() -> None:
    when = datetime(2025, 3, 31, 14, 5)
    message = Message("on {when:%Y-%m-%d at %H:%M}, {day}, {stamp:%Y-%m-%d %H:%M}, {odd:%b %d}",
                      when=when, day=date(2025, 3, 31), stamp=when, odd=when)
    assert message.render(english, "ru") == \
        "on 31.03.2025 14:05, 31.03.2025, 31.03.2025 14:05, Mar 31"
    assert message.render(english, "kk") == message.render(english, "ru")
    assert message.render() == \
        "on 2025-03-31 at 14:05, 2025-03-31, 2025-03-31 14:05, Mar 31"


def test_the_shipped_russian_catalogue_writes_the_repeat_import_date_day_first() -> None:
    template = QT_TRANSLATE_NOOP("Refusal", "{count:,} imported from {file} on "
                                            "{when:%Y-%m-%d at %H:%M}")
    text = render(Message(template, count=1500, file="f.csv", when=datetime(2025, 3, 31, 9, 7)),
                  i18n_catalog.catalogue_for("ru"))
    assert "31.03.2025 09:07" in text and " at " not in text and f"1{NBSP}500" in text


CLI = """
import sys
from greendesk.cli import main
sys.exit(main(["import", "flows", sys.argv[1], "--db", sys.argv[2]]))
"""


@pytest.mark.parametrize(("lang", "total"), [("ru", f"3{NBSP}900"), ("en", "3,900")])
def test_the_command_line_writes_a_refusal_number_in_the_officer_language(
        tmp_path: Path, db_path: Path, lang: str, total: str) -> None:
    rows = [f"2025-03-31,Nowhere,A,B,Ore,-{i}.5,t" for i in range(1, 1301)]
    path = tmp_path / "flows.csv"
    path.write_text("Date,Site,From,To,Material,Quantity,Unit\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    env = {**os.environ, "GREENDESK_LANG": lang, "GREENDESK_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", CLI, str(path), str(db_path)],
                         capture_output=True, text=True, cwd=tmp_path, env=env,
                         encoding="utf-8", check=False)
    assert out.returncode != 0
    first_line = out.stderr.splitlines()[0]  # three problems a row: 3,900 of them
    assert f" {total} " in first_line, first_line
    assert ("3,900" in first_line) == (lang == "en")
