"""Offered when an unsaved draft of a case is found: recover it, discard it, or see the
difference from the saved version first."""

from __future__ import annotations

import difflib

from textual.app import ComposeResult
from textual.widgets import Static

from pmtui.texts import editor as texts
from pmtui.tui.dialogs.choice import Choice, ChoiceDialog
from pmtui.tui.safe import markup_text

RECOVER = "recover"
DISCARD = "discard"
SHOW_DIFF = "diff"


def draft_diff(saved: str, draft: str | None) -> str:
    """A unified diff of the saved file against the draft (as plain text)."""
    if draft is None:
        return texts.DIFF_NOT_BUILDABLE
    lines = difflib.unified_diff(
        saved.splitlines(), draft.splitlines(), "sparad", "utkast", lineterm="", n=1
    )
    return "\n".join(lines) or texts.EDITOR_UNCHANGED


class RecoveryDialog(ChoiceDialog):
    """Escape recovers (the safe answer: nothing is thrown away without a choice)."""

    def __init__(self, question: str, saved_text: str, draft_text: str | None) -> None:
        super().__init__(
            texts.RECOVER_TITLE,
            question,
            [
                Choice(RECOVER, texts.BUTTON_RECOVER, "primary"),
                Choice(SHOW_DIFF, texts.BUTTON_SHOW_DIFF),
                Choice(DISCARD, texts.BUTTON_DISCARD, "error"),
            ],
            escape_answer=RECOVER,
        )
        self.diff_text = draft_diff(saved_text, draft_text)

    def extra(self) -> ComposeResult:
        diff = Static(markup_text(self.diff_text), id="recovery-diff", classes="diff")
        diff.display = False
        yield diff

    def answer(self, value: str) -> None:
        if value == SHOW_DIFF:
            self.query_one("#recovery-diff").display = True
            return
        self.dismiss(value)
