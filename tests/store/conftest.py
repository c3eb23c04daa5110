"""Fixtures for store tests: real repositories, a fixed stepping clock, seed cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pmtui.format import parse_case
from pmtui.model import Case, Dnr, Status
from pmtui.store import CaseRepository
from tests.conftest import BUNDLED_CASES

# Throwaway signing keys (GnuPG home, ssh key pair, ssh-agent) for tests/store/test_signing.py.
from tests.store.signing_keys import gpg_key, ssh_agent, ssh_key  # noqa: F401

START = dt.datetime(2023, 9, 6, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


class StepClock:
    """A fixed clock that moves one minute per call, so commit times are known."""

    def __init__(self, start: dt.datetime = START, step: dt.timedelta | None = None) -> None:
        self.now = start
        self.step = step or dt.timedelta(minutes=1)

    def __call__(self) -> dt.datetime:
        moment = self.now
        self.now += self.step
        return moment


def seed_case(dnr: str = "KS 2023/886", title: str | None = None) -> Case:
    case = parse_case((BUNDLED_CASES / "2023" / "ks-2023-886.md").read_text(encoding="utf-8"))
    update: dict[str, object] = {"status": Status.UTKAST, "dnr": Dnr.parse(dnr)}
    if title:
        update["title"] = title
    return case.model_copy(update=update)


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def repo(tmp_path: Path, clock: StepClock) -> CaseRepository:
    return CaseRepository.init(tmp_path / "arkiv", clock=clock, lock_timeout=0.5)


@pytest.fixture
def saved(repo: CaseRepository) -> CaseRepository:
    """A repository with the seed case KS 2023/886 committed."""
    repo.create(seed_case())
    return repo
