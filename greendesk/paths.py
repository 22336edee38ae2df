"""Where GreenDesk keeps the officer's files: the platform's user data folder.

`GREENDESK_DATA_DIR` overrides it, so tests and portable installs never touch a real profile.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "GreenDesk"
DEFAULT_DB_NAME = "greendesk.sqlite"
DEMO_DB_NAME = "greendesk-demo.sqlite"


def data_dir() -> Path:
    override = os.environ.get("GREENDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_NAME, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def demo_db_path() -> Path:
    return data_dir() / DEMO_DB_NAME


def package_dir(name: str) -> Path:
    """Directory of a data folder shipped in the package (`migrations`, `resources`).

    An installed wheel has them as `greendesk/migrations` and `greendesk/resources`; a
    source checkout used without installing has them at the repository's top level.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / name, here.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"GreenDesk's {name} folder is missing from the installation.")
