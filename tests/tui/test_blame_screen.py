"""The blame view: who last changed each sentence, from the history and from the editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.blame import BlameScreen
from pmtui.tui.screens.case_editor import CaseEditorScreen
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.picker import PickerScreen
from pmtui.tui.widgets.diff_lines import Line
from tests.tui.history_repository import VIEWS, history_app, open_history, until
from tests.tui.list_repository import pilot_test

SIZE = (120, 40)


@pytest.fixture
def app(tmp_path: Path) -> PmtuiApp:
    return history_app(tmp_path / "arkiv")


async def opened_blame(app: PmtuiApp, pilot: Pilot[int]) -> BlameScreen:
    await until(pilot, lambda: isinstance(app.screen, BlameScreen) and app.screen.loaded)
    screen = app.screen
    assert isinstance(screen, BlameScreen)
    return screen


def author_of(lines: list[Line], sentence: str) -> str:
    line = next(line for line in lines if line.body.plain.startswith(sentence))
    return line.gutter.plain.strip()


def views_lines(screen: BlameScreen) -> list[Line]:
    lines = screen.view.lines
    start = next(n for n, line in enumerate(lines) if line.body.plain == f"## {VIEWS}")
    end = next(n for n in range(start + 1, len(lines)) if lines[n].anchor)
    return lines[start + 1 : end]


@pilot_test
async def test_blame_names_who_last_changed_each_sentence(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        history = await open_history(app, pilot)
        await pilot.press("b")
        screen = await opened_blame(app, pilot)
        lines = views_lines(screen)
        newest, annas, first = (entry.commit_id[:8] for entry in history.entries)
        assert author_of(lines, "Jag delar").split() == [newest, "Bo", "Berg", "2023-09-06"]
        assert author_of(lines, "Staden ska").split()[:3] == [annas, "Anna", "Andersson"]
        assert author_of(lines, "Kostnaderna").split()[:3] == [first, "Karin", "Wanngård"]


@pilot_test
async def test_blame_as_of_an_older_version(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        history = await open_history(app, pilot)
        await pilot.press("down", "b")  # as of Anna's version
        screen = await opened_blame(app, pilot)
        lines = views_lines(screen)
        assert author_of(lines, "Jag delar stadsledningskontorets bedömning").split()[1] == "Karin"
        assert author_of(lines, "Staden ska").split()[1] == "Anna"
        assert history.entries[1].commit_id[:8] in str(screen.query_one("#blame-title").render())


@pilot_test
async def test_blame_from_the_editor_and_moving_between_sections(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        await pilot.press("alt+v")
        screen = await opened_blame(app, pilot)
        assert author_of(views_lines(screen), "Staden ska").split()[1] == "Anna"
        view = screen.view
        headings = [view.lines[n].body.plain for n in view.anchors]
        assert headings[0] == "## Sammanfattning av ärendet"
        assert view.current == 0
        for _ in range(headings.index(f"## {VIEWS}")):
            await pilot.press("n")
        assert view.current_line is not None and view.current_line.body.plain == f"## {VIEWS}"
        await pilot.press("p")
        assert view.current == headings.index(f"## {VIEWS}") - 1
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))


@pilot_test
async def test_f_shows_one_section_and_then_every_section_again(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_history(app, pilot)
        await pilot.press("b")
        screen = await opened_blame(app, pilot)
        every = [line.body.plain for line in screen.view.lines if line.anchor]
        for pick in (VIEWS, ""):
            await pilot.press("f")
            await until(pilot, lambda: isinstance(app.screen, PickerScreen))
            picker = app.screen
            assert isinstance(picker, PickerScreen)
            ids = [value for value, _ in picker.choices]
            assert ids[0] == "" and VIEWS in ids
            picker.query_one(OptionList).highlighted = ids.index(pick)
            await pilot.press("enter")
            await until(pilot, lambda: app.screen is screen)
            anchors = [line.body.plain for line in screen.view.lines if line.anchor]
            assert anchors == ([f"## {VIEWS}"] if pick else every)
        assert screen.section is None and len(every) > 1
