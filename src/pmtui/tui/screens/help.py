"""``?``: every key of the screen below, read from its active bindings so it is always true."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

from pmtui.texts import tui as texts
from pmtui.tui.config import config_path


@dataclass(frozen=True)
class KeyHelp:
    """One line of the help screen."""

    keys: str
    does: str
    binding_id: str
    enabled: bool


def describe_binding(binding: Binding) -> str:
    """The Swedish text of a binding: ours (they have ids), or the catalogue's for Textual's."""
    if binding.id:
        return binding.tooltip or binding.description
    action = binding.action.removeprefix("app.").removeprefix("screen.")
    return texts.WIDGET_ACTIONS.get(action, binding.tooltip or binding.description)


def keys_of(screen: Screen[object], app: App[object]) -> list[KeyHelp]:
    """The active bindings of ``screen``, one line per action, keys joined."""
    lines: dict[tuple[str, str], KeyHelp] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        name = (str(active.node), binding.action)
        shown = app.get_key_display(binding.with_key(key))
        if name in lines:
            old = lines[name]
            lines[name] = KeyHelp(f"{old.keys}, {shown}", old.does, old.binding_id, old.enabled)
            continue
        lines[name] = KeyHelp(shown, describe_binding(binding), binding.id or "", active.enabled)
    return sorted(lines.values(), key=_order)


def _order(line: KeyHelp) -> tuple[bool, bool, str]:
    """The screen's own keys first, then the app's, then those of Textual's widgets."""
    return (not line.binding_id, line.binding_id.startswith("pmtui.app."), line.binding_id)


def home_relative(path: Path) -> str:
    """``~/.config/pmtui/config.toml`` rather than the full path of the home folder."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def screen_name(screen: Screen[object]) -> str:
    return texts.SCREEN_NAMES.get(type(screen).__name__, texts.SCREEN_FALLBACK)


def keys_table(lines: list[KeyHelp]) -> Table:
    table = Table(expand=True, box=None, pad_edge=False, show_edge=False)
    table.add_column(texts.HELP_COLUMN_KEY, no_wrap=True, style="bold")
    table.add_column(texts.HELP_COLUMN_ACTION, ratio=1)
    table.add_column(texts.HELP_COLUMN_ID, no_wrap=True, style="dim")
    for line in lines:
        does = line.does if line.enabled else f"{line.does} {texts.HELP_DISABLED}"
        table.add_row(Text(line.keys), Text(does), Text(line.binding_id))
    return table


class HelpScreen(ModalScreen[None]):
    """The keys of one screen; Esc, q or ? closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,question_mark,f1",
            "close",
            texts.KEY_CLOSE,
            tooltip=texts.KEY_CLOSE_HELP,
            id="pmtui.help.close",
        ),
    ]

    def __init__(self, title: str, lines: list[KeyHelp]) -> None:
        super().__init__()
        self.title_text = title
        self.lines = lines

    @classmethod
    def for_screen(cls, screen: Screen[object], app: App[object]) -> HelpScreen:
        title = texts.HELP_TITLE.format(screen=screen_name(screen))
        return cls(title, keys_of(screen, app))

    def compose(self) -> ComposeResult:
        with Vertical(id="help"):
            yield Label(Text(self.title_text), id="help-title")
            with VerticalScroll(id="help-keys"):
                yield Static(keys_table(self.lines))
            footer = texts.HELP_FOOTER.format(path=home_relative(config_path()))
            yield Static(Text(footer), id="help-footer")

    def action_close(self) -> None:
        self.dismiss(None)
