"""A small modal list to pick one value (a status, a rotel, a column); Esc cancels."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from pmtui.texts import tui as texts


class PickerScreen(ModalScreen[str | None]):
    """Dismissed with the chosen option's id, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "cancel",
            texts.KEY_CLOSE,
            tooltip=texts.KEY_CLOSE_HELP,
            id="pmtui.picker.close",
        ),
    ]

    def __init__(self, title: str, choices: list[tuple[str, str]], current: str | None) -> None:
        """``choices`` are (id, shown text); ``current`` is highlighted first."""
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(Text(shown), id=value) for value, shown in self.choices]
        with Vertical(id="picker"):
            yield Label(Text(self.title_text), id="picker-title")
            yield OptionList(*options, id="picker-options")
            yield Label(Text(texts.PICK_HINT), id="picker-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        ids = [value for value, _ in self.choices]
        if self.current in ids:
            options.highlighted = ids.index(self.current)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
