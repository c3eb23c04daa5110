"""Asked before leaving a case with unsaved changes (Esc), or quitting (Ctrl+Q): save, keep
the draft, or discard."""

from __future__ import annotations

from pmtui.texts import editor as texts
from pmtui.tui.dialogs.choice import Choice, ChoiceDialog

SAVE = "save"
KEEP = "keep"
DISCARD = "discard"
STAY = "stay"


class ConfirmLeaveDialog(ChoiceDialog):
    def __init__(self, *, quitting: bool = False) -> None:
        super().__init__(
            texts.LEAVE_TITLE,
            texts.QUIT_QUESTION if quitting else texts.LEAVE_QUESTION,
            [
                Choice(SAVE, texts.BUTTON_LEAVE_SAVE, "primary"),
                Choice(KEEP, texts.BUTTON_QUIT_KEEP if quitting else texts.BUTTON_LEAVE_KEEP),
                Choice(DISCARD, texts.BUTTON_LEAVE_DISCARD, "error"),
                Choice(STAY, texts.BUTTON_CANCEL),
            ],
            escape_answer=STAY,
        )
