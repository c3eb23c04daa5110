"""The pmtui app: the screen stack, app-wide keys, the command palette and error guard.

Screens do the work; the app only opens them. Every binding has an id (``pmtui.…``) so
the keymap from the config file can remap it; the command palette offers every binding
of the current screen, so each action has a key and a palette entry by construction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette, Provider
from textual.screen import Screen

from pmtui.editing.drafts import EMERGENCY, drafts_notice, install_signal_handlers
from pmtui.texts import tui as texts
from pmtui.tui.config import TuiSettings, log_path
from pmtui.tui.errors import show_error
from pmtui.tui.palette import NoCommandMatches, theme_palette
from pmtui.tui.screens.case_branching import open_offering_branch
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.help import HelpScreen, describe_binding

log = logging.getLogger("pmtui.tui")
log.addHandler(logging.NullHandler())  # never Python's last-resort handler (stderr)


def _key(key: str, action: str, short: str, long: str, name: str, **options: Any) -> Binding:
    return Binding(key, action, short, tooltip=long, id=f"pmtui.app.{name}", **options)


class PmtuiApp(App[int]):
    """The workbench on one case repository."""

    CSS_PATH = "app.tcss"
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        *App.COMMANDS,
        NoCommandMatches,
    }
    TITLE = texts.APP_TITLE
    BINDINGS: ClassVar[list[BindingType]] = [
        _key("ctrl+q", "quit", texts.KEY_QUIT, texts.KEY_QUIT_HELP, "quit", priority=True),
        _key(
            "ctrl+p",
            "command_palette",
            texts.KEY_PALETTE,
            texts.KEY_PALETTE_HELP,
            "palette",
            priority=True,
            show=False,
        ),
        _key("f1", "help", texts.KEY_HELP, texts.KEY_HELP_HELP, "help"),
        _key("ctrl+c", "help_quit", texts.KEY_QUIT, texts.QUIT_HINT_HELP, "quit_hint", show=False),
    ]

    def __init__(
        self, repository: Any, settings: TuiSettings | None = None, notices: Iterable[str] = ()
    ) -> None:
        super().__init__()
        self.repository = repository
        self.settings = settings or TuiSettings.model_construct()
        self.notices = list(notices)
        root = getattr(repository, "root", None)
        self.sub_title = texts.APP_SUBTITLE.format(root=root.name) if root else ""
        self.set_keymap(self.settings.keys)
        self.branch_offered = False  # a case branch is offered once (case_branching.py)
        self.fetch_failure_told = False  # a failing background fetch is said once

    def on_mount(self) -> None:
        self._apply_theme()
        install_signal_handlers(lambda code: self.exit(return_code=code))  # drafts first: F13
        if notice := drafts_notice(self.repository):
            self.notices.append(notice)
        self.push_screen(CaseListScreen(self.repository, body_search=self.settings.body_search))
        for notice in self.notices:
            self.notify(notice, severity="warning", timeout=10, markup=False)
        if getattr(self.settings, "background_fetch", False):  # opt-in in the config
            from pmtui.tui import background_fetch  # (imported only when it is on)

            background_fetch.start(self)

    def _apply_theme(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme

    # Opening a case -------------------------------------------------------------------

    def open_case(self, ref: str) -> None:
        """Open the case editor on ``ref`` (a dnr, or a path for a file without one); on
        the default branch of a clone with a remote, a case branch is offered first."""
        open_offering_branch(self, ref, self.open_editor)

    def open_editor(self, ref: str) -> None:
        try:  # the editor, export and diff modules load when first used, not at start
            from pmtui.tui.screens.case_editor import CaseEditorScreen
            from pmtui.tui.screens.case_upstream import watch_incoming
        except ImportError:
            self.notify(texts.EDITOR_MISSING.format(dnr=ref), severity="warning", markup=False)
            return
        try:
            editor = CaseEditorScreen(self.repository, ref)
            self.push_screen(editor)
        except Exception as error:  # a case that cannot be shown is a message, not a crash
            show_error(self, error)
            return
        watch_incoming(editor)  # the early warning: other branches' changes to the case

    # Keys, help and the command palette -------------------------------------------------

    async def action_quit(self) -> None:
        """Ctrl+Q: a screen with unsaved work (a case being edited) asks first, as Esc
        does (save, keep as draft, discard, cancel); it quits once answered."""
        for screen in reversed(self.screen_stack):
            ask_before_quit = getattr(screen, "ask_before_quit", None)
            if ask_before_quit is not None and ask_before_quit():
                return
        self.exit()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen.for_screen(self.screen, self.app))

    def action_export_case(self) -> None:
        """Ctrl+O in the case editor (and its palette entry): export the case on screen."""
        from pmtui.tui.screens.export_dialog import export_current_case

        export_current_case(self)

    def action_help_quit(self) -> None:
        self.notify(texts.QUIT_HINT, markup=False)

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self.app):
            palette = CommandPalette(placeholder=texts.PALETTE_PLACEHOLDER, id="--command-palette")
            self.push_screen(palette)

    def search_themes(self) -> None:
        """The theme chooser (palette entry "Färgtema"), in Swedish."""
        self.push_screen(theme_palette())

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every binding of ``screen`` (with an id) as a palette command, then the theme."""
        seen: set[tuple[int, str]] = set()
        for key, active in screen.active_bindings.items():
            binding = active.binding
            action = (id(active.node), binding.action)
            if not binding.id or action in seen or binding.action == "command_palette":
                continue
            seen.add(action)
            shown = self.get_key_display(binding.with_key(key))
            title = texts.PALETTE_ENTRY.format(name=binding.description, key=shown)
            run = partial(self.run_action, binding.action, active.node)
            yield SystemCommand(title, describe_binding(binding), run)
        yield SystemCommand(texts.KEY_THEME, texts.KEY_THEME_HELP, self.action_change_theme)

    # No traceback in front of the user --------------------------------------------------

    def _fatal_error(self) -> None:
        """Textual's last resort (an exception nobody caught): write every open editor's
        draft (docs/reliability.md, F14), log the error, and exit with code 1 and a Swedish
        message."""
        EMERGENCY.flush()
        log.exception("unhandled error in the app")
        self.exit(return_code=1, message=Text(texts.CRASHED.format(log=log_path())))
