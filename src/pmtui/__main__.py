"""``python -m pmtui``: the same as the ``pmtui`` command, for when it is not on PATH."""

from pmtui.cli.main import main

raise SystemExit(main())
