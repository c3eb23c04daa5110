"""A modal question with a row of buttons; the answer is the pressed button's id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Label, Static

from pmtui.tui.safe import markup_text

EDITOR_CSS = "../editor.tcss"


@dataclass(frozen=True)
class Choice:
    answer: str
    label: str
    variant: str = "default"  # Textual button variants: default, primary, warning, error
    key: str | None = None  # a key that answers, besides the button (e.g. "e")


class ChoiceDialog(ModalScreen[str]):
    """Title, text and buttons; escape answers ``escape_answer``.

    ``body`` is plain text (it may hold document text) and is shown escaped.
    """

    CSS_PATH = EDITOR_CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "escape", show=False)]

    def __init__(self, title: str, body: str, choices: list[Choice], escape_answer: str) -> None:
        super().__init__(classes="dialog")
        self.title_text = title
        self.body = body
        self.choices = choices
        self.escape_answer = escape_answer

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label(markup_text(self.title_text), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield Static(markup_text(self.body), id="dialog-text")
                yield from self.extra()
            with Horizontal(classes="dialog-buttons"):
                for choice in self.choices:
                    yield Button(choice.label, id=f"answer-{choice.answer}", variant=choice.variant)  # type: ignore[arg-type]

    def extra(self) -> ComposeResult:
        """More content under the text (subclasses)."""
        yield from ()

    def on_mount(self) -> None:
        self.first_focus().focus()

    def first_focus(self) -> Widget:
        """What has the focus when the dialog opens: the first button (subclasses)."""
        return self.query(Button).first()

    def on_key(self, event: events.Key) -> None:
        """A choice's own key answers it (the buttons hold the focus, and type nothing)."""
        for choice in self.choices:
            if choice.key is not None and event.key == choice.key:
                event.stop()
                self.answer(choice.answer)
                return

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.answer((event.button.id or "").removeprefix("answer-"))

    def answer(self, value: str) -> None:
        self.dismiss(value)

    def action_escape(self) -> None:
        self.dismiss(self.escape_answer)
