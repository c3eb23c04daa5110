"""Leaving the case editor with Esc, or the app with Ctrl+Q, when work is unsaved: one
question (save, keep as a draft, discard, or stay), asked at most once at a time."""

from __future__ import annotations

from pmtui.editing.session import EditSession
from pmtui.tui.dialogs import confirm_leave
from pmtui.tui.dialogs.confirm_leave import ConfirmLeaveDialog
from pmtui.tui.screens.case_saving import CaseSaving
from pmtui.tui.screens.editor_view import EditorView


class CaseLeaving:
    """The question the editor asks before its unsaved work is left behind."""

    def __init__(self, session: EditSession, view: EditorView, saving: CaseSaving) -> None:
        self.session = session
        self.view = view
        self.saving = saving
        self.asking = False  # the question is on the screen

    @property
    def has_unsaved_work(self) -> bool:
        return self.session.editable and self.session.is_dirty

    async def settled(self, *, quitting: bool = False) -> bool:
        """Ask what becomes of the unsaved work; True once it is saved, kept or discarded
        (and at once when there is none)."""
        if not self.has_unsaved_work:
            return True
        self.asking = True
        try:
            dialog = ConfirmLeaveDialog(quitting=quitting)
            answer = await self.view.app.push_screen_wait(dialog)
        finally:
            self.asking = False
        return await self._carry_out(answer)

    async def _carry_out(self, answer: str) -> bool:
        if answer == confirm_leave.SAVE:
            return await self.saving.save_flow()
        if answer == confirm_leave.KEEP:
            self.session.write_draft()
        elif answer == confirm_leave.DISCARD:
            self.session.discard()
        return answer in (confirm_leave.KEEP, confirm_leave.DISCARD)
