"""Keys of the case editor: every binding has an id (``pmtui.editor.<action>``) so the
keymap in the config file can remap it, and a long description for ``?`` and the palette."""

from __future__ import annotations

from typing import Any

from textual.binding import Binding, BindingType

from pmtui.texts import editor as texts
from pmtui.texts import history as history_texts


def editor_key(
    key: str, action: str, short: str, long: str, *, name: str | None = None, **options: Any
) -> Binding:
    return Binding(key, action, short, tooltip=long, id=f"pmtui.editor.{name or action}", **options)


EDITOR_BINDINGS: list[BindingType] = [
    editor_key("ctrl+s", "save", texts.KEY_SAVE, texts.KEY_SAVE_HELP, priority=True),
    editor_key("escape", "leave", texts.KEY_LEAVE, texts.KEY_LEAVE_HELP),
    editor_key("e,f4", "external_editor", texts.KEY_EDITOR, texts.KEY_EDITOR_HELP),
    editor_key("E,shift+f4", "external_file", texts.KEY_EDITOR_FILE, texts.KEY_EDITOR_FILE_HELP),
    editor_key("alt+p", "toggle_preview", texts.KEY_PREVIEW, texts.KEY_PREVIEW_HELP),
    editor_key("question_mark", "app.help", texts.KEY_HELP, texts.KEY_HELP_HELP, name="help"),
    editor_key(
        "f5,alt+1",
        "show_tab('tab-metadata')",
        texts.TAB_METADATA,
        texts.KEY_TAB_METADATA_HELP,
        name="tab_metadata",
    ),
    editor_key(
        "f6,alt+2",
        "show_tab('tab-decisions')",
        texts.TAB_DECISIONS,
        texts.KEY_TAB_DECISIONS_HELP,
        name="tab_decisions",
    ),
    editor_key(
        "f7,alt+3",
        "show_tab('tab-sections')",
        texts.TAB_SECTIONS,
        texts.KEY_TAB_SECTIONS_HELP,
        name="tab_sections",
    ),
    editor_key("alt+h", "history", history_texts.KEY_HISTORY, history_texts.KEY_HISTORY_HELP),
    editor_key("alt+v", "blame", history_texts.KEY_BLAME, history_texts.KEY_BLAME_HELP),
]
# Where the cursor goes when a tab is shown (f5–f7): where one writes in it.
TAB_FOCUS = {
    "tab-metadata": "#field-handling",
    "tab-decisions": "#decisions Input",
    "tab-sections": "#section-text",
}
