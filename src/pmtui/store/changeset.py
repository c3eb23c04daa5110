"""A change set: the cases that differ between two commits, as a pull request shows them.

The two commits' ``cases/`` folders are compared tree by tree (libgit2 skips folders whose
tree id is the same, so a range that touches 10 of 30,000 cases reads a handful of
trees), with rename detection as ``git diff -M`` does it. Commits made by plain git count
like pmtui's own: only the trees are compared. Blob texts are read through the same
open repository, so a review of 1,000 cases opens Git once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

import pygit2
from pygit2.enums import DeltaStatus, DiffFind

from pmtui.model.dnr import Dnr
from pmtui.store import trees
from pmtui.store.milestones import TAG_PREFIX, milestone_refs
from pmtui.store.paths import CASES_DIR

# Rename detection considers at most this many added × deleted files (git's diff.renameLimit
# is 1000 too); beyond it, a rename shows as a deletion and an addition.
RENAME_LIMIT = 1000
CASE_SUFFIX = ".md"


class Resolving(Protocol):
    """A ``CaseRepository``: resolves a revision and has a Git folder."""

    @property
    def gitdir(self) -> Path: ...

    def resolve(self, dnr: Dnr | str | None, rev: str) -> str: ...


class ChangeKind(StrEnum):
    """What a range did to a case file; the values appear in ``pmtui review --json``."""

    ADDED = "added"
    CHANGED = "changed"
    RENAMED = "renamed"
    DELETED = "deleted"


@dataclass(frozen=True)
class CaseChange:
    """One case file that differs: its path and blob on each side (None: absent there)."""

    kind: ChangeKind
    old_path: str | None
    new_path: str | None
    old_blob: str | None
    new_blob: str | None

    @property
    def path(self) -> str:
        """Where the case is after the range (before it, for a deleted case)."""
        return self.new_path or self.old_path or ""


_KINDS = {
    DeltaStatus.ADDED: ChangeKind.ADDED,
    DeltaStatus.DELETED: ChangeKind.DELETED,
    DeltaStatus.MODIFIED: ChangeKind.CHANGED,
    DeltaStatus.TYPECHANGE: ChangeKind.CHANGED,
    DeltaStatus.RENAMED: ChangeKind.RENAMED,
}


class ChangeSet:
    """The case files that differ between the commits ``base`` and ``head``."""

    def __init__(self, repository: Resolving, base: str, head: str) -> None:
        self.git = pygit2.Repository(str(repository.gitdir))
        self.base = repository.resolve(None, base)
        self.head = repository.resolve(None, head)

    def changes(self) -> list[CaseChange]:
        """Every added, changed, renamed or deleted ``cases/**/*.md``, by path."""
        old = trees.subtree(trees.commit_tree(self.git, self.base), CASES_DIR)
        new = trees.subtree(trees.commit_tree(self.git, self.head), CASES_DIR)
        if old is None and new is None:
            return []
        diff = _tree_diff(old, new)
        diff.find_similar(DiffFind.FIND_RENAMES, rename_limit=RENAME_LIMIT)
        found = [_change(delta) for delta in diff.deltas]
        return sorted((c for c in found if c is not None), key=lambda c: c.path)

    def text(self, blob_id: str | None) -> str | None:
        """The file text of a blob (None for None); invalid UTF-8 replaced, as ``load``."""
        if blob_id is None:
            return None
        return trees.blob_bytes(self.git, blob_id).decode("utf-8", errors="replace")

    def milestones_reached(self, dnrs: list[Dnr]) -> list[str]:
        """The milestone tags (``ks-2023-886/tillstyrkt``) of these cases on a commit of
        the range: reachable from ``head`` and not from ``base``."""
        found: list[str] = []
        for dnr in dnrs:
            for ref_name in milestone_refs(self.git, dnr):
                commit = self.git.references[ref_name].peel(pygit2.Commit).id
                if self._in_range(commit):
                    found.append(ref_name.removeprefix(TAG_PREFIX))
        return found

    def _in_range(self, commit: pygit2.Oid) -> bool:
        head, base = pygit2.Oid(hex=self.head), pygit2.Oid(hex=self.base)
        reached = commit == head or self.git.descendant_of(head, commit)
        return reached and not (commit == base or self.git.descendant_of(base, commit))


def _tree_diff(old: pygit2.Tree | None, new: pygit2.Tree | None) -> pygit2.Diff:
    """``old`` → ``new``; a missing side is the empty tree."""
    if old is None:
        assert new is not None
        return new.diff_to_tree(swap=True)
    return old.diff_to_tree(new) if new is not None else old.diff_to_tree()


def _change(delta: pygit2.DiffDelta) -> CaseChange | None:
    kind = _KINDS.get(delta.status)
    old_path = _case_path(delta.old_file.path)
    new_path = _case_path(delta.new_file.path)
    if kind is None or not (old_path or new_path):
        return None
    return CaseChange(
        kind,
        None if kind is ChangeKind.ADDED else old_path,
        None if kind is ChangeKind.DELETED else new_path,
        None if kind is ChangeKind.ADDED else str(delta.old_file.id),
        None if kind is ChangeKind.DELETED else str(delta.new_file.id),
    )


def _case_path(relative: str) -> str | None:
    """``2023/ks-2023-886.md`` (inside ``cases/``) → ``cases/2023/ks-2023-886.md``; None
    for a file that is no case (``.gitkeep``)."""
    return f"{CASES_DIR}/{relative}" if relative.endswith(CASE_SUFFIX) else None
