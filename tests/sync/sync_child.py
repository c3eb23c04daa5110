"""A child process for the interrupted-sync tests: ``pmtui ARGS`` (a sync), killed with
SIGKILL right after the named step (``pmtui.store.sync.SYNC_STEPS``; ``none``: never).

    sync_child.py STEP ARGS...
"""

from __future__ import annotations

import sys

from pmtui.cli.main import main
from pmtui.store import crashpoints

if __name__ == "__main__":
    step, *argv = sys.argv[1:]
    if step != "none":
        crashpoints.hook = crashpoints.crash_at(step)
    sys.exit(main(argv))
