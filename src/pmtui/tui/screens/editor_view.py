"""What the case editor's helpers (saving, drafts, $EDITOR) need of the screen that shows an
``EditSession``: its app (dialogs, notices, suspending) and ways to show the session again.

The helpers hold the session for the data and this view for the widgets, never the screen
class, so the screen module imports them and nothing imports it back.
"""

from __future__ import annotations

from typing import Protocol

from textual.app import App

from pmtui.editing.state import BuildResult, EditorState
from pmtui.tui.widgets.section_editor import SectionEditor


class EditorView(Protocol):
    @property
    def app(self) -> App[object]: ...

    def edited(self) -> None:
        """Read the widgets into the session, validate, and show the result."""

    def validate(self) -> BuildResult:
        """Build the session's latest state and show its problems."""
        ...

    async def show_state(self, state: EditorState) -> None:
        """Put another state in every widget (recovered draft, file from $EDITOR)."""

    async def recompose(self) -> None:
        """Build the widgets again (a case that became editable)."""

    def shown_sections(self) -> SectionEditor | None:
        """The section editor when its tab is the one shown, else None."""
        ...
