"""Lock handling: bounded retry with backoff, then "busy" naming the lock and its age.

Each Git lock a save meets is waited on for ``timeout`` seconds counted from the first
time that lock was met (``GitLocks``), not from the start of the save, which may have
waited behind other pmtui saves first. Removing a lock is advised only when no process
may hold it (``store/lockholders.py``) and it is old (``LockAdvice``); pmtui never
deletes one. pygit2 errors carry no codes; lock errors are told apart by their message.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pygit2

from pmtui.store.errors import RepositoryBusy
from pmtui.store.lockholders import Holder, lock_holders
from pmtui.texts import store as texts

T = TypeVar("T")
# libgit2's words for a held lock: "failed to lock file '…' for writing", "the index is
# locked", and, when another process creates the lock between libgit2's check and its own
# O_EXCL open, "failed to create locked file '…': File exists" (seen in the soak test).
LOCK_MESSAGES = ("failed to lock", "index is locked", "is locked", "lock file", "locked file")
DEFAULT_DEADLINE = 3.0
# A lock no process holds is called stale (and its removal advised) once it is this old;
# where the holders cannot be checked (no /proc), only after STALE_AFTER_UNCHECKED.
STALE_AFTER = 10.0
STALE_AFTER_UNCHECKED = 60.0
SAVE_FLOCK = "pmtui-save.flock"
_QUOTED_LOCK = re.compile(r"'([^']+\.lock)'")


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


def repo_dirs(gitdir: Path) -> tuple[Path, ...]:
    """The folders a git process holding this repository's locks may work in."""
    return (gitdir, gitdir.parent) if gitdir.name == ".git" else (gitdir,)


@dataclass(frozen=True)
class LockAdvice:
    """A lock file as found: its age and who may hold it (None: could not be checked)."""

    lock: Path
    age: float
    holders: list[Holder] | None

    @property
    def removable(self) -> bool:
        """Stale: old, and no process may hold it (only old where that is unknown)."""
        if self.holders is None:
            return self.age >= STALE_AFTER_UNCHECKED
        return not self.holders and self.age >= STALE_AFTER

    def who(self) -> str:
        held = self.holders or []
        return ", ".join(texts.LOCK_HOLDER.format(pid=h.pid, command=h.command) for h in held)

    def hint(self) -> str:
        if self.removable:
            return texts.BUSY_HINT.format(lock=self.lock)
        if self.holders:
            return texts.BUSY_HELD_HINT.format(holders=self.who())
        return texts.BUSY_YOUNG_HINT


def advise(lock: Path, dirs: tuple[Path, ...]) -> LockAdvice:
    return LockAdvice(lock, lock_age(lock), lock_holders(lock, dirs))


def busy_error(locks: list[Path], dirs: tuple[Path, ...] = ()) -> RepositoryBusy:
    if not locks:
        return RepositoryBusy(texts.BUSY_NO_LOCK, texts.BUSY_YOUNG_HINT)
    advice = advise(max(locks, key=lock_age), dirs)
    message = texts.BUSY.format(lock=advice.lock, age=format_age(advice.age))
    return RepositoryBusy(message, advice.hint(), lock=str(advice.lock))


class GitLocks:
    """The Git locks of one save (index, HEAD, its branch, packed-refs): waited on with
    backoff, each for ``timeout`` seconds from the first time it was met."""

    def __init__(
        self,
        gitdir: Path,
        branch_ref: str | None,
        timeout: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.gitdir, self.branch_ref, self.timeout, self.clock = gitdir, branch_ref, timeout, clock
        self._first_met: dict[Path, float] = {}

    def present(self) -> list[Path]:
        return lock_files(self.gitdir, self.branch_ref)

    def restart(self) -> None:
        """Count every lock from now on again (after the hooks, which may take long)."""
        self._first_met.clear()

    def expired(self, met: list[Path]) -> bool:
        """True once any of ``met`` has been met for ``timeout`` seconds."""
        now = self.clock()
        return any(now - self._first_met.setdefault(lock, now) >= self.timeout for lock in met)

    def wait(self) -> None:
        """Wait until no lock file blocks a save; ``RepositoryBusy`` once one has been
        there for ``timeout`` seconds."""
        delay = 0.005
        while locks := self.present():
            if self.expired(locks):
                raise self.busy(locks)
            time.sleep(delay)
            delay = min(delay * 2, 0.2)

    def retry(self, action: Callable[[], T]) -> T:
        """Run ``action``; on a lock error retry with backoff (``check``)."""
        delay = 0.005
        while True:
            try:
                return action()
            except (pygit2.GitError, OSError) as error:
                if not is_lock_error(error):
                    raise
                self.check(error)
            time.sleep(delay)
            delay = min(delay * 2, 0.2)

    def check(self, error: BaseException) -> None:
        """After a lock error: ``RepositoryBusy`` once that lock has been met for long."""
        met = self.present() or [self._named_in(error)]
        if self.expired(met):
            raise self.busy(met) from None

    def busy(self, locks: list[Path]) -> RepositoryBusy:
        return busy_error([lock for lock in locks if lock.exists()], repo_dirs(self.gitdir))

    def _named_in(self, error: BaseException) -> Path:
        """The lock file a libgit2 error names (it may be gone already)."""
        found = _QUOTED_LOCK.search(str(error))
        return Path(found.group(1)) if found else self.gitdir / "index.lock"


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
