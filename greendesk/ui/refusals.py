"""Refusals and import problems in the window's language.

A refusal carries its English template and arguments (errors.Message); here it is rendered
through QCoreApplication.translate, so the translators installed for the officer's language
(resources/i18n) turn it into Russian or Kazakh. Plain text passes unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from greendesk.errors import Message, render


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def shown(what: BaseException | Message | str) -> str:
    """What the officer reads for an error, a message or a text."""
    return render(what, qt_translate)
