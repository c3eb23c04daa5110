"""Archive and delete: each one commit, made by the save machinery, on real repositories.
The commit, its tree, the index and the work tree agree (`git status --porcelain` is
empty); a delete never takes text that is not committed."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmtui.format import parse_case
from pmtui.store import CaseNotFound, CaseRepository, HookRefused, SaveConflict
from pmtui.store.crashpoints import REMOVAL_STEPS
from tests.conftest import git
from tests.store.conftest import seed_case
from tests.store.hook_scripts import hooks_dir, install_hook
from tests.store.test_crash_recovery import KILLED, _child, _fsck

DNR = "KS 2023/886"
PATH = "cases/2023/ks-2023-886.md"


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def _commits(repo: CaseRepository) -> int:
    return int(git(_root(repo), "rev-list", "--count", "HEAD"))


def _clean(repo: CaseRepository) -> None:
    assert git(_root(repo), "status", "--porcelain", "--untracked-files=all") == ""


def test_archive_is_one_commit_that_sets_the_flag(saved: CaseRepository) -> None:
    before = _commits(saved)
    result = saved.archive(DNR)
    root = _root(saved)
    assert _commits(saved) == before + 1
    assert result.commit_id == git(root, "rev-parse", "HEAD").strip()
    assert git(root, "log", "-1", "--format=%s").strip() == "KS 2023/886: arkiverade ärendet"
    assert git(root, "show", "--name-only", "--format=", "HEAD").split() == [PATH]
    assert parse_case(git(root, "show", f"HEAD:{PATH}")).archived
    assert "arkiverad: true\n" in (root / PATH).read_text(encoding="utf-8")
    _clean(saved)
    assert [summary.archived for summary in saved.list_cases()] == [True]
    assert len(saved.history(DNR)) == 2  # the history stays whole


def test_restore_takes_the_flag_away_in_one_commit(saved: CaseRepository) -> None:
    saved.archive(DNR)
    result = saved.archive(DNR, restore=True)
    root = _root(saved)
    assert result.message.startswith("KS 2023/886: återställde ärendet från arkivet\n")
    assert "arkiverad" not in (root / PATH).read_text(encoding="utf-8")
    assert git(root, "diff", "HEAD~2", "HEAD") == ""  # exactly as before the archive
    assert [summary.archived for summary in saved.list_cases()] == [False]
    _clean(saved)


def test_archiving_an_archived_case_makes_no_commit(saved: CaseRepository) -> None:
    saved.archive(DNR)
    before = _commits(saved)
    assert saved.archive(DNR).commit_id is None
    assert saved.archive(DNR, restore=True).commit_id is not None
    assert saved.archive(DNR, restore=True).commit_id is None
    assert _commits(saved) == before + 1


def test_delete_is_one_commit_that_removes_file_tree_and_index_entry(
    saved: CaseRepository,
) -> None:
    saved.create(seed_case("KS 2024/12"))
    before = _commits(saved)
    result = saved.delete(DNR)
    root = _root(saved)
    assert _commits(saved) == before + 1
    assert result.commit_id == git(root, "rev-parse", "HEAD").strip()
    assert git(root, "log", "-1", "--format=%s").strip() == "KS 2023/886: tog bort ärendet"
    assert git(root, "show", "--name-status", "--format=", "HEAD").split() == ["D", PATH]
    assert git(root, "ls-tree", "--name-only", "HEAD", "cases/") == "cases/.gitkeep\ncases/2024\n"
    assert git(root, "ls-files", "cases/2023") == ""
    assert not (root / PATH).exists() and not (root / "cases" / "2023").exists()
    _clean(saved)
    assert result.base.blob_id is None and result.base.disk_sha is None
    assert [str(summary.dnr) for summary in saved.list_cases()] == ["KS 2024/12"]
    assert git(root, "log", "--format=%s", "--", PATH).splitlines()[1] == (
        "KS 2023/886: nytt ärende"
    )  # the text stays in the history


def test_a_deleted_case_can_be_created_again(saved: CaseRepository) -> None:
    saved.delete(DNR)
    saved.create(seed_case(DNR, title="Igen"))
    assert [summary.title for summary in saved.list_cases()] == ["Igen"]
    _clean(saved)


def test_delete_keeps_the_users_other_staged_work(saved: CaseRepository) -> None:
    root = _root(saved)
    (root / "anteckning.txt").write_text("mitt\n", encoding="utf-8")
    git(root, "add", "anteckning.txt")
    saved.delete(DNR)
    assert git(root, "show", "--name-only", "--format=", "HEAD").split() == [PATH]
    assert git(root, "diff", "--cached", "--name-only").split() == ["anteckning.txt"]


def test_delete_is_refused_when_the_file_changed_after_it_was_loaded(
    saved: CaseRepository,
) -> None:
    loaded = saved.load(DNR)
    root = _root(saved)
    edited = (root / PATH).read_text(encoding="utf-8") + "\nEgen rad.\n"
    (root / PATH).write_text(edited, encoding="utf-8")
    head = git(root, "rev-parse", "HEAD")
    with pytest.raises(SaveConflict) as refused:
        saved.delete(DNR, loaded.base)
    assert refused.value.where == "disk"
    assert (root / PATH).read_text(encoding="utf-8") == edited
    assert git(root, "rev-parse", "HEAD") == head
    assert git(root, "status", "--porcelain") == f" M {PATH}\n"


@pytest.mark.parametrize("operation", ["delete", "archive"])
def test_text_that_is_only_on_disk_is_never_deleted_or_archived(
    saved: CaseRepository, operation: str
) -> None:
    root = _root(saved)
    edited = (root / PATH).read_text(encoding="utf-8").replace("inbjudan", "INBJUDAN")
    (root / PATH).write_text(edited, encoding="utf-8")
    head = git(root, "rev-parse", "HEAD")
    with pytest.raises(SaveConflict) as refused:
        getattr(saved, operation)(DNR)
    assert refused.value.where == "disk"
    assert "inte är incheckade" in refused.value.message
    assert (root / PATH).read_text(encoding="utf-8") == edited
    assert git(root, "rev-parse", "HEAD") == head


def test_delete_in_a_bare_clone_is_refused_when_another_writer_changed_the_case(
    saved: CaseRepository, tmp_path: Path
) -> None:
    bare = tmp_path / "delad.git"
    git(tmp_path, "clone", "-q", "--bare", str(_root(saved)), str(bare))
    ours, theirs = CaseRepository.discover(explicit=bare), CaseRepository.discover(explicit=bare)
    base = ours.load(DNR).base
    their = theirs.load(DNR)
    assert their.case is not None
    committed = theirs.save(their.case.model_copy(update={"title": "Deras"}), their.base)
    with pytest.raises(SaveConflict) as refused:
        ours.delete(DNR, base)
    assert refused.value.where == "branch"
    assert ours.head_commit == committed.commit_id
    removed = ours.delete(DNR)  # from the case as it is now: one commit, in a bare repository
    assert git(bare, "show", "--name-status", "--format=", "HEAD").split() == ["D", PATH]
    assert removed.commit_id == ours.head_commit


def test_a_case_that_was_never_committed_is_not_deleted(repo: CaseRepository) -> None:
    root = _root(repo)
    (root / "cases" / "2023").mkdir()
    (root / PATH).write_text("---\ndnr: KS 2023/886\n---\n", encoding="utf-8")
    with pytest.raises(CaseNotFound) as refused:
        repo.delete(DNR)
    assert "rm cases/2023/ks-2023-886.md" in refused.value.hint
    assert (root / PATH).exists()
    with pytest.raises(CaseNotFound):
        repo.delete("KS 2023/1")


def test_a_refusing_pre_commit_hook_leaves_the_case_as_it_was(saved: CaseRepository) -> None:
    root = _root(saved)
    install_hook(hooks_dir(saved), "pre-commit", "git diff --cached --name-status >&2\nexit 1")
    head, staged = git(root, "rev-parse", "HEAD"), git(root, "ls-files", "-s", PATH)
    with pytest.raises(HookRefused) as refused:
        saved.delete(DNR)
    assert f"D\t{PATH}" in refused.value.output  # the hook saw exactly the removal
    assert git(root, "rev-parse", "HEAD") == head
    assert git(root, "ls-files", "-s", PATH) == staged
    assert (root / PATH).exists()
    _clean(saved)
    assert saved.delete(DNR, verify=False).commit_id is not None


def test_an_invalid_case_file_can_be_deleted_but_not_archived(saved: CaseRepository) -> None:
    root = _root(saved)
    (root / PATH).write_text("---\ndnr: KS 2023/886\n---\n", encoding="utf-8")
    git(root, "commit", "-qam", "trasig")
    with pytest.raises(Exception, match="ärendefilen har fel"):
        saved.archive(DNR)
    assert saved.delete(DNR).message.startswith("KS 2023/886: tog bort ärendet")
    _clean(saved)


# --- F44: a delete killed at each step, and its recovery killed too ------------------------


def _after_recovery(root: Path, landed: bool) -> list[str]:
    """Reconcile (the next start-up); the case is gone everywhere or whole everywhere."""
    report = CaseRepository.discover(explicit=root).reconcile()
    _fsck(root)
    assert not (root / ".git" / "pmtui-save.journal").exists()
    assert git(root, "status", "--porcelain", "--untracked-files=all") == ""
    in_head = git(root, "ls-tree", "--name-only", "HEAD", PATH).strip() == PATH
    assert in_head is not landed and (root / PATH).exists() is not landed
    if not landed:
        assert (root / PATH).read_bytes() == git(root, "show", f"HEAD:{PATH}").encode()
    return report.recovered


@pytest.mark.parametrize("step", REMOVAL_STEPS)
def test_a_delete_killed_at_any_step_is_finished_or_undone(
    saved: CaseRepository, step: str
) -> None:
    root = _root(saved)
    assert _child(root, "delete", step, DNR) == KILLED
    landed = step in ("ref", "unlink")
    recovered = _after_recovery(root, landed)
    assert bool(recovered) is (step != "commit")  # before the journal, nothing to recover
    if not landed:
        assert CaseRepository.discover(explicit=root).delete(DNR).commit_id is not None
        _after_recovery(root, landed=True)


@pytest.mark.parametrize("recovery_step", ["recover-start", "recover-unlink"])
def test_the_recovery_of_a_landed_delete_killed_too(
    saved: CaseRepository, recovery_step: str
) -> None:
    root = _root(saved)
    assert _child(root, "delete", "ref", DNR) == KILLED
    assert _child(root, "reconcile", recovery_step) == KILLED
    _after_recovery(root, landed=True)


def test_text_written_into_the_file_after_a_killed_delete_is_kept(saved: CaseRepository) -> None:
    root = _root(saved)
    assert _child(root, "delete", "ref", DNR) == KILLED
    edited = (root / PATH).read_text(encoding="utf-8") + "\nSkrivet efter kraschen.\n"
    (root / PATH).write_text(edited, encoding="utf-8")
    report = CaseRepository.discover(explicit=root).reconcile()
    assert any("lämnades kvar" in message for message in report.recovered)
    assert (root / PATH).read_text(encoding="utf-8") == edited
    assert git(root, "status", "--porcelain", "-uall") == f"?? {PATH}\n"
