"""The editor's swap file: written on SIGTERM/SIGHUP, on a crash and on leaving
(docs/reliability.md, rule 10), and a found draft offered back (recover, diff, discard).

What goes into a draft is the session's business (``EditSession.make_draft``).
"""

from __future__ import annotations

from pmtui.editing.drafts import EMERGENCY, install_signal_handlers
from pmtui.editing.session import EditSession
from pmtui.texts import editor as texts
from pmtui.texts.dates import stamp_words
from pmtui.tui.dialogs import recovery
from pmtui.tui.dialogs.recovery import RecoveryDialog
from pmtui.tui.screens.editor_view import EditorView

_APPS_WITH_HANDLERS: set[int] = set()


AUTOSAVE_SECONDS = 5.0  # how often unsaved work is written to the swap file


class CaseDrafting:
    """Keeps the draft of one session while its editor is open, and offers it back."""

    def __init__(self, session: EditSession, view: EditorView) -> None:
        self.session = session
        self.view = view

    def protect(self) -> None:
        """While the editor is open, a signal or a crash writes the draft first."""
        EMERGENCY.register(self, self.session.write_draft)
        app = self.view.app
        if id(app) not in _APPS_WITH_HANDLERS:
            _APPS_WITH_HANDLERS.add(id(app))
            install_signal_handlers(lambda code: app.exit(return_code=code))

    def release(self) -> None:
        """The editor closes: no more emergency writes; unsaved work goes to the draft."""
        EMERGENCY.unregister(self)
        self.session.autosave()

    async def offer_recovery(self) -> None:
        """Ask about a draft that differs from the saved case: recover, diff or discard."""
        session, app = self.session, self.view.app
        draft = session.recoverable_draft()
        if draft is None:
            return
        question = texts.RECOVER_QUESTION.format(dnr=draft.dnr, when=stamp_words(draft.saved_at))
        if session.draft_base_moved(draft):
            question += "\n\n" + texts.RECOVER_BASE_MOVED
        dialog = RecoveryDialog(question, session.loaded.text, draft.text)
        if await app.push_screen_wait(dialog) == recovery.DISCARD:
            session.discard_draft()
            app.notify(markup=False, message=texts.DRAFT_DISCARDED)
            return
        await self.view.show_state(session.recover(draft))
        app.notify(markup=False, message=texts.DRAFT_RECOVERED)
