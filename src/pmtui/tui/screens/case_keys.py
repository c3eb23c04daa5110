"""Keys of the case editor: every binding has an id (``pmtui.editor.<action>``) so the
keymap in the config file can remap it, and a long description for ``?`` and the palette."""

from __future__ import annotations

from typing import Any

from textual.binding import Binding, BindingType

from pmtui.texts import editor as texts
from pmtui.texts import export as export_texts
from pmtui.texts import history as history_texts


def editor_key(
    key: str, action: str, short: str, long: str, *, name: str | None = None, **options: Any
) -> Binding:
    return Binding(key, action, short, tooltip=long, id=f"pmtui.editor.{name or action}", **options)


# Keys that must work while a text field has the focus are priority bindings: in a
# terminal Alt+N arrives as ESC then a printable "n", which the field would type, and the
# Text tab's TextArea has F6/F7 of its own (select line, select all). Alt+1/2/3 and Alt+B
# cannot be used at all: Textual reads ESC+1 as "¡" and ESC+b as Ctrl+Left (macOS word
# keys). Every Alt key has a Ctrl or F-key twin for keyboards whose Option key types.
EDITOR_BINDINGS: list[BindingType] = [
    editor_key("ctrl+s", "save", texts.KEY_SAVE, texts.KEY_SAVE_HELP, priority=True),
    editor_key("escape", "leave", texts.KEY_LEAVE, texts.KEY_LEAVE_HELP),
    editor_key("f4,e", "external_editor", texts.KEY_EDITOR, texts.KEY_EDITOR_HELP),
    editor_key("shift+f4,E", "external_file", texts.KEY_EDITOR_FILE, texts.KEY_EDITOR_FILE_HELP),
    editor_key(
        "f9,alt+p", "toggle_preview", texts.KEY_PREVIEW, texts.KEY_PREVIEW_HELP, priority=True
    ),
    editor_key("question_mark", "app.help", texts.KEY_HELP, texts.KEY_HELP_HELP, name="help"),
    *(
        editor_key(key, f"show_tab('{tab}')", short, long, name=name, priority=True)
        for key, tab, short, long, name in (
            ("f5", "tab-metadata", texts.TAB_METADATA, texts.KEY_TAB_METADATA_HELP, "tab_metadata"),
            (
                "f6",
                "tab-decisions",
                texts.TAB_DECISIONS,
                texts.KEY_TAB_DECISIONS_HELP,
                "tab_decisions",
            ),
            ("f7", "tab-sections", texts.TAB_SECTIONS, texts.KEY_TAB_SECTIONS_HELP, "tab_sections"),
        )
    ),
    editor_key(
        "ctrl+l,alt+h",
        "history",
        history_texts.KEY_HISTORY,
        history_texts.KEY_HISTORY_HELP,
        priority=True,
    ),
    editor_key(
        "ctrl+g,alt+v",
        "blame",
        history_texts.KEY_BLAME,
        history_texts.KEY_BLAME_HELP,
        priority=True,
    ),
    # The app's action: it exports the case of the editor on top (screens/export_dialog.py).
    editor_key(
        "ctrl+o",
        "app.export_case",
        export_texts.KEY_EXPORT,
        export_texts.KEY_EXPORT_HELP,
        name="export",
        priority=True,
    ),
]
# Where the cursor goes when a tab is shown (f5–f7): where one writes in it.
TAB_FOCUS = {
    "tab-metadata": "#field-handling",
    "tab-decisions": "#decisions LineArea",
    "tab-sections": "#section-text",
}
