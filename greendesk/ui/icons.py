"""Section and action icons, drawn for GreenDesk and kept in resources/icons as SVG."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from greendesk.paths import package_dir


@cache
def icon(name: str) -> QIcon:
    path = package_dir("resources") / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
