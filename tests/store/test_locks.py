"""Git locks (F11, F39): each is waited on from the first time it is met, and removing
one is advised only when it is old and no process may hold it."""

from __future__ import annotations

import fcntl
import os
import subprocess
import threading
import time
from pathlib import Path

import pygit2
import pytest

from pmtui.model import Status
from pmtui.store import CaseRepository, RepositoryBusy, crashpoints, lockholders, locks
from pmtui.store.lockholders import Holder
from pmtui.store.locks import GitLocks, LockAdvice
from tests.conftest import git
from tests.store.conftest import StepClock

DNR = "KS 2023/886"
PATH = "cases/2023/ks-2023-886.md"


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def _edit(repo: CaseRepository, title: str):  # type: ignore[no-untyped-def]
    loaded = repo.load(DNR)
    assert loaded.case is not None
    return loaded.case.model_copy(update={"title": title}), loaded.base


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_each_lock_is_timed_from_the_first_time_it_is_met(tmp_path: Path) -> None:
    now = [100.0]
    waits = GitLocks(tmp_path, "refs/heads/main", 3.0, clock=lambda: now[0])
    index, ref = tmp_path / "index.lock", tmp_path / "refs/heads/main.lock"
    assert not waits.expired([index])
    now[0] = 102.5
    assert not waits.expired([index]) and not waits.expired([ref])  # ref: first met now
    now[0] = 103.0
    assert waits.expired([index]) and not waits.expired([ref])
    waits.restart()  # after the hooks: every lock counts from now again
    assert not waits.expired([index])


def test_waiting_behind_another_pmtui_save_leaves_the_git_lock_its_full_time(
    saved: CaseRepository,
) -> None:
    """pmtui's save lock is held for half the timeout, then index.lock for most of it:
    together longer than the timeout, each shorter, so the save waits and succeeds."""
    root = _root(saved)
    repo = CaseRepository.discover(explicit=root, clock=StepClock(), lock_timeout=3.0)
    case, base = _edit(repo, "Efter väntan")
    index_lock = root / ".git" / "index.lock"
    index_lock.write_text("", encoding="utf-8")
    flock = os.open(root / ".git" / locks.SAVE_FLOCK, os.O_RDWR | os.O_CREAT)
    fcntl.flock(flock, fcntl.LOCK_EX)
    results: list[object] = []
    saver = threading.Thread(target=lambda: results.append(_try_save(repo, case, base)))
    saver.start()
    time.sleep(1.5)
    os.close(flock)  # the other pmtui save is done; now the git lock is met
    time.sleep(2.0)
    index_lock.unlink()
    saver.join(timeout=30)
    assert results and not isinstance(results[0], RepositoryBusy), results
    assert "Efter väntan" in git(root, "show", f"HEAD:{PATH}")


def _try_save(repo: CaseRepository, case: object, base: object) -> object:
    try:
        return repo.save(case, base)  # type: ignore[arg-type]
    except RepositoryBusy as busy:
        return busy


def test_removal_is_advised_only_for_old_locks_no_one_holds(tmp_path: Path) -> None:
    lock = tmp_path / "index.lock"
    someone = [Holder(1234, "git commit -a")]
    assert LockAdvice(lock, locks.STALE_AFTER, []).removable
    assert not LockAdvice(lock, locks.STALE_AFTER - 1, []).removable
    assert not LockAdvice(lock, 86400.0, someone).removable
    assert not LockAdvice(lock, locks.STALE_AFTER_UNCHECKED - 1, None).removable
    assert LockAdvice(lock, locks.STALE_AFTER_UNCHECKED, None).removable
    assert "pid 1234: git commit -a" in LockAdvice(lock, 86400.0, someone).hint()


def test_a_new_lock_is_never_advised_for_removal(saved: CaseRepository) -> None:
    root = _root(saved)
    lock = root / ".git" / "index.lock"
    lock.write_text("", encoding="utf-8")
    case, base = _edit(saved, "Ny")
    with pytest.raises(RepositoryBusy) as caught:
        saved.save(case, base)
    assert "index.lock" in caught.value.message and "rm " not in caught.value.hint
    report = saved.reconcile()
    assert report.busy_locks == [str(lock)] and report.stale_locks == []
    assert lock.exists()


def test_an_old_lock_a_process_has_open_is_never_advised_for_removal(
    saved: CaseRepository,
) -> None:
    root = _root(saved)
    lock = root / ".git" / "refs" / "heads" / "main.lock"
    with lock.open("w", encoding="utf-8"):  # this test's process holds it
        _age(lock, 3600)
        case, base = _edit(saved, "Ny")
        with pytest.raises(RepositoryBusy) as caught:
            saved.save(case, base)
        assert f"pid {os.getpid()}" in caught.value.hint and "rm " not in caught.value.hint
        report = saved.reconcile()
        assert report.busy_locks == [str(lock)] and report.stale_locks == []
    lock.unlink()


def test_the_index_lock_of_a_running_git_commit_is_never_advised_for_removal(
    saved: CaseRepository, tmp_path: Path
) -> None:
    """`git commit -a` keeps index.lock, closed, while its pre-commit hook runs: the lock
    is not open anywhere, yet a git process works in the repository."""
    root = _root(saved)
    fifo = tmp_path / "go"
    os.mkfifo(fifo)
    hook = root / ".git" / "hooks" / "pre-commit"
    hook.write_text(f"#!/bin/sh\nread line < {fifo}\n", encoding="utf-8")
    hook.chmod(0o755)
    (root / "anteckningar.txt").write_text("1\n", encoding="utf-8")
    git(root, "add", "anteckningar.txt")
    commit = subprocess.Popen(["git", "commit", "-qam", "anteckning"], cwd=root)
    lock = root / ".git" / "index.lock"
    while not lock.exists():
        assert commit.poll() is None
        time.sleep(0.01)
    _age(lock, 3600)  # old, and still held
    case, base = _edit(saved, "Ny")
    with pytest.raises(RepositoryBusy) as caught:
        saved.save(case, base)
    assert f"pid {commit.pid}" in caught.value.hint and "rm " not in caught.value.hint
    fifo.write_text("go\n", encoding="utf-8")
    assert commit.wait(timeout=30) == 0
    hook.unlink()
    assert saved.save(case, base).commit_id is not None
    assert git(root, "log", "-2", "--format=%s").splitlines()[1] == "anteckning"


def test_without_proc_only_the_age_counts(
    saved: CaseRepository, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(lockholders, "PROC", tmp_path / "no-proc")
    lock = _root(saved) / ".git" / "index.lock"
    lock.write_text("", encoding="utf-8")
    _age(lock, locks.STALE_AFTER + 5)
    assert saved.reconcile().busy_locks == [str(lock)]
    _age(lock, locks.STALE_AFTER_UNCHECKED + 5)
    assert saved.reconcile().stale_locks == [str(lock)]


def test_the_milestone_tag_is_made_inside_the_save_lock(saved: CaseRepository) -> None:
    """When the tag ref exists, pmtui's save lock is still held: no other pmtui save can
    see the branch moved without its milestone, or pick the same tag name."""
    root = _root(saved)
    seen: list[tuple[bool, bool]] = []

    def check(step: str) -> None:
        if step == "tag":
            fd = os.open(root / ".git" / locks.SAVE_FLOCK, os.O_RDWR)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                held = False
            except BlockingIOError:
                held = True
            finally:
                os.close(fd)
            tag = "refs/tags/ks-2023-886/remiss"
            seen.append((held, tag in git(root, "for-each-ref", "--format=%(refname)")))

    crashpoints.hook = check
    try:
        result = saved.set_status(DNR, Status.REMISS)
    finally:
        crashpoints.hook = None
    assert seen == [(True, True)] and result.milestone == "ks-2023-886/remiss"


def test_every_libgit2_lock_message_is_a_lock_error() -> None:
    """The O_EXCL race ("failed to create locked file") made two savers of the soak test
    fail instead of waiting."""
    for text in (
        "failed to lock file '/r/.git/index.lock' for writing: ",
        "failed to create locked file '/r/.git/refs/heads/main.lock': File exists",
        "the index is locked; this might be due to a concurrent or crashed process",
    ):
        assert locks.is_lock_error(pygit2.GitError(text)) and locks.is_lock_error(OSError(text))
