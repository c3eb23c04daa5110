"""The reconcile's remembered answers (store/worktree_facts.py, temp_scan.py, name_scan.py)
are used only while their keys are read again unchanged: each outside change a write must
see makes the next reconcile read the disk again (docs/decisions.md, "reconcile cache").

Folders are "racily clean" for two seconds after a change and then never trusted; the
tests set that margin to zero and date the folders back, so that the remembered answers
are really used and an outside change is seen only through the keys."""

from __future__ import annotations

import os
from pathlib import Path

import pygit2
import pytest

from pmtui.store import CaseRepository, SaveConflict, StoreError, worktree_facts
from pmtui.store.name_scan import collision_candidates
from pmtui.store.temp_scan import FACT as TEMP_FACT
from pmtui.store.worktree_facts import WorktreeFacts, index_key
from tests.conftest import git
from tests.store.conftest import seed_case

PATH = "cases/2023/ks-2023-886.md"
OTHER = "cases/2024/ks-2024-12.md"
DEAD_TEMP = ".ks-2023-886.md.pmtui-tmp-999999999-x"  # a pid no process has
LONG_AGO = 1_600_000_000


@pytest.fixture
def warm(saved: CaseRepository, monkeypatch: pytest.MonkeyPatch) -> CaseRepository:
    """Two cases committed, folders dated back, and a write's reconcile run once, so
    that every answer is remembered."""
    saved.create(seed_case("KS 2024/12", title="Annat ärende"))
    monkeypatch.setattr(worktree_facts, "RACY_SECONDS", 0.0)
    _date_back(_root(saved))
    report = saved.reconcile(full=False)
    assert report.clean and not report.removed_temp_files
    return saved


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def _date_back(root: Path) -> None:
    for folder in [root / "cases", *(p for p in (root / "cases").rglob("*") if p.is_dir())]:
        os.utime(folder, (LONG_AGO, LONG_AGO))


def _facts(repo: CaseRepository) -> WorktreeFacts:
    return WorktreeFacts(repo._cache)


def test_unchanged_folders_are_remembered_and_a_racy_one_is_not(
    saved: CaseRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved.reconcile(full=False)  # the folders changed just now: none may be trusted
    assert not _facts(saved).get(TEMP_FACT)
    monkeypatch.setattr(worktree_facts, "RACY_SECONDS", 0.0)
    _date_back(_root(saved))
    saved.reconcile(full=False)
    assert set(_facts(saved).get(TEMP_FACT)) == {"cases", "cases/2023"}


def test_a_temp_file_left_by_a_killed_save_is_found_with_everything_remembered(
    warm: CaseRepository,
) -> None:
    temp = _root(warm) / "cases" / "2023" / DEAD_TEMP
    temp.write_text("halv", encoding="utf-8")
    report = warm.reconcile(full=False)
    assert report.removed_temp_files == [f"cases/2023/{DEAD_TEMP}"] and not temp.exists()


def test_a_temp_file_in_a_new_subfolder_is_found(warm: CaseRepository) -> None:
    folder = _root(warm) / "cases" / "2023" / "bilagor"
    folder.mkdir()
    (folder / DEAD_TEMP).write_text("halv", encoding="utf-8")
    report = warm.reconcile(full=False)
    assert report.removed_temp_files == [f"cases/2023/bilagor/{DEAD_TEMP}"]


def test_a_live_saves_temp_file_is_kept_and_its_folder_listed_again(
    warm: CaseRepository,
) -> None:
    live = _root(warm) / "cases" / "2023" / f".ks-2023-886.md.pmtui-tmp-{os.getpid()}-x"
    live.write_text("pågår", encoding="utf-8")
    assert warm.reconcile(full=False).removed_temp_files == []
    assert "cases/2023" not in _facts(warm).get(TEMP_FACT)  # never remembered as free
    live.unlink()


def test_an_index_changed_by_git_add_is_read_again(warm: CaseRepository) -> None:
    root = _root(warm)
    before = index_key(warm.gitdir)
    with (root / OTHER).open("a", encoding="utf-8") as handle:
        handle.write("\nEn rad till.\n")
    assert warm.reconcile(full=False).unsaved_paths == []  # a write sees only staged text
    git(root, "add", OTHER)
    assert index_key(warm.gitdir) != before
    assert warm.reconcile(full=False).unsaved_paths == [OTHER]
    git(root, "reset", "-q")
    assert warm.reconcile(full=False).unsaved_paths == []
    assert warm.reconcile(full=True).unsaved_paths == [OTHER]  # a start sees the disk


def test_an_index_behind_head_is_refreshed_with_everything_remembered(
    warm: CaseRepository,
) -> None:
    loaded = warm.load("KS 2023/886")
    assert loaded.case is not None
    warm.save(loaded.case.model_copy(update={"title": "Ny"}), loaded.base)
    warm.reconcile(full=False)  # remembered: index and HEAD agree
    git(_root(warm), "read-tree", "HEAD~1")  # the index lags behind HEAD, as after a crash
    report = warm.reconcile(full=False)
    assert report.index_refreshed
    assert git(_root(warm), "status", "--porcelain") == ""


def test_an_index_without_checksum_has_no_key(tmp_path: Path) -> None:
    """``index.skipHash`` (git 2.40) writes zeros for the checksum: nothing is remembered."""
    assert index_key(tmp_path) is None  # no index at all
    (tmp_path / "index").write_bytes(b"DIRC" + b"\1" * 60 + b"\0" * 20)
    assert index_key(tmp_path) is None
    (tmp_path / "index").write_bytes(b"DIRC" + b"\1" * 60 + b"\7" * 20)
    assert index_key(tmp_path) is not None


def test_a_case_file_edited_outside_still_stops_the_save(warm: CaseRepository) -> None:
    root = _root(warm)
    loaded = warm.load("KS 2023/886")
    assert loaded.case is not None
    outside = (root / PATH).read_text(encoding="utf-8").replace("Strong", "Utanför")
    (root / PATH).write_text(outside, encoding="utf-8")  # in place: no folder time moves
    warm.reconcile(full=False)
    with pytest.raises(SaveConflict):
        warm.save(loaded.case.model_copy(update={"title": "Min"}), loaded.base)
    assert (root / PATH).read_text(encoding="utf-8") == outside


def test_a_new_untracked_case_is_neither_overwritten_nor_missed_by_a_start(
    warm: CaseRepository,
) -> None:
    root = _root(warm)
    path = root / "cases" / "2024" / "ks-2024-13.md"
    path.write_text("egen text", encoding="utf-8")
    warm.reconcile(full=False)
    with pytest.raises(StoreError):
        warm.create(seed_case("KS 2024/13"))
    assert path.read_text(encoding="utf-8") == "egen text"
    assert warm.reconcile(full=True).unsaved_paths == ["cases/2024/ks-2024-13.md"]


def test_a_twin_name_added_to_a_remembered_folder_is_warned(warm: CaseRepository) -> None:
    root = _root(warm)
    loaded = warm.load("KS 2024/12")
    assert loaded.case is not None
    warm.save(loaded.case.model_copy(update={"title": "Ändrad"}), loaded.base)
    assert warm.reconcile(full=False).name_warnings == []  # same names: last answer kept
    twin = root / "cases" / "2024" / "KS-2024-12.md"
    twin.write_bytes((root / OTHER).read_bytes())
    git(root, "add", "cases/2024/KS-2024-12.md")
    git(root, "commit", "-qm", "tvilling")
    warnings = warm.reconcile(full=False).name_warnings
    assert len(warnings) == 1 and "KS-2024-12.md" in warnings[0]


def test_names_added_to_a_remembered_folder_are_checked_themselves(warm: CaseRepository) -> None:
    root = _root(warm)
    warm.create(seed_case("KS 2024/14"))  # a plain new name: the folder's answer stands
    assert warm.reconcile(full=False).name_warnings == []
    (root / "cases" / "2024" / "CON.md").write_bytes((root / OTHER).read_bytes())
    git(root, "add", "cases/2024/CON.md")
    git(root, "commit", "-qm", "reserverat namn")
    warnings = warm.reconcile(full=False).name_warnings
    assert len(warnings) == 1 and "CON.md" in warnings[0]


def test_a_new_case_is_checked_against_its_folders_twins(warm: CaseRepository) -> None:
    root = _root(warm)
    folder = root / "cases" / "2025"
    folder.mkdir()
    (folder / "KS-2025-1.md").write_bytes((root / OTHER).read_bytes())
    git(root, "add", "cases/2025/KS-2025-1.md")
    git(root, "commit", "-qm", "tvilling")
    (folder / "KS-2025-1.md").unlink()  # only the branch has it
    with pytest.raises(StoreError, match=r"KS-2025-1\.md"):
        warm.create(seed_case("KS 2025/1"))
    assert collision_candidates(_head(warm), "cases/2025/ks-2025-1.md") == [
        "cases/2025/KS-2025-1.md"
    ]
    assert collision_candidates(_head(warm), "cases/2023/ks-2023-2.md") == [PATH]


def _head(repo: CaseRepository) -> pygit2.Tree:
    tree = repo._git.revparse_single("HEAD^{tree}")
    assert isinstance(tree, pygit2.Tree)
    return tree
