"""A branch reviewed like a pull request: the changed cases, each with a one-line summary.

The list shows as soon as the store has compared the two trees (a few ms, even for 1,000
cases); the summaries follow from a thread worker, in batches. Enter opens the
comparison screen for the case over the range (``review_diff.py``), where ``n``/``p`` go
on to the next or previous case's changes. Cases opened are marked viewed, per range, in
the local state folder, and the cursor returns to the case last opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Static

from pmtui.diff.review import CaseReview, ReviewRange, default_range, review_changes
from pmtui.editing.review_session import ReviewMarks, ReviewSession
from pmtui.store import StoreError
from pmtui.store.changeset import CaseChange, ChangeSet
from pmtui.terminal import safe_line
from pmtui.texts import counted
from pmtui.texts import history as frame_texts
from pmtui.texts import review as texts
from pmtui.tui.screens.framing import CursorListScreen, FramedScreen, frame_keys, key_maker
from pmtui.tui.screens.review_diff import ReviewDiffScreen
from pmtui.tui.widgets.review_table import ReviewTable

review_key = key_maker("review")
BATCH = 20  # summaries sent to the screen at a time


class ReviewScreen(FramedScreen, CursorListScreen):
    """The cases changed in ``chosen`` (default: HEAD from where it parted from the
    upstream's default branch)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        review_key("enter", "open", texts.KEY_REVIEW_OPEN, texts.KEY_REVIEW_OPEN_HELP, "open"),
        review_key(
            "space",
            "toggle_viewed",
            texts.KEY_REVIEW_VIEWED,
            texts.KEY_REVIEW_VIEWED_HELP,
            "viewed",
        ),
        review_key(
            "n,right_square_bracket",
            "unviewed(1)",
            texts.KEY_NEXT_UNVIEWED,
            texts.KEY_NEXT_UNVIEWED_HELP,
            "next",
        ),
        review_key(
            "p,left_square_bracket",
            "unviewed(-1)",
            texts.KEY_PREVIOUS_UNVIEWED,
            texts.KEY_PREVIOUS_UNVIEWED_HELP,
            "previous",
        ),
        *frame_keys(review_key, frame_texts),
    ]

    @dataclass
    class Listed(Message):
        session: ReviewSession
        changeset: ChangeSet

    @dataclass
    class Summarised(Message):
        reviews: dict[int, CaseReview]

    @dataclass
    class Failed(Message):
        error: StoreError

    def __init__(self, repository: Any, chosen: ReviewRange | None = None) -> None:
        super().__init__()
        self.repository = repository
        self.chosen = chosen
        self.session: ReviewSession | None = None
        self.summarised = False

    def compose(self) -> ComposeResult:
        yield from self.frame("review", texts.REVIEW_LOADING, ReviewTable(id="review"), "")

    @property
    def table(self) -> ReviewTable:
        return self.query_one(ReviewTable)

    def on_mount(self) -> None:
        self.load()

    def on_screen_resume(self) -> None:
        """Back from a comparison: the cursor on the case last opened, marks redrawn."""
        if self.session is not None:
            self.table.move_to(self.session.resume_index())
            self.table.refresh()
            self.update_status()

    # Loading, in a worker ------------------------------------------------------------

    @work(thread=True, exit_on_error=False, group="review", exclusive=True)
    def load(self) -> None:
        try:
            chosen = self.chosen or default_range(self.repository)
            changeset = ChangeSet(self.repository, chosen.base, chosen.head)
            changes = changeset.changes()
        except StoreError as error:
            self.post_message(self.Failed(error))
            return
        marks = ReviewMarks.for_range(self.repository.root or self.repository.gitdir, chosen)
        self.post_message(self.Listed(ReviewSession(chosen, changes, marks), changeset))

    @work(thread=True, exit_on_error=False, group="review", exclusive=True)
    def summarise(self, changeset: ChangeSet, changes: list[CaseChange]) -> None:
        """The summaries, in batches, once the list is on the screen."""
        batch: dict[int, CaseReview] = {}
        for index, review in enumerate(review_changes(changeset, changes)):
            batch[index] = review
            if len(batch) >= BATCH:
                self.post_message(self.Summarised(batch))
                batch = {}
        self.post_message(self.Summarised(batch))

    def on_review_screen_listed(self, message: Listed) -> None:
        session = self.session = message.session
        chosen = session.range
        values = {"base": chosen.base[:8], "head": chosen.head[:8]}
        title = texts.REVIEW_TITLE.format(range=chosen.label, **values)
        self.query_one("#review-title", Static).update(Text(safe_line(title)))
        self.table.show(session, session.resume_index())
        self.update_status()
        # The summaries' worker starts once the list is drawn: until then it would share
        # the interpreter with the drawing, and the first screen would wait for it.
        self.call_after_refresh(self.summarise, message.changeset, session.changes)

    def on_review_screen_summarised(self, message: Summarised) -> None:
        if self.session is not None:
            self.session.add_reviews(message.reviews)
            self.summarised = len(self.session.reviews) == len(self.session.changes)
            self.table.refresh()
            self.update_status()

    def on_review_screen_failed(self, message: Failed) -> None:
        self.show_status(message.error.message)
        self.notify(str(message.error), severity="error", markup=False, timeout=10)

    def update_status(self) -> None:
        session = self.session
        if session is None:
            return
        total = len(session.changes)
        if not total:
            chosen = session.range
            self.show_status(texts.REVIEW_EMPTY.format(base=chosen.base[:8], head=chosen.head[:8]))
            return
        parts = [counted(total, texts.REVIEW_STATUS)]
        parts.append(texts.REVIEW_STATUS_VIEWED.format(viewed=session.viewed_count, total=total))
        if not self.summarised:
            parts.append(texts.REVIEW_STATUS_PENDING.format(done=len(session.reviews), total=total))
        self.show_status(" · ".join(parts))

    # Actions -------------------------------------------------------------------------

    def action_open(self) -> None:
        if self.session is not None and self.session.changes:
            self.open_case(self.table.cursor)

    def open_case(self, index: int, start: int = 0) -> None:
        """The comparison of case ``index``; ``start`` 1 or -1 puts it at its first or
        last change (0: at the top, as the comparison screen opens)."""
        assert self.session is not None
        self.session.opened(index)
        self.app.push_screen(ReviewDiffScreen(self.repository, self.session, index, start))

    def action_toggle_viewed(self) -> None:
        if self.session is not None and self.session.changes:
            self.session.toggle_viewed(self.table.cursor)
            self.table.refresh()
            self.update_status()

    def action_unviewed(self, step: int) -> None:
        if self.session is None or not self.session.changes:
            return
        found = self.session.next_unviewed(self.table.cursor, step)
        if found is None:
            self.notify(texts.REVIEW_NO_MORE_UNVIEWED, markup=False)
            return
        self.table.move_to(found)
