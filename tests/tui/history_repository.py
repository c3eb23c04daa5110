"""A real case repository with a history for the history, diff and blame screens' tests.

KS 2023/886 is saved four times by two authors: created on referral (milestone
``remiss``), the commissioner's synpunkter reworded by Anna Andersson, then endorsed
with a reworded sentence by Bo Berg (milestone ``tillstyrkt``); a fourth case keeps the
list non-trivial. The clock steps one minute per call, so commit ids are stable.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual.pilot import Pilot

from pmtui.diff.paint import Style as PieceStyle
from pmtui.model import Case, Status
from pmtui.model.body import Paragraph
from pmtui.store import CaseRepository
from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.diff_view import DiffScreen
from pmtui.tui.screens.history import HistoryScreen
from pmtui.tui.widgets.diff_text import STYLES
from tests.conftest import git
from tests.tui.list_repository import StepClock, seed_case

DNR = "KS 2023/886"
VIEWS = "Föredragande borgarrådets synpunkter"
FIRST = (
    "Jag delar stadsledningskontorets bedömning. "
    "Staden bör delta i mötet i New York. "
    "Kostnaderna ryms inom kommunstyrelsens budget."
)
SECOND = FIRST.replace("Staden bör delta", "Staden ska delta")
THIRD = SECOND.replace("stadsledningskontorets bedömning", "stadsledningskontorets uppfattning")


def with_views(case: Case, text: str, status: Status) -> Case:
    sections = [
        s.model_copy(update={"blocks": [Paragraph(text=text)]}) if s.heading == VIEWS else s
        for s in case.sections
    ]
    return case.model_copy(update={"sections": sections, "status": status})


def as_author(root: Path, name: str) -> None:
    git(root, "config", "user.name", name)
    git(root, "config", "user.email", f"{name.split()[0].lower()}@example.invalid")


def make_history(path: Path) -> CaseRepository:
    repo = CaseRepository.init(path, clock=StepClock(), lock_timeout=0.5)
    root = repo.root
    assert root is not None
    as_author(root, "Karin Wanngård")
    repo.create(with_views(seed_case(), FIRST, Status.REMISS))
    as_author(root, "Anna Andersson")
    loaded = repo.load(DNR)
    assert loaded.case is not None
    repo.save(with_views(loaded.case, SECOND, Status.REMISS), loaded.base, "Skärpt synpunkt")
    as_author(root, "Bo Berg")
    loaded = repo.load(DNR)
    assert loaded.case is not None
    repo.save(with_views(loaded.case, THIRD, Status.TILLSTYRKT), loaded.base, "Tillstyrkt")
    return repo


def history_app(path: Path) -> PmtuiApp:
    return PmtuiApp(make_history(path))


async def until(pilot: Pilot[int], condition: Callable[[], bool], timeout: float = 10) -> None:
    for _ in range(int(timeout / 0.05)):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app never reached the expected state")


async def open_history(app: PmtuiApp, pilot: Pilot[int]) -> HistoryScreen:
    await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
    await pilot.press("f6")
    await until(pilot, lambda: isinstance(app.screen, HistoryScreen) and app.screen.changes_done)
    screen = app.screen
    assert isinstance(screen, HistoryScreen)
    return screen


async def opened_diff(app: PmtuiApp, pilot: Pilot[int]) -> DiffScreen:
    await until(pilot, lambda: isinstance(app.screen, DiffScreen) and app.screen.diff is not None)
    screen = app.screen
    assert isinstance(screen, DiffScreen)
    return screen


def styled_words(text: Text, style: PieceStyle) -> list[str]:
    return [text.plain[s.start : s.end] for s in text.spans if s.style == STYLES[style]]


def diff_words(screen: DiffScreen, style: PieceStyle) -> list[str]:
    return [word for line in screen.view.lines for word in styled_words(line.body, style)]
