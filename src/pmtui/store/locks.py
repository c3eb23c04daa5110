"""Lock handling: bounded retry with backoff, then "busy" naming the lock and its age.

pygit2 errors carry no codes; lock errors are told apart by their message.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pygit2

from pmtui.store.errors import RepositoryBusy
from pmtui.texts import store as texts

T = TypeVar("T")
LOCK_MESSAGES = ("failed to lock", "index is locked", "is locked", "lock file")
DEFAULT_DEADLINE = 3.0
STALE_AFTER = 60.0
SAVE_FLOCK = "pmtui-save.flock"


def is_lock_error(error: BaseException) -> bool:
    text = str(error).lower()
    return isinstance(error, pygit2.GitError | OSError) and any(m in text for m in LOCK_MESSAGES)


def is_lost_race(error: BaseException) -> bool:
    text = str(error).lower()
    return "does not match" in text or "not the first parent" in text or "already exists" in text


def format_age(seconds: float) -> str:
    if seconds < 120:
        return texts.AGE_SECONDS.format(n=int(seconds))
    if seconds < 7200:
        return texts.AGE_MINUTES.format(n=int(seconds // 60))
    if seconds < 172800:
        return texts.AGE_HOURS.format(n=int(seconds // 3600))
    return texts.AGE_DAYS.format(n=int(seconds // 86400))


def lock_files(gitdir: Path, branch_ref: str | None) -> list[Path]:
    """Lock files that block a save: the index's, HEAD's and the branch's."""
    candidates = [gitdir / "index.lock", gitdir / "HEAD.lock"]
    if branch_ref:
        candidates.append(gitdir / f"{branch_ref}.lock")
        candidates.append(gitdir / "packed-refs.lock")
    return [c for c in candidates if c.exists()]


def lock_age(path: Path) -> float:
    try:
        return max(0.0, time.time() - path.stat().st_mtime)
    except OSError:
        return 0.0


def busy_error(locks: list[Path]) -> RepositoryBusy:
    if not locks:
        return RepositoryBusy(texts.BUSY_NO_LOCK, texts.BUSY_HINT.format(lock="…"))
    lock = max(locks, key=lock_age)
    message = texts.BUSY.format(lock=lock, age=format_age(lock_age(lock)))
    return RepositoryBusy(message, texts.BUSY_HINT.format(lock=lock), lock=str(lock))


def wait_for_locks(gitdir: Path, branch_ref: str | None, deadline: float) -> None:
    """Wait (with backoff) until no lock file blocks a save; ``RepositoryBusy`` after the
    deadline. Locks are never deleted."""
    delay = 0.005
    while locks := lock_files(gitdir, branch_ref):
        if time.monotonic() >= deadline:
            raise busy_error(locks)
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


def retry_locked(
    action: Callable[[], T], gitdir: Path, branch_ref: str | None, deadline: float
) -> T:
    """Run ``action``; on a lock error retry with backoff until the deadline."""
    delay = 0.005
    while True:
        try:
            return action()
        except (pygit2.GitError, OSError) as error:
            if not is_lock_error(error):
                raise
            if time.monotonic() >= deadline:
                raise busy_error(lock_files(gitdir, branch_ref)) from None
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


def busy_error_for(gitdir: Path, branch_ref: str | None) -> RepositoryBusy:
    return busy_error(lock_files(gitdir, branch_ref))


@contextlib.contextmanager
def save_lock(gitdir: Path, deadline: float) -> Iterator[None]:
    """Serialises pmtui's own savers: an OS lock on ``.git/pmtui-save.flock`` (released
    by the OS if a process dies); ``RepositoryBusy`` after the deadline."""
    fd = os.open(gitdir / SAVE_FLOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, deadline)
        yield
    finally:
        os.close(fd)


def _acquire(fd: int, deadline: float) -> None:
    delay = 0.002
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise busy_error([]) from None
        time.sleep(delay)
        delay = min(delay * 2, 0.05)
