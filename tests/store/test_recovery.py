"""Recovery of a save that stopped half-way (docs/store-api.md, "Recovery"), in-process:
a save that fails after its journal undoes its own index change, a save killed before
the branch moved under it, an unreadable journal, a bare repository."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pmtui.model import Status
from pmtui.store import CaseRepository, RepositoryBusy, crashpoints
from pmtui.store.journal import SaveRecord, journal_path, read_journal, write_journal
from tests.conftest import REPO_ROOT, git
from tests.store.conftest import StepClock, seed_case

DNR = "KS 2023/886"
PATH = "cases/2023/ks-2023-886.md"
CHILD = Path(__file__).with_name("crash_child.py")


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def _kill_save_at(root: Path, step: str, assignment: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PMTUI_FSYNC": "0"}
    command = [sys.executable, str(CHILD), str(root), "save", step, DNR, assignment]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == -9, done.stderr[-3000:]


def _blob(root: Path, rev: str) -> str:
    return git(root, "rev-parse", f"{rev}:{PATH}").strip()


def _staged(root: Path) -> str:
    return git(root, "ls-files", "-s", PATH).split()[1]


def test_journal_round_trip(tmp_path: Path) -> None:
    record = SaveRecord(PATH, "refs/heads/main", "c" * 40, "b" * 40, "b" * 40, 0o100644,
                        "n" * 40, "d" * 40, "ks-2023-886/remiss", "t" * 40)  # fmt: skip
    write_journal(tmp_path, record)
    assert read_journal(tmp_path) == record and record.pid == os.getpid()


def test_a_save_that_fails_after_the_index_step_undoes_it_at_once(
    saved: CaseRepository,
) -> None:
    """The branch's lock appears between the index and the ref (a `git commit` elsewhere):
    the save is busy, its index change is undone, the text stays on disk."""
    root = _root(saved)
    head, blob = saved.head_commit, _blob(root, "HEAD")
    lock = root / ".git" / "refs" / "heads" / "main.lock"

    def take_the_ref_lock(step: str) -> None:
        if step == "index":
            lock.write_text("", encoding="utf-8")

    loaded = saved.load(DNR)
    assert loaded.case is not None
    case = loaded.case.model_copy(update={"title": "Upptagen"})
    crashpoints.hook = take_the_ref_lock
    try:
        with pytest.raises(RepositoryBusy):
            saved.save(case, loaded.base)
    finally:
        crashpoints.hook = None
    assert saved.head_commit == head and _staged(root) == blob
    assert not journal_path(root / ".git").exists()
    assert "Upptagen" in (root / PATH).read_text(encoding="utf-8")
    lock.unlink()
    assert saved.save(case, loaded.base).commit_id is not None
    assert git(root, "status", "--porcelain") == ""


def test_a_dead_save_whose_branch_moved_since_gets_the_branchs_index_entry(
    saved: CaseRepository,
) -> None:
    """Killed after staging; then another writer moved the branch with another version of
    the case without touching this index (commit-tree + update-ref). Recovery stages the
    branch's version; the killed save's text stays on disk and can be saved."""
    root = _root(saved)
    _kill_save_at(root, "index", "title=Dödad")
    other = git(root, "show", f"HEAD:{PATH}").replace("Strong Cities", "Andras")
    hashing = ["git", "hash-object", "-w", "--stdin", "--path", PATH]
    blob = subprocess.run(hashing, cwd=root, input=other, capture_output=True, text=True,
                          check=True).stdout.strip()  # fmt: skip
    git(root, "read-tree", "--index-output=.git/other-index", "HEAD")
    env = {**os.environ, "GIT_INDEX_FILE": str(root / ".git" / "other-index")}
    subprocess.run(["git", "update-index", "--cacheinfo", f"100644,{blob},{PATH}"],
                   cwd=root, env=env, check=True)  # fmt: skip
    tree = subprocess.run(["git", "write-tree"], cwd=root, env=env, check=True,
                          capture_output=True, text=True).stdout.strip()  # fmt: skip
    commit = git(root, "commit-tree", tree, "-p", "HEAD", "-m", "andras").strip()
    git(root, "update-ref", "refs/heads/main", commit)
    report = CaseRepository.discover(explicit=root, clock=StepClock()).reconcile()
    assert _staged(root) == blob and report.recovered
    assert "Dödad" in (root / PATH).read_text(encoding="utf-8")
    assert report.unsaved_paths == [PATH]
    repo = CaseRepository.discover(explicit=root, clock=StepClock())
    loaded = repo.load(DNR)
    assert loaded.case is not None and loaded.case.title == "Dödad"
    assert repo.save(loaded.case.model_copy(update={"place": "Solna"}), loaded.base).commit_id
    assert commit in git(root, "rev-list", "HEAD")


def test_an_unreadable_journal_is_set_aside_and_reported(saved: CaseRepository) -> None:
    gitdir = _root(saved) / ".git"
    journal_path(gitdir).write_text("{trasig", encoding="utf-8")
    report = saved.reconcile()
    assert any("journalen" in m for m in report.messages)
    assert not journal_path(gitdir).exists()
    assert [p.name for p in gitdir.glob("pmtui-save.journal.unreadable-*")]


@pytest.mark.parametrize("step", ["journal", "ref"])
def test_a_dead_milestone_save_in_a_bare_repository(tmp_path: Path, step: str) -> None:
    work = CaseRepository.init(tmp_path / "arbete", clock=StepClock())
    work.create(seed_case(DNR))
    bare = tmp_path / "arkiv.git"
    git(tmp_path, "clone", "-q", "--bare", str(_root(work)), str(bare))
    _kill_save_at(bare, step, "status=remiss")
    repo = CaseRepository.discover(explicit=bare, clock=StepClock())
    report = repo.reconcile()
    assert not journal_path(bare).exists()
    if step == "journal":  # the branch never moved: nothing to finish, save again
        assert report.recovered == [] and repo.milestones(DNR) == []
        repo.set_status(DNR, Status.REMISS)
    (milestone,) = repo.milestones(DNR)
    assert milestone.name == "remiss" and milestone.commit_id == repo.head_commit
    assert subprocess.run(["git", "fsck", "--strict"], cwd=bare).returncode == 0
