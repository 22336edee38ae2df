"""The one error type the UI shows to the officer as a sentence."""

from __future__ import annotations


class DomainError(ValueError):
    """A domain rule was broken. `str(error)` is one plain sentence saying what and where.

    `field` names the form field the message belongs next to, when there is one.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(DomainError):
    """The record was deleted (elsewhere, or by an undo) since it was shown."""
