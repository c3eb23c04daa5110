"""A save is one commit (docs/reliability.md, rule 1).

Order: preflight → conflict checks (branch, disk, index) → atomic work-tree write →
blob + tree (the tip's tree with one path replaced) → ``create_commit(None, …)`` →
``index.read(False); index.add(path); index.write()`` → compare-and-swap of the branch
ref from the same lookup that gave the parent. A moved tip is retried only while the
case's blob there is still the base's. Locks are retried until a deadline.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pygit2

from pmtui.atomic import write_atomically
from pmtui.store import trees
from pmtui.store.errors import RepositoryBusy, RepositoryStateError, SaveConflict, StoreError
from pmtui.store.identity import Clock, Identity, user_signature
from pmtui.store.locks import busy_error, is_lock_error, is_lost_race, retry_locked, wait_for_locks
from pmtui.store.paths import check_collision, check_worktree_target
from pmtui.store.types import SaveBase
from pmtui.texts import store as texts

SAVE_FLOCK = "pmtui-save.flock"


@dataclass(frozen=True)
class SaveTarget:
    """What to write: the bytes for one path, the base they were edited from, the message."""

    path: str
    data: bytes
    base: SaveBase
    message: str


@dataclass(frozen=True)
class SaveOutcome:
    commit_id: str | None
    blob_id: str
    disk_sha: str | None


class Saver:
    """Runs one save against a repository; see the module docstring for the order."""

    def __init__(
        self,
        repo: pygit2.Repository,
        clock: Clock,
        lock_timeout: float,
        identity: Identity | None = None,
    ) -> None:
        self.repo = repo
        self.identity = identity
        self.clock = clock
        self.gitdir = Path(repo.path)
        self.root = None if repo.is_bare else Path(repo.workdir)
        self.deadline = time.monotonic() + lock_timeout

    def save(self, target: SaveTarget) -> SaveOutcome:
        ref_name = preflight(self.repo)
        signature = user_signature(self.repo, self.clock, self.identity)
        new_blob = pygit2.hash(target.data)
        with self._save_lock():
            wait_for_locks(self.gitdir, ref_name, self.deadline)
            self._check_worktree(target, new_blob)
            return self._commit_loop(target, ref_name, new_blob, signature)

    @contextlib.contextmanager
    def _save_lock(self) -> Iterator[None]:
        """Serialises pmtui's own savers (released by the OS if a process dies)."""
        fd = os.open(self.gitdir / SAVE_FLOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            self._acquire(fd)
            yield
        finally:
            os.close(fd)

    def _acquire(self, fd: int) -> None:
        delay = 0.002
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= self.deadline:
                    raise busy_error([]) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.05)

    def _check_worktree(self, target: SaveTarget, new_blob: pygit2.Oid) -> None:
        """Disk and index must still hold the base (or already our bytes)."""
        if self.root is None:
            return
        absolute = check_worktree_target(self.root, target.path)
        if target.base.blob_id is None:
            check_collision(target.path, _siblings(self.root, absolute))
        on_disk = _disk_blob(absolute)
        if on_disk not in (target.base.disk_sha, str(new_blob)):
            raise SaveConflict(
                texts.CONFLICT_DISK.format(path=target.path), texts.CONFLICT_DISK_HINT, where="disk"
            )
        self._check_index(target, str(new_blob))

    def _check_index(self, target: SaveTarget, new_blob: str) -> None:
        index = self.repo.index
        index.read(False)
        if index.conflicts is not None:
            raise _conflicts_error(index)
        entry = _index_blob(index, target.path)
        # Staged: the branch's version, ours, or exactly the disk text we loaded (a save
        # interrupted between index and ref leaves that; it is our own starting point).
        if entry not in (target.base.blob_id, new_blob, target.base.disk_sha):
            raise SaveConflict(
                texts.CONFLICT_INDEX.format(path=target.path),
                texts.CONFLICT_INDEX_HINT.format(path=target.path),
                where="index",
            )

    def _commit_loop(
        self, target: SaveTarget, ref_name: str, new_blob: pygit2.Oid, sig: pygit2.Signature
    ) -> SaveOutcome:
        written = False
        while True:
            ref = trees.lookup_branch(self.repo, ref_name)
            tip = str(ref.target) if ref is not None else None
            tree = trees.commit_tree(self.repo, tip)
            tip_blob = trees.blob_id_at(tree, target.path)
            self._check_branch(target, tip_blob, str(new_blob), ref_name, late=written)
            if not written:
                self._write_file(target)
                written = True
            blob = self.repo.create_blob(target.data)
            if trees.blob_id_at(tree, target.path) == str(blob):
                self._update_index(target.path, ref_name)
                return SaveOutcome(None, str(blob), self._disk_sha(target))
            commit = self._create_commit(tree, tip, target, blob, sig)
            self._update_index(target.path, ref_name)
            if self._move_branch(ref, ref_name, commit, target.message):
                return SaveOutcome(str(commit), str(blob), self._disk_sha(target))

    def _check_branch(
        self, target: SaveTarget, tip_blob: str | None, new_blob: str, ref_name: str, late: bool
    ) -> None:
        if tip_blob in (target.base.blob_id, new_blob):
            return
        hint = texts.CONFLICT_LATE_HINT if late else texts.CONFLICT_BRANCH_HINT
        if target.base.blob_id is None:
            message = texts.CONFLICT_CREATED.format(path=target.path)
            raise SaveConflict(message, hint, where="created")
        branch = ref_name.removeprefix("refs/heads/")
        message = texts.CONFLICT_BRANCH.format(path=target.path, branch=branch)
        raise SaveConflict(message, hint, where="branch")

    def _write_file(self, target: SaveTarget) -> None:
        if self.root is None:
            return
        absolute = check_worktree_target(self.root, target.path)
        if _disk_blob(absolute) == str(pygit2.hash(target.data)):
            return
        absolute.parent.mkdir(parents=True, exist_ok=True)
        check_worktree_target(self.root, target.path)
        try:
            write_atomically(absolute, target.data)
        except OSError as error:  # e.g. the temp file vanished: nothing written, no commit
            reason = error.strerror or type(error).__name__
            message = texts.WRITE_FAILED.format(path=target.path, error=reason)
            raise StoreError(message, texts.WRITE_FAILED_HINT) from None

    def _disk_sha(self, target: SaveTarget) -> str | None:
        return None if self.root is None else str(pygit2.hash(target.data))

    def _create_commit(
        self,
        tree: pygit2.Tree | None,
        tip: str | None,
        target: SaveTarget,
        blob: pygit2.Oid,
        sig: pygit2.Signature,
    ) -> pygit2.Oid:
        new_tree = trees.tree_with_blob(self.repo, tree, target.path, blob)
        parents = [pygit2.Oid(hex=tip)] if tip else []
        return self.repo.create_commit(None, sig, sig, target.message, new_tree, parents)

    def _update_index(self, path: str, ref_name: str) -> None:
        if self.root is None:
            return

        def update() -> None:
            index = self.repo.index
            index.read(False)
            index.add(path)
            index.write()

        retry_locked(update, self.gitdir, ref_name, self.deadline)

    def _move_branch(
        self, ref: pygit2.Reference | None, ref_name: str, commit: pygit2.Oid, message: str
    ) -> bool:
        """Compare-and-swap; False when another writer moved the tip first (retry)."""
        reflog = "commit: " + message.split("\n", 1)[0]
        while True:
            try:
                if ref is None:
                    self.repo.create_reference(ref_name, commit, force=False, message=reflog)
                else:
                    ref.set_target(commit, reflog)
                return True
            except (pygit2.GitError, ValueError, OSError) as error:
                if is_lost_race(error) and not is_lock_error(error):
                    return False
                if not is_lock_error(error):
                    raise
                if time.monotonic() >= self.deadline:
                    raise busy_error_for(self.gitdir, ref_name) from None
            time.sleep(0.01)


def busy_error_for(gitdir: Path, ref_name: str) -> RepositoryBusy:
    from pmtui.store.locks import lock_files

    return busy_error(lock_files(gitdir, ref_name))


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


def _conflicts_error(index: pygit2.Index) -> RepositoryStateError:
    paths = sorted({(e[1] or e[0] or e[2]).path for e in index.conflicts or []})
    return RepositoryStateError(
        texts.STATE_CONFLICTS.format(paths=", ".join(paths[:5])), texts.STATE_CONFLICTS_HINT
    )


def _disk_blob(path: Path) -> str | None:
    try:
        with open(path, "rb", opener=_no_follow) as handle:
            return str(pygit2.hash(handle.read()))
    except FileNotFoundError:
        return None


def _no_follow(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0))


def _index_blob(index: pygit2.Index, path: str) -> str | None:
    try:
        return str(index[path].id)
    except KeyError:
        return None


def _siblings(root: Path, absolute: Path) -> list[str]:
    """Repo-relative paths next to a new case (on disk), for the collision check."""
    folder = absolute.parent
    if not folder.is_dir():
        return []
    prefix = folder.relative_to(root).as_posix()
    return [f"{prefix}/{name}" for name in os.listdir(folder)]
