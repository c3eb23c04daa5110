"""Saving from the editor: build the case, propose a commit message, commit via the session.

Every refusal of the store (external edit, moved branch, lock, missing identity, invalid
file) is shown as a Swedish message with what to do; the text stays in the editor and is
written to the swap file first, so nothing is lost and nothing is overwritten.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from pmtui.editing.session import EditSession
from pmtui.model.case import Case
from pmtui.model.status_order import next_statuses, status_step_allowed
from pmtui.store import (
    HookRefused,
    InvalidCase,
    PersonalDataFound,
    SaveRefused,
    SaveResult,
    StoreError,
)
from pmtui.terminal import safe_line
from pmtui.texts import editor as texts
from pmtui.texts import meetings as meeting_texts
from pmtui.tui.dialogs.choice import Choice, ChoiceDialog
from pmtui.tui.dialogs.commit_message import CommitMessageDialog
from pmtui.tui.dialogs.error import CLOSE, ErrorDialog, error_body
from pmtui.tui.dialogs.personal_data import PersonalDataDialog
from pmtui.tui.screens.case_conflict import RESOLVE, CaseConflictScreen, save_refused_dialog
from pmtui.tui.screens.case_external import ExternalEditing
from pmtui.tui.screens.editor_view import EditorView

SKIP_HOOKS = "skip-hooks"
JUMP = "jump"


@dataclass(frozen=True)
class Allowance:
    """What a save may do, as the user allowed it after a refusal: skip the hooks
    (``verify`` False), keep personal data they reviewed (with the reason)."""

    verify: bool = True
    personal_data_reason: str | None = None


class CaseSaving:
    """ctrl+s in the case editor: ``save_flow``."""

    def __init__(self, session: EditSession, view: EditorView, external: ExternalEditing) -> None:
        self.session = session
        self.view = view
        self.external = external
        self.allowed = Allowance()  # what the current try of a save may do
        self.retry: Allowance | None = None  # what the user allowed after a refusal
        self.in_progress = False  # between ctrl+s and the end of the save or its refusal

    async def save_flow(self) -> bool:
        """Save after asking for the message; True when the case is saved (or unchanged)."""
        self.in_progress = True
        try:
            return await self._save_flow()
        finally:
            self.in_progress = False

    async def _save_flow(self) -> bool:
        if await self._refused_in_conflict():
            return False
        if self.session.pending_file_text is not None:
            await self.external.report_pending_file()
            return False
        case = self._valid_case()
        if case is None:
            return False
        if case == self.session.saved_case:
            self.view.app.notify(markup=False, message=texts.NOTHING_TO_SAVE)
            return True
        return await self._save(case)

    async def _save(self, case: Case) -> bool:
        """Ask for the message and commit; True when the commit is made (or not needed)."""
        jump_note = await self._confirm_status_jump(case)
        if jump_note is None:
            return False
        message = await self._ask_message(case, jump_note)
        if message is None:
            return False
        self.allowed, saved = Allowance(), None
        while True:  # each retry adds a permission the user gave, so this ends
            self.retry = None
            saved = await self._commit(
                partial(self.session.save, case, message, **vars(self.allowed))
            )
            if saved is not None or self.retry is None or self.retry == self.allowed:
                break
            self.allowed = self.retry
        if saved is not None:
            self._after_save(case, saved)
        return saved is not None

    async def _refused_in_conflict(self) -> bool:
        """True, after saying why, when Git has the case in conflict: a commit now would
        hold a half-finished merge. The text is kept (in the draft too); the dialog offers
        the conflict dialog, which resolves the file in $EDITOR."""
        conflict = self.session.conflict()
        if conflict is None:
            return False
        self.session.write_draft()
        app = self.view.app
        if await app.push_screen_wait(save_refused_dialog(conflict)) == RESOLVE:
            await app.push_screen_wait(CaseConflictScreen(self.session.repository, conflict))
        return True

    def _valid_case(self) -> Case | None:
        """The case the editor holds, or None (with a message) when it has problems."""
        result = self.view.validate()
        if result.case is None:
            message = texts.CANNOT_SAVE_INVALID.format(count=len(result.messages))
            self.view.app.notify(markup=False, message=message, severity="error")
        return result.case

    async def _confirm_status_jump(self, case: Case) -> str | None:
        """ "" for a status that follows the order; for a jump, the note the commit carries
        once the user confirms it (docs/format.md, *Status order*), or None when declined."""
        old = self.session.saved_case
        if old is None or status_step_allowed(old.status, case.status):
            return ""
        values = {"old": old.status.value, "new": case.status.value}
        allowed = ", ".join(s.value for s in next_statuses(old.status))
        body = meeting_texts.APP_JUMP_QUESTION.format(
            **values, allowed=allowed or meeting_texts.STATUS_NOWHERE
        )
        choices = [
            Choice(CLOSE, texts.BUTTON_CANCEL, "primary"),
            Choice(JUMP, meeting_texts.APP_JUMP_BUTTON, "warning"),
        ]
        dialog = ChoiceDialog(meeting_texts.APP_JUMP_TITLE, body, choices, escape_answer=CLOSE)
        if await self.view.app.push_screen_wait(dialog) != JUMP:
            return None
        return meeting_texts.STATUS_JUMP_TRAILER.format(**values)

    async def _ask_message(self, case: Case, note: str = "") -> str | None:
        proposed = self.session.proposed_message(case)
        if note:
            proposed = f"{proposed.rstrip()}\n\n{note}"
        answer: str | None = await self.view.app.push_screen_wait(CommitMessageDialog(proposed))
        return answer

    async def _commit(self, save: Callable[[], SaveResult]) -> SaveResult | None:
        """Run a store call off the event loop; show its refusal, keeping the draft."""
        if not self.session.write_draft():
            self.view.app.notify(markup=False, message=texts.DRAFT_NOT_WRITTEN, severity="warning")
        try:
            return await asyncio.to_thread(save)
        except InvalidCase as error:
            await self._show_error(error, [str(p) for p in error.problems])
        except HookRefused as error:
            self.session.refused(error)
            if await self._offer_to_skip_hooks(error):
                self.retry = replace(self.allowed, verify=False)
        except PersonalDataFound as error:
            if reason := await self.view.app.push_screen_wait(PersonalDataDialog(error)):
                self.retry = replace(self.allowed, personal_data_reason=reason)
        except SaveRefused as error:
            self.session.refused(error)
            await self._show_error(error, [])
        except StoreError as error:
            await self._show_error(error, [])
        except Exception as error:  # the editor must survive; the text is in the draft
            unexpected = StoreError(
                texts.ERROR_UNEXPECTED.format(error=f"{type(error).__name__}: {error}"),
                texts.ERROR_UNEXPECTED_HINT,
            )
            await self._show_error(unexpected, [])
        return None

    async def _show_error(self, error: StoreError, problems: list[str]) -> None:
        dialog = ErrorDialog(texts.ERROR_TITLE, error.message, error.hint, problems)
        await self.view.app.push_screen_wait(dialog)

    async def _offer_to_skip_hooks(self, error: HookRefused) -> bool:
        """Show what the hook said; True when the user chooses to save without the hooks."""
        output = [line for line in error.output.splitlines() if line.strip()]
        body = error_body(error.message, texts.HOOK_SKIP_QUESTION, output, kept=False)
        choices = [
            Choice(CLOSE, texts.BUTTON_CLOSE, "primary"),
            Choice(SKIP_HOOKS, texts.BUTTON_SAVE_WITHOUT_HOOKS, "warning"),
        ]
        dialog = ChoiceDialog(texts.HOOK_REFUSED_TITLE, body, choices, escape_answer=CLOSE)
        return await self.view.app.push_screen_wait(dialog) == SKIP_HOOKS

    def _after_save(self, case: Case, result: SaveResult) -> None:
        self.session.saved(case, result)
        self.view.edited()
        self._announce(case, result)

    def _announce(self, case: Case, result: SaveResult) -> None:
        """The commit made (its id and summary), and the milestone tagged, if any."""
        notify = self.view.app.notify
        if result.commit_id is None:
            notify(markup=False, message=texts.NOTHING_TO_SAVE)
            return
        summary = safe_line(result.message.split("\n", 1)[0])
        notify(
            markup=False, message=texts.SAVED.format(commit=result.commit_id[:8], summary=summary)
        )
        for warning in result.warnings:
            notify(
                markup=False, message=texts.SAVE_WARNING.format(warning=warning), severity="warning"
            )
        if result.milestone:
            status = case.status.value
            notify(
                markup=False,
                message=texts.SAVED_STATUS.format(status=status, commit=result.milestone),
            )
