"""A save keeps the case file's mode and respects the umask for new files (issue 9,
part 5); the tree records what `git add` would (100644 or 100755)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from pmtui.store import CaseRepository
from tests.conftest import git
from tests.store.conftest import seed_case
from tests.store.hook_scripts import retitle

PATH = "cases/2023/ks-2023-886.md"


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _tree_mode(root: Path) -> str:
    return git(root, "ls-tree", "HEAD", PATH).split()[0]


@pytest.fixture
def umask_027() -> Iterator[None]:
    previous = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.parametrize("mode", [0o600, 0o444, 0o640])
def test_a_save_keeps_the_files_mode(saved: CaseRepository, mode: int) -> None:
    root = _root(saved)
    (root / PATH).chmod(mode)
    result = retitle(saved, f"Läge {mode:o}")
    assert _mode(root / PATH) == mode
    assert "rubrik: Läge" in (root / PATH).read_text(encoding="utf-8")
    assert result.commit_id == saved.head_commit
    assert _tree_mode(root) == "100644"
    assert git(root, "status", "--porcelain") == ""


def test_an_executable_file_stays_executable_and_is_committed_as_100755(
    saved: CaseRepository,
) -> None:
    root = _root(saved)
    (root / PATH).chmod(0o755)
    retitle(saved, "Körbar")
    assert _mode(root / PATH) == 0o755
    assert _tree_mode(root) == "100755"
    assert git(root, "status", "--porcelain") == ""
    (root / PATH).chmod(0o644)
    retitle(saved, "Inte körbar igen")
    assert _tree_mode(root) == "100644"


def test_with_core_filemode_off_the_committed_mode_is_kept(saved: CaseRepository) -> None:
    root = _root(saved)
    git(root, "config", "core.filemode", "false")
    (root / PATH).chmod(0o755)
    retitle(saved, "Filläge av")
    assert _tree_mode(root) == "100644"
    assert git(root, "status", "--porcelain") == ""


def test_a_new_case_follows_the_umask(repo: CaseRepository, umask_027: None) -> None:
    root = _root(repo)
    repo.create(seed_case())
    assert _mode(root / PATH) == 0o640
    assert _tree_mode(root) == "100644"
    assert git(root, "status", "--porcelain") == ""


def test_a_private_file_is_never_readable_by_others_while_it_is_written(
    saved: CaseRepository, umask_027: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The temp file is 0600 until it gets the final mode (0640 under this umask would
    let the group read a 600 file's new text for a moment)."""
    case_file = _root(saved) / PATH
    case_file.chmod(0o600)
    seen: list[int] = []
    original = os.fsync

    def spy(fd: int) -> None:
        temps = [p for p in case_file.parent.iterdir() if ".pmtui-tmp-" in p.name]
        seen.extend(_mode(p) for p in temps)
        original(fd)

    monkeypatch.setattr(os, "fsync", spy)
    retitle(saved, "Privat")
    assert seen and all(mode == 0o600 for mode in seen)
    assert _mode(case_file) == 0o600
