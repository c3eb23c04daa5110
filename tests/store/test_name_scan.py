"""The reconcile's name scan, cached by tree id (store/name_scan.py): the same warnings as
one pass over every path, and after a change only the changed folder is scanned again."""

from __future__ import annotations

from pathlib import Path

import pygit2

from pmtui.store.cache import StoreCache
from pmtui.store.name_scan import case_name_warnings
from pmtui.store.paths import name_warnings
from pmtui.store.reconcile import tree_paths

NAMES = [
    "cases/2023/ks-2023-1.md",
    "cases/2023/CON.md",
    "cases/2023/Case.md",
    "cases/2023/case.md",
    "cases/2024/ks-2024-1.md",
    "cases/2024/sub/x.md",
    "cases/2024/sub/X.md",
    "cases/2023-b/case.md",
    "cases/lone.md",
]


def tree_of(repo: pygit2.Repository, paths: list[str]) -> pygit2.Tree:
    """A tree (no commit needed) with an empty-ish blob at each path."""
    index = pygit2.Index()
    for path in paths:
        blob = repo.create_blob(path.encode())
        index.add(pygit2.IndexEntry(path, blob, pygit2.enums.FileMode.BLOB))
    tree = repo.get(index.write_tree(repo))
    assert isinstance(tree, pygit2.Tree)
    return tree


def git_repo(tmp_path: Path) -> pygit2.Repository:
    return pygit2.init_repository(str(tmp_path / "r"))


def test_same_warnings_in_the_same_order_as_one_pass(tmp_path: Path) -> None:
    repo = git_repo(tmp_path)
    tree = tree_of(repo, NAMES)
    expected = name_warnings(tree_paths(tree, "cases"))
    assert len(expected) == 3  # CON, Case/case, sub/x twins
    cache = StoreCache(tmp_path, persistent=False)
    assert case_name_warnings(tree, cache) == expected  # scanned folder by folder
    assert case_name_warnings(tree, cache) == expected  # from the cache
    assert case_name_warnings(tree, None) == expected


def test_twin_folders_are_scanned_as_one(tmp_path: Path) -> None:
    repo = git_repo(tmp_path)
    tree = tree_of(repo, ["cases/A/x.md", "cases/a/x.md", "cases/B/y.md"])
    warnings = case_name_warnings(tree, StoreCache(tmp_path, persistent=False))
    assert warnings == name_warnings(tree_paths(tree, "cases"))
    assert len(warnings) == 1 and "cases/a/x.md" in warnings[0]


def test_a_change_rescans_only_its_folder(tmp_path: Path) -> None:
    repo = git_repo(tmp_path)
    cache = StoreCache(tmp_path, persistent=False)
    before = tree_of(repo, NAMES)
    case_name_warnings(before, cache)
    folder = before["cases/2024"]
    marker = ("cases/2024/ks-2024-1.md", "MARKER")  # proves the row is read, not rescanned
    cache.put_name_warnings(f"cases/2024:{folder.id}", [marker])
    after = tree_of(repo, [*NAMES, "cases/2023/NUL.md"])
    warnings = case_name_warnings(after, cache)
    assert "MARKER" in warnings
    assert any("NUL.md" in w for w in warnings)  # the changed folder was scanned again
    assert case_name_warnings(after, None) != warnings  # a rescan would not have the marker


def test_a_damaged_row_is_a_miss(tmp_path: Path) -> None:
    repo = git_repo(tmp_path)
    cache = StoreCache(tmp_path, persistent=False)
    tree = tree_of(repo, NAMES)
    cache.connection.execute(
        "INSERT INTO name_warnings VALUES (?, ?)", (f"cases:{tree['cases'].id}", "not json")
    )
    assert case_name_warnings(tree, cache) == name_warnings(tree_paths(tree, "cases"))
