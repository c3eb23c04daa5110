"""Creating the case of the new-case form: one commit, off the event loop, and every
refusal of the store (a taken path, a lock, a refusing hook, a full disk, ...) shown as a
Swedish dialog, never a traceback. The form keeps what was typed.

A hook or a signature that refuses leaves the new file on disk (docs/reliability.md,
F36): its base is handed back, so the next try, or "create without the hooks", saves from
it instead of finding the path taken.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from pmtui.editing.new_case import create_case
from pmtui.model.case import Case
from pmtui.store import CaseRepository, HookRefused, SaveBase, SaveRefused, SaveResult, StoreError
from pmtui.texts import new_case as texts
from pmtui.tui.dialogs.choice import Choice, ChoiceDialog
from pmtui.tui.dialogs.error import error_body

log = logging.getLogger("pmtui.tui")
CLOSE, SKIP_HOOKS = "close", "skip-hooks"


async def create(
    app: Any,
    repository: CaseRepository,
    case: Case,
    left: SaveBase | None,
    verify: bool | None = None,
) -> tuple[SaveResult | None, SaveBase | None]:
    """The commit made (or None after showing why not), and the base of a refused
    attempt whose file is on disk (``left``, for the next try). A refusing hook offers to
    create without the hooks (``verify`` False), as the editor's save does."""
    try:
        return await asyncio.to_thread(create_case, repository, case, left, verify=verify), None
    except HookRefused as error:
        left = error.base or left
        if verify is None and await _skip_hooks_chosen(app, error):
            return await create(app, repository, case, left, verify=False)
        if verify is not None:
            await _show(app, error)
        return None, left
    except Exception as error:  # the form must survive; what was typed stays in it
        return None, await _report(app, error, left)


async def _report(app: Any, error: Exception, left: SaveBase | None) -> SaveBase | None:
    """Show ``error`` in Swedish (an unexpected one is logged with its traceback); the
    base whose file is on disk after it."""
    if not isinstance(error, StoreError):
        log.error("creating a case failed", exc_info=error)
        name = f"{type(error).__name__}: {error}"
        error = StoreError(texts.ERROR_UNEXPECTED.format(error=name), texts.ERROR_UNEXPECTED_HINT)
    await _show(app, error)
    return (error.base or left) if isinstance(error, SaveRefused) else left


async def _show(app: Any, error: StoreError) -> None:
    body = error_body(error.message, error.hint, [], kept=False) + "\n\n" + texts.ERROR_KEPT
    choices = [Choice(CLOSE, texts.BUTTON_CLOSE, "primary")]
    dialog = ChoiceDialog(texts.ERROR_TITLE, body, choices, escape_answer=CLOSE)
    dialog.add_class("error-dialog")
    await app.push_screen_wait(dialog)


async def _skip_hooks_chosen(app: Any, error: HookRefused) -> bool:
    """Show what the hook said; True when the user chooses to create without the hooks."""
    output = [line for line in error.output.splitlines() if line.strip()]
    body = error_body(error.message, texts.HOOK_SKIP_QUESTION, output, kept=False)
    choices = [
        Choice(CLOSE, texts.BUTTON_CLOSE, "primary"),
        Choice(SKIP_HOOKS, texts.BUTTON_CREATE_WITHOUT_HOOKS, "warning"),
    ]
    dialog = ChoiceDialog(texts.HOOK_REFUSED_TITLE, body, choices, escape_answer=CLOSE)
    return bool(await app.push_screen_wait(dialog) == SKIP_HOOKS)
