"""The history of one case: its versions newest first, and comparisons between them.

Enter compares the version under the cursor with the one before it, or with the version
marked with space. ``m`` compares the two latest milestones (remiss → tillstyrkt): from
the case list or the editor that is two keys, Ctrl+L (or F6 in the list) then ``m``.
``b`` shows who last changed each sentence, as of the version under the cursor. The
history is read in a thread worker; what each commit changed follows in a second pass
(cached by the store).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message

from pmtui.store import CaseRepository, HistoryEntry, Milestone, StoreError
from pmtui.terminal import safe_line
from pmtui.texts import counted
from pmtui.texts import history as texts
from pmtui.texts.dates import moment_text
from pmtui.tui.screens.blame import BlameScreen
from pmtui.tui.screens.diff_view import DiffScreen, Side
from pmtui.tui.screens.framing import CursorListScreen, FramedScreen, frame_keys, key_maker
from pmtui.tui.screens.picker import PickerScreen
from pmtui.tui.widgets.history_table import HistoryTable, milestone_names

history_key = key_maker("history")


def milestone_side(milestone: Milestone) -> Side:
    label = texts.MILESTONE_LABEL.format(name=milestone.name, commit=milestone.commit_id[:8])
    return Side(milestone.commit_id, label)


def entry_side(entry: HistoryEntry | None) -> Side:
    if entry is None:
        return Side(None, texts.DIFF_NONE)
    names = milestone_names(entry)
    commit = entry.commit_id[:8]
    label = texts.MILESTONE_LABEL.format(name=names[-1], commit=commit) if names else commit
    return Side(entry.commit_id, label)


class HistoryScreen(FramedScreen, CursorListScreen):
    """Versions of the case ``dnr`` (a dnr, slug or path)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        history_key("enter", "compare", texts.KEY_COMPARE, texts.KEY_COMPARE_HELP, "compare"),
        history_key("space", "mark", texts.KEY_MARK, texts.KEY_MARK_HELP, "mark"),
        history_key(
            "m", "milestones", texts.KEY_MILESTONES, texts.KEY_MILESTONES_HELP, "milestones"
        ),
        history_key(
            "M",
            "pick_milestones",
            texts.KEY_PICK_MILESTONES,
            texts.KEY_PICK_MILESTONES_HELP,
            "pick_milestones",
        ),
        history_key("b", "blame", texts.KEY_BLAME, texts.KEY_BLAME_HELP, "blame"),
        *frame_keys(history_key, texts),
    ]

    @dataclass
    class HistoryLoaded(Message):
        entries: list[HistoryEntry]
        milestones: list[Milestone]

    @dataclass
    class ChangesLoaded(Message):
        changed: dict[str, list[str]]
        done: bool

    def __init__(self, repository: CaseRepository, dnr: str) -> None:
        super().__init__()
        self.repository = repository
        self.dnr = str(dnr)
        self.entries: list[HistoryEntry] = []
        self.milestone_list: list[Milestone] = []
        self.loaded = False
        self.changes_done = False
        self.milestones_wanted = False  # ``m`` pressed before the history was read

    def compose(self) -> ComposeResult:
        title = texts.HISTORY_TITLE.format(dnr=self.dnr)
        table = HistoryTable(case_prefix=f"{self.dnr}: ", id="history")
        yield from self.frame("history", title, table, texts.HISTORY_LOADING)

    @property
    def table(self) -> HistoryTable:
        return self.query_one(HistoryTable)

    def on_mount(self) -> None:
        self.load_history()

    # Loading, in a worker ------------------------------------------------------------

    @work(thread=True, exit_on_error=False, group="history", exclusive=True)
    def load_history(self) -> None:
        entries = self.repository.history(self.dnr, details=False)
        self.post_message(self.HistoryLoaded(entries, self._milestones()))
        detailed = self.repository.history(self.dnr, details=True)  # one batch, cached
        changed = {entry.commit_id: entry.changed for entry in detailed}
        self.post_message(self.ChangesLoaded(changed, done=True))

    def _milestones(self) -> list[Milestone]:
        try:
            return self.repository.milestones(self.dnr)
        except StoreError:  # a file without a dnr has no milestones
            return []

    def on_history_screen_history_loaded(self, message: HistoryLoaded) -> None:
        self.entries, self.milestone_list = message.entries, message.milestones
        self.loaded = True
        self.table.show(self.entries)
        self.update_status()
        if self.milestones_wanted:
            self.milestones_wanted = False
            self.action_milestones()

    def on_history_screen_changes_loaded(self, message: ChangesLoaded) -> None:
        self.changes_done = message.done
        self.table.set_changed(message.changed)
        self.update_status()

    def update_status(self) -> None:
        if not self.entries:
            self.show_status(texts.HISTORY_EMPTY.format(dnr=self.dnr) if self.loaded else "")
            return
        parts = [counted(len(self.entries), texts.HISTORY_STATUS)]
        if self.milestone_list:
            names = ", ".join(m.name for m in self.milestone_list)
            parts.append(texts.HISTORY_STATUS_MILESTONES.format(names=names))
        marked = self.table.marked
        if marked is not None:
            commit = self.entries[marked].commit_id[:8]
            parts.append(texts.HISTORY_STATUS_MARKED.format(commit=commit))
        if not self.changes_done:
            parts.append(texts.HISTORY_CHANGES_LOADING)
        self.show_status(" · ".join(parts))

    # Marking -------------------------------------------------------------------------

    def action_mark(self) -> None:
        if self.entries:
            cursor = self.table.cursor
            self.table.marked = None if self.table.marked == cursor else cursor
            self.update_status()

    # Comparing -----------------------------------------------------------------------

    def action_compare(self) -> None:
        """The marked version against the one under the cursor, older first; without a
        mark, the version under the cursor against the version before it."""
        if not self.entries:
            return
        cursor, marked = self.table.cursor, self.table.marked
        if marked is not None and marked != cursor:
            older, newer = max(cursor, marked), min(cursor, marked)
            self.open_diff(entry_side(self.entries[older]), entry_side(self.entries[newer]))
            return
        parent = self.entries[cursor + 1] if cursor + 1 < len(self.entries) else None
        self.open_diff(entry_side(parent), entry_side(self.entries[cursor]))

    def action_milestones(self) -> None:
        if not self.loaded:
            self.milestones_wanted = True
            return
        if len(self.milestone_list) < 2:
            self.notify(texts.NEED_TWO_MILESTONES.format(dnr=self.dnr), markup=False)
            return
        old, new = self.milestone_list[-2:]
        self.open_diff(milestone_side(old), milestone_side(new))

    def action_pick_milestones(self) -> None:
        if len(self.milestone_list) < 2:
            self.notify(texts.NEED_TWO_MILESTONES.format(dnr=self.dnr), markup=False)
            return
        choices = [(m.tag, self._milestone_choice(m)) for m in self.milestone_list]
        default = self.milestone_list[-2].tag
        picker = PickerScreen(texts.PICK_MILESTONE_FROM, choices, default)
        self.app.push_screen(picker, self._picked_from)

    def _milestone_choice(self, milestone: Milestone) -> str:
        date = moment_text(milestone.when)
        text = texts.MILESTONE_CHOICE.format(
            name=milestone.name, date=date, commit=milestone.commit_id[:8]
        )
        return safe_line(text)

    def _picked_from(self, tag: str | None) -> None:
        first = next((m for m in self.milestone_list if m.tag == tag), None)
        if first is None:
            return
        choices = [
            (m.tag, self._milestone_choice(m)) for m in self.milestone_list if m is not first
        ]

        def picked_to(second_tag: str | None) -> None:
            second = next((m for m in self.milestone_list if m.tag == second_tag), None)
            if second is not None:
                old, new = sorted((first, second), key=self.milestone_list.index)
                self.open_diff(milestone_side(old), milestone_side(new))

        picker = PickerScreen(texts.PICK_MILESTONE_TO, choices, self.milestone_list[-1].tag)
        self.app.push_screen(picker, picked_to)

    def open_diff(self, old: Side, new: Side) -> None:
        self.app.push_screen(DiffScreen(self.repository, self.dnr, old, new))

    def action_blame(self) -> None:
        if self.entries:
            upto = self.entries[self.table.cursor :]
            self.app.push_screen(BlameScreen(self.repository, self.dnr, upto))
