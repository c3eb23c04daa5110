"""Nothing is overwritten: conflicts (F2, F3, F5), repository states (F7–F10), locks (F11)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from pmtui.store import (
    CaseRepository,
    RepositoryBusy,
    RepositoryStateError,
    SaveConflict,
)
from tests.conftest import git
from tests.store.conftest import StepClock, seed_case

PATH = "cases/2023/ks-2023-886.md"


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def _edit(repo: CaseRepository, title: str):  # type: ignore[no-untyped-def]
    loaded = repo.load("KS 2023/886")
    assert loaded.case is not None
    return loaded.case.model_copy(update={"title": title}), loaded.base


def test_f3_disk_changed_since_load_is_a_conflict(saved: CaseRepository) -> None:
    root = _root(saved)
    case, base = _edit(saved, "Min rubrik")
    theirs = (root / PATH).read_text(encoding="utf-8").replace("Strong Cities", "Deras")
    (root / PATH).write_text(theirs, encoding="utf-8")
    head = saved.head_commit
    with pytest.raises(SaveConflict) as caught:
        saved.save(case, base)
    assert caught.value.where == "disk"
    assert (root / PATH).read_text(encoding="utf-8") == theirs
    assert saved.head_commit == head


def test_f2_branch_changed_same_case_is_a_conflict(saved: CaseRepository) -> None:
    root = _root(saved)
    case, base = _edit(saved, "Min rubrik")
    other = CaseRepository.discover(explicit=root, clock=StepClock())
    their_case, their_base = _edit(other, "Deras rubrik")
    theirs = other.save(their_case, their_base)
    # Their commit is on the branch; our disk copy is theirs too (same work tree), so make
    # the disk look as when we loaded, as when another clone pushed to a shared branch.
    git(root, "update-ref", "refs/heads/main", str(theirs.commit_id))
    with pytest.raises(SaveConflict) as caught:
        saved.save(case, base)
    assert caught.value.where in ("branch", "disk")
    assert saved.head_commit == theirs.commit_id
    assert "Deras rubrik" in git(root, "show", f"HEAD:{PATH}")


def test_f2_branch_moved_in_a_bare_clone_is_a_conflict(
    saved: CaseRepository, tmp_path: Path
) -> None:
    bare = tmp_path / "delad.git"
    git(tmp_path, "clone", "-q", "--bare", str(_root(saved)), str(bare))
    ours = CaseRepository.discover(explicit=bare, clock=StepClock())
    theirs = CaseRepository.discover(explicit=bare, clock=StepClock())
    case, base = _edit(ours, "Vår")
    their_case, their_base = _edit(theirs, "Deras")
    committed = theirs.save(their_case, their_base)
    with pytest.raises(SaveConflict) as caught:
        ours.save(case, base)
    assert caught.value.where == "branch"
    assert ours.head_commit == committed.commit_id


def test_branch_moved_by_another_case_is_not_a_conflict(saved: CaseRepository) -> None:
    root = _root(saved)
    case, base = _edit(saved, "Min rubrik")
    saved.create(seed_case("KS 2023/900"))
    result = saved.save(case, base)
    assert result.commit_id is not None
    assert git(root, "rev-list", "--count", "HEAD").strip() == "4"
    assert git(root, "status", "--porcelain") == ""


def test_f5_staged_different_version_is_a_conflict(saved: CaseRepository) -> None:
    root = _root(saved)
    case, base = _edit(saved, "Min rubrik")
    staged = (root / PATH).read_text(encoding="utf-8").replace("Strong Cities", "Förberedd")
    (root / PATH).write_text(staged, encoding="utf-8")
    git(root, "add", PATH)
    git(root, "restore", "--worktree", "--source=HEAD", PATH)
    with pytest.raises(SaveConflict) as caught:
        saved.save(case, base)
    assert caught.value.where == "index"
    assert "Förberedd" in git(root, "show", f":{PATH}")


def _conflicting_merge(repo: CaseRepository) -> None:
    root = _root(repo)
    git(root, "switch", "-q", "-c", "annan")
    (root / "fil.txt").write_text("annan\n", encoding="utf-8")
    git(root, "add", "fil.txt")
    git(root, "commit", "-qm", "annan")
    git(root, "switch", "-q", "main")
    (root / "fil.txt").write_text("main\n", encoding="utf-8")
    git(root, "add", "fil.txt")
    git(root, "commit", "-qm", "main")


def test_f7_merge_in_progress_refuses_and_writes_nothing(saved: CaseRepository) -> None:
    root = _root(saved)
    case, base = _edit(saved, "Min rubrik")
    _conflicting_merge(saved)
    git(root, "merge", "annan", check=False)
    before = (root / PATH).read_bytes()
    with pytest.raises(RepositoryStateError) as caught:
        saved.save(case, base)
    assert "merge" in caught.value.message
    assert (root / PATH).read_bytes() == before


def test_f7_rebase_and_cherry_pick_in_progress_refuse(saved: CaseRepository) -> None:
    root = _root(saved)
    _conflicting_merge(saved)
    git(root, "cherry-pick", "annan", check=False)
    case, base = _edit(saved, "Min rubrik")
    with pytest.raises(RepositoryStateError, match="cherry-pick"):
        saved.save(case, base)
    git(root, "cherry-pick", "--abort")
    git(root, "rebase", "annan", check=False)
    with pytest.raises(RepositoryStateError, match="rebase"):
        saved.save(case, base)


def test_f7_index_conflicts_refuse(saved: CaseRepository) -> None:
    root = _root(saved)
    _conflicting_merge(saved)
    git(root, "merge", "annan", check=False)
    (root / ".git" / "MERGE_HEAD").unlink()  # conflicts stay in the index
    case, base = _edit(saved, "Min rubrik")
    with pytest.raises(RepositoryStateError, match=r"fil\.txt"):
        saved.save(case, base)


def test_f8_detached_head_is_read_only(saved: CaseRepository) -> None:
    root = _root(saved)
    git(root, "switch", "-q", "--detach", "HEAD")
    case, base = _edit(saved, "Min rubrik")
    assert saved.branch is None
    with pytest.raises(RepositoryStateError, match="detached"):
        saved.save(case, base)
    assert "Min rubrik" not in (root / PATH).read_text(encoding="utf-8")


def test_f9_empty_repository_first_save_creates_root_commit(tmp_path: Path) -> None:
    root = tmp_path / "tomt"
    git(tmp_path, "init", "-q", str(root))
    repo = CaseRepository.discover(start=root, clock=StepClock())
    assert repo.head_commit is None and repo.list_cases() == []
    result = repo.create(seed_case())
    assert git(root, "rev-list", "--max-parents=0", "HEAD").strip() == result.commit_id
    assert git(root, "status", "--porcelain") == ""


def test_f9_concurrent_creator_in_empty_repository_is_a_conflict(tmp_path: Path) -> None:
    root = tmp_path / "tomt.git"
    git(tmp_path, "init", "-q", "--bare", str(root))
    first = CaseRepository.discover(explicit=root, clock=StepClock())
    second = CaseRepository.discover(explicit=root, clock=StepClock())
    base = second.base_for_new(seed_case().dnr)
    winner = first.create(seed_case(title="Först"))
    with pytest.raises(SaveConflict) as caught:
        second.save(seed_case(title="Sist"), base)
    assert caught.value.where == "created"
    assert second.head_commit == winner.commit_id
    assert "Först" in second.text_at("KS 2023/886", "HEAD")


def test_f10_bare_repository_commits_without_work_tree(
    tmp_path: Path, saved: CaseRepository
) -> None:
    bare = tmp_path / "bar.git"
    git(tmp_path, "clone", "-q", "--bare", str(_root(saved)), str(bare))
    repo = CaseRepository.discover(explicit=bare, clock=StepClock())
    assert repo.root is None and repo.is_bare
    case, base = _edit(repo, "I bart arkiv")
    result = repo.save(case, base)
    assert "I bart arkiv" in git(bare, "show", f"{result.commit_id}:{PATH}")
    assert not (bare / "cases").exists() and not (bare / "index").exists()
    assert repo.reconcile().unsaved_paths == []


@pytest.mark.parametrize("lock", ["index.lock", "refs/heads/main.lock"])
def test_f11_stale_lock_retries_then_reports_busy(saved: CaseRepository, lock: str) -> None:
    root = _root(saved)
    lock_path = root / ".git" / lock
    lock_path.write_text("", encoding="utf-8")
    old = time.time() - 300
    os.utime(lock_path, (old, old))
    case, base = _edit(saved, "Ny text")
    head = saved.head_commit
    started = time.monotonic()
    with pytest.raises(RepositoryBusy) as caught:
        saved.save(case, base)
    assert time.monotonic() - started < 5
    assert caught.value.lock == str(lock_path)
    assert lock in caught.value.message and "5 min" in caught.value.message
    assert f"rm {lock_path}" in caught.value.hint
    assert saved.head_commit == head
    assert lock_path.exists()
    lock_path.unlink()
    retried = saved.save(case, base)  # the text was kept: the retry saves it
    assert retried.commit_id is not None
    assert "Ny text" in git(root, "show", f"HEAD:{PATH}")
    assert git(root, "status", "--porcelain") == ""


def test_interrupted_save_with_index_ahead_of_head_can_be_saved_again(
    saved: CaseRepository,
) -> None:
    """A save killed between the index update and the ref move leaves the disk text
    staged; loading and saving again commits it (it is not someone else's version)."""
    root = _root(saved)
    text = (root / PATH).read_text(encoding="utf-8").replace("Strong Cities", "Avbruten")
    (root / PATH).write_text(text, encoding="utf-8")
    git(root, "add", PATH)  # what the interrupted save left: staged, not committed
    case, base = _edit(saved, "Efter avbrottet")
    assert saved.save(case, base).commit_id is not None
    assert git(root, "status", "--porcelain") == ""
