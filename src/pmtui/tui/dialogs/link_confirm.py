"""Asked before a link from a document is opened: nothing opens without a yes
(docs/reliability.md, F31)."""

from __future__ import annotations

from pmtui.texts import editor as texts
from pmtui.tui.dialogs.choice import Choice, ChoiceDialog

OPEN = "open"
CANCEL = "cancel"


class LinkConfirmDialog(ChoiceDialog):
    def __init__(self, href: str) -> None:
        super().__init__(
            texts.LINK_TITLE,
            texts.LINK_QUESTION.format(href=href),
            [Choice(CANCEL, texts.BUTTON_CANCEL, "primary"), Choice(OPEN, texts.BUTTON_OPEN)],
            escape_answer=CANCEL,
        )
