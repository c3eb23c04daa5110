"""The case editor: form, decision points and sections of one ``EditSession``'s case.

Only widgets and actions live here; saving, drafts, $EDITOR and leaving are the helpers
``case_saving``, ``case_drafting``, ``case_external`` and ``case_leaving``.
docs/architecture.md follows a save from ctrl+s to the commit.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static, TabbedContent, TabPane

from pmtui.editing.session import EditSession
from pmtui.editing.state import BuildResult, EditorState
from pmtui.store import CaseRepository
from pmtui.texts import editor as texts
from pmtui.tui.screens.blame import BlameScreen
from pmtui.tui.screens.case_drafting import AUTOSAVE_SECONDS, CaseDrafting
from pmtui.tui.screens.case_external import ExternalEditing
from pmtui.tui.screens.case_keys import EDITOR_BINDINGS, TAB_FOCUS
from pmtui.tui.screens.case_leaving import CaseLeaving
from pmtui.tui.screens.case_saving import CaseSaving
from pmtui.tui.screens.history import HistoryScreen
from pmtui.tui.widgets.decision_points import DecisionPoints
from pmtui.tui.widgets.editor_status import EditorTitle, ProblemBar, unusable_text
from pmtui.tui.widgets.metadata_form import MetadataForm
from pmtui.tui.widgets.section_editor import SectionEditor


class CaseEditorScreen(Screen[None]):
    """Edit one case; ``dnr`` is a dnr, slug or repo-relative path."""

    CSS_PATH = "../editor.tcss"
    BINDINGS: ClassVar[list[BindingType]] = EDITOR_BINDINGS

    def __init__(self, repository: CaseRepository, dnr: str) -> None:
        super().__init__(classes="case-editor")
        self.session = EditSession(repository, dnr)
        self.external = ExternalEditing(self.session, self)
        self.saving = CaseSaving(self.session, self, self.external)
        self.drafting = CaseDrafting(self.session, self)
        self.leaving = CaseLeaving(self.session, self, self.saving)

    @property
    def latest(self) -> EditorState | None:
        return self.session.latest

    @property
    def pending_file_text(self) -> str | None:
        return self.session.pending_file_text

    @property
    def is_dirty(self) -> bool:
        return self.session.is_dirty

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield EditorTitle(self.session, id="editor-title")
        latest = self.session.latest
        if not self.session.editable or latest is None:
            yield Static(unusable_text(self.session), id="editor-unusable")
        else:
            with TabbedContent(initial="tab-metadata", id="editor-tabs"):
                with TabPane(texts.TAB_METADATA, id="tab-metadata"):
                    yield MetadataForm(self.session.dnr_text, latest.fields, id="metadata")
                with TabPane(texts.TAB_DECISIONS, id="tab-decisions"):
                    yield DecisionPoints(latest.blocks, id="decisions")
                with TabPane(texts.TAB_SECTIONS, id="tab-sections"):
                    yield SectionEditor(latest.sections, id="sections")
        with Vertical(id="editor-status"):
            yield ProblemBar(id="editor-problems")
        yield Footer()

    def on_mount(self) -> None:
        self.drafting.protect()
        self.set_interval(AUTOSAVE_SECONDS, self.autosave)
        if self.session.editable:
            self.validate()
            self.offer_recovery()

    def on_unmount(self) -> None:
        self.drafting.release()

    # --- state: widgets → session → problems shown -----------------------------------------

    def edited(self) -> None:
        form, points = self.query_one(MetadataForm), self.query_one(DecisionPoints)
        sections = self.query_one(SectionEditor).sections
        self.session.edit(EditorState(form.values(), points.blocks, sections))
        self.validate()
        self.query_one(EditorTitle).show(self.session)

    def validate(self) -> BuildResult:
        result = self.session.build()
        self.query_one(MetadataForm).show_problems(result.problems)
        self.query_one(DecisionPoints).show_problems(result.decision_problems)
        self.query_one(SectionEditor).show_problems(result.problems)
        self.query_one(ProblemBar).show(result.messages)
        return result

    @on(MetadataForm.Edited)
    @on(DecisionPoints.Edited)
    @on(SectionEditor.Edited)
    def _widget_edited(self) -> None:
        self.edited()

    async def show_state(self, state: EditorState) -> None:
        self.session.edit(state)
        self.query_one(MetadataForm).load(state.fields)
        await self.query_one(DecisionPoints).load(state.blocks)
        self.query_one(SectionEditor).load(state.sections)
        self.edited()

    def shown_sections(self) -> SectionEditor | None:
        tabs = self.query(TabbedContent)
        if self.session.editable and tabs and tabs.first().active == "tab-sections":
            return self.query_one(SectionEditor)
        return None

    # --- actions ---------------------------------------------------------------------------

    def autosave(self) -> None:
        self.session.autosave()

    @work(exclusive=True, group="recovery")
    async def offer_recovery(self) -> None:
        await self.drafting.offer_recovery()

    @work(group="save")
    async def action_save(self) -> None:  # not exclusive: never cancel a running commit
        if self.saving.in_progress:
            self.notify(markup=False, message=texts.SAVE_IN_PROGRESS)
        elif not self.unopened():
            await self.saving.save_flow()

    @work(exclusive=True, group="external")
    async def action_external_editor(self) -> None:
        if not self.unopened():
            await self.external.edit_current()

    @work(exclusive=True, group="external")
    async def action_external_file(self) -> None:
        if not self.unopened():
            await self.external.edit_file()

    def unopened(self) -> bool:
        """True (with a message) when the case could not be read at all."""
        if (error := self.session.load_error) is not None:
            self.notify(markup=False, message=error.message, severity="error")
        return error is not None

    @work(exclusive=True, group="leave")
    async def action_leave(self) -> None:
        if await self.leaving.settled():
            self.dismiss_editor()

    def ask_before_quit(self) -> bool:
        """Ctrl+Q (the app asks every screen): True when unsaved work needs an answer
        first; the same question as Esc is asked (once), and the app quits after it."""
        if not self.leaving.has_unsaved_work:
            return False
        if not self.leaving.asking:
            self._quit_after_asking()
        return True

    @work(exclusive=True, group="leave")
    async def _quit_after_asking(self) -> None:
        if await self.leaving.settled(quitting=True):
            self.app.exit()

    def dismiss_editor(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit()

    def action_history(self) -> None:
        self.app.push_screen(HistoryScreen(self.session.repository, self.session.dnr))

    def action_blame(self) -> None:
        self.app.push_screen(BlameScreen(self.session.repository, self.session.dnr))

    def action_show_tab(self, tab: str) -> None:
        if self.session.editable:
            self.query_one(TabbedContent).active = tab
            if found := self.query(TAB_FOCUS[tab]):
                found.first().focus()

    def action_toggle_preview(self) -> None:
        if self.session.editable:
            self.query_one(SectionEditor).toggle_preview()
