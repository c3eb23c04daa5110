"""The hermetic test environment really isolates git from the developer's machine."""

from pathlib import Path

import pygit2

from tests.conftest import FIXED_EMAIL, FIXED_NAME, git


def test_git_cli_sees_only_the_fixed_identity(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    assert git(tmp_path, "config", "user.name").strip() == FIXED_NAME
    assert git(tmp_path, "config", "user.email").strip() == FIXED_EMAIL


def test_pygit2_sees_only_the_fixed_identity(tmp_path: Path) -> None:
    repo = pygit2.init_repository(str(tmp_path))
    assert repo.default_signature.name == FIXED_NAME
    assert repo.default_signature.email == FIXED_EMAIL
