"""The editor's swap file: what goes into a draft, and offering a found draft back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmtui.format.casefile import inspect_case
from pmtui.texts import editor as texts
from pmtui.tui.dialogs import recovery
from pmtui.tui.dialogs.recovery import RecoveryDialog
from pmtui.tui.drafts import Draft
from pmtui.tui.screens.case_state import EditorState, build_case

if TYPE_CHECKING:
    from pmtui.tui.screens.case_editor import CaseEditorScreen


class CaseDrafting:
    """Writes and recovers the drafts of one editor screen."""

    def __init__(self, screen: CaseEditorScreen) -> None:
        self.screen = screen

    def make(self) -> Draft:
        screen = self.screen
        assert screen.latest is not None
        text = screen.pending_file_text
        if text is None and screen.template_case is not None:
            built = build_case(screen.latest, screen.template_case).case
            text = screen.serialized(built) if built else None
        return Draft(
            dnr=screen.dnr_text(),
            path=screen.base.path,
            base_commit=screen.base.commit_id,
            base_blob=screen.base.blob_id,
            state=screen.latest.to_dict(),
            text=text,
        )

    def write(self) -> None:
        if self.screen.latest is not None:
            self.screen.drafts.write(self.make())

    async def offer_recovery(self) -> None:
        """Ask about a draft that differs from the saved case: recover, diff or discard."""
        screen = self.screen
        draft = screen.drafts.read(screen.base.path)
        if draft is None or screen.saved_state is None:
            return
        state = EditorState.from_dict(draft.state)
        if state == screen.saved_state and draft.text in (None, screen.loaded.text):
            screen.drafts.discard(screen.base.path)
            return
        question = texts.RECOVER_QUESTION.format(dnr=draft.dnr, when=draft.saved_at[:19])
        if draft.base_blob != screen.base.blob_id:
            question += "\n\n" + texts.RECOVER_BASE_MOVED
        dialog = RecoveryDialog(question, screen.loaded.text, draft.text)
        if await screen.app.push_screen_wait(dialog) == recovery.DISCARD:
            screen.drafts.discard(screen.base.path)
            screen.notify(markup=False, message=texts.DRAFT_DISCARDED)
            return
        await self.recover(draft, state)

    async def recover(self, draft: Draft, state: EditorState) -> None:
        if draft.text is not None and not inspect_case(draft.text).ok:
            self.screen.pending_file_text = draft.text
        await self.screen.show_state(state)
        self.screen.notify(markup=False, message=texts.DRAFT_RECOVERED)
