"""A case that Git left in conflict (an unfinished merge, rebase, cherry-pick…), opened in
the app: what is in conflict (each part, its sides named by Git's marker labels) and how
to finish, with the choice to resolve it part by part in the conflict screen
(``conflict_resolver.py``, Enter or d: it finishes the merge too), in $EDITOR (e or F4),
or to leave everything as it is (Esc).

In $EDITOR the whole file is resolved at once. The editor gets the file with
its markers, or the last attempt that had errors: that attempt is kept beside the drafts
(``<case>.konflikt-<blob>.md``) until a resolution is written, so nothing typed is lost.
A valid result is written to the work tree by ``store.resolution.write_resolution`` (no
commit, the index untouched) and the user is told to finish in Git (``git add``, then
``git commit`` or ``--continue``).
"""

from __future__ import annotations

import contextlib
import shlex
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import BindingType

from pmtui.atomic import write_atomically
from pmtui.editing.conflict_session import ConflictSession
from pmtui.editing.drafts import store_for
from pmtui.store import CaseRepository, InvalidCase, StoreError
from pmtui.store.resolution import ConflictedCase, ConflictHunk, read_conflict, write_resolution
from pmtui.texts import conflict as texts
from pmtui.texts import counted
from pmtui.texts import format as format_texts
from pmtui.tui.dialogs import error as error_dialog
from pmtui.tui.dialogs.choice import Choice, ChoiceDialog
from pmtui.tui.dialogs.error import ErrorDialog
from pmtui.tui.screens.case_external import edit_in_editor
from pmtui.tui.screens.conflict_resolver import ABORTED, FINISHED, ConflictResolverScreen
from pmtui.tui.screens.framing import key_maker

RESOLVE, CANCEL, RESOLVED, CLOSE = "resolve", "cancel", "resolved", "close"
PARTS = "parts"
MAX_HUNKS = 10  # conflicting parts described in the dialog (the rest are counted)
MAX_SIDE_LINES = 8  # lines of each side shown (the rest are counted)

_key = key_maker("conflict")


def open_conflict(app: App[object], repository: object, path: str) -> bool:
    """Show the conflict dialog when Git has the case at ``path`` in conflict; False
    (nothing shown) when it has not, so the case opens as usual."""
    if not isinstance(repository, CaseRepository):
        return False
    conflict = read_conflict(repository, path)
    if conflict is None:
        return False
    app.push_screen(CaseConflictScreen(repository, conflict))
    return True


class CaseConflictScreen(ChoiceDialog):
    """Enter or d opens the conflict screen, e or F4 resolves in $EDITOR, Esc cancels;
    dismissed with ``RESOLVED`` (the merge finished or aborted there, or the file written
    from $EDITOR) or ``CANCEL``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        _key("d,f2", "resolve_parts", texts.KEY_PARTS, texts.KEY_PARTS_HELP, "parts"),
        _key("f4,e", "resolve", texts.KEY_RESOLVE, texts.KEY_RESOLVE_HELP, "resolve"),
        _key("escape", "cancel", texts.KEY_CANCEL, texts.KEY_CANCEL_HELP, "cancel"),
    ]

    def __init__(self, repository: CaseRepository, conflict: ConflictedCase) -> None:
        self.repository = repository
        self.conflict = conflict
        self.attempt = attempt_path(repository, conflict)
        choices = [
            Choice(PARTS, texts.BUTTON_PARTS, "primary"),
            Choice(RESOLVE, texts.BUTTON_RESOLVE),
            Choice(CANCEL, texts.BUTTON_CANCEL),
        ]
        body = describe(conflict, attempt_kept=self.attempt.is_file())
        super().__init__(texts.TITLE, body, choices, escape_answer=CANCEL)
        self.add_class("conflict-dialog")

    def answer(self, value: str) -> None:
        if value == PARTS:
            self.action_resolve_parts()
        elif value == RESOLVE:
            self.action_resolve()
        else:
            self.dismiss(CANCEL)

    def action_cancel(self) -> None:
        self.dismiss(CANCEL)

    @work(exclusive=True, group="resolve")
    async def action_resolve_parts(self) -> None:
        """The conflict screen, on the file as it is now; this dialog closes with it."""
        conflict = read_conflict(self.repository, self.conflict.path)
        if conflict is None:  # resolved meanwhile (in a terminal)
            self.app.notify(texts.NO_LONGER_CONFLICTED, markup=False)
            self.dismiss(CANCEL)
            return
        roles = (ours_role(conflict), theirs_role(conflict))
        screen = ConflictResolverScreen(ConflictSession(self.repository, conflict), roles)
        outcome = await self.app.push_screen_wait(screen)
        self.dismiss(CANCEL if outcome not in (FINISHED, ABORTED) else RESOLVED)

    @work(exclusive=True, group="resolve")
    async def action_resolve(self) -> None:
        outcome = await self._resolve()
        if outcome == RESOLVED:
            await self.app.push_screen_wait(resolved_dialog(self.conflict))
        if outcome is not None:
            self.dismiss(outcome)

    async def _resolve(self) -> str | None:
        """$EDITOR until its text is written as the resolution (``RESOLVED``) or the user
        stops (None: the dialog stays); ``CANCEL`` when the file changed meanwhile."""
        text = self._kept_attempt() or self.conflict.text
        while True:
            result = self._edit(text)
            if result is None or result == self.conflict.text:
                if result is not None:
                    self.app.notify(markup=False, message=texts.UNCHANGED)
                return None
            try:
                write_resolution(self.repository, self.conflict, result)
            except InvalidCase as error:
                if not await self._edit_again(error):
                    return None
                text = result
                continue
            except StoreError as error:
                await self._not_written(error)
                return CANCEL
            self._discard_attempt()
            return RESOLVED

    def _edit(self, text: str) -> str | None:
        """``text`` in $EDITOR, through the attempt file (kept only when it differs from
        the conflicted file)."""
        try:
            self.attempt.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomically(self.attempt, text.encode("utf-8"), mode=0o600)
        except OSError as error:
            message = texts.ATTEMPT_NOT_WRITTEN.format(path=self.attempt, error=error.strerror)
            self.app.notify(markup=False, message=message, severity="error")
            return None
        result = edit_in_editor(self.app, self.attempt)
        if self._kept_attempt() in (None, self.conflict.text):
            self._discard_attempt()
        return result

    def _kept_attempt(self) -> str | None:
        try:
            return self.attempt.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            return None

    def _discard_attempt(self) -> None:
        with contextlib.suppress(OSError):
            self.attempt.unlink()

    async def _edit_again(self, error: InvalidCase) -> bool:
        """The located problems of a text that is no resolution; True to edit it again."""
        problems = [problem.located(self.conflict.path) for problem in error.problems]
        hint = texts.NOT_RESOLVED_KEPT.format(attempt=self.attempt)
        dialog = ErrorDialog(
            texts.NOT_RESOLVED_TITLE, error.message, hint, problems, can_edit=True, kept=False
        )
        return await self.app.push_screen_wait(dialog) == error_dialog.EDIT_AGAIN

    async def _not_written(self, error: StoreError) -> None:
        hint = f"{error.hint}\n\n{texts.NOT_WRITTEN_KEPT.format(attempt=self.attempt)}"
        dialog = ErrorDialog(texts.NOT_WRITTEN_TITLE, error.message, hint, kept=False)
        await self.app.push_screen_wait(dialog)


def attempt_path(repository: CaseRepository, conflict: ConflictedCase) -> Path:
    """Where an unfinished resolution of ``conflict`` is kept: beside the drafts, named by
    the case and the conflicted file's blob (a new conflict never reopens an old attempt)."""
    stem = Path(conflict.path).name.removesuffix(".md")
    blob = (conflict.disk_blob or "saknas")[:12]
    return store_for(repository).folder / f"{stem}.konflikt-{blob}.md"


# --- what the dialogs say -----------------------------------------------------------------


def describe(conflict: ConflictedCase, *, attempt_kept: bool = False) -> str:
    """The situation, the other files in conflict, each conflicting part, and what to do."""
    parts = [situation(conflict)]
    if conflict.others:
        parts.append(texts.OTHERS.format(paths=", ".join(conflict.others)))
    hunks = conflict.hunks
    parts += [_hunk_text(conflict, n, hunk) for n, hunk in enumerate(hunks[:MAX_HUNKS], 1)]
    if len(hunks) > MAX_HUNKS:
        parts.append(counted(len(hunks) - MAX_HUNKS, texts.HUNKS_MORE))
    if not hunks:
        parts.append(texts.NO_MARKERS)
    if attempt_kept:
        parts.append(texts.ATTEMPT_KEPT)
    parts.append(texts.HOW)
    return "\n\n".join(parts)


def situation(conflict: ConflictedCase) -> str:
    operation = conflict.operation
    if operation is None:
        return texts.IN_CONFLICT.format(path=conflict.path)
    named = format_texts.MERGE_OPERATIONS.get(operation, operation)
    return texts.IN_PROGRESS.format(operation=named, path=conflict.path)


def _hunk_text(conflict: ConflictedCase, number: int, hunk: ConflictHunk) -> str:
    lines = [texts.HUNK.format(number=number, line=hunk.line)]
    sides = [(hunk.ours, ours_role(conflict)), (hunk.base, texts.BASE)]
    for side, role in [*sides, (hunk.theirs, theirs_role(conflict))]:
        if side is None:
            continue
        lines.append(texts.SIDE.format(marker=side.marker, label=side.label, role=role))
        lines += [texts.SIDE_LINE.format(line=line) for line in side.lines[:MAX_SIDE_LINES]]
        if not side.lines:
            lines.append(texts.SIDE_EMPTY)
        if len(side.lines) > MAX_SIDE_LINES:
            lines.append(counted(len(side.lines) - MAX_SIDE_LINES, texts.SIDE_MORE))
    return "\n".join(lines)


def ours_role(conflict: ConflictedCase) -> str:
    """Who wrote the ``<<<<<<<`` side (in a rebase: the branch being rebased onto)."""
    role = texts.OURS.get(conflict.operation or "", texts.OURS_OTHER)
    if conflict.branch and conflict.operation in ("merge", "cherrypick", "revert"):
        return texts.OURS_BRANCH.format(role=role, branch=conflict.branch)
    return role


def theirs_role(conflict: ConflictedCase) -> str:
    return texts.THEIRS.get(conflict.operation or "", texts.THEIRS_OTHER)


def resolved_dialog(conflict: ConflictedCase) -> ChoiceDialog:
    """The resolution is written: what is left to do in Git."""
    path = shlex.quote(conflict.path)
    finish = texts.STEP_FINISH.get(conflict.operation or "", texts.STEP_FINISH_OTHER)
    lines = [texts.RESOLVED.format(path=conflict.path), "", texts.RESOLVED_STEPS]
    lines += [texts.STEP_ADD.format(path=path), finish]
    if conflict.others:
        lines += ["", texts.STILL_CONFLICTED.format(paths=", ".join(conflict.others))]
    close = [Choice(CLOSE, texts.BUTTON_CLOSE, "primary")]
    return ChoiceDialog(texts.RESOLVED_TITLE, "\n".join(lines), close, escape_answer=CLOSE)


def save_refused_dialog(conflict: ConflictedCase) -> ChoiceDialog:
    """The editor's ctrl+s while the case is in conflict: why not, and the way to resolve."""
    operation = conflict.operation
    if operation is None:
        message = texts.SAVE_REFUSED_NO_OPERATION.format(path=conflict.path)
    else:
        named = format_texts.MERGE_OPERATIONS.get(operation, operation)
        message = texts.SAVE_REFUSED.format(operation=named, path=conflict.path)
    choices = [
        Choice(CLOSE, texts.BUTTON_CLOSE, "primary"),
        Choice(RESOLVE, texts.BUTTON_OPEN_RESOLVE, "warning"),
    ]
    body = f"{message}\n\n{texts.SAVE_REFUSED_HINT}"
    dialog = ChoiceDialog(texts.SAVE_REFUSED_TITLE, body, choices, escape_answer=CLOSE)
    dialog.add_class("error-dialog")
    return dialog
