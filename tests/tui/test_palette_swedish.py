"""The command palette and the help rows of Textual's own widgets speak Swedish."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.binding import Binding
from textual.command import CommandList, CommandPalette
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Checkbox, DataTable, Input, OptionList, Select, TextArea

from pmtui.texts.tui import PALETTE_NO_MATCHES, THEME_PLACEHOLDER, WIDGET_ACTIONS
from pmtui.tui.app import PmtuiApp
from tests.tui.list_repository import make_repository, pilot_test

SIZE = (120, 40)


def palette_rows(app: PmtuiApp) -> list[str]:
    options = app.screen.query_one(CommandList).options
    return [str(option.prompt) for option in options]


async def search(app: PmtuiApp, pilot: object, query: str) -> list[str]:
    await pilot.press(*query)  # type: ignore[attr-defined]
    await pilot.pause(0.8)  # type: ignore[attr-defined]  # Textual's no-match countdown is 0.5 s
    return palette_rows(app)


@pilot_test
async def test_a_query_that_matches_nothing_says_so_in_swedish(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        rows = await search(app, pilot, "qqxz")
        assert rows == [PALETTE_NO_MATCHES.format(query="qqxz")]
        assert not any("No matches" in row for row in rows)
        await pilot.press("enter")  # choosing the row only closes the palette
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)


@pilot_test
async def test_a_matching_query_shows_no_extra_row(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+p")
        rows = await search(app, pilot, "sortera")
        assert rows
        assert not any(row.startswith("Inga träffar") for row in rows)


@pilot_test
async def test_the_theme_chooser_is_swedish(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        app.search_themes()
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one("Input", Input).placeholder == THEME_PLACEHOLDER
        rows = await search(app, pilot, "qqxz")
        assert rows == [PALETTE_NO_MATCHES.format(query="qqxz")]


def widget_actions(cls: type[Widget | Screen[object] | App[object]]) -> set[str]:
    """Every action bound by ``cls`` and its bases, as the help screen names them."""
    found: set[str] = set()
    for klass in cls.__mro__:
        for binding in klass.__dict__.get("BINDINGS", []):
            action = binding.action if isinstance(binding, Binding) else binding[1]
            found.add(action.removeprefix("app.").removeprefix("screen."))
    return found


@pytest.mark.parametrize(
    "widget",
    [TextArea, Input, Select, OptionList, DataTable, Button, Checkbox, CommandPalette, Screen],
)
def test_every_key_of_textuals_widgets_has_a_swedish_help_row(
    widget: type[Widget | Screen[object]],
) -> None:
    missing = widget_actions(widget) - set(WIDGET_ACTIONS)
    assert not missing, f"{widget.__name__}: {sorted(missing)}"
