"""The case view and editor: metadata form, decision points and body sections of one case.

Unsaved text is never lost: every change is kept as raw text (``EditorState``), written to
a swap file every few seconds and on SIGTERM/SIGHUP, and offered back on the next open.
Saving (``case_saving``) and $EDITOR (``case_external``) live in their own modules.
"""

from __future__ import annotations

import copy
from typing import Any, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static, TabbedContent, TabPane

from pmtui.format.emit import serialize_case
from pmtui.model.case import Case
from pmtui.store import CaseRepository, LoadedCase, StoreError
from pmtui.terminal import safe_line
from pmtui.texts import editor as texts
from pmtui.texts import history as history_texts
from pmtui.tui.dialogs import confirm_leave, link_confirm
from pmtui.tui.dialogs.confirm_leave import ConfirmLeaveDialog
from pmtui.tui.dialogs.link_confirm import LinkConfirmDialog
from pmtui.tui.drafts import EMERGENCY, install_signal_handlers, store_for
from pmtui.tui.safe import markup_line, markup_text
from pmtui.tui.screens.case_drafting import CaseDrafting
from pmtui.tui.screens.case_external import ExternalEditing
from pmtui.tui.screens.case_keys import editor_key
from pmtui.tui.screens.case_saving import CaseSaving
from pmtui.tui.screens.case_state import EditorState, build_case, state_from_case
from pmtui.tui.widgets.decision_points import DecisionPoints
from pmtui.tui.widgets.metadata_form import MetadataForm
from pmtui.tui.widgets.preview import SectionPreview, link_scheme
from pmtui.tui.widgets.section_editor import SectionEditor

AUTOSAVE_SECONDS = 5.0
_APPS_WITH_HANDLERS: set[int] = set()


class CaseEditorScreen(Screen[None]):
    """Edit one case; ``dnr`` is a dnr, slug or repo-relative path."""

    CSS_PATH = "../editor.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        editor_key("ctrl+s", "save", texts.KEY_SAVE, texts.KEY_SAVE_HELP, priority=True),
        editor_key("escape", "leave", texts.KEY_LEAVE, texts.KEY_LEAVE_HELP),
        editor_key("e,f4", "external_editor", texts.KEY_EDITOR, texts.KEY_EDITOR_HELP),
        editor_key(
            "E,shift+f4", "external_file", texts.KEY_EDITOR_FILE, texts.KEY_EDITOR_FILE_HELP
        ),
        editor_key("alt+p", "toggle_preview", texts.KEY_PREVIEW, texts.KEY_PREVIEW_HELP),
        editor_key("question_mark", "app.help", texts.KEY_HELP, texts.KEY_HELP_HELP, name="help"),
        editor_key(
            "f5,alt+1",
            "show_tab('tab-metadata')",
            texts.TAB_METADATA,
            texts.KEY_TAB_METADATA_HELP,
            name="tab_metadata",
        ),
        editor_key(
            "f6,alt+2",
            "show_tab('tab-decisions')",
            texts.TAB_DECISIONS,
            texts.KEY_TAB_DECISIONS_HELP,
            name="tab_decisions",
        ),
        editor_key(
            "f7,alt+3",
            "show_tab('tab-sections')",
            texts.TAB_SECTIONS,
            texts.KEY_TAB_SECTIONS_HELP,
            name="tab_sections",
        ),
        editor_key("alt+h", "history", history_texts.KEY_HISTORY, history_texts.KEY_HISTORY_HELP),
        editor_key("alt+v", "blame", history_texts.KEY_BLAME, history_texts.KEY_BLAME_HELP),
    ]

    def __init__(self, repository: CaseRepository, dnr: str) -> None:
        super().__init__(classes="case-editor")
        self.repository = repository
        self.dnr = str(dnr)
        self.drafts = store_for(repository)
        self.load_error: StoreError | None = None
        self.saved_case: Case | None = None
        self.template_case: Case | None = None
        self.saved_state: EditorState | None = None
        self.latest: EditorState | None = None
        self.pending_file_text: str | None = None  # an invalid file back from $EDITOR
        self._shown_messages: list[str] | None = None
        self._shown_title = ""
        self.saving = CaseSaving(self)
        self.drafting = CaseDrafting(self)
        self.external = ExternalEditing(self)
        self._loaded_from_repository()

    # --- loading ---------------------------------------------------------------------------

    def _loaded_from_repository(self) -> None:
        try:
            loaded = self.repository.load(self.dnr)
        except StoreError as error:
            self.load_error = error
            return
        self.adopt(loaded)

    def adopt(self, loaded: LoadedCase) -> None:
        """Take ``loaded`` as the saved version (after a load or a save)."""
        self.loaded = loaded
        self.base = loaded.base
        self.saved_case = loaded.case
        self.template_case = loaded.case
        if loaded.case is None:
            self.pending_file_text = loaded.text
        self.saved_state = state_from_case(loaded.case) if loaded.case else None
        self.latest = copy.deepcopy(self.saved_state)

    @property
    def editable(self) -> bool:
        return self.load_error is None and self.template_case is not None

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        self._shown_title = self._title_markup()
        yield Static(self._shown_title, id="editor-title")
        if not self.editable:
            yield Static(self._unusable_text(), id="editor-unusable")
        else:
            assert self.latest is not None
            with TabbedContent(initial="tab-metadata", id="editor-tabs"):
                with TabPane(texts.TAB_METADATA, id="tab-metadata"):
                    yield MetadataForm(self.dnr_text(), self.latest.fields, id="metadata")
                with TabPane(texts.TAB_DECISIONS, id="tab-decisions"):
                    yield DecisionPoints(self.latest.blocks, id="decisions")
                with TabPane(texts.TAB_SECTIONS, id="tab-sections"):
                    yield SectionEditor(self.latest.sections, id="sections")
        with Vertical(id="editor-status"):
            yield Static(texts.PROBLEMS_NONE, id="editor-problems")
        yield Footer()

    def dnr_text(self) -> str:
        case = self.template_case
        return str(case.dnr) if case else self.dnr

    def _title_markup(self) -> str:
        case = self.template_case
        title = texts.TITLE.format(dnr=self.dnr_text(), title=case.title if case else "")
        mark = texts.CHANGED_MARK if self.editable and self.is_dirty else ""
        return markup_line(title) + mark

    def _unusable_text(self) -> str:
        if self.load_error is not None:
            message = texts.LOAD_FAILED.format(dnr=self.dnr, message=self.load_error.message)
            return markup_text(f"{message}\n\n{self.load_error.hint}")
        problems = "\n".join(f"• {p.located(self.loaded.base.path)}" for p in self.loaded.problems)
        return markup_text(
            f"{texts.EDITOR_INVALID_TITLE}\n\n{problems}\n\n{texts.EDITOR_INVALID_HELP}"
        )

    def on_mount(self) -> None:
        EMERGENCY.register(self, self.write_draft)
        self._install_signal_handlers()
        self.set_interval(AUTOSAVE_SECONDS, self.autosave)
        if self.editable:
            self.validate()
            self.offer_recovery()

    def on_unmount(self) -> None:
        EMERGENCY.unregister(self)
        if self.editable and self.is_dirty:
            self.write_draft()

    def _install_signal_handlers(self) -> None:
        if id(self.app) in _APPS_WITH_HANDLERS:
            return
        _APPS_WITH_HANDLERS.add(id(self.app))
        install_signal_handlers(lambda code: self.app.exit(return_code=code))

    # --- state -----------------------------------------------------------------------------

    def current_state(self) -> EditorState:
        form = self.query_one(MetadataForm)
        blocks = self.query_one(DecisionPoints).blocks
        sections = self.query_one(SectionEditor).sections
        return EditorState(form.values(), blocks, sections)

    @property
    def is_dirty(self) -> bool:
        if self.pending_file_text is not None:
            return self.pending_file_text != self.loaded.text
        return self.latest != self.saved_state or self.template_case != self.saved_case

    def edited(self) -> None:
        self.latest = self.current_state()
        self.validate()
        title = self._title_markup()
        if title != self._shown_title:
            self._shown_title = title
            self.query_one("#editor-title", Static).update(title)

    def validate(self) -> Any:
        assert self.latest is not None and self.template_case is not None
        result = build_case(self.latest, self.template_case)
        self.query_one(MetadataForm).show_problems(result.problems)
        self.query_one(DecisionPoints).show_problems(result.problems.get("beslutsförslag", []))
        self.query_one(SectionEditor).show_problems(result.problems)
        self._show_problem_bar(result.messages)
        return result

    def _show_problem_bar(self, messages: list[str]) -> None:
        if messages == self._shown_messages:
            return
        self._shown_messages = messages
        bar = self.query_one("#editor-problems", Static)
        if not messages:
            bar.update(texts.PROBLEMS_NONE)
        else:
            bar.update(
                markup_line(texts.PROBLEMS_COUNT.format(count=len(messages), first=messages[0]))
            )
        bar.set_class(bool(messages), "has-problem")

    def on_metadata_form_edited(self, _event: MetadataForm.Edited) -> None:
        self.edited()

    def on_decision_points_edited(self, _event: DecisionPoints.Edited) -> None:
        self.edited()

    def on_section_editor_edited(self, _event: SectionEditor.Edited) -> None:
        self.edited()

    async def show_state(self, state: EditorState) -> None:
        """Put another state in every widget (recovered draft, file from $EDITOR)."""
        self.latest = state
        self.query_one(MetadataForm).load(state.fields)
        await self.query_one(DecisionPoints).load(state.blocks)
        self.query_one(SectionEditor).load(state.sections)
        self.edited()

    # --- drafts ----------------------------------------------------------------------------

    def write_draft(self) -> None:
        self.drafting.write()

    def autosave(self) -> None:
        if self.editable and self.is_dirty:
            self.drafting.write()

    @work(exclusive=True, group="recovery")
    async def offer_recovery(self) -> None:
        await self.drafting.offer_recovery()

    # --- saving and $EDITOR ----------------------------------------------------------------

    @staticmethod
    def serialized(case: Case) -> str:
        return serialize_case(case)

    @work(exclusive=True, group="save")
    async def action_save(self) -> None:
        if not self.unopened():
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
        if self.load_error is not None:
            self.notify(markup=False, message=self.load_error.message, severity="error")
        return self.load_error is not None

    async def report_pending_file(self) -> None:
        await self.external.report_pending_file()

    # --- links in the preview (docs/reliability.md, F31) ---------------------------------

    def on_section_preview_link_requested(self, event: SectionPreview.LinkRequested) -> None:
        event.stop()
        if not event.allowed:
            scheme = link_scheme(event.href) or "?"
            self.notify(
                markup=False,
                message=texts.LINK_REFUSED.format(scheme=safe_line(scheme)),
                severity="warning",
            )
            return
        self.confirm_link(event.href)

    @work(exclusive=True, group="link")
    async def confirm_link(self, href: str) -> None:
        answer = await self.app.push_screen_wait(LinkConfirmDialog(safe_line(href)))
        if answer == link_confirm.OPEN:
            self.app.open_url(href)

    # --- leaving ---------------------------------------------------------------------------

    @work(exclusive=True, group="leave")
    async def action_leave(self) -> None:
        if not (self.editable and self.is_dirty):
            self.dismiss_editor()
            return
        answer = await self.app.push_screen_wait(ConfirmLeaveDialog())
        if answer == confirm_leave.SAVE:
            if await self.saving.save_flow():
                self.dismiss_editor()
        elif answer == confirm_leave.KEEP:
            self.write_draft()
            self.dismiss_editor()
        elif answer == confirm_leave.DISCARD:
            self.drafts.discard(self.base.path)
            self.latest = copy.deepcopy(self.saved_state)
            self.template_case = self.saved_case
            self.pending_file_text = None
            self.dismiss_editor()

    def dismiss_editor(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit()

    def action_history(self) -> None:
        from pmtui.tui.screens.history import HistoryScreen

        self.app.push_screen(HistoryScreen(self.repository, self.dnr))

    def action_blame(self) -> None:
        from pmtui.tui.screens.blame import BlameScreen

        self.app.push_screen(BlameScreen(self.repository, self.dnr))

    def action_show_tab(self, tab: str) -> None:
        """Show a tab and put the cursor where one writes in it."""
        if not self.editable:
            return
        self.query_one(TabbedContent).active = tab
        targets = {
            "tab-metadata": "#field-handling",
            "tab-decisions": "#decisions Input",
            "tab-sections": "#section-text",
        }
        found = self.query(targets[tab])
        if found:
            found.first().focus()

    def action_toggle_preview(self) -> None:
        if self.editable:
            preview = self.query_one(SectionEditor).preview
            preview.display = not preview.display
