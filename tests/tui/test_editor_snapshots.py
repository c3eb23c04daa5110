"""Snapshots of the case editor at 120×40 (fixed clock and signatures, no cursor blink).

Update after an intended change with ``pytest tests/tui/test_editor_snapshots.py
--snapshot-update`` and look at the SVG files before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from pmtui.store import CaseRepository
from pmtui.tui.screens.case_editor import CaseEditorScreen
from tests.tui.list_repository import make_repository

SIZE = (120, 40)
Compare = Callable[..., bool]


class EditorApp(App[None]):
    def __init__(self, repository: CaseRepository) -> None:
        super().__init__()
        self.repository = repository

    def on_mount(self) -> None:
        self.push_screen(CaseEditorScreen(self.repository, "KS 2023/886"))


def steady(*keys: str, focus: str = "") -> Callable[[Pilot[None]], Awaitable[None]]:
    """Stop every cursor blinking, focus a widget, press ``keys``, let the preview settle."""

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        if focus:
            pilot.app.screen.query_one(focus).focus()
        for widget in pilot.app.screen.query("Input, TextArea"):
            if isinstance(widget, Input | TextArea):
                widget.cursor_blink = False
        await pilot.press(*keys)
        await pilot.pause(0.5)
        for widget in pilot.app.screen.query("Input, TextArea"):
            if isinstance(widget, Input | TextArea):
                widget.cursor_blink = False
        await pilot.pause()

    return run_before


def test_editor_metadata(tmp_path: Path, snap_compare: Compare) -> None:
    app = EditorApp(make_repository(tmp_path / "arkiv"))
    assert snap_compare(app, terminal_size=SIZE, run_before=steady())


def test_editor_invalid_date(tmp_path: Path, snap_compare: Compare) -> None:
    app = EditorApp(make_repository(tmp_path / "arkiv"))
    keys = ["end", *["backspace"] * 10, *"2023-02-30"]
    assert snap_compare(app, terminal_size=SIZE, run_before=steady(*keys, focus="#field-datum"))


def test_editor_decisions(tmp_path: Path, snap_compare: Compare) -> None:
    app = EditorApp(make_repository(tmp_path / "arkiv"))
    assert snap_compare(app, terminal_size=SIZE, run_before=steady("f6"))


def test_editor_sections_with_preview(tmp_path: Path, snap_compare: Compare) -> None:
    app = EditorApp(make_repository(tmp_path / "arkiv"))
    assert snap_compare(app, terminal_size=SIZE, run_before=steady("f7"))
