"""The new-case form (Ctrl+N in the case list): dnr, handling, rubrik, rotel, föredragande.

Each field's message shows right under it once the field was left with text in it (or
after a try to create), and follows the typing from then on; the text typed always stays
as it is. Ctrl+S, or Enter in the last field, creates the case as one commit
(``new_case_creating.create``) and opens it in the editor. Esc closes the form, asking
first if anything was typed.
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static
from textual.worker import Worker

from pmtui.editing.new_case import NEW_CASE_FIELDS, ExistingCases, NewCaseResult, build_new_case
from pmtui.model.case import Case, DocumentKind
from pmtui.store import CaseRepository, SaveBase, SaveResult
from pmtui.terminal import safe_line, safe_text
from pmtui.texts import new_case as texts
from pmtui.tui.dialogs.choice import EDITOR_CSS, Choice, ChoiceDialog
from pmtui.tui.errors import report_failure
from pmtui.tui.screens.new_case_creating import create
from pmtui.tui.widgets.fields import FieldInput

FIELD_IDS = {
    "dnr": "new-dnr",
    "handling": "new-handling",
    "rubrik": "new-rubrik",
    "rotel": "new-rotel",
    "föredragande": "new-foredragande",
}
TEXT_FIELDS = tuple(key for key in NEW_CASE_FIELDS if key != "handling")
_KEY_BY_ID = {widget_id: key for key, widget_id in FIELD_IDS.items()}
DISCARD, KEEP_WRITING = "discard", "keep"


def _key(key: str, action: str, short: str, long: str, name: str, **options: Any) -> Binding:
    return Binding(key, action, short, tooltip=long, id=f"pmtui.new_case.{name}", **options)


class NewCaseScreen(ModalScreen[str | None]):
    """Dismissed with the new case's dnr, or None when cancelled."""

    CSS_PATH = EDITOR_CSS
    DEFAULT_CSS = """
    NewCaseScreen #new-case { width: 76; max-width: 95%; height: auto; max-height: 95%; }
    NewCaseScreen .field-label { margin-top: 1; }
    NewCaseScreen Input, NewCaseScreen Select > SelectCurrent {
        border: none; border-left: blank; height: 1; padding: 0 1 0 0;
    }
    NewCaseScreen Select { height: auto; }
    NewCaseScreen Input:focus, NewCaseScreen Select:focus > SelectCurrent {
        border: none; border-left: tall $accent; background: $boost;
    }
    NewCaseScreen Input.invalid { border-left: tall $error; background: $error 25%; }
    NewCaseScreen Input.invalid:focus { border: none; border-left: tall $accent; }
    NewCaseScreen #new-help { color: $text-muted; margin-top: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        _key("ctrl+s", "create", texts.KEY_CREATE, texts.KEY_CREATE_HELP, "create", priority=True),
        _key("escape", "cancel", texts.KEY_CANCEL, texts.KEY_CANCEL_HELP, "cancel"),
        # A modal screen hides the app's F1 (only its priority keys pass): bound here again.
        _key("f1", "app.help", texts.KEY_HELP, texts.KEY_HELP_HELP, "help"),
    ]

    def __init__(self, repository: CaseRepository) -> None:
        super().__init__(classes="dialog")
        self.repository = repository
        self.existing = ExistingCases()  # read in a worker when the form opens
        self.checked: set[str] = set()  # fields whose messages show
        self.creating = False
        self.asking = False  # the question before discarding is open
        self.left: SaveBase | None = None  # a refused attempt's file, still on disk

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="new-case", classes="dialog-box"):
            yield Label(texts.TITLE, classes="dialog-title")
            for key in NEW_CASE_FIELDS:
                hint = Text(f"  {texts.FIELD_HINTS[key]}", style="dim")
                yield Label(Text(texts.FIELD_LABELS[key]) + hint, classes="field-label")
                yield self._editor(key)
                yield Static("", id=f"{FIELD_IDS[key]}-problem", classes="field-problem")
            yield Static("", id="new-problem", classes="field-problem")
            yield Static(texts.FORM_HELP, id="new-help")
            with Horizontal(classes="dialog-buttons"):
                yield Button(texts.BUTTON_CREATE, id="new-create", variant="primary")
                yield Button(texts.BUTTON_CANCEL, id="new-cancel")

    def _editor(self, key: str) -> Input | Select[str]:
        if key == "handling":
            kinds = [(kind.value, kind.value) for kind in DocumentKind]
            return Select(kinds, value=DocumentKind.PM.value, allow_blank=False, id=FIELD_IDS[key])
        return FieldInput("", id=FIELD_IDS[key])

    def on_mount(self) -> None:
        self.query_one(f"#{FIELD_IDS['dnr']}").focus()
        self.read_existing()

    @work(exclusive=True, group="existing", exit_on_error=False)
    async def read_existing(self) -> None:
        self.existing = await asyncio.to_thread(ExistingCases.read, self.repository)
        self.show_problems()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self.app, event.worker)

    # --- the fields and their messages -------------------------------------------------------

    def values(self) -> dict[str, str]:
        found = {key: self.query_one(f"#{FIELD_IDS[key]}", Input).value for key in TEXT_FIELDS}
        return found | {"handling": str(self.query_one(f"#{FIELD_IDS['handling']}", Select).value)}

    @property
    def typed(self) -> bool:
        values = self.values()
        changed_kind = values["handling"] != DocumentKind.PM.value
        return changed_kind or any(values[key].strip() for key in TEXT_FIELDS)

    def show_problems(self) -> NewCaseResult:
        """Check the form; show the messages of the fields in ``checked``."""
        own = self.left.path if self.left else None
        result = build_new_case(self.values(), self.existing, own)
        for key in TEXT_FIELDS:
            shown = result.problems.get(key, []) if key in self.checked else []
            self._show(f"#{FIELD_IDS[key]}-problem", shown)
            self.query_one(f"#{FIELD_IDS[key]}").set_class(bool(shown), "invalid")
        self._show("#new-problem", result.problems.get("", []) if self.checked else [])
        return result

    def _show(self, selector: str, messages: list[str]) -> None:
        note = self.query_one(selector, Static)
        note.update(Text("\n".join(safe_text(message) for message in messages)))
        note.set_class(bool(messages), "has-problem")

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self.show_problems()

    @on(Input.Blurred)
    def _left_field(self, event: Input.Blurred) -> None:
        key = _KEY_BY_ID.get(event.input.id or "")
        if key is not None and event.value.strip():
            self.checked.add(key)
            self.show_problems()

    @on(Input.Submitted)
    def _enter(self, event: Input.Submitted) -> None:
        """Enter: the next text field; in the last one, create."""
        event.stop()
        key = _KEY_BY_ID.get(event.input.id or "")
        if key == TEXT_FIELDS[-1]:
            self.action_create()
        elif key in TEXT_FIELDS:
            following = TEXT_FIELDS[TEXT_FIELDS.index(key) + 1]
            self.query_one(f"#{FIELD_IDS[following]}").focus()

    @on(Button.Pressed)
    def _button(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "new-create":
            self.action_create()
        else:
            self.action_cancel()

    # --- creating and cancelling -----------------------------------------------------------

    @work(group="create", exit_on_error=False)  # a failure is a notice (report_failure)
    async def action_create(self) -> None:  # not exclusive: never cancel a running commit
        if self.creating:
            self.notify(texts.CREATING, markup=False)
            return
        self.creating = True
        try:
            await self._create()
        finally:
            self.creating = False

    async def _create(self) -> None:
        self.checked.update(TEXT_FIELDS)
        self.existing = await asyncio.to_thread(ExistingCases.read, self.repository)
        result = self.show_problems()
        if result.case is None:
            self.notify(texts.FIX_FIRST, severity="error", markup=False)
            if (first := result.first_problem) in FIELD_IDS:
                self.query_one(f"#{FIELD_IDS[first]}").focus()
            return
        saved, self.left = await create(self.app, self.repository, result.case, self.left)
        if saved is not None:
            self._created(result.case, saved)

    def _created(self, case: Case, saved: SaveResult) -> None:
        """Tell the commit, close the form and open the new case in the editor."""
        summary = safe_line(saved.message.split("\n", 1)[0])
        commit = (saved.commit_id or "")[:8]
        message = texts.CREATED.format(dnr=case.dnr, commit=commit, summary=summary)
        self.notify(message, markup=False)
        for warning in saved.warnings:
            warned = texts.CREATED_WARNING.format(warning=safe_line(warning))
            self.notify(warned, severity="warning", markup=False)
        app, ref = self.app, str(case.dnr)
        self.dismiss(ref)
        opener = getattr(app, "open_case", None)
        if opener is not None:
            opener(ref)

    @work(group="cancel")
    async def action_cancel(self) -> None:
        if not self.typed or await self._discard_chosen():
            self.dismiss(None)

    def ask_before_quit(self) -> bool:
        """Ctrl+Q (the app asks every screen): quit only after the same question as Esc."""
        if not self.typed:
            return False
        self._quit_after_asking()
        return True

    @work(group="cancel")
    async def _quit_after_asking(self) -> None:
        if await self._discard_chosen():
            self.app.exit()

    async def _discard_chosen(self) -> bool:
        """Ask (once at a time) whether to throw away what was typed."""
        if self.asking:
            return False
        self.asking = True
        try:
            return bool(await self.app.push_screen_wait(_discard_dialog()) == DISCARD)
        finally:
            self.asking = False


def _discard_dialog() -> ChoiceDialog:
    choices = [
        Choice(KEEP_WRITING, texts.BUTTON_KEEP_WRITING, "primary"),
        Choice(DISCARD, texts.BUTTON_DISCARD, "error"),
    ]
    return ChoiceDialog(texts.DISCARD_TITLE, texts.DISCARD_QUESTION, choices, KEEP_WRITING)
