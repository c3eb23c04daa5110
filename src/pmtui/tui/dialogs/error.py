"""An error the user must read: what happened, what to do, and (for files) each problem."""

from __future__ import annotations

from pmtui.texts import editor as texts
from pmtui.tui.dialogs.choice import Choice, ChoiceDialog

CLOSE = "close"
EDIT_AGAIN = "edit"


def error_body(message: str, hint: str, problems: list[str], kept: bool = True) -> str:
    parts = [message]
    if hint:
        parts.append(hint)
    if problems:
        parts.append("\n".join(f"• {p}" for p in problems))
    if kept:
        parts.append(texts.ERROR_KEPT)
    return "\n\n".join(parts)


class ErrorDialog(ChoiceDialog):
    """Closed with esc or the button; ``can_edit`` adds "fix in the editor"."""

    def __init__(
        self,
        title: str,
        message: str,
        hint: str = "",
        problems: list[str] | None = None,
        *,
        can_edit: bool = False,
        kept: bool = True,
    ) -> None:
        choices = [Choice(CLOSE, texts.BUTTON_CLOSE, "primary")]
        if can_edit:
            choices.insert(0, Choice(EDIT_AGAIN, texts.BUTTON_EDIT_AGAIN, "warning", key="e"))
        body = error_body(message, hint, problems or [], kept)
        super().__init__(title, body, choices, escape_answer=CLOSE)
        self.add_class("error-dialog")
