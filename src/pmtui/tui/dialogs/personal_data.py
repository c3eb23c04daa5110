"""A save refused for personal data: the masked hits, and an override only with a reason.

The dialog answers the reason (the save is retried with it and the commit records it as
``Personuppgifter: granskat – <reason>``) or "" (nothing more is done; the text stays).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Input, Static

from pmtui.store import PersonalDataFound
from pmtui.texts import editor as editor_texts
from pmtui.texts import personal_data as texts
from pmtui.tui.dialogs.choice import Choice, ChoiceDialog
from pmtui.tui.safe import markup_text

CANCEL = "cancel"
KEEP = "keep"


class PersonalDataDialog(ChoiceDialog):
    """What was found, where (masked), and a reason field; Esc or Avbryt cancels."""

    def __init__(self, error: PersonalDataFound) -> None:
        choices = [
            Choice(CANCEL, editor_texts.BUTTON_CANCEL, "primary"),
            Choice(KEEP, texts.BUTTON_KEEP, "warning"),
        ]
        body = f"{error.message}\n\n{texts.APP_QUESTION}"
        super().__init__(texts.APP_TITLE, body, choices, escape_answer=CANCEL)

    def extra(self) -> ComposeResult:
        yield Input(placeholder=texts.REASON_PLACEHOLDER, id="personal-data-reason")
        yield Static("", id="personal-data-reason-needed")

    def first_focus(self) -> Widget:
        return self.query_one(Input)  # the reason is typed at once

    @on(Input.Submitted)
    def reason_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.answer(KEEP)

    def answer(self, value: str) -> None:
        if value != KEEP:
            self.dismiss("")
            return
        reason = self.query_one(Input).value.strip()
        if not reason:
            self.query_one("#personal-data-reason-needed", Static).update(
                markup_text(texts.REASON_NEEDED)
            )
            self.query_one(Input).focus()
            return
        self.dismiss(reason)

    def action_escape(self) -> None:
        self.dismiss("")
