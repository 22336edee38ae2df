"""The officer's window choices, kept with QSettings (geometry, databases, last section)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "GreenDesk"
APPLICATION = "GreenDesk"
MAX_RECENT = 8


def settings() -> QSettings:
    """The application's settings (names set by make_app; tests redirect the format and path)."""
    return QSettings()


def recent_databases() -> list[str]:
    value = settings().value("recent_databases", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def remember_database(path: Path) -> None:
    s = settings()
    entries = [str(path)] + [p for p in recent_databases() if p != str(path)]
    s.setValue("recent_databases", entries[:MAX_RECENT])
    s.setValue("last_database", str(path))


def last_database() -> Path | None:
    value = settings().value("last_database", "")
    return Path(str(value)) if value else None
