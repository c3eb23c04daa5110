"""Real hook scripts (bash) for the hook tests: written into a hooks folder, executable
unless asked otherwise."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pmtui.store import CaseRepository, SaveResult
from pmtui.store.types import SaveBase


def require_bash() -> str:
    """The hook scripts need bash: a missing bash fails the test, it never skips it."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.fail("bash is missing: the hook tests run real bash hook scripts")
    return bash


def install_hook(folder: Path, name: str, body: str, executable: bool = True) -> Path:
    """``folder/name`` with ``#!/usr/bin/env bash`` and ``body``."""
    require_bash()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/usr/bin/env bash\n" + body.strip() + "\n", encoding="utf-8")
    path.chmod(0o755 if executable else 0o644)
    return path


def hooks_dir(repo: CaseRepository) -> Path:
    return repo.gitdir / "hooks"


def retitle(
    repo: CaseRepository, title: str, base: SaveBase | None = None, verify: bool | None = None
) -> SaveResult:
    """Save the seed case with a new title (from ``base`` or a fresh load)."""
    loaded = repo.load("KS 2023/886")
    assert loaded.case is not None
    case = loaded.case.model_copy(update={"title": title})
    return repo.save(case, base or loaded.base, verify=verify)
