"""The conflict screen: a case Git left in conflict, resolved unit by unit.

Each conflicting unit (a field, a point, a section, a run of sentences; plain Git's
blocks of lines) is shown with its sides in columns; o, t, b or e take ours, theirs, both
or the user's own text (written in a field; Esc leaves it). Every choice is kept in a
draft at once (``editing/conflict_session.py``). s or F10 writes the resolution, stages
it and finishes the merge (``store/merge_finish.py``); a or F9 aborts the merge after
asking; Esc goes back and changes nothing. Letters are safe here: the focus is in no text
field while choosing.
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import Footer, Static, TextArea

from pmtui.editing.conflict_choices import ConflictUnit, Pick
from pmtui.editing.conflict_session import ConflictSession
from pmtui.model.problems import Problem
from pmtui.store import StoreError
from pmtui.store.merge_finish import GitCommandFailed, abort_command
from pmtui.store.resolution import ConflictedCase
from pmtui.terminal import safe_line
from pmtui.texts import conflict as texts
from pmtui.texts import counted
from pmtui.tui.dialogs.error import ErrorDialog
from pmtui.tui.errors import report_failure
from pmtui.tui.screens.conflict_outcome import (
    ABORT,
    BACK,
    abort_dialog,
    finished_dialog,
    operation_name,
)
from pmtui.tui.screens.framing import key_maker
from pmtui.tui.widgets.conflict_sides import ConflictView, unit_rows

FINISHED, ABORTED = "finished", "aborted"
CHOOSING = {"pick", "edit", "step", "finish", "abort"}  # not while the field has the focus

_key = key_maker("resolver")


class ConflictResolverScreen(Screen[str]):
    """Dismissed with ``FINISHED``, ``ABORTED`` or ``BACK``."""

    DEFAULT_CSS = """
    ConflictResolverScreen { layout: vertical; }
    #resolver-title, #resolver-status { height: 1; background: $panel; padding: 0 1; }
    #resolver-title { text-style: bold; }
    #resolver-status { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        _key("o,f2", "pick('vår')", texts.KEY_OURS, texts.KEY_OURS_HELP, "ours"),
        _key("t,f3", "pick('deras')", texts.KEY_THEIRS, texts.KEY_THEIRS_HELP, "theirs"),
        _key("b,f4", "pick('båda')", texts.KEY_BOTH, texts.KEY_BOTH_HELP, "both"),
        _key("e,f5", "edit", texts.KEY_EDIT, texts.KEY_EDIT_HELP, "edit"),
        _key("n,f8", "step(1)", texts.KEY_NEXT, texts.KEY_NEXT_HELP, "next"),
        _key("p,f7", "step(-1)", texts.KEY_PREVIOUS, texts.KEY_PREVIOUS_HELP, "previous"),
        _key("s,f10", "finish", texts.KEY_FINISH, texts.KEY_FINISH_HELP, "finish"),
        _key("a,f9", "abort", texts.KEY_ABORT, texts.KEY_ABORT_HELP, "abort"),
        _key("escape,q", "back", texts.KEY_BACK, texts.KEY_BACK_HELP, "back"),
        _key("question_mark", "app.help", texts.KEY_HELP, texts.KEY_HELP_HELP, "help"),
    ]

    def __init__(self, session: ConflictSession, roles: tuple[str, str]) -> None:
        super().__init__()
        self.session = session
        self.roles = roles
        open_numbers = session.choices.open_numbers
        self.number = open_numbers[0] if open_numbers else 1
        self.own_start = ""  # the field's text when editing began
        self.own_changed = False  # typed into since: every text is the choice then
        self.busy = False  # Git is finishing or aborting: no second finish meanwhile

    @property
    def conflict(self) -> ConflictedCase:
        return self.session.conflict

    @property
    def view(self) -> ConflictView:
        return self.query_one(ConflictView)

    def compose(self) -> ComposeResult:
        yield Static(Text(safe_line(self._title())), id="resolver-title")
        yield ConflictView(self.session, self.roles)
        yield Static("", id="resolver-status")
        yield Footer()

    def _title(self) -> str:
        situation = operation_name(self.conflict.operation)
        return texts.RESOLVER_TITLE.format(
            path=self.conflict.path, situation=situation or texts.RESOLVER_NO_OPERATION
        )

    def on_mount(self) -> None:
        self.refresh_view()
        if self.session.restored:
            total = len(self.session.units)
            message = texts.CHOICES_RESTORED.format(chosen=self.session.restored, total=total)
            self.app.notify(message, markup=False)

    def refresh_view(self) -> None:
        self.view.show(self.number)
        self.query_one("#resolver-status", Static).update(Text(safe_line(self._status())))
        self.refresh_bindings()

    def _status(self) -> str:
        units, choices = self.session.units, self.session.choices
        if not units:
            return texts.STATUS_NO_UNITS
        hint = texts.STATUS_HINT_DONE if choices.complete else texts.STATUS_HINT
        if self.view.editing:
            hint = texts.STATUS_HINT_EDITING
        total, chosen = len(units), len(choices.chosen)
        return texts.STATUS.format(number=self.number, total=total, chosen=chosen, hint=hint)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Choosing waits while the field has the focus or Git is at work; *both* is shown
        disabled where it is refused (the reason is under the sides); nothing to choose
        without units."""
        if action not in CHOOSING:
            return True
        if self.view.editing or self.busy:
            return False
        if action in ("pick", "edit", "step") and not self.session.units:
            return None
        if action == "pick" and parameters == (Pick.BOTH.value,):
            return None if self.session.choices.unit(self.number).both_refused else True
        return True

    # Choosing ----------------------------------------------------------------------------

    def action_pick(self, pick: str) -> None:
        try:
            self.session.choose(self.number, Pick(pick))
        except ValueError as refused:
            self.app.notify(str(refused), markup=False, severity="warning")
            return
        except OSError as error:
            self._not_saved(error)
        self._go_on()

    def _go_on(self) -> None:
        """To the next unit without a choice (after this one, then from the top)."""
        open_numbers = self.session.choices.open_numbers
        later = [n for n in open_numbers if n > self.number] or open_numbers
        if later:
            self.number = later[0]
        self.refresh_view()

    def action_step(self, delta: int) -> None:
        self.number = max(1, min(len(self.session.units), self.number + delta))
        self.refresh_view()

    def action_edit(self) -> None:
        self.own_start = self.session.choices.own_text(self.number)
        self.own_changed = False
        self.view.start_editing(self.own_start)
        self.refresh_view()

    @on(TextArea.Changed, "#conflict-edit")
    def own_text_changed(self, event: TextArea.Changed) -> None:
        """Every change is the unit's choice at once, and in the draft."""
        text = event.text_area.text
        if not self.view.editing or (not self.own_changed and text == self.own_start):
            return
        self.own_changed = True
        try:
            self.session.write_own(self.number, text)
        except OSError as error:
            self._not_saved(error)
        units = self.view.query_one("#conflict-unit-list", Static)
        units.update(unit_rows(self.session, self.number))

    def _not_saved(self, error: OSError) -> None:
        message = texts.CHOICES_NOT_SAVED.format(path=self.session.draft, error=error.strerror)
        self.app.notify(message, markup=False, severity="error")

    def action_back(self) -> None:
        """Esc: out of the field (its text stays the choice), else back; nothing changes."""
        if self.view.editing:
            self.view.stop_editing()
            self.set_focus(None)
            self.refresh_view()
            return
        chosen = len(self.session.choices.chosen)
        if chosen:
            total = len(self.session.units)
            message = texts.CHOICES_KEPT.format(path=self.conflict.path, chosen=chosen, total=total)
            self.app.notify(message, markup=False)
        self.dismiss(BACK)

    # Finishing and aborting --------------------------------------------------------------

    def action_finish(self) -> None:
        open_numbers = self.session.choices.open_numbers
        if open_numbers:
            numbers = ", ".join(map(str, open_numbers))
            message = counted(len(open_numbers), texts.NOT_ALL_CHOSEN, numbers=numbers)
            self.app.notify(message, markup=False, severity="warning")
            self.number = open_numbers[0]
            self.refresh_view()
            return
        problems = self.session.problems()
        if problems:
            self._show_problems(problems)
            return
        self.busy = True  # until Git is done: a second s starts nothing
        self.finish()

    def _show_problems(self, problems: list[tuple[Problem, ConflictUnit | None]]) -> None:
        path = self.conflict.path
        lines = []
        for problem, unit in problems:
            line = problem.located(path)
            if unit is not None:
                line = texts.IN_UNIT.format(
                    problem=line, unit=texts.THIS_UNIT.format(number=unit.number)
                )
            lines.append(line)
        message = texts.NOT_RESOLVED.format(path=path, count=len(problems))
        hint = texts.INVALID_HINT if self.session.units else texts.INVALID_HINT_NO_UNITS
        dialog = ErrorDialog(texts.INVALID_TITLE, message, hint, lines, kept=False)
        self.app.push_screen(dialog)

    @work(group="resolver")
    async def finish(self) -> None:
        self.query_one("#resolver-status", Static).update(Text(texts.FINISHING))
        try:
            outcome = await asyncio.to_thread(self.session.finish)
        except GitCommandFailed as error:  # the resolution is written: this view is done
            dialog = ErrorDialog(texts.NOT_FINISHED_TITLE, error.message, error.hint, kept=False)
            await self.app.push_screen_wait(dialog)
            self.dismiss(FINISHED)
            return
        except StoreError as error:  # nothing written
            self.busy = False
            hint = "\n\n".join(part for part in (error.hint, texts.NOT_FINISHED_KEPT) if part)
            dialog = ErrorDialog(texts.NOT_FINISHED_TITLE, error.message, hint, kept=False)
            await self.app.push_screen_wait(dialog)
            self.refresh_view()
            return
        await self.app.push_screen_wait(finished_dialog(outcome))
        self.dismiss(FINISHED)

    @work(group="resolver")
    async def action_abort(self) -> None:
        command = abort_command(self.conflict.operation)
        if command is None:
            self.app.notify(texts.ABORT_REFUSED, markup=False, severity="warning")
            return
        dialog = abort_dialog(self.session, command, self.roles)
        if await self.app.push_screen_wait(dialog) != ABORT:
            return
        self.busy = True
        try:
            await asyncio.to_thread(self.session.abort)
        except StoreError as error:
            self.busy = False
            dialog = ErrorDialog(texts.ABORT_FAILED_TITLE, error.message, error.hint, kept=False)
            await self.app.push_screen_wait(dialog)
            return
        operation = operation_name(self.conflict.operation)
        message = texts.ABORTED.format(
            operation=operation[:1].upper() + operation[1:], command=command
        )
        self.app.notify(message, markup=False)
        self.dismiss(ABORTED)

    def on_worker_state_changed(self, event: Any) -> None:
        report_failure(self.app, event.worker)
