"""Archive, restore and delete the case under the list's cursor, and show or hide archived
cases: the case list's F8, Shift+F8 and F7 (``CaseListScreen`` delegates here).

F-keys, because the list's filter field has the focus and would type a letter; each is
what a terminal and tmux pass through unchanged (tests/e2e/test_tmux_lifecycle_keys.py).
Archive and delete ask first (the dialog's first, focused button is "Avbryt"), then make
one commit in a thread (``CaseRepository.archive`` / ``delete``), reload the list and say
what was done. A case with an unsaved draft is not deleted: the draft is the user's text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.binding import Binding

from pmtui.editing.case_index import CaseRow
from pmtui.store import LoadedCase, SaveBase, SaveResult, StoreError
from pmtui.texts import lifecycle as texts
from pmtui.tui.dialogs.choice import Choice, ChoiceDialog
from pmtui.tui.dialogs.error import ErrorDialog
from pmtui.tui.screens.framing import KeyMaker

if TYPE_CHECKING:
    from pmtui.tui.screens.case_list import CaseListScreen

ARCHIVE, DELETE, SHOW_ARCHIVED = "archive", "delete", "show_archived"
CANCEL, CONFIRM = "cancel", "confirm"


def lifecycle_keys(make: KeyMaker) -> list[Binding]:
    """F8 archives or restores, Shift+F8 deletes, F7 shows or hides archived cases. Not in
    the footer, which is full at 120 columns; ``?`` and the palette list them."""
    keys = [
        (f"lifecycle('{SHOW_ARCHIVED}')", "f7", texts.KEY_SHOW_ARCHIVED,
         texts.KEY_SHOW_ARCHIVED_HELP, "show_archived"),
        (f"lifecycle('{ARCHIVE}')", "f8", texts.KEY_ARCHIVE, texts.KEY_ARCHIVE_HELP, "archive"),
        (f"lifecycle('{DELETE}')", "shift+f8", texts.KEY_DELETE, texts.KEY_DELETE_HELP, "delete"),
    ]  # fmt: skip
    return [
        make(key, action, short, long, name, show=False) for action, key, short, long, name in keys
    ]


def listed(summaries: Iterable[Any], show_archived: bool) -> list[Any]:
    """The summaries the list shows: archived cases only when asked for, then marked."""
    mark = texts.LIST_ARCHIVED_MARK
    return [
        summary._replace(title=f"{mark} {summary.title}") if summary.archived else summary
        for summary in summaries
        if show_archived or not summary.archived
    ]


def status_parts(show_archived: bool) -> list[str]:
    return [texts.STATUS_ARCHIVED_SHOWN] if show_archived else []


def run(screen: CaseListScreen, what: str) -> None:
    """The action of a lifecycle key on ``screen``."""
    if what == SHOW_ARCHIVED:
        screen.show_archived = not screen.show_archived
        shown = texts.SHOWING_ARCHIVED if screen.show_archived else texts.HIDING_ARCHIVED
        screen.notify(shown, markup=False)
        screen.load_cases()
        return
    row = screen.table.current_row
    if row is not None and what in (ARCHIVE, DELETE):
        flow = _flow(screen, row, what == DELETE)
        screen.run_worker(flow, group="lifecycle", exclusive=True, exit_on_error=False)


@dataclass(frozen=True)
class _Step:
    """One lifecycle step: what the dialog says, and the store call that makes the commit."""

    title: str
    question: str
    button: Choice
    done: str
    commit: Callable[[Any, SaveBase], SaveResult]


def _step(ref: str, delete: bool, archived: bool) -> _Step:
    if delete:
        button = Choice(CONFIRM, texts.BUTTON_DELETE, "error")
        return _Step(texts.DELETE_TITLE, texts.DELETE_DIALOG, button, texts.DONE_DELETED,
                     lambda repo, base: repo.delete(ref, base))  # fmt: skip
    if archived:
        button = Choice(CONFIRM, texts.BUTTON_RESTORE, "warning")
        return _Step(texts.RESTORE_TITLE, texts.RESTORE_QUESTION, button, texts.DONE_RESTORED,
                     lambda repo, base: repo.archive(ref, base, restore=True))  # fmt: skip
    button = Choice(CONFIRM, texts.BUTTON_ARCHIVE, "warning")
    return _Step(texts.ARCHIVE_TITLE, texts.ARCHIVE_QUESTION, button, texts.DONE_ARCHIVED,
                 lambda repo, base: repo.archive(ref, base))  # fmt: skip


async def _flow(screen: CaseListScreen, row: CaseRow, delete: bool) -> None:
    """Load the case (its base: a change made meanwhile is then a conflict), ask, commit."""
    loaded = await _case_to_change(screen, row, delete)
    if loaded is None:
        return
    step = _step(row.ref, delete, loaded.case is not None and loaded.case.archived)
    dnr = row.dnr or row.path
    title = loaded.case.title if loaded.case is not None else row.title
    choices = [Choice(CANCEL, texts.BUTTON_CANCEL, "primary"), step.button]
    body = step.question.format(dnr=dnr, title=title)
    dialog = ChoiceDialog(step.title.format(dnr=dnr), body, choices, escape_answer=CANCEL)
    if await screen.app.push_screen_wait(dialog) != CONFIRM:
        return
    try:
        result = await asyncio.to_thread(step.commit, screen.repository, loaded.base)
    except StoreError as error:
        await _refused(screen, dnr, error)
        return
    _announce(screen, dnr, step.done, result)
    screen.load_cases()


async def _case_to_change(screen: CaseListScreen, row: CaseRow, delete: bool) -> LoadedCase | None:
    """The case as it is now; None (after saying why) when it cannot be read, or is to be
    deleted while it has an unsaved draft."""
    dnr = row.dnr or row.path
    try:
        loaded: LoadedCase = await asyncio.to_thread(screen.repository.load, row.ref)
    except StoreError as error:
        await _refused(screen, dnr, error)
        return None
    if delete and row.path in screen.table.drafts:
        draft = StoreError(texts.HAS_DRAFT.format(dnr=dnr), texts.HAS_DRAFT_HINT)
        await _refused(screen, dnr, draft)
        return None
    return loaded


def _announce(screen: CaseListScreen, dnr: str, done: str, result: SaveResult) -> None:
    if result.commit_id is None:
        screen.notify(texts.NOTHING_DONE.format(dnr=dnr), markup=False)
        return
    screen.notify(done.format(dnr=dnr, commit=result.commit_id[:8]), markup=False)
    for warning in result.warnings:
        screen.notify(warning, severity="warning", markup=False)


async def _refused(screen: CaseListScreen, dnr: str, error: StoreError) -> None:
    dialog = ErrorDialog(texts.FAILED_TITLE.format(dnr=dnr), error.message, error.hint, kept=False)
    await screen.app.push_screen_wait(dialog)
