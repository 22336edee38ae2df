"""GreenDesk: the environmental officer's desk for mining and metallurgical plants."""

__version__ = "0.1.0"
