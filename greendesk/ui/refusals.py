"""Refusals and import problems in the window's language.

A refusal carries its English template and arguments (errors.Message); here it is rendered
through QCoreApplication.translate, so the translators installed for the officer's language
(resources/i18n) turn it into Russian or Kazakh. Plain text passes unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from greendesk.errors import Message, render


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def shown(what: BaseException | Message | str) -> str:
    """What the officer reads for an error, a message or a text; its numbers and dates as
    the window writes them (QLocale's default, which ui/app.py sets to the window's
    language), e.g. "1 234,5" in Russian."""
    return render(what, qt_translate, QLocale().name().split("_")[0])
