"""The editor's text fields: a one-line field with undo, and text areas without F6/F7.

``FieldInput`` is Textual's Input with Ctrl+Z / Ctrl+Y (Input has no undo).
``EditorTextArea`` is Textual's TextArea without its F6/F7 (select line, select all):
those keys show the editor's tabs. ``LineArea`` holds one line of text (an att-sats, an
inledning) but wraps it over as many rows as it needs, instead of scrolling sideways;
Enter types nothing, a pasted text becomes one line.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.widgets import Input, TextArea

from pmtui.editing.undo import Snapshot, UndoHistory
from pmtui.texts import editor as texts

_LINE_BREAKS = re.compile(r"[ \t]*\n\s*")


class FieldInput(Input):
    """An Input whose typing can be undone (``pmtui.field.undo``) and redone."""

    BINDINGS: ClassVar[list[BindingType]] = [  # listed by ?, not in the footer
        Binding(key, action, short, tooltip=long, id=f"pmtui.field.{action}", show=False)
        for key, action, short, long in (
            ("ctrl+z", "undo", texts.KEY_UNDO, texts.KEY_UNDO_HELP),
            ("ctrl+y", "redo", texts.KEY_REDO, texts.KEY_REDO_HELP),
        )
    ]

    def __init__(self, value: str = "", **kwargs: Any) -> None:
        super().__init__(value, **kwargs)
        self.history = UndoHistory()
        self._restoring = False

    def watch_value(self, old: str, new: str) -> None:
        """Every change the user makes (the field has the focus) is a step to undo."""
        if self.has_focus and not self._restoring:
            # Input's very first change puts the cursor at the end before this runs.
            cursor = min(self.cursor_position, len(old))
            self.history.record(Snapshot(old, cursor), new)

    def show(self, snapshot: Snapshot) -> None:
        """Put ``snapshot`` in the field without recording it as a change."""
        self._restoring = True
        try:
            self.value = snapshot.text
            self.cursor_position = snapshot.cursor
        finally:
            self._restoring = False

    def reset(self, value: str) -> None:
        """Other text from outside (a recovered draft, $EDITOR): nothing to undo."""
        self.show(Snapshot(value, len(value)))
        self.history.clear()

    def action_undo(self) -> None:
        if (previous := self.history.undo(Snapshot(self.value, self.cursor_position))) is not None:
            self.show(previous)

    def action_redo(self) -> None:
        if (following := self.history.redo(Snapshot(self.value, self.cursor_position))) is not None:
            self.show(following)


def bindings_without(widget: type[TextArea], keys: set[str]) -> list[BindingType]:
    """Every binding ``widget`` has (its own and inherited ones), except for ``keys``."""
    found: list[BindingType] = []
    for base in reversed(widget.__mro__):
        for binding in base.__dict__.get("BINDINGS", []):
            if not (isinstance(binding, Binding) and binding.key in keys):
                found.append(binding)
    return found


class EditorTextArea(TextArea, inherit_bindings=False):
    """A TextArea whose F6 and F7 are left to the screen (the tabs)."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_without(TextArea, {"f6", "f7"})


class LineArea(EditorTextArea):
    """One line of text shown wrapped; Ctrl+Z and Ctrl+Y are TextArea's own."""

    def __init__(self, text: str = "", *, placeholder: str = "", **kwargs: Any) -> None:
        super().__init__(
            text, soft_wrap=True, show_line_numbers=False, placeholder=placeholder, **kwargs
        )
        self.highlight_cursor_line = False

    def on_key(self, event: events.Key) -> None:
        """Enter would start a second line: it types nothing here."""
        if event.key == "enter":
            event.prevent_default()

    def on_paste(self, event: events.Paste) -> None:
        """A pasted text with line breaks becomes one line (its lines joined by spaces)."""
        event.prevent_default()
        event.stop()
        if not self.read_only:
            line = _LINE_BREAKS.sub(" ", event.text.replace("\r", "\n"))
            result = self.replace(line, *self.selection, maintain_selection_offset=False)
            self.move_cursor(result.end_location)
