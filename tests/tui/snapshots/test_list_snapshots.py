"""Snapshots of each screen of the shell at 120×40 (fixed clock and signatures, no blink).

Update after an intended change with ``pytest tests/tui/snapshots --snapshot-update``
and look at the SVG files before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.case_list import CaseListScreen
from tests.tui.list_repository import make_repository

SIZE = (120, 40)
Compare = Callable[..., bool]


def steady(*keys: str) -> Callable[[Pilot[int]], Awaitable[None]]:
    """Wait for every worker, stop the cursor blinking, then press ``keys``."""

    async def run_before(pilot: Pilot[int]) -> None:
        app = pilot.app
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, CaseListScreen)
        screen.filter_input.cursor_blink = False
        await pilot.press(*keys)
        await pilot.pause()

    return run_before


def test_case_list(tmp_path: Path, snap_compare: Compare) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"))
    assert snap_compare(app, terminal_size=SIZE, run_before=steady())


def test_case_list_filtered_and_sorted(tmp_path: Path, snap_compare: Compare) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"))
    assert snap_compare(app, terminal_size=SIZE, run_before=steady(*"anna", "f3"))


def test_help_screen(tmp_path: Path, snap_compare: Compare) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"))
    assert snap_compare(app, terminal_size=SIZE, run_before=steady("question_mark"))


def test_status_picker(tmp_path: Path, snap_compare: Compare) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"))
    assert snap_compare(app, terminal_size=SIZE, run_before=steady("f4"))
