"""The agenda in the app, on the demo: F10 from the list, the next meeting's items in
order with the tabled case carried over, F2/F3 choose organ and meeting, Enter opens."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from pmtui.cli.main import main
from pmtui.store import CaseRepository
from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.agenda import AgendaScreen
from pmtui.tui.screens.case_editor import CaseEditorScreen
from pmtui.tui.screens.picker import PickerScreen
from tests.tui.history_repository import until
from tests.tui.list_repository import pilot_test

SIZE = (120, 40)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo"
    assert main(["demo", "--no-tui", str(path)]) == 0
    return path


def rows(screen: AgendaScreen) -> list[str]:
    items = screen.query_one(OptionList)
    return [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]


def title(screen: AgendaScreen) -> str:
    return str(screen.query_one("#agenda-title", Static).render())


@pilot_test
async def test_the_agenda_of_the_next_meeting_and_enter_opens_a_case(demo: Path) -> None:
    app = PmtuiApp(CaseRepository.discover(explicit=demo))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        app.screen.query_one("#filter").value = "zzz"  # type: ignore[attr-defined]
        await pilot.press("f10")
        await until(pilot, lambda: isinstance(app.screen, AgendaScreen))
        screen = app.screen
        assert isinstance(screen, AgendaScreen)
        screen.today = dt.date(2023, 9, 1)  # the demo's meetings are in 2023
        await until(pilot, lambda: bool(screen.cases))
        screen.meeting = None
        screen.on_agenda_screen_cases_read(AgendaScreen.CasesRead(screen.cases, 0))
        await pilot.pause()
        assert "Borgarrådsberedningen, 6 september 2023" in title(screen)
        shown = rows(screen)
        assert shown[0].startswith("1. KS 2023/886")
        assert shown[1].startswith("2. KS 2022/1450")
        assert "Bordlagt vid sammanträdet 30 augusti 2023" in shown[1]
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, PickerScreen))
        app.screen.dismiss("kommunstyrelsen")
        await until(pilot, lambda: "Kommunstyrelsen" in title(screen))
        assert "13 september 2023" in title(screen)
        assert rows(screen)[0].startswith("1. KS 2023/886")
        assert "KS 2021/733" in str(screen.query_one("#agenda-warnings", Static).render())
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, AgendaScreen))
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#filter").value == "zzz"  # type: ignore[attr-defined]
