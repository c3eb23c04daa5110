"""The work-tree side of a save: the case file's blob id (never through a symlink), its
atomic write, the names next to a new case, and the file mode git records for it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pygit2
from pygit2.enums import FileMode

from pmtui.atomic import write_atomically
from pmtui.store import trees
from pmtui.store.errors import NO_SPACE_ERRNOS, StoreError
from pmtui.store.gitconfig import config_bool
from pmtui.store.paths import check_worktree_target
from pmtui.texts import store as texts

FILE_MODES = (FileMode.BLOB, FileMode.BLOB_EXECUTABLE)


def disk_blob(path: Path) -> str | None:
    """The git blob id of the file's bytes; None if it does not exist."""
    try:
        with open(path, "rb", opener=_no_follow) as handle:
            return str(pygit2.hash(handle.read()))
    except FileNotFoundError:
        return None


def write_case_file(root: Path, path: str, data: bytes) -> None:
    """Write ``data`` to the case file atomically (its permission bits kept; never through
    a symlink, never over a folder); nothing if it already holds those bytes."""
    absolute = check_worktree_target(root, path)
    if disk_blob(absolute) == str(pygit2.hash(data)):
        return
    absolute.parent.mkdir(parents=True, exist_ok=True)
    check_worktree_target(root, path)
    try:
        write_atomically(absolute, data)
    except OSError as error:  # e.g. the temp file vanished: nothing written, no commit
        if error.errno in NO_SPACE_ERRNOS:
            raise  # the save names a full disk itself (store/disk_full.py)
        reason = error.strerror or type(error).__name__
        message = texts.WRITE_FAILED.format(path=path, error=reason)
        raise StoreError(message, texts.WRITE_FAILED_HINT) from None


def _no_follow(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0))


def siblings(root: Path, absolute: Path) -> list[str]:
    """Repo-relative paths next to a new case (on disk), for the collision check."""
    folder = absolute.parent
    if not folder.is_dir():
        return []
    prefix = folder.relative_to(root).as_posix()
    return [f"{prefix}/{name}" for name in os.listdir(folder)]


def git_file_mode(
    repo: pygit2.Repository, absolute: Path | None, tree: pygit2.Tree | None, path: str
) -> FileMode:
    """What ``git add`` records: 100755 when the owner may execute the file, else 100644
    (with ``core.filemode`` false, or without a work tree: the mode already committed)."""
    entry = trees.tree_entry(tree, path)
    committed = getattr(entry, "filemode", None)
    tracked = FileMode(committed) if committed in FILE_MODES else FileMode.BLOB
    if absolute is None or not config_bool(repo, "core.filemode", True):
        return tracked
    try:
        mode = os.lstat(absolute).st_mode
    except OSError:
        return tracked
    return FileMode.BLOB_EXECUTABLE if mode & stat.S_IXUSR else FileMode.BLOB
