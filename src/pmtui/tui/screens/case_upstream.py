"""Early warning in the case editor: when a remote branch (as the last fetch left it) has
changes to this case that this branch has not merged, the editor says who made them,
when, and which fields, points and sections they touch, before any conflict exists.

It is looked up in a thread once the editor is shown (``pmtui.diff.incoming``: the
structural diff from where the branches parted), and shown as a line above the status
bar and as a notification. No network: fetching is ``pmtui sync``'s, or the app's opt-in
background fetch (tui/background_fetch.py).
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from rich.text import Text
from textual.widgets import Static

from pmtui.diff.incoming import IncomingCase, incoming_cases
from pmtui.terminal import safe_line
from pmtui.texts import sync as texts
from pmtui.texts.dates import moment_text

log = logging.getLogger("pmtui.tui")
NOTICE_ID = "editor-upstream"


class UpstreamNotice(Static):
    """The warning line(s) above the editor's status bar."""

    DEFAULT_CSS: ClassVar[str] = """
    UpstreamNotice {
        height: auto;
        max-height: 4;
        padding: 0 1;
        color: $warning;
    }
    """


def warning_lines(cases: list[IncomingCase]) -> list[str]:
    """``origin/main: Anna Andersson, 2023-09-06 10:00 – 1 avsnitt (Ärendet) · …``"""
    return [
        texts.EARLY_WARNING_LINE.format(
            branch=case.branch,
            authors=", ".join(safe_line(author) for author in case.authors),
            when=moment_text(case.when),
            summary=safe_line(case.summary),
        )
        for case in cases
    ]


def watch_incoming(editor: Any) -> None:
    """Look up the other branches' unmerged changes to the editor's case, in a thread."""
    session = editor.session
    if session.load_error is not None:
        return
    path = session.loaded.base.path
    editor.call_later(  # runs once the editor's messages run: it is mounted then
        editor.run_worker,
        lambda: _look_up(editor, path),
        thread=True,
        group="upstream",
        exit_on_error=False,
    )


def _look_up(editor: Any, path: str) -> None:
    try:
        cases = incoming_cases(editor.session.repository, path)
    except Exception:  # a warning that cannot be computed is no reason to stop editing
        log.exception("the early warning could not be computed")
        return
    if cases:
        editor.app.call_from_thread(show_warning, editor, cases)


def show_warning(editor: Any, cases: list[IncomingCase]) -> None:
    """The notice above the status bar, and a notification that says the same."""
    if not editor.is_attached:
        return
    lines = warning_lines(cases)
    text = "\n".join([texts.EARLY_WARNING_TITLE, *lines, texts.EARLY_WARNING_HINT])
    notice = UpstreamNotice(Text(text), id=NOTICE_ID)
    status = editor.query("#editor-status")
    if status:
        editor.mount(notice, before=status.first())
    editor.notify(text, severity="warning", timeout=15, markup=False)
