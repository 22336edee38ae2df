"""Where GreenDesk keeps the officer's files: the platform's user data folder.

`GREENDESK_DATA_DIR` overrides it, so tests and portable installs never touch a real profile.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP

APP_NAME = "GreenDesk"
DEFAULT_DB_NAME = "greendesk.sqlite"
DEMO_DB_NAME = "greendesk-demo.sqlite"


# A URL has a scheme of two or more letters and "://" ("C:\\plant.sqlite" is a path).
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


def is_server_url(value: object) -> bool:
    """Whether a --db value names a database on a PostgreSQL server
    (`postgresql://user@host:port/dbname`), opened by the store rather than as a file."""
    if not isinstance(value, str) or not _URL.match(value):
        return False
    return value.split("://", 1)[0].split("+", 1)[0].lower() in ("postgresql", "postgres")


def database_location(value: str | os.PathLike[str]) -> Path:
    """The database file that `value` (a --db argument) names.

    A plain path is always a file path, whatever it contains ('%41', '?', '#'); only a
    value with a scheme is a URL: `sqlite:///...` names its file (URL-decoded); a server
    (`postgresql://...`, see `is_server_url`) has no file and any other scheme is refused,
    with ValueError.
    """
    if not isinstance(value, str) or not _URL.match(value):
        return Path(value)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(value)
    except ArgumentError:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "{value} is neither a file path nor a database URL."),
            value=value)) from None
    backend = url.get_backend_name()
    if backend != "sqlite":
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "GreenDesk keeps a plant in an SQLite file or on a "
                                         "PostgreSQL server; {backend} databases are not "
                                         "supported."),
            backend=backend))
    if not url.database or url.database == ":memory:":
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "{value} names no database file."),
            value=value))
    return Path(url.database)


def data_dir() -> Path:
    """GreenDesk's data folder (GREENDESK_DATA_DIR, else the platform's user data folder), made
    on first use."""
    override = os.environ.get("GREENDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_NAME, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The database the window opens when none is named."""
    return data_dir() / DEFAULT_DB_NAME


def demo_db_path() -> Path:
    """Where `greendesk demo` writes its database by default."""
    return data_dir() / DEMO_DB_NAME


def package_dir(name: str) -> Path:
    """Directory of a data folder shipped in the package (`migrations`, `resources`).

    An installed wheel has them as `greendesk/migrations` and `greendesk/resources`; a
    source checkout used without installing has them at the repository's top level; the
    frozen bundle (packaging/greendesk.spec) has them under `greendesk/` in its unpacked
    folder, sys._MEIPASS, and nowhere else: a bundle never reads a checkout's folders.
    """
    if getattr(sys, "frozen", False):
        bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        candidates = [bundle / "greendesk" / name]
    else:
        here = Path(__file__).resolve().parent
        candidates = [here / name, here.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"GreenDesk's {name} folder is missing from the installation.")
