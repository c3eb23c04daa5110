"""Snapshots of the case list and the editor at the smallest and largest sizes the app is
made for: 80×24 (the title column still readable, the preview hidden, att-satser
wrapped) and 200×60 (names and last changes in full, the title takes the rest).

Update after an intended change with ``pytest tests/tui/test_size_snapshots.py
--snapshot-update`` and look at the SVG files before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from pmtui.editing.drafts import Draft, DraftStore
from pmtui.tui.app import PmtuiApp
from tests.tui.list_repository import make_repository
from tests.tui.snapshots.test_list_snapshots import steady as list_steady
from tests.tui.test_editor_snapshots import EditorApp, steady

NARROW, WIDE = (80, 24), (200, 60)
Compare = Callable[..., bool]


def test_case_list_80x24(tmp_path: Path, snap_compare: Compare) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"))
    assert snap_compare(app, terminal_size=NARROW, run_before=list_steady())


def without_notices() -> Callable[[Pilot[int]], Awaitable[None]]:
    """``list_steady``, then no start-up notice (it would time out in a slow run)."""

    async def run_before(pilot: Pilot[int]) -> None:
        await list_steady()(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


def test_case_list_200x60_with_a_draft(tmp_path: Path, snap_compare: Compare) -> None:
    repository = make_repository(tmp_path / "arkiv")
    draft = Draft("KS 2024/3", "cases/2024/ks-2024-3.md", None, None, state={})
    DraftStore(tmp_path / "arkiv").write(draft)
    assert snap_compare(PmtuiApp(repository), terminal_size=WIDE, run_before=without_notices())


def test_editor_text_80x24_without_preview(tmp_path: Path, snap_compare: Compare) -> None:
    app = EditorApp(make_repository(tmp_path / "arkiv"))
    assert snap_compare(app, terminal_size=NARROW, run_before=steady("f7"))


def test_editor_decisions_80x24_wrapped(tmp_path: Path, snap_compare: Compare) -> None:
    app = EditorApp(make_repository(tmp_path / "arkiv"))
    assert snap_compare(app, terminal_size=NARROW, run_before=steady("f6"))


def test_editor_text_200x60_with_preview(tmp_path: Path, snap_compare: Compare) -> None:
    app = EditorApp(make_repository(tmp_path / "arkiv"))
    assert snap_compare(app, terminal_size=WIDE, run_before=steady("f7"))
