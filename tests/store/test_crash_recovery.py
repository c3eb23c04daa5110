"""A save killed at each step of the save order, then its recovery killed at each of its
steps (every pair), with real processes and SIGKILL (tests/store/crash_child.py). After
each pair the next save succeeds, nothing acknowledged is lost, the killed save's text
is in the branch or in that next save, `git fsck` is clean, and the user's own staged
work is never taken for ours (docs/store-api.md, "Recovery")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pmtui.format import parse_case
from pmtui.model import Status
from pmtui.store import CaseRepository, SaveConflict
from pmtui.store.crashpoints import RECOVERY_STEPS, SAVE_STEPS
from tests.conftest import REPO_ROOT, git
from tests.store.conftest import StepClock, seed_case

CHILD = Path(__file__).with_name("crash_child.py")
DNR = "KS 2023/886"
PATH = "cases/2023/ks-2023-886.md"
NOTE = "anteckningar.txt"
KILLED = -9


def _child(root: Path, *args: str) -> int:
    """Run crash_child.py; its exit status (-9: killed at the step)."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PMTUI_FSYNC": "0"}
    command = [sys.executable, str(CHILD), str(root), *args]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode in (0, KILLED), done.stderr[-3000:]
    return done.returncode


def _archive(tmp_path: Path) -> tuple[Path, str]:
    """A case with one acknowledged save, and another file the user has staged (F4)."""
    repo = CaseRepository.init(tmp_path / "arkiv", clock=StepClock())
    repo.create(seed_case(DNR))
    loaded = repo.load(DNR)
    assert loaded.case is not None and repo.root is not None
    saved = repo.save(loaded.case.model_copy(update={"title": "Kvitterad"}), loaded.base)
    assert saved.commit_id is not None
    (repo.root / NOTE).write_text("mitt eget arbete\n", encoding="utf-8")
    git(repo.root, "add", NOTE)
    return repo.root, saved.commit_id


def _staged_blob(root: Path) -> str:
    return git(root, "ls-files", "-s", PATH).split()[1]


def _fsck(root: Path) -> None:
    result = subprocess.run(["git", "fsck", "--full", "--strict"], cwd=root, capture_output=True)
    assert result.returncode == 0, result.stderr


def _status_at(root: Path, rev: str) -> Status | None:
    return parse_case(git(root, "show", f"{rev}:{PATH}")).status


def _save_again(root: Path, title: str) -> str:
    """What the app does after a restart: load (before any recovery), edit, save."""
    repo = CaseRepository.discover(explicit=root, clock=StepClock(), lock_timeout=5.0)
    loaded = repo.load(DNR)
    assert loaded.case is not None, loaded.problems
    result = repo.save(loaded.case.model_copy(update={"title": title}), loaded.base)
    assert result.commit_id is not None
    return result.commit_id


def _check_after(root: Path, acknowledged: str) -> None:
    """Nothing lost, nothing of the user's taken, one milestone on the right commit."""
    _fsck(root)
    assert acknowledged in git(root, "rev-list", "HEAD").split()
    assert _status_at(root, "HEAD") is Status.REMISS  # the killed save's text was kept
    tagged = git(root, "rev-list", "-n", "1", "ks-2023-886/remiss").strip()
    assert _status_at(root, tagged) is Status.REMISS
    assert _status_at(root, f"{tagged}~1") is not Status.REMISS
    assert git(root, "tag", "-l").split() == ["ks-2023-886/remiss"]
    assert git(root, "diff", "--cached", "--name-only").split() == [NOTE]
    assert git(root, "log", "--format=%H", "--", NOTE) == ""
    assert git(root, "status", "--porcelain", "--", "cases") == ""
    assert not (root / ".git" / "pmtui-save.journal").exists()


@pytest.mark.parametrize("recovery_step", ["none", *RECOVERY_STEPS])
@pytest.mark.parametrize("save_step", SAVE_STEPS)
def test_every_save_step_then_every_recovery_step(
    tmp_path: Path, save_step: str, recovery_step: str
) -> None:
    root, acknowledged = _archive(tmp_path)
    assert _child(root, "save", save_step, DNR, "status=remiss") == KILLED
    if recovery_step != "none" and _child(root, "reconcile", recovery_step) == 0:
        # A finished recovery leaves the index at the branch's version of the case.
        assert _staged_blob(root) == git(root, "rev-parse", f"HEAD:{PATH}").strip()
        assert not (root / ".git" / "pmtui-save.journal").exists()
    _save_again(root, "Efter kraschen")
    _check_after(root, acknowledged)
    report = CaseRepository.discover(explicit=root, clock=StepClock()).reconcile()
    assert report.clean, report.messages


@pytest.mark.parametrize("save_step", SAVE_STEPS)
def test_the_users_git_add_after_a_crash_is_never_taken_for_ours(
    tmp_path: Path, save_step: str
) -> None:
    """`echo A >> F; git add F; echo B >> F` after the crash: recovery leaves the staged
    version alone, and a save is refused (the staged version is the user's)."""
    root, _ = _archive(tmp_path)
    assert _child(root, "save", save_step, DNR, "status=remiss") == KILLED
    with (root / PATH).open("a", encoding="utf-8") as handle:
        handle.write("\nA\n")
    git(root, "add", PATH)
    staged = _staged_blob(root)
    with (root / PATH).open("a", encoding="utf-8") as handle:
        handle.write("B\n")
    on_disk = (root / PATH).read_bytes()
    repo = CaseRepository.discover(explicit=root, clock=StepClock(), lock_timeout=1.0)
    repo.reconcile()
    assert _staged_blob(root) == staged
    loaded = repo.load(DNR)
    assert loaded.case is not None
    with pytest.raises(SaveConflict) as refused:
        repo.save(loaded.case.model_copy(update={"title": "X"}), loaded.base)
    assert refused.value.where == "index"
    assert _staged_blob(root) == staged and (root / PATH).read_bytes() == on_disk
    _fsck(root)


@pytest.mark.parametrize(("first", "second"), [("index", "file"), ("index", "index")])
def test_two_kills_in_a_row_leave_a_case_that_saves(
    tmp_path: Path, first: str, second: str
) -> None:
    """The state of issue 9: killed after the index step, then the next save killed after
    writing the file, left HEAD, index and disk at three versions and every later save
    refused. The second save now undoes the first one's index change before it starts."""
    root, acknowledged = _archive(tmp_path)
    assert _child(root, "save", first, DNR, "status=remiss") == KILLED
    assert _child(root, "save", second, DNR, "title=Andra") == KILLED
    head, staged = git(root, "rev-parse", f"HEAD:{PATH}").strip(), _staged_blob(root)
    on_disk = git(root, "hash-object", PATH).strip()
    assert staged in (head, on_disk)
    _save_again(root, "Tredje")
    _check_after(root, acknowledged)
