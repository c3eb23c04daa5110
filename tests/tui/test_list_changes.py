"""The last-change column reads only the rows in view, on a real repository of 300 cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pmtui.model import Status
from pmtui.store import CaseRepository
from pmtui.store.types import ChangeInfo
from pmtui.texts import tui as texts
from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.case_list_changes import PAGES
from tests.tui.list_repository import add_in_one_commit, make_repository, pilot_test, variant

SIZE = (120, 40)
MANY = 300


class CountingRepository(CaseRepository):
    """The real store, counting the paths the list asks the last change of."""

    asked: list[str]

    def last_changes(self, paths: list[str] | None = None) -> dict[str, ChangeInfo]:
        assert paths is not None, "the list asked for every path at once"
        self.asked.extend(paths)
        return super().last_changes(paths)


@pytest.fixture
def many_cases(tmp_path: Path) -> Path:
    root = tmp_path / "arkiv"
    make_repository(root)  # four cases, one commit each, at known times
    cases = [
        variant(f"KS 2020/{n}", f"Ärende nummer {n}", "II", Status.UTKAST, "Cia Ceder")
        for n in range(1, MANY + 1)
    ]
    add_in_one_commit(root, cases)
    return root


def counting(root: Path) -> CountingRepository:
    repository = CountingRepository.discover(explicit=str(root))
    assert isinstance(repository, CountingRepository)
    repository.asked = []
    return repository


async def settled(app: PmtuiApp, pilot: Any) -> CaseListScreen:
    for _ in range(4):  # the list, then the rows in view, then any asked for meanwhile
        await app.workers.wait_for_complete()
        await pilot.pause()
    screen = app.screen
    assert isinstance(screen, CaseListScreen)
    return screen


def in_view(screen: CaseListScreen) -> list[Any]:
    table = screen.table
    top, height = round(table.scroll_y), table.scrollable_content_region.height
    return [table.index.rows[n] for n in table.shown[top : top + height]]


@pilot_test
async def test_rows_in_view_show_their_last_change_and_far_rows_are_not_asked(
    many_cases: Path,
) -> None:
    repository = counting(many_cases)
    app = PmtuiApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(app, pilot)
        assert len(screen.index.rows) == MANY + 4
        assert all(row.changed for row in in_view(screen))
        assert len(set(repository.asked)) <= PAGES * SIZE[1] < MANY
        assert len(repository.asked) == len(set(repository.asked))  # none asked twice
        last = screen.index.rows[screen.table.shown[-1]]
        assert last.changed == "" and last.path not in repository.asked


@pilot_test
async def test_rows_scrolled_into_view_get_their_last_change(many_cases: Path) -> None:
    repository = counting(many_cases)
    app = PmtuiApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(app, pilot)
        await pilot.press("pagedown", "pagedown", "pagedown")  # the list scrolls
        screen = await settled(app, pilot)
        assert round(screen.table.scroll_y) > SIZE[1]
        assert all(row.changed for row in in_view(screen))
        screen.action_last()  # End: a jump to the last row
        screen = await settled(app, pilot)
        rows = in_view(screen)
        assert rows[-1] is screen.index.rows[screen.table.shown[-1]]
        assert all(row.changed for row in rows)
        assert len(set(repository.asked)) < MANY  # the rows in between were never asked
        screen.action_first()  # back up: known already, nothing asked again
        asked = len(repository.asked)
        screen = await settled(app, pilot)
        assert all(row.changed for row in in_view(screen))
        assert len(repository.asked) == asked


@pilot_test
async def test_sorting_by_last_change_asks_every_row_once_and_sorts_right(
    many_cases: Path,
) -> None:
    repository = counting(many_cases)
    app = PmtuiApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(app, pilot)
        screen.sort_by("changed")
        status = str(screen.query_one("#list-status").render())
        assert texts.STATUS_CHANGES_LOADING in status  # said while every row is read
        screen = await settled(app, pilot)
        rows = [screen.index.rows[n] for n in screen.table.shown]
        assert all(row.changed_sort for row in rows)
        assert [r.changed_sort for r in rows] == sorted(r.changed_sort for r in rows)
        newest = ["KS 2024/12", "KS 2022/99", "KS 2024/3"]  # saved a minute apart, last
        assert [row.dnr for row in rows[-3:]] == newest
        assert sorted(repository.asked) == sorted({r.path for r in screen.index.rows})
        status = str(screen.query_one("#list-status").render())
        assert texts.STATUS_CHANGES_LOADING not in status
