"""The command line: `main` assembles the parser from one module per command group."""

from greendesk.cli.main import main

__all__ = ["main"]
