"""The editor's keys as a terminal delivers them, without tmux: a terminal's Alt+N is the
key ``alt+n`` *with the character* ``n`` (Pilot's ``press("alt+n")`` has none), which a
focused field types unless the binding has priority. tests/e2e/test_tmux_keys.py sends
the real bytes; these check the same rules in a second, and that remapping keeps them."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.pilot import Pilot

from pmtui.store import CaseRepository
from pmtui.tui.app import PmtuiApp
from pmtui.tui.config import TuiSettings
from pmtui.tui.screens.case_editor import CaseEditorScreen
from pmtui.tui.widgets.decision_points import DecisionPoints
from pmtui.tui.widgets.fields import LineArea
from pmtui.tui.widgets.section_editor import SectionEditor
from tests.tui.list_repository import make_repository, pilot_test
from tests.tui.test_editor_flows import DNR, until

SIZE = (120, 40)
INTRO = "Jag föreslår att borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande."


async def terminal_key(pilot: Pilot[int], key: str, character: str | None = None) -> None:
    """A key as a terminal sends it: ESC+``n`` is ``alt+n`` with the character ``n``."""
    pilot.app.post_message(events.Key(key, character))
    await pilot.pause()


async def on_the_intro(app: PmtuiApp, pilot: Pilot[int]) -> DecisionPoints:
    await app.workers.wait_for_complete()
    app.open_case(DNR)
    await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
    await pilot.press("f6")
    intro = app.screen.query_one("#intro-0", LineArea)
    await until(pilot, lambda: app.focused is intro)
    return app.screen.query_one(DecisionPoints)


@pilot_test
async def test_alt_keys_act_and_type_nothing_into_the_field(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=SIZE) as pilot:
        points = await on_the_intro(app, pilot)
        await terminal_key(pilot, "alt+n", "n")
        await until(pilot, lambda: len(points.blocks[0].points) == 2)
        assert points.blocks[0].intro == INTRO
        await terminal_key(pilot, "alt+d", "d")
        await until(pilot, lambda: len(points.blocks[0].points) == 1)
        await terminal_key(pilot, "alt+x", "x")  # the only block: removed
        await until(pilot, lambda: not points.blocks)


@pilot_test
async def test_f7_in_the_text_shows_the_tab_and_selects_nothing(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=SIZE) as pilot:
        await on_the_intro(app, pilot)
        await pilot.press("f7")
        area = app.screen.query_one(SectionEditor).text_area
        await until(pilot, lambda: app.focused is area)
        await pilot.press("f7", "x")
        assert area.text.startswith("xFinansborgarrådet har mottagit")
        await pilot.press("f6")
        assert app.focused is app.screen.query_one("#intro-0", LineArea)


def remapped(repository: CaseRepository) -> PmtuiApp:
    keys = {"pmtui.editor.add_point": "f12", "pmtui.editor.tab_sections": "f11"}
    return PmtuiApp(repository, TuiSettings.model_construct(keys=keys))


@pilot_test
async def test_remapped_keys_still_win_over_the_field(tmp_path: Path) -> None:
    app = remapped(make_repository(tmp_path / "repo"))
    async with app.run_test(size=SIZE) as pilot:
        points = await on_the_intro(app, pilot)
        await pilot.press("f12")
        await until(pilot, lambda: len(points.blocks[0].points) == 2)
        await terminal_key(pilot, "alt+n", "n")  # no longer bound: the field types it
        assert points.blocks[0].points[1].text == "n"
        await pilot.press("f11")
        area = app.screen.query_one(SectionEditor).text_area
        await until(pilot, lambda: app.focused is area)
