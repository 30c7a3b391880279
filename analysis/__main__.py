"""``python -m analysis`` — the kit's command line (see ``analysis.cli``)."""

from .cli import main

raise SystemExit(main())
