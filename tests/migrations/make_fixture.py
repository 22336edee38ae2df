"""Write the fixture database of a schema revision: `python tests/migrations/make_fixture.py REV`.

Run it when a release adds a revision (never regenerate an older one). The file is the
previous revision's fixture upgraded with that revision's migration, so it holds real
records written by earlier releases, at exactly this schema.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "fixtures"


def main(argv: list[str]) -> None:
    from alembic import command

    from greendesk.db import KNOWN_REVISIONS, alembic_config, make_engine

    rev = argv[0]
    index = KNOWN_REVISIONS.index(rev)
    target = HERE / f"{rev}.sqlite"
    if target.exists():
        raise SystemExit(f"{target.name} exists; fixtures of released revisions never change.")
    previous = HERE / f"{KNOWN_REVISIONS[index - 1]}.sqlite"
    shutil.copyfile(previous, target)
    engine = make_engine(target)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), rev)
    engine.dispose()
    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("VACUUM")
    con.close()
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
