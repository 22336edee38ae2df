"""The frozen program's entry point: PyInstaller starts here, and it is the `greendesk`
command (a subcommand runs headless; none opens the window)."""

from greendesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
