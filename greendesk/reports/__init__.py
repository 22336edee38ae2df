"""GreenDesk reports (Qt-free)."""
