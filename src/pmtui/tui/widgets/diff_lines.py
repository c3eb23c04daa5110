"""A scrollable view of styled lines (a comparison or a blame), drawn with the line API.

Each logical line is a gutter (a change marker, or who changed a sentence) and a body
that wraps under itself with the gutter's width as a hanging indent. Some lines are
anchors (the start of a change, a section heading): "next" and "previous" move between
them and the current one is highlighted. Lines are built for the view's width by a
function the screen gives, so side-by-side columns are re-cut when the window resizes.
Only visible rows are turned into segments; nothing here parses markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip


@dataclass(frozen=True)
class Line:
    """One logical line: ``gutter`` then ``body``; ``anchor`` marks a place to jump to."""

    gutter: Text
    body: Text
    anchor: bool = False

    @property
    def plain(self) -> str:
        return self.gutter.plain + self.body.plain


LineBuilder = Callable[[int], list[Line]]


class DiffLines(ScrollView, can_focus=False):
    """Styled lines with anchors; ``show`` sets the builder, ``next``/``previous`` move."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"diff-lines--current"}
    DEFAULT_CSS = """
    DiffLines { height: 1fr; scrollbar-gutter: stable; }
    DiffLines > .diff-lines--current { background: $boost; }
    """

    current: reactive[int] = reactive(-1)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.builder: LineBuilder = lambda width: []
        self.lines: list[Line] = []
        self.rows: list[Text] = []
        self.row_of: list[int] = []  # first row of each logical line
        self.line_of_row: list[int] = []
        self.anchors: list[int] = []  # logical line numbers
        self._built_width = -1

    def show(self, builder: LineBuilder, *, keep_anchor: bool = False) -> None:
        """Show the lines ``builder`` makes for a width; the first anchor becomes current
        (or, with ``keep_anchor``, the anchor at the same position when there is one)."""
        self.builder = builder
        position = self.current
        self._build(self._width())
        wanted = position if keep_anchor and position < len(self.anchors) else -1
        self.current = wanted
        self.scroll_to(y=0, animate=False, immediate=True)
        if wanted >= 0:
            self._reveal(wanted)

    def _width(self) -> int:
        width = self.scrollable_content_region.width or self.size.width
        return max(20, width or 100)

    def _build(self, width: int) -> None:
        self._built_width = width
        self.lines = self.builder(width)
        self.anchors = [n for n, line in enumerate(self.lines) if line.anchor]
        self.rows, self.row_of, self.line_of_row = [], [], []
        for number, line in enumerate(self.lines):
            self.row_of.append(len(self.rows))
            wrapped = self._wrap(line, width)
            self.rows += wrapped
            self.line_of_row += [number] * len(wrapped)
        self.virtual_size = Size(width, len(self.rows))
        self.refresh()

    def _wrap(self, line: Line, width: int) -> list[Text]:
        indent = line.gutter.cell_len
        if not line.body.plain:
            return [line.gutter]
        console = self.app.console
        parts = line.body.wrap(console, max(10, width - indent), overflow="fold")
        pad = Text(" " * indent)
        return [Text.assemble(line.gutter if k == 0 else pad, part) for k, part in enumerate(parts)]

    def on_resize(self) -> None:
        if self._width() != self._built_width:
            self._build(self._width())
            if self.current >= 0:
                self._reveal(self.current)

    # Moving between anchors ----------------------------------------------------------

    @property
    def current_line(self) -> Line | None:
        if 0 <= self.current < len(self.anchors):
            return self.lines[self.anchors[self.current]]
        return None

    def next(self) -> None:
        if self.anchors:
            self.current = min(len(self.anchors) - 1, self.current + 1)
            self._reveal(self.current)

    def previous(self) -> None:
        if self.anchors:
            self.current = max(0, self.current - 1)
            self._reveal(self.current)

    def _reveal(self, anchor: int) -> None:
        row = self.row_of[self.anchors[anchor]]
        self.scroll_to(y=max(0, row - 1), animate=False, immediate=True)

    def watch_current(self) -> None:
        self.refresh()

    @property
    def top_line(self) -> int:
        """The logical line at the top of the view."""
        row = round(self.scroll_y)
        return self.line_of_row[row] if row < len(self.line_of_row) else 0

    # Drawing ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        row = round(self.scroll_y) + y
        if row >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        text = self.rows[row]
        strip = Strip(list(text.render(self.app.console)), text.cell_len)
        strip = strip.crop_extend(round(self.scroll_x), round(self.scroll_x) + width, None)
        return strip.apply_style(self._row_style(row))

    def _row_style(self, row: int) -> Style:
        style = self.rich_style
        line = self.line_of_row[row]
        if 0 <= self.current < len(self.anchors) and line == self.anchors[self.current]:
            style += self.get_component_rich_style("diff-lines--current")
        return style
