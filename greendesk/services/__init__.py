"""Services: the only way the UI, the CLI and the importers change data.

Each public write function runs in one transaction (`Database.write()`), checks the
domain rules, and raises `DomainError` with one plain sentence when a rule is broken;
the transaction then rolls back and the database is exactly as it was. Reads return
frozen row objects, never live ORM objects.
"""
