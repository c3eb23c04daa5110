"""The commit message pmtui proposes for a save, for the user to read and edit."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static, TextArea

from pmtui.terminal import safe_text
from pmtui.texts import editor as texts
from pmtui.tui.dialogs.choice import EDITOR_CSS


class CommitMessageDialog(ModalScreen[str | None]):
    """Returns the message to save with, or None when cancelled."""

    CSS_PATH = EDITOR_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", texts.BUTTON_SAVE, priority=True),
        Binding("escape", "cancel", texts.BUTTON_CANCEL),
    ]

    def __init__(self, proposed: str) -> None:
        super().__init__(classes="dialog")
        self.proposed = proposed

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box commit-box"):
            yield Label(texts.COMMIT_DIALOG_TITLE, classes="dialog-title")
            yield Static(texts.COMMIT_DIALOG_HELP, classes="dialog-help")
            yield TextArea(safe_text(self.proposed), id="commit-message", soft_wrap=True)
            yield Static("", id="commit-problem", classes="field-problem")
            with Horizontal(classes="dialog-buttons"):
                yield Button(texts.BUTTON_SAVE, id="commit-save", variant="primary")
                yield Button(texts.BUTTON_CANCEL, id="commit-cancel")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    @property
    def message(self) -> str:
        text = self.query_one(TextArea).text
        return self.proposed if text == safe_text(self.proposed) else text.strip() + "\n"

    def action_save(self) -> None:
        if not self.message.strip():
            self.query_one("#commit-problem", Static).update(texts.COMMIT_EMPTY)
            return
        self.dismiss(self.message)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "commit-save":
            self.action_save()
        else:
            self.action_cancel()
