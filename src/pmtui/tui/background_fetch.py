"""The app's opt-in background fetch (``background_fetch = true`` in the config): ``git
fetch --all`` at start and every ``background_fetch_minutes``, in a thread, never asking
for anything (no terminal prompt, ssh in batch mode; store/transport.py). Only
remote-tracking branches change, so the case list's ahead/behind counts and the editor's
early warning (case_upstream.py) see what others pushed; the work tree is never touched.
A failed fetch is said once per session."""

from __future__ import annotations

import logging
from typing import Any

from textual.worker import WorkerState

from pmtui.store.transport import background_fetch
from pmtui.texts import sync as texts
from pmtui.tui.screens import case_branching

log = logging.getLogger("pmtui.tui")
SECONDS_PER_MINUTE = 60
GROUP = "background-fetch"


def start(app: Any) -> bool:
    """Fetch now and every N minutes, when the setting is on; True if started."""
    settings = app.settings
    if not getattr(settings, "background_fetch", False):
        return False
    if getattr(app.repository, "root", None) is None:
        return False
    minutes = settings.background_fetch_minutes
    app.set_interval(minutes * SECONDS_PER_MINUTE, lambda: fetch_now(app))
    fetch_now(app)
    return True


def fetch_now(app: Any) -> None:
    """Start a fetch in a thread, unless the last one is still running."""
    if any(w.group == GROUP and w.state is WorkerState.RUNNING for w in app.workers):
        return
    app.run_worker(lambda: _fetch(app), thread=True, group=GROUP, exit_on_error=False)


def _fetch(app: Any) -> None:
    failure = background_fetch(app.repository)
    app.call_from_thread(fetched, app, failure)


def fetched(app: Any, failure: str | None) -> None:
    """After a fetch: the branch line of every case list again, or the failure, once."""
    if failure is not None:
        log.warning("background fetch failed: %s", failure)
        if not app.fetch_failure_told:
            app.fetch_failure_told = True
            app.notify(
                texts.BACKGROUND_FAILED.format(reason=failure),
                severity="warning",
                timeout=10,
                markup=False,
            )
        return
    for screen in app.screen_stack:
        if hasattr(screen, "branch_line"):
            case_branching.refresh_status(screen)
