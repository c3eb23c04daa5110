"""Finding the repository: any folder inside it, --repo, PMTUI_REPO; F35 other owner."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pmtui.store import CaseRepository, NotACaseRepository
from tests.conftest import git


def test_discover_from_a_subfolder(repo: CaseRepository) -> None:
    assert repo.root is not None
    inner = repo.root / "cases" / "2023"
    inner.mkdir(parents=True)
    assert CaseRepository.discover(start=inner).root == repo.root


def test_explicit_and_environment_win(
    repo: CaseRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "annan"
    elsewhere.mkdir()
    assert CaseRepository.discover(start=elsewhere, explicit=repo.root).root == repo.root
    monkeypatch.setenv("PMTUI_REPO", str(repo.root))
    assert CaseRepository.discover(start=elsewhere).root == repo.root


def test_no_repository_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(NotACaseRepository) as caught:
        CaseRepository.discover(explicit=tmp_path)
    assert "pmtui init" in caught.value.hint


def test_init_refuses_an_existing_repository(repo: CaseRepository) -> None:
    with pytest.raises(NotACaseRepository, match="redan"):
        CaseRepository.init(repo.root or ".")


@pytest.mark.skipif(os.geteuid() != 0, reason="chown to another uid needs root (F35)")
def test_f35_repository_owned_by_another_user_hints_safe_directory(tmp_path: Path) -> None:
    root = tmp_path / "delad"
    git(tmp_path, "init", "-q", str(root))
    for folder, _dirs, files in os.walk(root):
        shutil.chown(folder, 12345, 12345)
        for name in files:
            shutil.chown(Path(folder) / name, 12345, 12345)
    with pytest.raises(NotACaseRepository) as caught:
        CaseRepository.discover(start=root)
    assert "annan användare" in caught.value.message
    assert f"git config --global --add safe.directory {root}" in caught.value.hint
