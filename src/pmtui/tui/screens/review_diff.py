"""The comparison screen for one case of a review, walking on across cases.

It is the comparison screen (``diff_view.DiffScreen``) for the case over the review's
range, with two differences: the comparison comes from the review (already computed, or
computed from the two blobs, so a renamed or deleted case compares too), and ``n``/``]``
after the case's last change goes to the first change of the next case (``p``/``[``
before the first, to the last change of the case before), across all cases.
"""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.binding import BindingType

from pmtui.diff.review import review_change
from pmtui.editing.review_session import ReviewSession, case_name
from pmtui.store import CaseRepository
from pmtui.store.changeset import ChangeSet
from pmtui.texts import review as texts
from pmtui.tui.screens.diff_view import DiffScreen, Side, step_keys
from pmtui.tui.screens.framing import key_maker

review_diff_key = key_maker("review_diff")


def range_names(label: str) -> tuple[str, str]:
    """``origin/main...HEAD`` → (``origin/main``, ``HEAD``); a side left empty is HEAD."""
    for separator in ("...", ".."):
        if separator in label:
            left, _, right = label.partition(separator)
            return left or "HEAD", right or "HEAD"
    return "HEAD", label


class ReviewDiffScreen(DiffScreen):
    """Case ``index`` of ``session`` compared between the review's base and head;
    ``start`` 1 (-1) puts the view at its first (last) change once compared."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *step_keys(
            review_diff_key,
            (texts.KEY_NEXT_ACROSS, texts.KEY_NEXT_ACROSS_HELP),
            (texts.KEY_PREVIOUS_ACROSS, texts.KEY_PREVIOUS_ACROSS_HELP),
        ),
    ]

    def __init__(
        self, repository: CaseRepository, session: ReviewSession, index: int, start: int = 0
    ) -> None:
        change, chosen = session.changes[index], session.range
        review = session.reviews.get(index)
        old_name, new_name = range_names(chosen.label)
        old = Side(chosen.base, texts.REVIEW_SIDE.format(name=old_name, commit=chosen.base[:8]))
        new = Side(chosen.head, texts.REVIEW_SIDE.format(name=new_name, commit=chosen.head[:8]))
        super().__init__(repository, review.name if review else case_name(change), old, new)
        self.session, self.index, self.start = session, index, start

    @work(thread=True, exit_on_error=False, group="diff", exclusive=True)
    def compare(self) -> None:
        review = self.session.reviews.get(self.index)
        if review is None:  # not summarised yet: compare the two blobs here
            change, chosen = self.session.changes[self.index], self.session.range
            changeset = ChangeSet(self.repository, chosen.base, chosen.head)
            old, new = changeset.text(change.old_blob), changeset.text(change.new_blob)
            review = review_change(change, old, new)
        self.post_message(self.Compared(review.diff))

    def on_diff_screen_compared(self, message: DiffScreen.Compared) -> None:
        super().on_diff_screen_compared(message)
        message.prevent_default()  # Textual would call DiffScreen's handler again: once
        view = self.view
        if self.start > 0:
            view.next()
        elif self.start < 0:
            for _ in view.anchors:
                view.next()
        self.update_status()

    def show_status(self, status: str) -> None:
        total = len(self.session.changes)
        counted = texts.REVIEW_DIFF_STATUS.format(
            status=status, current=self.index + 1, total=total
        )
        super().show_status(counted)

    # Walking across cases ------------------------------------------------------------

    def action_next(self) -> None:
        view = self.view
        if self.diff is None:
            return
        if view.anchors and view.current < len(view.anchors) - 1:
            super().action_next()
            return
        self.walk(1)

    def action_previous(self) -> None:
        if self.diff is None:
            return
        if self.view.current > 0:
            super().action_previous()
            return
        self.walk(-1)

    def walk(self, step: int) -> None:
        """To the case ``step`` away (marked viewed), at its first or last change."""
        found = self.session.neighbour(self.index, step)
        if found is None:
            ends = texts.REVIEW_LAST_CHANGE if step > 0 else texts.REVIEW_FIRST_CHANGE
            self.notify(ends, markup=False)
            return
        self.session.opened(found)
        self.app.switch_screen(ReviewDiffScreen(self.repository, self.session, found, step))
