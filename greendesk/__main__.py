"""`python -m greendesk` is the same as the `greendesk` command."""

from greendesk.cli import main

raise SystemExit(main())
