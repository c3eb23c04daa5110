"""The checks before a save writes anything (docs/reliability.md, rules 1 and 3): the
repository's state, then the case's file on disk and its index entry against the base."""

from __future__ import annotations

from pathlib import Path

import pygit2

from pmtui.store import trees
from pmtui.store.errors import RepositoryStateError, SaveConflict
from pmtui.store.indexing import Entry, entry_of
from pmtui.store.paths import check_collision, check_worktree_target
from pmtui.store.types import SaveBase
from pmtui.store.worktree import disk_blob, siblings
from pmtui.texts import lifecycle as lifecycle_texts
from pmtui.texts import store as texts


def preflight(repo: pygit2.Repository) -> str:
    """The branch ref to move; refuses detached HEAD and unfinished Git operations."""
    operation = operation_in_progress(repo)
    if operation is not None:
        label, command = texts.OPERATIONS[operation]
        raise RepositoryStateError(
            texts.STATE_OPERATION.format(operation=label),
            texts.STATE_OPERATION_HINT.format(command=command),
        )
    ref_name = trees.branch_ref_name(repo)
    if ref_name is None:
        raise RepositoryStateError(texts.STATE_DETACHED, texts.STATE_DETACHED_HINT)
    return ref_name


def operation_in_progress(repo: pygit2.Repository) -> str | None:
    state = repo.state()
    if state == pygit2.enums.RepositoryState.NONE:
        return None
    name = state.name.lower()
    for key in ("merge", "rebase", "cherrypick", "revert", "bisect"):
        if key in name:
            return key
    return "other"


def check_worktree(
    repo: pygit2.Repository, root: Path, base: SaveBase, new_blob: str | None
) -> Entry | None:
    """Disk and index must still hold the base (or already our bytes; ``new_blob`` None:
    a removal, whose file must hold the committed text or be gone); the case's index
    entry as it is before the save (the journal records it)."""
    absolute = check_worktree_target(root, base.path)
    if base.blob_id is None:
        check_collision(base.path, siblings(root, absolute))
    on_disk = disk_blob(absolute)
    if new_blob is None and on_disk not in (base.blob_id, None):  # never lose unsaved words
        raise SaveConflict(
            lifecycle_texts.DELETE_UNSAVED.format(path=base.path),
            lifecycle_texts.UNSAVED_HINT.format(path=base.path),
            where="disk",
        )
    if on_disk not in (base.disk_sha, new_blob):
        raise SaveConflict(
            texts.CONFLICT_DISK.format(path=base.path), texts.CONFLICT_DISK_HINT, where="disk"
        )
    return check_index(repo, base, new_blob)


def check_index(repo: pygit2.Repository, base: SaveBase, new_blob: str | None) -> Entry | None:
    index = repo.index
    index.read(False)
    if index.conflicts is not None:
        raise _conflicts_error(index)
    entry = entry_of(index, base.path)
    # Staged: the branch's version, ours, or exactly the disk text we loaded (the user
    # staged what the editor then opened); for a removal only the branch's version or
    # none. A save of ours that died half-way is finished or undone by store/recovery.py
    # before this check runs.
    allowed = (base.blob_id, new_blob, base.disk_sha) if new_blob else (base.blob_id, None)
    if (entry[0] if entry else None) not in allowed:
        raise SaveConflict(
            texts.CONFLICT_INDEX.format(path=base.path),
            texts.CONFLICT_INDEX_HINT.format(path=base.path),
            where="index",
        )
    return entry


def check_branch(
    base: SaveBase, tip_blob: str | None, new_blob: str | None, ref_name: str, late: bool
) -> None:
    """The case's blob on the branch must still be the base's (or already ours); ``late``:
    the file was written already (the hint says where the text is)."""
    if tip_blob in (base.blob_id, new_blob):
        return
    hint = texts.CONFLICT_LATE_HINT if late else texts.CONFLICT_BRANCH_HINT
    if base.blob_id is None:
        message = texts.CONFLICT_CREATED.format(path=base.path)
        raise SaveConflict(message, hint, where="created")
    branch = ref_name.removeprefix("refs/heads/")
    message = texts.CONFLICT_BRANCH.format(path=base.path, branch=branch)
    raise SaveConflict(message, hint, where="branch")


def _conflicts_error(index: pygit2.Index) -> RepositoryStateError:
    paths = sorted({(e[1] or e[0] or e[2]).path for e in index.conflicts or []})
    return RepositoryStateError(
        texts.STATE_CONFLICTS.format(paths=", ".join(paths[:5])), texts.STATE_CONFLICTS_HINT
    )
