"""A real repository with one committed case, KS 2023/886, for the session's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmtui.store import CaseRepository
from tests.tui.list_repository import StepClock, seed_case

DNR = "KS 2023/886"
PATH = "cases/2023/ks-2023-886.md"


@pytest.fixture
def repository(tmp_path: Path) -> CaseRepository:
    repo = CaseRepository.init(tmp_path / "arkiv", clock=StepClock(), lock_timeout=0.5)
    repo.create(seed_case(), "Nytt ärende")
    return repo


def work_tree_file(repository: CaseRepository) -> Path:
    assert repository.root is not None
    return repository.root / PATH
