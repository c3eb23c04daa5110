"""A small real case repository for the app's tests: the seed case and a few variations."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from pmtui.format import parse_case, serialize_case
from pmtui.model import Case, Dnr, Status
from pmtui.model.body import Paragraph, Section
from pmtui.model.decision import DecisionBlock, DecisionPoint
from pmtui.store import CaseRepository
from tests.conftest import BUNDLED_CASES, git

START = dt.datetime(2023, 9, 6, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


class StepClock:
    """A fixed clock that moves one minute per call, so commit times are known."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        moment = self.now
        self.now += dt.timedelta(minutes=1)
        return moment


@functools.cache
def _seed_text() -> str:
    return (BUNDLED_CASES / "2023" / "ks-2023-886.md").read_text(encoding="utf-8")


@functools.cache
def seed_case() -> Case:
    return parse_case(_seed_text())


def variant(dnr: str, title: str, rotel: str, status: Status, presenter: str) -> Case:
    update = {
        "dnr": Dnr.parse(dnr),
        "title": title,
        "rotel": rotel,
        "status": status,
        "presenters": [presenter],
        "subtitles": [],
        "decision_blocks": [own_block(title)],
        "references": [],
        "sections": [
            summary_section(f"Ärendet gäller {title.lower()}. Ett världsomspännande ämne.")
        ],
    }
    return seed_case().model_copy(update=update)


def own_block(title: str) -> DecisionBlock:
    point = DecisionPoint(text=f"Staden genomför {title.lower()}.")
    block = seed_case().decision_blocks[0]
    return block.model_copy(update={"points": [point]})


def summary_section(text: str) -> Section:
    return Section(heading="Sammanfattning av ärendet", blocks=[Paragraph(text=text)])


VARIANTS = [
    ("KS 2024/12", "Budget för cykelbanor på Södermalm", "IV", Status.REMISS, "Anna Andersson"),
    ("KS 2022/99", "Upphandling av skolmat", "II", Status.UTKAST, "Bo Berg"),
    ("KS 2024/3", "Ny simhall i Kista", "IV", Status.BEREDD, "Anna Andersson"),
]


def make_repository(path: Path, extra: list[Case] | None = None) -> CaseRepository:
    """The seed case KS 2023/886 plus three other cases (and ``extra``), one commit each."""
    repo = CaseRepository.init(path, clock=StepClock(), lock_timeout=0.5)
    repo.create(seed_case())
    for values in VARIANTS:
        repo.create(variant(*values))
    for case in extra or []:
        repo.create(case)
    return repo


def add_in_one_commit(root: Path, cases: list[Case]) -> None:
    """Many cases in one plain-git commit (fast; as a bulk import would do)."""
    for case in cases:
        path = root / case.dnr.relative_path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(serialize_case(case), encoding="utf-8")
    git(root, "add", "cases")
    git(root, "commit", "-q", "-m", f"Import {len(cases)} cases")


def pilot_test(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async Pilot test with asyncio (no async pytest plugin is needed)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run
