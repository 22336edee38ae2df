"""The officer's GreenDesk settings: a small JSON file in the data folder.

Qt-free on purpose: the audit trail (who made a change), backups (how many to keep, where)
and the command line need them without a window. Window choices (geometry, recent files)
stay in QSettings (`greendesk.ui.settings`). The file carries a schema version so that a
later GreenDesk can read an older file; an unreadable file falls back to the defaults
rather than stopping the app.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.paths import data_dir

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"
MAX_BACKUPS_KEEP = 1000


def _default_uncertainties() -> dict[str, float]:
    # Relative, 1 sigma, by how a quantity was obtained (reconciliation's default weights).
    return {"measured": 2.0, "calculated": 5.0, "estimated": 25.0}


@dataclass(frozen=True)
class Settings:
    """The officer's settings, kept in a JSON file in the data folder (not in the database)."""
    officer_name: str = ""
    backups_keep: int = 10
    backup_folder: str | None = None  # None: a `backups` folder beside each database
    default_uncertainty_pct: dict[str, float] = field(default_factory=_default_uncertainties)
    # The report cover's signature block, offered again at the next export (the officer's
    # own position, and who approves the reports: usually the same person all year).
    prepared_position: str = ""
    approved_by: str = ""
    approved_position: str = ""

    def with_changes(self, **changes: object) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


def settings_path() -> Path:
    """Where the settings file lives."""
    return data_dir() / FILE_NAME


_cache: tuple[Path, float, Settings] | None = None


def load() -> Settings:
    """The current settings (re-read only when the file changed, so the audit trail can
    ask on every write)."""
    global _cache
    path = settings_path()
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return Settings()
    if _cache is not None and _cache[0] == path and _cache[1] == mtime:
        return _cache[2]
    settings = _parse(path)
    _cache = (path, mtime, settings)
    return settings


SIGNATURE_FIELDS = ("prepared_position", "approved_by", "approved_position")


def one_line(value: object) -> str:
    """A name or position as settings keep it: blank space folded, at most 200 characters
    ("" for anything but text)."""
    return " ".join(value.split())[:200] if isinstance(value, str) else ""


def set_signatures(prepared_position: str, approved_by: str, approved_position: str) -> None:
    """Remember the cover's positions and approver as the next export's defaults."""
    save(load().with_changes(prepared_position=one_line(prepared_position),
                             approved_by=one_line(approved_by),
                             approved_position=one_line(approved_position)))


def _parse(path: Path) -> Settings:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    base = Settings()
    name = data.get("officer_name", base.officer_name)
    keep = data.get("backups_keep", base.backups_keep)
    folder = data.get("backup_folder", base.backup_folder)
    unc = data.get("default_uncertainty_pct", base.default_uncertainty_pct)
    signatures = {key: one_line(data.get(key, "")) for key in SIGNATURE_FIELDS}
    return Settings(
        officer_name=" ".join(name.split())[:200] if isinstance(name, str) else "",
        backups_keep=keep if isinstance(keep, int) and 1 <= keep <= MAX_BACKUPS_KEEP
        else base.backups_keep,
        backup_folder=folder if isinstance(folder, str) and folder.strip() else None,
        default_uncertainty_pct={k: float(v) for k, v in unc.items()
                                 if isinstance(v, int | float) and 0 <= v <= 100}
        if isinstance(unc, dict) else base.default_uncertainty_pct,
        **signatures,
    )


def save(settings: Settings) -> Path:
    """Write the settings atomically (a temporary file, then a rename)."""
    global _cache
    if not 1 <= settings.backups_keep <= MAX_BACKUPS_KEEP:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "Keep between 1 and {most} backups."),
            most=MAX_BACKUPS_KEEP))
    path = settings_path()
    data = {"schema": SCHEMA_VERSION, **asdict(settings)}
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _cache = None
    return path


def officer_name() -> str:
    """The name the audit trail records beside the OS login."""
    return load().officer_name


def set_officer_name(name: str) -> None:
    """Save the officer's name (blank space folded, at most 200 characters)."""
    save(load().with_changes(officer_name=one_line(name)))
