"""GreenDesk analysis (Qt-free)."""
