"""The keys of the case list, in one place: what each does, its id for remapping, and
whether the footer shows it (docs/decisions.md: the filter field has the focus, so every
key a letter could reach has priority)."""

from __future__ import annotations

from textual.binding import BindingType

from pmtui.texts import history as history_texts
from pmtui.texts import importing as import_texts
from pmtui.texts import meetings as meeting_texts
from pmtui.texts import new_case as new_texts
from pmtui.texts import review as review_texts
from pmtui.texts import tui as texts
from pmtui.tui.screens import case_branching, case_lifecycle
from pmtui.tui.screens.framing import key_maker, move_keys

_key = key_maker("list")
# Cursor keys, with priority so the filter field (it has the focus) never takes them.
_MOVE_KEYS = ("up", "down", "pageup", "pagedown", "ctrl+home", "ctrl+end")

LIST_BINDINGS: list[BindingType] = [
    _key("enter", "open_case", texts.KEY_OPEN, texts.KEY_OPEN_HELP, "open", priority=True),
    _key("f2", "pick_sort", texts.KEY_SORT, texts.KEY_SORT_HELP, "sort"),
    _key("f3", "reverse_sort", texts.KEY_REVERSE, texts.KEY_REVERSE_HELP, "reverse"),
    _key("f4", "pick_status", texts.KEY_STATUS, texts.KEY_STATUS_HELP, "status"),
    _key("f5", "pick_rotel", texts.KEY_ROTEL, texts.KEY_ROTEL_HELP, "rotel"),
    _key("escape", "clear_filters", texts.KEY_CLEAR, texts.KEY_CLEAR_HELP, "clear"),
    _key("ctrl+r", "reload", texts.KEY_RELOAD, texts.KEY_RELOAD_HELP, "reload", show=False),
    _key("ctrl+n", "new_case", new_texts.KEY_NEW, new_texts.KEY_NEW_HELP, "new", priority=True),
    _key(  # priority: the filter field would type Alt+H's "h" (ESC h in a terminal)
        "f6,ctrl+l,alt+h",
        "history",
        history_texts.KEY_HISTORY,
        history_texts.KEY_HISTORY_HELP,
        "history",
        priority=True,
    ),
    _key(  # priority, as Alt+H: the filter field has the focus (docs/decisions.md)
        "f9,alt+g",
        "review",
        review_texts.KEY_REVIEW,
        review_texts.KEY_REVIEW_HELP,
        "review",
        priority=True,
        show=False,  # the footer is full; listed by ? and in the palette
    ),
    _key(  # priority, as Alt+H: the filter field has the focus
        "alt+i",
        "import_documents",
        import_texts.KEY_IMPORT,
        import_texts.KEY_IMPORT_HELP,
        "import",
        priority=True,
        show=False,
    ),
    _key(  # priority, as Alt+H: the filter field has the focus
        "f10,alt+d",
        "agenda",
        meeting_texts.KEY_AGENDA,
        meeting_texts.KEY_AGENDA_HELP,
        "agenda",
        priority=True,
        show=False,
    ),
    *case_lifecycle.lifecycle_keys(_key),  # F7, F8, Shift+F8
    *case_branching.branch_keys(_key),  # F12, Ctrl+B
    _key("question_mark", "app.help", texts.KEY_HELP, texts.KEY_HELP_HELP, "help", priority=True),
    *move_keys(_key, texts, _MOVE_KEYS, priority=True),
]
