"""Alembic migration scripts, shipped inside the package as greendesk.migrations."""
