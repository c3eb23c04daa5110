"""A child process for the crash tests: one save or one reconcile of a real repository,
killed with SIGKILL right after a named step (``pmtui.store.crashpoints``).

    crash_child.py REPO save STEP DNR FIELD=VALUE   (FIELD: status or title)
    crash_child.py REPO delete STEP DNR
    crash_child.py REPO reconcile STEP

STEP is a save step or a recovery step (``crashpoints.SAVE_STEPS``, ``RECOVERY_STEPS``,
``REMOVAL_STEPS``, ``REMOVAL_RECOVERY_STEPS``), or ``none``. The exit status is -9 when
the process was killed at STEP, 0 when it finished without reaching it (it prints
``DONE`` and the commit id).
"""

from __future__ import annotations

import sys

from pmtui.model import Status
from pmtui.store import CaseRepository, crashpoints


def save(repo: CaseRepository, dnr: str, assignment: str) -> str | None:
    field, value = assignment.split("=", 1)
    loaded = repo.load(dnr)
    assert loaded.case is not None, loaded.problems
    update = {"status": Status(value)} if field == "status" else {field: value}
    return repo.save(loaded.case.model_copy(update=update), loaded.base).commit_id


def main(argv: list[str]) -> int:
    root, mode, step, *rest = argv
    if step != "none":
        crashpoints.hook = crashpoints.crash_at(step)
    repo = CaseRepository.discover(explicit=root, lock_timeout=5.0)
    if mode == "save":
        print("DONE", save(repo, rest[0], rest[1]), flush=True)
    elif mode == "delete":
        print("DONE", repo.delete(rest[0]).commit_id, flush=True)
    else:
        print("DONE", repo.reconcile().messages, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
