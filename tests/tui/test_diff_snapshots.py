"""Snapshots of the comparison screen at 120×40: remiss → tillstyrkt, reached as in use
(F6 on the case list, then ``m``). Fixed clock and identities make the commit ids stable.

Update after an intended change with ``pytest tests/tui/test_diff_snapshots.py
--snapshot-update`` and look at the SVG files before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.diff_view import DiffScreen
from tests.tui.history_repository import history_app, until

SIZE = (120, 40)
Compare = Callable[..., bool]


def milestones_compared(*keys: str) -> Callable[[Pilot[int]], Awaitable[None]]:
    """Open the comparison of the last two milestones, wait for it, press ``keys``."""

    async def run_before(pilot: Pilot[int]) -> None:
        app = pilot.app
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
        app.screen.query_one("#filter").cursor_blink = False  # type: ignore[attr-defined]
        await pilot.press("f6", "m")
        await until(
            pilot, lambda: isinstance(app.screen, DiffScreen) and app.screen.diff is not None
        )
        await pilot.press(*keys)
        await pilot.pause()

    return run_before


def test_diff_milestones_unified(tmp_path: Path, snap_compare: Compare) -> None:
    app = history_app(tmp_path / "arkiv")
    assert snap_compare(app, terminal_size=SIZE, run_before=milestones_compared("n", "n"))


def test_diff_milestones_side_by_side(tmp_path: Path, snap_compare: Compare) -> None:
    app = history_app(tmp_path / "arkiv")
    assert snap_compare(app, terminal_size=SIZE, run_before=milestones_compared("s"))
