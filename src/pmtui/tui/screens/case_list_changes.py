"""The list's last-change column: asked of the store only for the rows in view.

The rows on screen and the page after them are looked up (``last_changes`` of those
paths: a few ms), again when the list scrolls, is filtered or is resized; what is known
is kept per path for the commit the list was loaded at, so scrolling back asks nothing.
One request at a time: rows that come into view meanwhile are asked for when it returns.
Sorting by the column needs every row's last change: then all of them are asked for,
once per commit (docs/decisions.md, "The last-change column reads only what is shown").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.message import Message

from pmtui.editing.case_index import CaseIndex, describe_change

if TYPE_CHECKING:
    from pmtui.tui.screens.case_list import CaseListScreen

PAGES = 2  # the page on screen and the next one
NO_CHANGE = ("", "")  # a path the history index does not know (or a failed lookup)


@dataclass
class ChangesFound(Message):
    """Last changes of some rows: ``changes`` by path, for ``commit``."""

    index: CaseIndex
    commit: str | None
    changes: dict[str, tuple[str, str]]


class ChangeColumn:
    """What the list knows of its rows' last changes, and the one request under way."""

    def __init__(self, screen: CaseListScreen) -> None:
        self.screen = screen
        self.commit: str | None = None
        self.known: dict[str, tuple[str, str]] = {}  # path -> (shown, sortable)
        self.asking = False
        self.asked_since_load = False
        self.complete: CaseIndex | None = None  # a list whose every row's change is known

    def loaded(self, index: CaseIndex, commit: str | None) -> None:
        """A new list: forget what belongs to another commit, fill in what is known. The
        first request after a load is made even when no row needs one: it brings the
        history index up to date, and a history that cannot be read is reported then."""
        self.asked_since_load = False
        if commit != self.commit:
            self.commit, self.known = commit, {}
        if self.known:
            known = self.known
            index.set_changes(
                {n: known[r.path] for n, r in enumerate(index.rows) if r.path in known}
            )

    @property
    def sorting_by_column(self) -> bool:
        return self.screen.list_query.sort == "changed"

    @property
    def waiting_for_all(self) -> bool:
        """Sorted by the column while not every row's last change is known yet."""
        return self.sorting_by_column and self.asking and self.complete is not self.screen.index

    def want(self) -> None:
        """Ask for the rows in view (every row when sorted by the column) not known yet."""
        screen = self.screen
        if not screen.loaded or self.asking or not hasattr(screen.repository, "last_changes"):
            return
        index, every_row = screen.index, self.sorting_by_column
        if every_row and self.complete is index:  # (a keystroke while sorted by the column)
            return
        numbers = range(len(index.rows)) if every_row else screen.table.window(PAGES)
        paths = list(dict.fromkeys(index.rows[n].path for n in numbers))
        missing = [path for path in paths if path not in self.known]
        if missing or not self.asked_since_load:  # once even for no rows: see ``loaded``
            self.asking, self.asked_since_load = True, True
            look_up(screen, index, self.commit, missing)
        elif every_row:
            self.complete = index

    def found(self, message: ChangesFound) -> None:
        """A request returned: keep its answers, show them, and ask for what came into view."""
        self.asking = False
        if message.commit == self.commit:
            self.known.update(message.changes)
        screen = self.screen
        if message.index is screen.index and message.commit == self.commit:
            changes = message.changes
            rows = screen.index.rows  # every row: a path may be listed twice (one unreadable)
            screen.index.set_changes(
                {n: changes[r.path] for n, r in enumerate(rows) if r.path in changes}
            )
            if self.sorting_by_column:
                screen.refilter()
            else:
                screen.table.refresh()
        self.want()


def look_up(screen: Any, index: CaseIndex, commit: str | None, paths: list[str]) -> None:
    """Ask for the last changes of ``paths`` in a thread worker."""
    work = partial(_look_up, screen, index, commit, paths)
    screen.run_worker(work, thread=True, group="changes", exit_on_error=False)


def _look_up(screen: Any, index: CaseIndex, commit: str | None, paths: list[str]) -> None:
    """In a thread: the last change of each of ``paths`` (a failure is reported by the
    worker's state; the paths are then marked as looked up, so they are not asked again)."""
    shown: dict[str, tuple[str, str]] = {}
    try:
        changes = screen.repository.last_changes(paths)
        shown = {path: describe_change(i.author, i.when) for path, i in changes.items()}
    finally:
        answers = {path: shown.get(path, NO_CHANGE) for path in paths}
        screen.post_message(ChangesFound(index, commit, answers))
