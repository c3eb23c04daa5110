"""The changed cases of a review, one row each: viewed mark, what happened to the file,
the case, its title and (dim) the one-line summary of what changed, or ``…`` while it is
being compared. Drawn with the line API, so 1,000 rows cost only the visible ones.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from pmtui.diff.review_text import case_summary, kind_mark
from pmtui.editing.review_session import ReviewSession, case_name
from pmtui.terminal import safe_line
from pmtui.texts import review as texts
from pmtui.tui.widgets.cursor_list import CursorList

NAME_WIDTH = 14  # the narrowest name column; it widens to the longest dnr
_DIM = Style(dim=True)
_KIND = Style(bold=True)


def row_text(session: ReviewSession, index: int, names: int = NAME_WIDTH) -> Text:
    """One row as plain styled text; every value from the repository made terminal-safe."""
    change = session.changes[index]
    review = session.reviews.get(index)
    name = safe_line(review.name if review else case_name(change))
    text = Text(no_wrap=True, end="")
    text.append(f"{texts.REVIEW_VIEWED_MARK if session.viewed(index) else ' '} ")
    text.append(f"{kind_mark(change.kind)} ", _KIND)
    text.append(name + " " * max(0, names - cell_len(name)) + "  ")
    if review is None:
        return text.append(texts.SUMMARY_PENDING, _DIM)
    if review.title:
        text.append(safe_line(review.title) + "  ")
    text.append(safe_line(case_summary(review)), _DIM)
    return text


class ReviewTable(CursorList, can_focus=False):
    """The rows of a ``ReviewSession``; ``cursor`` is the case Enter opens."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"review-table--cursor"}
    DEFAULT_CSS = """
    ReviewTable { height: 1fr; scrollbar-gutter: stable; }
    ReviewTable > .review-table--cursor { background: $accent; color: $text; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.session: ReviewSession | None = None
        self.names = NAME_WIDTH

    def show(self, session: ReviewSession, cursor: int = 0) -> None:
        self.session = session
        widest = (cell_len(safe_line(case_name(change))) for change in session.changes)
        self.names = max([NAME_WIDTH, *widest])
        self.fit_rows()
        self.move_to(cursor)
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.session.changes) if self.session else 0

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        position = self.row_at(y)
        if self.session is None or position >= self.row_count:
            return Strip.blank(width, self.rich_style)
        text = row_text(self.session, position, self.names)
        text.truncate(width, overflow="ellipsis", pad=True)
        strip = Strip(list(text.render(self.app.console)), text.cell_len)
        style = self.rich_style
        if position == self.cursor:
            style += self.get_component_rich_style("review-table--cursor")
        return strip.crop_extend(0, width, None).apply_style(style)
