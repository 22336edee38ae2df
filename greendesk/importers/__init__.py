"""GreenDesk importers (Qt-free)."""
