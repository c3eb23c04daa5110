"""The conflict screen's dialogs: whether to abort the merge, and what became of it once
the case was resolved (finished, other files still in conflict, stopped again)."""

from __future__ import annotations

from pmtui.editing.conflict_session import ConflictSession
from pmtui.store.merge_finish import FinishedResolution, finish_command
from pmtui.texts import conflict as texts
from pmtui.texts import format as format_texts
from pmtui.tui.dialogs.choice import Choice, ChoiceDialog

ABORT, BACK, CLOSE = "abort", "back", "close"


def operation_name(operation: str | None) -> str:
    """``sammanslagning (git merge)`` and so on; ``""`` without an operation."""
    return format_texts.MERGE_OPERATIONS.get(operation or "", operation or "")


def abort_dialog(session: ConflictSession, command: str, roles: tuple[str, str]) -> ChoiceDialog:
    """Abort the merge (``ABORT``) or go back (``BACK``, the focused button and Esc)."""
    body = texts.ABORT_BODY.format(
        command=command,
        operation=operation_name(session.conflict.operation),
        ours=roles[0],
        theirs=roles[1],
        chosen=len(session.choices.chosen),
        total=len(session.units),
    )
    choices = [
        Choice(BACK, texts.BUTTON_BACK, "primary"),
        Choice(ABORT, texts.BUTTON_ABORT, "error"),
    ]
    return ChoiceDialog(texts.ABORT_TITLE, body, choices, escape_answer=BACK)


def finished_dialog(outcome: FinishedResolution) -> ChoiceDialog:
    """What became of the merge once the file was resolved."""
    values = {"path": outcome.path, "operation": operation_name(outcome.operation)}
    if outcome.stopped_at:
        body = texts.FINISHED_STOPPED.format(paths=", ".join(outcome.stopped_at), **values)
    elif outcome.remaining:
        command = finish_command(outcome.operation)
        paths = ", ".join(outcome.remaining)
        body = texts.FINISHED_REMAINING.format(paths=paths, command=command, **values)
    elif outcome.commit is not None:
        body = texts.FINISHED.format(commit=outcome.commit[:8], **values)
    else:
        body = texts.FINISHED_NO_OPERATION.format(**values)
    close = [Choice(CLOSE, texts.BUTTON_CLOSE, "primary")]
    return ChoiceDialog(texts.FINISH_TITLE, body, close, escape_answer=CLOSE)
