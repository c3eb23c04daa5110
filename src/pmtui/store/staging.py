"""What one save stages, and its work-tree and index steps (``store/saving.py`` runs them).

A target holds the new bytes of one path, or ``None`` to remove the path (a delete). The
new bytes reach the work tree before the commit, so the hooks see them; a removed case's
file stays on disk until the branch has the commit (then ``remove_case_file``), so a
refused or failed delete leaves it exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import pygit2
from pygit2.enums import FileMode

from pmtui.atomic import fsync_directory
from pmtui.store import trees
from pmtui.store.commit_hooks import Staged
from pmtui.store.indexing import stage
from pmtui.store.locks import GitLocks
from pmtui.store.milestones import MilestoneRequest
from pmtui.store.paths import CASES_DIR, check_worktree_target
from pmtui.store.types import SaveBase
from pmtui.store.worktree import disk_blob, git_file_mode, write_case_file
from pmtui.texts import lifecycle as texts


@dataclass(frozen=True)
class SaveTarget:
    """What to write: the bytes for one path (None: remove it), the base they were edited
    from, the message; ``verify`` False skips pre-commit and commit-msg; ``milestone``
    tags the commit."""

    path: str
    data: bytes | None
    base: SaveBase
    message: str
    verify: bool = True
    milestone: MilestoneRequest | None = None

    @property
    def new_blob(self) -> str | None:
        """The blob id the save commits at ``path``; None for a removal."""
        return None if self.data is None else str(pygit2.hash(self.data))


@dataclass(frozen=True)
class SaveOutcome:
    commit_id: str | None
    blob_id: str | None  # None: the path was removed
    disk_sha: str | None
    message: str
    milestone: str | None = None
    warnings: tuple[str, ...] = ()
    hook_output: tuple[tuple[str, str], ...] = ()


def staged_for(
    repo: pygit2.Repository, root: Path | None, target: SaveTarget, tree: pygit2.Tree | None
) -> Staged:
    """The blob (written to the object store) and the mode ``git add`` would record; a
    removal stages no blob."""
    if target.data is None:
        return Staged(tree, target.path, None, FileMode.BLOB)
    blob = repo.create_blob(target.data)
    absolute = None if root is None else root / target.path
    return Staged(tree, target.path, blob, git_file_mode(repo, absolute, tree, target.path))


def commit_tree(repo: pygit2.Repository, staged: Staged) -> pygit2.Oid:
    """The tip's tree with the one path replaced, or removed."""
    if staged.blob is None:
        return trees.tree_without(repo, staged.tree, staged.path)
    return trees.tree_with_blob(repo, staged.tree, staged.path, staged.blob, staged.mode)


def write_new_text(root: Path | None, target: SaveTarget) -> bool:
    """The new bytes, atomically (the file's permission bits kept); True once they are on
    disk. A removal writes nothing here (its file goes after the commit)."""
    if target.data is None:
        return False
    if root is not None:
        write_case_file(root, target.path, target.data)
    return True


def update_index(
    repo: pygit2.Repository, root: Path | None, staged: Staged, locks: GitLocks
) -> str | None:
    """Stage the committed blob or remove the entry (``indexing.stage``); the disk's blob
    id (None without a work tree)."""
    return None if root is None else stage(repo, root, staged, locks)


def remove_case_file(root: Path | None, path: str, committed: str | None) -> str | None:
    """After the branch has the removal: the file goes if it still holds ``committed``
    (the deleted version, so no word is lost), and its year folder if left empty. A
    warning (Swedish) when the file was kept; None when it is gone."""
    if root is None:
        return None
    absolute = check_worktree_target(root, path)
    on_disk = disk_blob(absolute)
    if on_disk is None:
        return None
    if on_disk != committed:
        return texts.REMOVE_KEPT.format(path=path)
    try:
        absolute.unlink()
    except OSError as error:
        return texts.REMOVE_FAILED.format(path=path, error=error.strerror or error)
    fsync_directory(absolute.parent)
    _remove_empty_folder(root, absolute.parent)
    return None


def _remove_empty_folder(root: Path, folder: Path) -> None:
    """A year folder left empty goes, as ``git rm`` does; ``cases/`` itself stays."""
    if folder == root / CASES_DIR or not folder.is_relative_to(root / CASES_DIR):
        return
    with contextlib.suppress(OSError):
        os.rmdir(folder)  # only when empty
        fsync_directory(folder.parent)
