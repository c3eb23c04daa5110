"""Finishing or aborting the Git operation that left a case in conflict, from the app.

After the conflict screen has written a resolution (``resolution.write_resolution``),
``complete_resolution`` does what a user would type: ``git add PATH``, then, when no other
file is left in conflict, ``git commit --no-edit --cleanup=strip`` for a merge (Git's
prepared message, ``MERGE_MSG``, without its ``# Conflicts`` comment lines, as an editor
would leave it) or ``git rebase|cherry-pick|revert --continue``. ``abort_operation`` runs
``git merge --abort`` (or the rebase, cherry-pick or revert one), which restores the branch,
the index and the work tree as they were before the operation: both sides stay in Git.

The user's own ``git`` program runs these, so hooks, signing and Git's own checks apply as
they do in a terminal; no editor is ever started (``GIT_EDITOR=true`` keeps Git's message).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pygit2

from pmtui.store.errors import RepositoryStateError, StoreError
from pmtui.store.identity import Identity, user_signature
from pmtui.store.merge_state import merge_state
from pmtui.store.resolution import ConflictedCase, write_resolution
from pmtui.store.types import RepositoryPlaces
from pmtui.texts import conflict as texts
from pmtui.texts import store as store_texts

# What finishes and what aborts each operation (``MergeState.operation``).
FINISH_COMMANDS = {
    "merge": ("commit", "--no-edit", "--cleanup=strip"),
    "rebase": ("rebase", "--continue"),
    "cherrypick": ("cherry-pick", "--continue"),
    "revert": ("revert", "--continue"),
}
ABORT_COMMANDS = {
    "merge": ("merge", "--abort"),
    "rebase": ("rebase", "--abort"),
    "cherrypick": ("cherry-pick", "--abort"),
    "revert": ("revert", "--abort"),
}
GIT_TIMEOUT = 600  # seconds; hooks run inside a commit


class FinishRepository(RepositoryPlaces, Protocol):
    """What is used of a ``CaseRepository``: its places, and the tip."""

    @property
    def head_commit(self) -> str | None: ...

    identity: Identity | None


class GitCommandFailed(StoreError):
    """A git command of the finish or the abort failed; ``output`` is what git said."""

    def __init__(self, message: str, hint: str = "", *, output: str = "") -> None:
        super().__init__(message, hint)
        self.output = output


@dataclass(frozen=True)
class FinishedResolution:
    """What became of the operation once the file was staged. ``remaining``: other paths
    still in conflict (the operation goes on; nothing was committed); ``commit``: HEAD once
    the operation has finished; ``stopped_at``: paths in conflict where a rebase (or a
    cherry-pick of several commits) stopped again after going on."""

    path: str
    operation: str | None
    remaining: tuple[str, ...] = ()
    commit: str | None = None
    stopped_at: tuple[str, ...] = ()

    @property
    def finished(self) -> bool:
        return self.commit is not None and not self.stopped_at


def complete_resolution(
    repository: FinishRepository, conflict: ConflictedCase, text: str
) -> FinishedResolution:
    """Write ``text`` as the resolution (validated, atomic, only over the conflicted file
    as read), ``git add`` it, and finish the operation when no other file is in conflict.
    ``InvalidCase``, ``SaveConflict``, ``IdentityMissing`` or ``GitCommandFailed`` say why
    not; a failure after the write leaves the resolved file (and its staging) in place."""
    root = _root(repository)
    operation = conflict.operation
    if operation in FINISH_COMMANDS:
        _check_identity(repository)
    write_resolution(repository, conflict, text)
    stage_hint = texts.STAGE_FAILED_HINT.format(path=conflict.path)
    _git(root, repository, ("add", "--", conflict.path), (texts.STAGE_FAILED, stage_hint))
    remaining = merge_state(repository).conflicted
    if remaining or operation not in FINISH_COMMANDS:
        return FinishedResolution(conflict.path, operation, remaining=remaining)
    return _continue(root, repository, conflict.path, operation)


def abort_operation(repository: FinishRepository, operation: str | None) -> None:
    """``git merge --abort`` (rebase, cherry-pick, revert): the branch, index and work
    tree as before the operation. ``RepositoryStateError`` when there is none to abort."""
    root = _root(repository)
    command = ABORT_COMMANDS.get(operation or "")
    if command is None:
        raise RepositoryStateError(texts.ABORT_NOTHING, texts.ABORT_NOTHING_HINT)
    hint = texts.ABORT_FAILED_HINT.format(command=_shown(command))
    _git(root, repository, command, (texts.ABORT_FAILED, hint))


def finish_command(operation: str | None) -> str:
    """The git command line that finishes ``operation`` (for the user's own terminal)."""
    command = FINISH_COMMANDS.get(operation or "")
    return _shown(command) if command else "git status"


def abort_command(operation: str | None) -> str | None:
    command = ABORT_COMMANDS.get(operation or "")
    return _shown(command) if command else None


def _continue(
    root: Path, repository: FinishRepository, path: str, operation: str
) -> FinishedResolution:
    command = FINISH_COMMANDS[operation]
    hint = texts.FINISH_FAILED_HINT.format(path=path, command=_shown(command))
    try:
        _git(root, repository, command, (texts.FINISH_FAILED, hint))
    except GitCommandFailed:
        state = merge_state(repository)
        if not state.conflicted or state.operation is None:
            raise
        return FinishedResolution(path, operation, stopped_at=state.conflicted)
    return FinishedResolution(path, operation, commit=repository.head_commit)


def _git(
    root: Path, repository: FinishRepository, args: tuple[str, ...], failed: tuple[str, str]
) -> None:
    """Run ``git args`` in the work tree; ``GitCommandFailed`` (``failed``: a message with
    ``{error}`` and ``{command}``, and a hint) when it cannot run or exits non-zero."""
    command = ["git", "-C", str(root), *args]
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            errors="replace",
            check=False,
            timeout=GIT_TIMEOUT,
            env=_environment(repository),
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError) as error:
        message = failed[0].format(error=error, command=_shown(args))
        raise GitCommandFailed(message, failed[1]) from None
    if result.returncode != 0:
        said = (result.stderr.strip() or result.stdout.strip()).splitlines()
        last = " ".join(line.strip() for line in said[-3:]) or f"exit {result.returncode}"
        message = failed[0].format(error=last, command=_shown(args))
        raise GitCommandFailed(message, failed[1], output=result.stdout + result.stderr)


def _environment(repository: FinishRepository) -> dict[str, str]:
    """Git's message kept as prepared (no editor), no terminal prompt; the repository's own
    identity when it has one instead of git config (a demo)."""
    environment = dict(os.environ, GIT_EDITOR="true", GIT_TERMINAL_PROMPT="0")
    if repository.identity is not None:
        name, email = repository.identity
        for role in ("AUTHOR", "COMMITTER"):
            environment[f"GIT_{role}_NAME"], environment[f"GIT_{role}_EMAIL"] = name, email
    return environment


def _check_identity(repository: FinishRepository) -> None:
    """``IdentityMissing`` before anything is written, as a save would say it."""
    if repository.identity is not None:
        return
    user_signature(pygit2.Repository(str(repository.gitdir)), lambda: dt.datetime.now(dt.UTC))


def _root(repository: FinishRepository) -> Path:
    root = repository.root
    if root is None:
        raise RepositoryStateError(store_texts.BARE_NO_DISK, store_texts.BARE_NO_DISK_HINT)
    return root


def _shown(command: tuple[str, ...]) -> str:
    return " ".join(("git", *command))
