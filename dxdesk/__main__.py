"""``python -m dxdesk`` runs the command line."""

from dxdesk.cli.main import main

raise SystemExit(main())
