"""``pmtui sync``'s steps: fetch, integrate, push, each a call of its own so that the
command can say what happens between them (docs/decisions.md, "Branches and sync").

* Nothing is stashed and nothing is forced: a sync refuses to start while case files hold
  uncommitted text, or a merge or rebase is under way; it integrates the upstream by a
  fast-forward or a ``git merge`` with the case merge driver (never a rebase: the commits
  may be published), and pushes without ``--force``, so a push the server does not take
  is reported as refused (docs/reliability.md, F51).
* A branch that is not the default branch is meant for a pull request, and forges do not
  run merge drivers: the remote's default branch is merged into it here, with the driver,
  before it is pushed, so the forge has nothing left to merge.
* Every step leaves a state plain git understands, so a sync killed between any two
  steps loses nothing and the next sync goes on from there (docs/reliability.md, F50).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pygit2

from pmtui.store import crashpoints, trees
from pmtui.store.branches import (
    HasBranch,
    default_branch,
    refuse_operation,
    uncommitted_cases,
)
from pmtui.store.errors import RepositoryStateError, StoreError
from pmtui.store.merge_driver import (
    DRIVER,
    driver_defined,
    driver_enabled,
    merge_attribute,
    read_merge_log,
)
from pmtui.store.merge_state import conflicted_paths
from pmtui.store.push import PushOutcome, ref_statuses, refusal
from pmtui.store.tracking import remote_upstream
from pmtui.store.transport import (
    GitRun,
    OutputSink,
    TransportFailed,
    error_lines,
    run_git,
    transport_failed,
)
from pmtui.texts import store as store_texts
from pmtui.texts import sync as texts

# The points between a sync's steps where crash tests stop the process (crashpoints.py).
SYNC_STEPS = ("sync-fetched", "sync-integrated", "sync-base-merged", "sync-pushed")


class SyncRefused(StoreError):
    """The sync did not start, or stopped before changing anything: ``kind`` says why
    (``detached``, ``conflicts``, ``uncommitted``, ``no-remote``, ``driver``, ``merge``)."""

    def __init__(self, message: str, hint: str = "", *, kind: str) -> None:
        super().__init__(message, hint)
        self.kind = kind


@dataclass(frozen=True)
class SyncTarget:
    """What a sync joins: the checked-out ``branch`` and ``remote_branch`` on ``remote``;
    ``tracked`` when that is already its upstream (else the push sets it, ``-u``)."""

    branch: str
    remote: str
    remote_branch: str
    tracked: bool
    default_branch: str | None

    @property
    def upstream(self) -> str:
        return f"{self.remote}/{self.remote_branch}"

    @property
    def base(self) -> str | None:
        """The remote's default branch (``origin/main``), for a branch that is not it."""
        if self.default_branch is None or self.remote_branch == self.default_branch:
            return None
        return f"{self.remote}/{self.default_branch}"


@dataclass(frozen=True)
class Integration:
    """How ``source`` was joined: ``absent`` (not on the remote), ``up-to-date``,
    ``fast-forward``, ``merged`` or ``conflict`` (``conflicted`` paths, the merge left
    under way); ``resolutions`` are the merge driver's log records of this merge."""

    kind: str
    source: str
    conflicted: tuple[str, ...] = ()
    resolutions: list[dict[str, Any]] = field(default_factory=list)


class CaseSync:
    """One sync of the checked-out branch; ``interactive``: git may ask for a password."""

    def __init__(
        self, repository: HasBranch, *, interactive: bool, on_output: OutputSink | None = None
    ) -> None:
        self.repository = repository
        self.interactive = interactive
        self.on_output = on_output
        root = repository.root
        if root is None:
            raise RepositoryStateError(texts.SYNC_NO_WORKTREE)
        self.root = root

    def _git(self) -> pygit2.Repository:
        return pygit2.Repository(str(self.repository.gitdir))

    # Before anything: what is joined, and may it be -------------------------------------

    def target(self) -> SyncTarget:
        """The branch and remote to sync; ``SyncRefused`` (or ``RepositoryStateError``)
        when the repository is not ready: nothing has been done then."""
        git = self._git()
        branch = self.repository.branch
        if branch is None or trees.head_commit_id(git) is None:
            raise SyncRefused(
                store_texts.STATE_DETACHED, store_texts.STATE_DETACHED_HINT, kind="detached"
            )
        refuse_operation(git)
        conflicted = conflicted_paths(git)
        if conflicted:
            raise SyncRefused(
                texts.SYNC_CONFLICTS.format(paths=", ".join(conflicted)),
                texts.SYNC_CONFLICTS_HINT,
                kind="conflicts",
            )
        uncommitted = uncommitted_cases(self.repository)
        if uncommitted:
            paths = ", ".join(case.path for case in uncommitted)
            raise SyncRefused(
                texts.SYNC_UNCOMMITTED.format(paths=paths),
                texts.SYNC_UNCOMMITTED_HINT,
                kind="uncommitted",
            )
        return self._target(git, branch)

    def _target(self, git: pygit2.Repository, branch: str) -> SyncTarget:
        tracked = remote_upstream(self.repository)
        names = list(git.remotes.names())
        if tracked is not None and tracked.upstream.split("/", 1)[0] in names:
            remote, remote_branch = tracked.upstream.split("/", 1)
            return SyncTarget(branch, remote, remote_branch, True, default_branch(git))
        chosen = "origin" if "origin" in names else (names[0] if len(names) == 1 else None)
        if chosen is None:
            hint = texts.SYNC_NO_REMOTE_HINT if not names else texts.SYNC_WHICH_REMOTE_HINT
            raise SyncRefused(texts.SYNC_NO_REMOTE.format(branch=branch), hint, kind="no-remote")
        return SyncTarget(branch, chosen, branch, False, default_branch(git))

    def _transport(self, args: list[str]) -> GitRun:
        """``git ARGS`` with the user's own transport; ``TransportFailed`` when git cannot
        be run at all."""
        try:
            return run_git(self.root, args, interactive=self.interactive, on_output=self.on_output)
        except OSError as error:
            raise TransportFailed(
                texts.GIT_NOT_RUN.format(error=error), "", kind="other", said=[]
            ) from None

    # Fetch --------------------------------------------------------------------------------

    def fetch(self, target: SyncTarget) -> None:
        """``git fetch REMOTE``; ``TransportFailed`` when it cannot (nothing local changed)."""
        args = ["fetch", *self._progress(), target.remote]
        result = self._transport(args)
        if result.code != 0:
            raise transport_failed(texts.FETCH_WHAT, target.remote, result.stderr)
        crashpoints.reached("sync-fetched")

    def _progress(self) -> list[str]:
        return ["--progress"] if self.on_output is not None else []

    # Integrate ----------------------------------------------------------------------------

    def integrate(self, target: SyncTarget) -> Integration:
        """Join the upstream into the branch: a fast-forward, else a merge with the driver."""
        joined = self._join(target.upstream, target)
        crashpoints.reached("sync-integrated")
        return joined

    def merge_base_branch(self, target: SyncTarget) -> Integration | None:
        """Merge the remote's default branch into a branch meant for a pull request (None
        for the default branch itself, or when the remote has no default branch)."""
        if target.base is None:
            return None
        joined = self._join(target.base, target)
        crashpoints.reached("sync-base-merged")
        return joined

    def _join(self, source: str, target: SyncTarget) -> Integration:
        git = self._git()
        ref = git.references.get(f"refs/remotes/{source}")
        head = trees.head_commit_id(git)
        if ref is None or head is None:
            return Integration("absent", source)
        tip, here = ref.peel(pygit2.Commit).id, pygit2.Oid(hex=head)
        if tip == here or git.descendant_of(here, tip):
            return Integration("up-to-date", source)
        if git.descendant_of(tip, here):
            self._merge(["merge", "--ff-only", source], source)
            return Integration("fast-forward", source)
        self._require_driver()
        logged = len(read_merge_log(self.root))
        message = texts.MERGE_MESSAGE.format(source=source, branch=target.branch)
        code = self._merge(["merge", "--no-ff", "--no-edit", "-m", message, source], source)
        resolutions = read_merge_log(self.root)[logged:]
        if code == 0:
            return Integration("merged", source, resolutions=resolutions)
        return Integration("conflict", source, conflicted_paths(self._git()), resolutions)

    def _require_driver(self) -> None:
        """A merge of case files needs the case merge driver defined and named here (unless
        the user turned it off): without it git merges them line by line."""
        if not driver_enabled(self.root):
            return
        if driver_defined(self.root) and merge_attribute(self.root) == DRIVER:
            return
        raise SyncRefused(texts.SYNC_NO_DRIVER, texts.SYNC_NO_DRIVER_HINT, kind="driver")

    def _merge(self, args: list[str], source: str) -> int:
        """Run a merge; its exit code when it merged (0) or stopped at a conflict (1 with
        the merge under way). Anything else is ``SyncRefused`` with git's words."""
        result = local_git(self.root, args)
        if result.returncode == 0:
            return 0
        if result.returncode == 1 and conflicted_paths(self._git()):
            return 1
        said = error_lines(result.stderr + result.stdout)
        raise SyncRefused(
            texts.MERGE_FAILED.format(source=source),
            texts.GIT_SAID.format(text="\n".join(said)),
            kind="merge",
        )

    # Push ---------------------------------------------------------------------------------

    def push(self, target: SyncTarget) -> PushOutcome:
        """Push the branch (``-u`` the first time); never forced. ``PushRefused`` when the
        server does not take it, ``TransportFailed`` when it cannot be reached."""
        git = self._git()
        ref = git.references.get(f"refs/remotes/{target.upstream}")
        head = trees.head_commit_id(git)
        if target.tracked and ref is not None and str(ref.peel(pygit2.Commit).id) == head:
            return PushOutcome("up-to-date", target.remote, target.remote_branch)
        refspec = f"refs/heads/{target.branch}:refs/heads/{target.remote_branch}"
        upstream = [] if target.tracked else ["--set-upstream"]
        args = ["push", "--porcelain", *self._progress(), *upstream, target.remote, refspec]
        result = self._transport(args)
        outcome = self._pushed(result.code, result.stdout, result.stderr, target)
        crashpoints.reached("sync-pushed")
        return outcome

    def _pushed(self, code: int, stdout: str, stderr: str, target: SyncTarget) -> PushOutcome:
        statuses = ref_statuses(stdout)
        for status in statuses:
            if status.rejected:
                raise refusal(status, target.remote, target.branch, stderr)
        if code != 0 or not statuses:
            raise transport_failed(texts.PUSH_WHAT, target.remote, stderr)
        kind = "up-to-date" if all(s.flag == "=" for s in statuses) else "pushed"
        created = any(s.flag == "*" for s in statuses)
        return PushOutcome(kind, target.remote, target.remote_branch, created)


def local_git(root: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """A git command that needs no network and asks nothing (a merge)."""
    env = dict(os.environ, GIT_MERGE_AUTOEDIT="no", GIT_TERMINAL_PROMPT="0", LC_ALL="C")
    try:
        return subprocess.run(
            ["git", *args],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
            stdin=subprocess.DEVNULL,
            env=env,
        )
    except OSError as error:
        return subprocess.CompletedProcess(args, 127, "", str(error))
