"""What the list, history, comparison and blame screens share: how their keys are made,
the keys that move, and the frame of a title bar, one view, a status bar and the footer.

Every binding has an id ``pmtui.<area>.<name>`` (the keymap in the config file remaps
by id) and a long description (its tooltip) for ``?`` and the command palette.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from types import ModuleType
from typing import Any

from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from pmtui.terminal import safe_line
from pmtui.tui.errors import report_failure
from pmtui.tui.widgets.cursor_list import CursorList

KeyMaker = Callable[..., Binding]
VIM_MOVE_KEYS = ("up,k", "down,j", "pageup", "pagedown", "home", "end")


def key_maker(area: str) -> KeyMaker:
    """``make(key, action, short, long, name, **options)`` for the screen ``area``."""

    def make(key: str, action: str, short: str, long: str, name: str, **options: Any) -> Binding:
        return Binding(key, action, short, tooltip=long, id=f"pmtui.{area}.{name}", **options)

    return make


def move_keys(
    make: KeyMaker, texts: ModuleType, keys: Sequence[str] = VIM_MOVE_KEYS, **options: Any
) -> list[Binding]:
    """Up, down, a page up and down, first, last (``keys`` in that order; the actions
    ``move``, ``page``, ``first``, ``last``): hidden from the footer, listed by ``?``.
    ``texts`` is the screen's texts module (``KEY_UP``, ``KEY_UP_HELP`` and so on)."""
    moves = [
        ("move(-1)", texts.KEY_UP, texts.KEY_UP_HELP, "up"),
        ("move(1)", texts.KEY_DOWN, texts.KEY_DOWN_HELP, "down"),
        ("page(-1)", texts.KEY_PAGE_UP, texts.KEY_PAGE_UP_HELP, "page_up"),
        ("page(1)", texts.KEY_PAGE_DOWN, texts.KEY_PAGE_DOWN_HELP, "page_down"),
        ("first", texts.KEY_FIRST, texts.KEY_FIRST_HELP, "first"),
        ("last", texts.KEY_LAST, texts.KEY_LAST_HELP, "last"),
    ]
    return [make(key, *move, show=False, **options) for key, move in zip(keys, moves, strict=True)]


def frame_keys(make: KeyMaker, texts: ModuleType) -> list[Binding]:
    """The last keys of every framed screen: back, help, then the moving keys."""
    return [
        make("escape,q", "back", texts.KEY_BACK, texts.KEY_BACK_HELP, "back"),
        make("question_mark", "app.help", texts.KEY_HELP, texts.KEY_HELP_HELP, "help"),
        *move_keys(make, texts),
    ]


class FramedScreen(Screen[None]):
    """A title bar, one view, a status bar and the footer. ``escape`` leaves; a failed
    worker is reported to the user."""

    DEFAULT_CSS = """
    FramedScreen { layout: vertical; }
    .title-bar { height: 1; background: $panel; text-style: bold; padding: 0 1; }
    .status-bar { height: 1; background: $panel; color: $text-muted; padding: 0 1; }
    """

    def frame(self, name: str, title: str, view: Widget, status: str) -> Iterator[Widget]:
        """The widgets to compose: ``#<name>-title``, ``view``, ``#<name>-status``."""
        yield Static(Text(safe_line(title)), id=f"{name}-title", classes="title-bar")
        yield view
        yield Static(Text(safe_line(status)), id=f"{name}-status", classes="status-bar")
        yield Footer()

    def show_status(self, status: str) -> None:
        self.query_one(".status-bar", Static).update(Text(safe_line(status)))

    def action_back(self) -> None:
        self.app.pop_screen()

    def on_worker_state_changed(self, event: Any) -> None:
        report_failure(self.app, event.worker)


class CursorListScreen(Screen[None]):
    """The actions of ``move_keys`` for a screen around one ``CursorList``."""

    @property
    def cursor_list(self) -> CursorList:
        return self.query_one(CursorList)

    def action_move(self, delta: int) -> None:
        self.cursor_list.move(delta)

    def action_page(self, direction: int) -> None:
        self.cursor_list.move(direction * self.cursor_list.page)

    def action_first(self) -> None:
        self.cursor_list.move_to(0)

    def action_last(self) -> None:
        self.cursor_list.move_to(self.cursor_list.row_count - 1)
