"""Named points of a save and of its recovery, where crash tests stop a process.

Production code calls ``reached(step)`` after each step of the save order
(docs/reliability.md, rule 1) and of the recovery (``store/recovery.py``); it does
nothing unless a test's child process has set ``hook``. A crash test sets
``hook = crash_at("index")`` in a child, which then SIGKILLs itself right after that
step: a real hard exit, without cleanup (tests/store/crash_child.py).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

# The save's steps, in order: work-tree file, blob, commit object (and milestone tag
# object), journal, index, branch ref, milestone tag ref.
SAVE_STEPS = ("file", "blob", "commit", "journal", "index", "ref", "tag")
# The recovery's steps: the journal read, the index entry restored, the tag ref made.
RECOVERY_STEPS = ("recover-start", "recover-index", "recover-tag")
# A delete's steps from the commit object on (it writes no file and no blob first, and
# removes the work-tree file once the branch moved), and its recovery's: a delete that
# landed has its file removed.
REMOVAL_STEPS = ("commit", "journal", "index", "ref", "unlink")
REMOVAL_RECOVERY_STEPS = ("recover-start", "recover-index", "recover-unlink")

CrashHook = Callable[[str], None]
hook: CrashHook | None = None


def reached(step: str) -> None:
    """Called after ``step``; a no-op unless a test set ``hook``."""
    if hook is not None:
        hook(step)


def crash_at(wanted: str) -> CrashHook:
    """A hook that kills this process with SIGKILL right after ``wanted``."""

    def crash(step: str) -> None:
        if step == wanted:
            os.kill(os.getpid(), signal.SIGKILL)

    return crash
