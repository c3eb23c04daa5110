"""An unfinished Git operation and the case files it left in conflict.

A ``git merge`` (or rebase, cherry-pick, revert, ``git stash pop``) that could not join
two versions of a case leaves the file with conflict markers in the work tree and its
index entry in conflict until ``git add``. ``merge_state`` says which paths those are and
which operation is under way, so that a case in conflict is shown as one (``pmtui list``,
``check``, ``show`` and the app) rather than as a broken file.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pygit2

from pmtui.store.preflight import operation_in_progress
from pmtui.texts import format as texts


class HasGitdir(Protocol):
    """A ``CaseRepository`` (only its Git folder is needed)."""

    @property
    def gitdir(self) -> Path: ...


@dataclass(frozen=True)
class MergeState:
    """``operation``: ``merge``, ``rebase``, ``cherrypick``, ``revert``, ``bisect``,
    ``other`` or None (nothing under way); ``conflicted``: repository-relative paths whose
    index entries are in conflict, sorted (also after a conflicting ``git stash pop``,
    which leaves no operation)."""

    operation: str | None = None
    conflicted: tuple[str, ...] = ()

    @property
    def in_progress(self) -> bool:
        return self.operation is not None or bool(self.conflicted)

    def is_conflicted(self, path: str) -> bool:
        return path in self.conflicted

    def explanation(self, paths: list[str]) -> list[str]:
        """Swedish lines saying that ``paths`` (as the user names them) are in conflict,
        which operation is under way, and how to resolve them and finish it."""
        several = len(paths) != 1
        count = texts.MERGE_CONFLICTED_COUNT[several].format(n=len(paths))
        lines = [*self._operation_line()]
        lines.append(texts.MERGE_CONFLICTED.format(count=count, paths=", ".join(paths)))
        lines.append(texts.MERGE_HOW[several])
        named = " ".join(shlex.quote(path) for path in paths)
        lines += [step.format(paths=named) for step in texts.MERGE_STEPS]
        if self.operation is not None:
            lines.append(texts.MERGE_FINISH.get(self.operation, texts.MERGE_FINISH_OTHER))
        return lines

    def _operation_line(self) -> list[str]:
        if self.operation is None:
            return []
        operation = texts.MERGE_OPERATIONS.get(self.operation, self.operation)
        return [texts.MERGE_IN_PROGRESS.format(operation=operation)]


def merge_state(repository: HasGitdir) -> MergeState:
    """The repository's unfinished operation and conflicted paths, read from disk now."""
    try:
        git = pygit2.Repository(str(repository.gitdir))
    except pygit2.GitError:
        return MergeState()
    return MergeState(operation_in_progress(git), conflicted_paths(git))


def conflicted_paths(git: pygit2.Repository) -> tuple[str, ...]:
    """Paths with conflict entries in the index (none in a bare repository)."""
    if git.is_bare:
        return ()
    try:
        conflicts = git.index.conflicts
    except pygit2.GitError:
        return ()
    if conflicts is None:
        return ()
    return tuple(sorted({_entry_path(entry) for entry in conflicts}))


def _entry_path(entry: tuple[pygit2.IndexEntry | None, ...]) -> str:
    """The path of a conflict (ancestor, ours, theirs): whichever side has one."""
    return next(str(side.path) for side in entry if side is not None)
