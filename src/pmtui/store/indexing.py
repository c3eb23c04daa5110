"""The case's entry in the real index: stage the saved blob (rule 1: ``read(False)``,
add, write; never a cached index) or remove a deleted case's entry, or put back the entry
a save replaced (recovery)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pygit2
from pygit2.enums import FileMode

from pmtui.store.commit_hooks import Staged
from pmtui.store.locks import GitLocks
from pmtui.store.worktree import disk_blob

Entry = tuple[str, int]  # blob id, file mode


def entry_of(index: pygit2.Index, path: str) -> Entry | None:
    """The index entry of ``path`` (the caller read the index)."""
    try:
        found = index[path]
    except KeyError:
        return None
    return str(found.id), int(found.mode)


def current_entry(repo: pygit2.Repository, path: str) -> Entry | None:
    index = repo.index
    index.read(False)
    return entry_of(index, path)


def stage(repo: pygit2.Repository, root: Path, staged: Staged, locks: GitLocks) -> str | None:
    """Stage the committed blob (a removal: remove the entry); the disk's blob id. From
    the file when it still holds those bytes (stat data), else as an entry (a hook changed
    the file: git then shows that change as unstaged)."""
    on_disk = disk_blob(root / staged.path)
    if staged.blob is None:
        put_back(repo, staged.path, None, locks)
        return on_disk
    entry = pygit2.IndexEntry(staged.path, staged.blob, staged.mode)

    def update() -> None:
        index = repo.index
        index.read(False)
        index.add(staged.path if on_disk == str(staged.blob) else entry)
        if index[staged.path].mode != staged.mode:  # libgit2 read core.filemode earlier
            index.add(entry)
        index.write()

    locks.retry(update)
    return on_disk


def put_back(repo: pygit2.Repository, path: str, entry: Entry | None, locks: GitLocks) -> None:
    """Set the index entry of ``path`` to ``entry`` (None: remove it); nothing else."""

    def update() -> None:
        index = repo.index
        index.read(False)
        if entry is None:
            with contextlib.suppress(KeyError, OSError, ValueError, pygit2.GitError):
                index.remove(path)
        else:
            blob, mode = entry
            index.add(pygit2.IndexEntry(path, pygit2.Oid(hex=blob), FileMode(mode)))
        index.write()

    locks.retry(update)
