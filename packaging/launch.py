"""Entry point of the frozen app: the same as the `dxdesk` console script."""

from dxdesk.cli.main import main

raise SystemExit(main())
