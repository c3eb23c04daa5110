"""The case list: open, filter, sort, status and rotel filters, driven by Pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from pmtui.model import Status
from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.picker import PickerScreen
from tests.tui.list_repository import add_in_one_commit, make_repository, pilot_test, variant

SIZE = (120, 40)


@pytest.fixture
def app(tmp_path: Path) -> PmtuiApp:
    return PmtuiApp(make_repository(tmp_path / "arkiv"))


async def settled(app: PmtuiApp, pilot: object) -> CaseListScreen:
    await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]
    await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, CaseListScreen)
    return screen


async def body_search_done(app: PmtuiApp, pilot: object) -> None:
    await pilot.pause(0.3)  # type: ignore[attr-defined]
    await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]


def shown_dnrs(screen: CaseListScreen) -> list[str]:
    table = screen.table
    return [table.index.rows[number].dnr for number in table.shown]


@pilot_test
async def test_opens_with_every_case_sorted_by_dnr(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(app, pilot)
        assert shown_dnrs(screen) == ["KS 2022/99", "KS 2023/886", "KS 2024/3", "KS 2024/12"]
        assert screen.filter_input.has_focus


@pilot_test
async def test_typing_part_of_the_title_finds_the_case(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(app, pilot)
        await pilot.press(*"strong cit")
        assert shown_dnrs(screen) == ["KS 2023/886"]
        assert screen.table.current_row is not None
        assert screen.table.current_row.dnr == "KS 2023/886"


@pilot_test
async def test_filter_matches_names_and_dnr(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(app, pilot)
        await pilot.press(*"anna")
        assert shown_dnrs(screen) == ["KS 2024/3", "KS 2024/12"]
        await pilot.press("escape")
        await pilot.press(*"2022/")
        assert shown_dnrs(screen) == ["KS 2022/99"]


@pilot_test
async def test_filter_searches_body_text_once_indexed(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(app, pilot)
        assert screen.index.body is not None
        # "världsomspännande" is only in the bodies (Sammanfattning), of every case here.
        await pilot.press(*"världsomsp")
        assert shown_dnrs(screen) == []  # the keystroke itself searches the metadata …
        await body_search_done(app, pilot)
        assert len(shown_dnrs(screen)) == 4  # … the texts join once typing pauses
        await pilot.press("escape", *"ärendet gäller ny")
        await body_search_done(app, pilot)
        assert shown_dnrs(screen) == ["KS 2024/3"]  # "ny" (< 3 letters) is in the title
        await pilot.press("escape", *"radikaliser")  # only in the seed case's body
        await body_search_done(app, pilot)
        assert shown_dnrs(screen) == ["KS 2023/886"]
        await pilot.press("escape", *"radikaliser kista")  # body word and title word
        await body_search_done(app, pilot)
        assert shown_dnrs(screen) == []


@pilot_test
async def test_no_match_shows_a_notice(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(app, pilot)
        await pilot.press(*"zzzqqq")
        assert shown_dnrs(screen) == []
        assert "Inga ärenden matchar" in screen.table.notice


@pilot_test
async def test_sort_by_picker_and_reverse(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(app, pilot)
        await pilot.press("f2")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("down", "down", "enter")  # Rubrik
        await pilot.pause()
        assert screen.list_query.sort == "title"
        assert shown_dnrs(screen) == ["KS 2024/12", "KS 2024/3", "KS 2023/886", "KS 2022/99"]
        await pilot.press("f3")
        assert shown_dnrs(screen) == ["KS 2022/99", "KS 2023/886", "KS 2024/3", "KS 2024/12"]


@pilot_test
async def test_click_on_a_column_header_sorts_then_reverses(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(app, pilot)
        header = "#case-header"
        title_x = 13 + 1 + 5 + 1 + 2  # inside the Rubrik column
        await pilot.click(header, offset=(title_x, 0))
        assert (screen.list_query.sort, screen.list_query.descending) == ("title", False)
        await pilot.click(header, offset=(title_x, 0))
        assert (screen.list_query.sort, screen.list_query.descending) == ("title", True)
        await pilot.click(header, offset=(1, 0))
        assert screen.list_query.sort == "dnr"


@pilot_test
async def test_status_and_rotel_filters(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(app, pilot)
        await pilot.press("f5")
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert [value for value, _ in picker.choices] == ["", "I", "II", "IV"]
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        assert shown_dnrs(screen) == ["KS 2024/3", "KS 2024/12"]
        await pilot.press("f4")
        statuses = [value for value, _ in app.screen.choices]  # type: ignore[attr-defined]
        await pilot.press(*["down"] * statuses.index("remiss"), "enter")
        await pilot.pause()
        assert shown_dnrs(screen) == ["KS 2024/12"]
        assert "status: remiss" in str(screen.status_line(1))
        await pilot.press("escape")
        assert len(shown_dnrs(screen)) == 4


@pilot_test
async def test_cursor_keys_and_mouse_scroll(tmp_path: Path) -> None:
    many = [
        variant(f"KS 2025/{n}", f"Ärende {n}", "I", Status.UTKAST, "Bo Berg") for n in range(1, 61)
    ]
    repo = make_repository(tmp_path / "arkiv")
    add_in_one_commit(tmp_path / "arkiv", many)
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(app, pilot)
        await pilot.press("down", "down")
        assert screen.table.cursor == 2
        await pilot.press("pagedown")
        assert screen.table.cursor > 20
        assert screen.table.scroll_y > 0
        await pilot.press("ctrl+end")
        assert screen.table.cursor == 63
        await pilot.press("ctrl+home")
        assert (screen.table.cursor, screen.table.scroll_y) == (0, 0)
        table = screen.table
        for _ in range(3):
            table.post_message(events.MouseScrollDown(table, 5, 5, 0, 1, 0, False, False, False))
        await pilot.pause(0.3)
        assert table.scroll_y > 0


@pilot_test
async def test_click_on_a_row_opens_it(app: PmtuiApp) -> None:
    opened: list[str] = []

    def open_case(ref: str) -> None:
        opened.append(ref)

    app.open_case = open_case  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await settled(app, pilot)
        await pilot.click("#cases", offset=(3, 1))
        assert opened == ["KS 2023/886"]
        await pilot.press("up", "enter")
        assert opened == ["KS 2023/886", "KS 2022/99"]
