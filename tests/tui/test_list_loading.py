"""While a first listing reads every case file, the list says how far it has come, and the
filter field takes keys."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from pmtui.store import CaseRepository
from pmtui.store.types import CaseSummary
from pmtui.texts import tui as texts
from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.case_list import CaseListScreen
from tests.tui.list_repository import make_repository, pilot_test

SIZE = (120, 40)


class SlowFirstListing(CaseRepository):
    """The real store, whose listing reports some progress and then waits to be let go
    (as a first listing of many cases would take its time)."""

    let_go: threading.Event

    def list_cases(
        self, rev: str | None = None, progress: Callable[[int, int], None] | None = None
    ) -> list[CaseSummary]:
        if progress is not None:
            progress(1000, 4000)
        assert self.let_go.wait(30)
        return super().list_cases(rev)


@pilot_test
async def test_a_slow_first_listing_shows_progress_and_the_filter_takes_keys(
    tmp_path: Path,
) -> None:
    make_repository(tmp_path / "arkiv")
    repository = SlowFirstListing.discover(explicit=str(tmp_path / "arkiv"))
    assert isinstance(repository, SlowFirstListing)
    repository.let_go = threading.Event()
    app = PmtuiApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, CaseListScreen)
        for _ in range(100):  # the progress message comes from the loading thread
            await pilot.pause(0.02)
            if "1000 av 4000" in screen.table.notice:
                break
        assert screen.table.notice == texts.LOADING_CASES_PROGRESS.format(done=1000, total=4000)
        assert not screen.loaded
        await pilot.press(*"simhall")
        assert screen.filter_input.value == "simhall"
        repository.let_go.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.loaded
        assert [screen.index.rows[n].dnr for n in screen.table.shown] == ["KS 2024/3"]
