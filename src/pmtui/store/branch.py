"""The branch step of a save: a compare-and-swap of the branch ref (docs/reliability.md,
rule 1: ``set_target`` on the reference looked up before the commit was built; never
forced)."""

from __future__ import annotations

import time

import pygit2

from pmtui.store.locks import GitLocks, is_lock_error, is_lost_race


def move_branch(
    repo: pygit2.Repository,
    ref: pygit2.Reference | None,
    ref_name: str,
    commit: pygit2.Oid,
    message: str,
    locks: GitLocks,
) -> bool:
    """Move ``ref`` (None: create the unborn branch) to ``commit``; False when another
    writer moved the tip first (the caller retries on the new tip). A held lock is
    retried until ``locks`` gives up (``RepositoryBusy``)."""
    reflog = "commit: " + message.split("\n", 1)[0]
    while True:
        try:
            if ref is None:
                repo.create_reference(ref_name, commit, force=False, message=reflog)
            else:
                ref.set_target(commit, reflog)
            return True
        except (pygit2.GitError, ValueError, OSError) as error:
            if is_lost_race(error) and not is_lock_error(error):
                return False
            if not is_lock_error(error):
                raise
            locks.check(error)
        time.sleep(0.01)
