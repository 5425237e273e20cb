"""``python -m cpradmin``: the same entry point as the ``cpradmin`` script."""

from cpradmin.cli import main

raise SystemExit(main())
