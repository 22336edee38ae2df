"""The store: opening and migrating databases, the SQLite dialect, the audit writer,
backups. Below the services; imports nothing above models."""
