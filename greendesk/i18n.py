"""Marking translatable text in Qt-free modules.

`QT_TRANSLATE_NOOP(context, text)` returns the text unchanged; pyside6-lupdate finds the
calls by name and extracts them into resources/i18n, and the window translates them when it
shows them (QCoreApplication.translate). Qt-free code must not import Qt for this.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - lupdate's marker
    """Mark `text` for lupdate under `_context` and return it untranslated; the edge translates."""
    return text
