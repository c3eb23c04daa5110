"""``plain_work_tree``: the work tree from the folders alone, or None when Git should say.

Each answer it gives must be the one Git's discovery gives (``CaseRepository.discover``);
every layout it cannot be sure of must be left to Git.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pmtui.cli.common import find_root
from pmtui.store import CaseRepository
from pmtui.store.workdir import plain_work_tree
from tests.conftest import git


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "arkiv"
    (root / "cases" / "2023").mkdir(parents=True)
    git(root, "init", "-q")
    return root.resolve()


def test_a_plain_repository_is_found_from_any_folder_in_it(repo: Path) -> None:
    for start in (repo, repo / "cases", repo / "cases" / "2023"):
        assert plain_work_tree(start) == repo
        assert CaseRepository.discover(start=start, cache=False).root == repo


def test_outside_any_repository_git_is_asked(tmp_path: Path) -> None:
    assert plain_work_tree(tmp_path.resolve()) is None


@pytest.mark.parametrize(
    "setting",
    [("core.worktree", "/elsewhere"), ("core.bare", "true"), ("include.path", "other")],
)
def test_a_config_that_may_move_the_work_tree_is_left_to_git(
    repo: Path, setting: tuple[str, str]
) -> None:
    git(repo, "config", *setting)
    assert plain_work_tree(repo / "cases") is None


def test_inside_the_git_folder_git_is_asked(repo: Path) -> None:
    assert plain_work_tree(repo / ".git" / "refs") is None


def test_a_linked_work_tree_is_left_to_git_and_still_found(repo: Path, tmp_path: Path) -> None:
    git(repo, "commit", "-q", "--allow-empty", "-m", "första")
    linked = tmp_path / "gren"
    git(repo, "worktree", "add", "-q", str(linked))
    (linked / "cases").mkdir()
    assert plain_work_tree((linked / "cases").resolve()) is None  # `.git` is a file there
    assert find_root(start=linked / "cases") == linked.resolve()


def test_an_empty_git_folder_is_not_taken_for_a_repository(repo: Path) -> None:
    inner = repo / "cases" / "tom"
    (inner / ".git").mkdir(parents=True)
    assert plain_work_tree(inner) is None
