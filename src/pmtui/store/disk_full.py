"""A full disk (or an exhausted quota) during a save, named as what it is: what is on
disk and what is in Git, so the user knows that nothing was lost and what to do."""

from __future__ import annotations

from pathlib import Path

import pygit2

from pmtui.store.errors import NO_SPACE_ERRNOS, DiskFull
from pmtui.store.worktree import disk_blob
from pmtui.texts import store as texts

_NO_SPACE_TEXT = ("no space left on device", "disk quota exceeded")


def is_disk_full(error: BaseException) -> bool:
    """An OSError with ENOSPC/EDQUOT, or libgit2's error for the same condition."""
    if isinstance(error, OSError) and error.errno in NO_SPACE_ERRNOS:
        return True
    text = str(error).casefold()
    return isinstance(error, pygit2.GitError) and any(t in text for t in _NO_SPACE_TEXT)


def _disk_blob(path: Path) -> str | None:
    try:
        return disk_blob(path)
    except OSError:
        return None


def disk_full(root: Path | None, path: str, new_blob: str | None) -> DiskFull:
    """The error to show: whether the file on disk already holds the new text (a write
    that succeeded before Git's objects failed) or is as it was (always, for a delete:
    ``new_blob`` None)."""
    written = root is not None and new_blob is not None and _disk_blob(root / path) == new_blob
    message = texts.DISK_FULL_WRITTEN if written else texts.DISK_FULL_UNCHANGED
    return DiskFull(message.format(path=path), texts.DISK_FULL_HINT, written=written)
