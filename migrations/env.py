"""Alembic environment: runs on the connection GreenDesk hands over (see greendesk.store.db)."""

from alembic import context
from sqlalchemy import create_engine

import greendesk.models
from greendesk.models.base import Base

greendesk.models.load_all()  # every table on the metadata

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # plain `alembic` command line: use the URL from the config
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copy-and-move
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("GreenDesk migrations run online only.")
run_migrations_online()
