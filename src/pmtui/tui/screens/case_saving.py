"""Saving from the editor: build the case, propose a commit message, commit via the store.

Every refusal of the store (external edit, moved branch, lock, missing identity, invalid
file) is shown as a Swedish message with what to do; the text stays in the editor and is
written to the swap file first, so nothing is lost and nothing is overwritten.
"""

from __future__ import annotations

import asyncio
import copy
from typing import TYPE_CHECKING

from pmtui.model.case import Case
from pmtui.store import InvalidCase, SaveResult, StoreError
from pmtui.terminal import safe_line
from pmtui.texts import editor as texts
from pmtui.tui.dialogs.commit_message import CommitMessageDialog
from pmtui.tui.dialogs.error import ErrorDialog

if TYPE_CHECKING:
    from pmtui.tui.screens.case_editor import CaseEditorScreen


class CaseSaving:
    """ctrl+s for the case editor screen."""

    def __init__(self, screen: CaseEditorScreen) -> None:
        self.screen = screen

    async def save_flow(self) -> bool:
        """Save after asking for the message; True when the case is saved (or unchanged)."""
        if self.screen.pending_file_text is not None:
            await self.screen.report_pending_file()
            return False
        result = self.screen.validate()
        if result.case is None:
            self.screen.notify(
                markup=False,
                message=texts.CANNOT_SAVE_INVALID.format(count=len(result.messages)),
                severity="error",
            )
            return False
        case: Case = result.case
        if case == self.screen.saved_case:
            self.screen.notify(markup=False, message=texts.NOTHING_TO_SAVE)
            return True
        message = await self._ask_message(case)
        if message is None:
            return False
        saved = await self._commit(
            lambda: self.screen.repository.save(case, self.screen.base, message)
        )
        if saved is not None:
            self._after_save(case, saved)
        return saved is not None

    async def _ask_message(self, case: Case) -> str | None:
        proposed = self.screen.repository.propose_message(self.screen.saved_case, case)
        answer: str | None = await self.screen.app.push_screen_wait(CommitMessageDialog(proposed))
        return answer

    async def _commit(self, save: object) -> SaveResult | None:
        """Run a store call off the event loop; show its refusal, keeping the draft."""
        self.screen.write_draft()
        try:
            return await asyncio.to_thread(save)  # type: ignore[arg-type]
        except InvalidCase as error:
            await self._show_error(error, [str(p) for p in error.problems])
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
        await self.screen.app.push_screen_wait(dialog)

    def _after_save(self, case: Case, result: SaveResult) -> None:
        self.screen.base = result.base
        self.screen.saved_case = case
        self.screen.template_case = case
        self.screen.pending_file_text = None
        self.screen.saved_state = copy.deepcopy(self.screen.latest)
        self.screen.drafts.discard(self.screen.base.path)
        self.screen.edited()
        if result.commit_id is None:
            self.screen.notify(markup=False, message=texts.NOTHING_TO_SAVE)
            return
        summary = safe_line(result.message.split("\n", 1)[0])
        self.screen.notify(
            markup=False, message=texts.SAVED.format(commit=result.commit_id[:8], summary=summary)
        )
        if result.milestone:
            self.screen.notify(
                markup=False,
                message=texts.SAVED_STATUS.format(
                    status=case.status.value, commit=result.milestone
                ),
            )
