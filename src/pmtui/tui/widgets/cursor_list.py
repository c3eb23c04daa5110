"""A list drawn with the line API, with a cursor on one row (the case list, the history).

Only visible rows are drawn. A subclass says how many rows there are (``row_count``)
and draws them (``render_line``); this class moves the cursor, pages, keeps the cursor
in view and sizes the scroll area to the rows.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView


class CursorList(ScrollView, can_focus=False):
    """Rows with a cursor; ``move`` and ``move_to`` stop at the first and last row."""

    cursor: reactive[int] = reactive(0)

    @property
    def row_count(self) -> int:
        raise NotImplementedError

    def move(self, delta: int) -> None:
        if self.row_count:
            self.cursor = max(0, min(self.row_count - 1, self.cursor + delta))
            self.reveal_cursor()

    def move_to(self, position: int) -> None:
        self.move(position - self.cursor)

    @property
    def page(self) -> int:
        """Rows moved by a page key: one less than the view shows."""
        return max(1, self.scrollable_content_region.height - 1)

    def row_at(self, y: int) -> int:
        """The row drawn on line ``y`` of the view."""
        return round(self.scroll_y) + y

    def reveal_cursor(self) -> None:
        """Scroll as little as needed to bring the cursor's row into view."""
        top = round(self.scroll_y)
        height = max(1, self.scrollable_content_region.height)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def fit_rows(self) -> None:
        """Make the scroll area as tall as there are rows."""
        self.virtual_size = Size(self.size.width, self.row_count)

    def watch_cursor(self) -> None:
        self.refresh()

    def on_resize(self) -> None:
        self.fit_rows()
