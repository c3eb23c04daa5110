"""Branches in the app: the offer of a case branch when a case is opened on the default
branch, switching branches from the case list (the F12 key, or Ctrl+B), and the branch in the
list's status line (``main (origin/main ↑1 ↓2)``).

The offer comes once per session, and only in a clone with a remote (alone, a branch
buys nothing): "Fortsätt på main" is the focused button, so Enter or Esc opens the case
as before; the other button creates ``arende/<ärende>-<datum>`` at the current commit
(nothing else moves) and opens the case there (docs/decisions.md, "Branches and sync").
Switching is refused while a case has an unsaved draft: it was begun on this branch.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.binding import Binding

from pmtui.editing.drafts import draft_paths
from pmtui.model.dnr import Dnr, DnrError
from pmtui.store import StoreError
from pmtui.store.branches import (
    BranchState,
    branch_state,
    case_branch_name,
    create_branch,
    has_remote,
    local_branches,
    switch_branch,
)
from pmtui.texts import sync as texts
from pmtui.tui.dialogs.choice import Choice, ChoiceDialog
from pmtui.tui.dialogs.error import ErrorDialog
from pmtui.tui.screens.framing import KeyMaker
from pmtui.tui.screens.picker import PickerScreen

if TYPE_CHECKING:
    from pmtui.tui.screens.case_list import CaseListScreen

STAY, CREATE = "stay", "create"
log = logging.getLogger("pmtui.tui")


def branch_keys(make: KeyMaker) -> list[Binding]:
    """F12 (or Ctrl+B; tmux keeps Ctrl+B for itself) switches branch; with priority, as
    the filter field has the focus; not in the footer (``?`` and the palette list it)."""
    return [
        make(
            "f12,ctrl+b",
            "switch_branch",
            texts.KEY_BRANCH,
            texts.KEY_BRANCH_HELP,
            "branch",
            priority=True,
            show=False,
        )
    ]


# The status line ---------------------------------------------------------------------


def status_text(repository: Any) -> str:
    """``gren main (origin/main ↑1 ↓2)``; "" for a repository that cannot say, and on the
    default branch of a clone without remotes (alone on main, there is nothing to say)."""
    try:
        state = branch_state(repository)
        alone = not has_remote(repository)
    except Exception:  # a line that cannot be read is no reason to fail the list
        log.debug("no branch line", exc_info=True)
        return ""
    if alone and state.on_default_branch:
        return ""
    return describe_state(state)


def describe_state(state: BranchState) -> str:
    if state.branch is None:
        return texts.BAR_DETACHED
    if state.upstream is None:
        return texts.BAR_NO_UPSTREAM.format(branch=state.branch)
    if not state.upstream_fetched:
        return texts.BAR_UNFETCHED.format(branch=state.branch, upstream=state.upstream)
    return texts.BAR_BRANCH.format(
        branch=state.branch, upstream=state.upstream, ahead=state.ahead, behind=state.behind
    )


# The offer when a case opens -----------------------------------------------------------


def offer_wanted(app: Any, ref: str) -> Dnr | None:
    """The case's dnr when a branch should be offered before it opens: the setting is on,
    not offered yet this session, on the default branch of a clone with a remote."""
    if not getattr(app.settings, "offer_branch", False) or app.branch_offered:
        return None
    try:
        dnr = Dnr.parse(ref)
        state = branch_state(app.repository)
        wanted = state.on_default_branch and has_remote(app.repository)
    except DnrError:
        return None
    except Exception:  # an offer that cannot be worked out is no reason not to open
        log.debug("no branch offer", exc_info=True)
        return None
    return dnr if wanted else None


def open_offering_branch(app: Any, ref: str, open_editor: Callable[[str], None]) -> None:
    """Open ``ref`` with ``open_editor``, after offering a case branch when wanted."""
    dnr = offer_wanted(app, ref)
    if dnr is None:
        open_editor(ref)
        return
    app.branch_offered = True
    name = case_branch_name(dnr, app.repository.clock().date().isoformat())
    branch = app.repository.branch

    def answered(answer: str | None) -> None:
        if answer == CREATE:
            _create(app, name)
        open_editor(ref)

    choices = [Choice(STAY, texts.OFFER_STAY.format(branch=branch), "primary"),
               Choice(CREATE, texts.OFFER_CREATE, "success")]  # fmt: skip
    body = texts.OFFER_BODY.format(branch=branch, dnr=dnr, name=name)
    app.push_screen(ChoiceDialog(texts.OFFER_TITLE, body, choices, STAY), answered)


def _create(app: Any, name: str) -> None:
    """Create and check out the branch (only HEAD moves); a refusal is said, and the case
    opens on the branch it is on."""
    refusal = _drafts_refusal(app.repository)
    try:
        if refusal is not None:
            raise refusal
        create_branch(app.repository, name)
    except StoreError as error:
        app.notify(
            f"{error.message}\n{error.hint}".strip(),
            title=texts.OFFER_REFUSED,
            severity="error",
            timeout=12,
            markup=False,
        )
        return
    app.notify(texts.OFFER_CREATED.format(name=name), markup=False)


def _drafts_refusal(repository: Any) -> StoreError | None:
    drafts = sorted(draft_paths(repository))
    if not drafts:
        return None
    return StoreError(texts.BRANCH_DRAFTS.format(paths=", ".join(drafts)), texts.BRANCH_DRAFTS_HINT)


# Switching from the case list ----------------------------------------------------------


async def switch_flow(screen: CaseListScreen) -> None:
    """F12: refused with unsaved drafts (said why); else pick a local branch, switch in a
    thread (``git switch``), reload the list."""
    repository = screen.repository
    refusal = _drafts_refusal(repository)
    if refusal is not None:
        await _refused(screen, refusal)
        return
    branches = await asyncio.to_thread(local_branches, repository)
    choices = [(b.name, _choice_text(b.name, b.current, b.upstream)) for b in branches]
    picker = PickerScreen(texts.PICK_BRANCH_TITLE, choices, repository.branch)
    chosen = await screen.app.push_screen_wait(picker)
    if chosen is None or chosen == repository.branch:
        return
    try:
        await asyncio.to_thread(switch_branch, repository, chosen)
    except StoreError as error:
        await _refused(screen, error)
        return
    screen.notify(texts.SWITCHED.format(name=chosen), markup=False)
    screen.load_cases()


def _choice_text(name: str, current: bool, upstream: str | None) -> str:
    text = texts.PICK_CURRENT.format(name=name) if current else name
    return f"{text}  ({upstream})" if upstream else text


async def _refused(screen: CaseListScreen, error: StoreError) -> None:
    dialog = ErrorDialog(texts.SWITCH_REFUSED_TITLE, error.message, error.hint, kept=False)
    await screen.app.push_screen_wait(dialog)


def refresh_status(screen: Any) -> None:
    """Read the branch line of a case list again (after a fetch), in a thread."""

    def read() -> None:
        line = status_text(screen.repository)
        screen.app.call_from_thread(_show_status, screen, line)

    screen.run_worker(read, thread=True, group="branch-status", exit_on_error=False)


def _show_status(screen: Any, line: str) -> None:
    screen.branch_line = line
    if screen.is_attached:
        screen.refilter()
