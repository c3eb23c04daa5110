"""The case list as a line-API view: only the visible rows are ever rendered.

Textual's DataTable measures every cell (4.5 s for 30,000 rows, docs/decisions.md); this view
asks nothing of rows that are off screen, so a refill costs one list assignment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from pmtui.editing.case_index import COLUMNS, CaseIndex, CaseRow, Column
from pmtui.texts import tui as texts
from pmtui.tui.widgets.cursor_list import CursorList

SEPARATOR = " "
MARK_WIDTH = 2  # the dnr cell starts with a mark: ✎ (a draft) or ⚠ (cannot be read)
# How the columns share the width: (smallest width, share of the room to spare). Each
# grows up to its own width (``Column.width``); the title (width 0) takes what is left.
# Columns not named here always have their own width.
SHARES = {"title": (20, 3), "presenters": (14, 1), "changed": (16, 2)}
# When the smallest widths and some more for the title do not fit, these columns are
# left out, in this order (at 80 columns: the last change and the date).
LEFT_OUT_FIRST = ("changed", "date", "rotel")
MORE_FOR_TITLE = 8


def _natural(column: Column) -> int:
    return column.width + (MARK_WIDTH if column.key == "dnr" else 0)


def _smallest(column: Column) -> int:
    return SHARES[column.key][0] if column.key in SHARES else _natural(column)


def _needed(columns: list[Column]) -> int:
    return sum(_smallest(c) for c in columns) + len(SEPARATOR) * (len(columns) - 1)


def shown_columns(width: int) -> list[Column]:
    """The columns that fit in ``width`` cells (at their smallest, and a wider title)."""
    columns = list(COLUMNS)
    for key in LEFT_OUT_FIRST:
        if _needed(columns) + MORE_FOR_TITLE <= width:
            break
        columns = [column for column in columns if column.key != key]
    return columns


def column_sizes(columns: list[Column], width: int) -> list[int]:
    """Each column's width: the smallest, plus its share of the room to spare."""
    sizes = [_smallest(column) for column in columns]
    spare = max(0, width - _needed(columns))
    weights = sum(SHARES[c.key][1] for c in columns if c.key in SHARES) or 1
    for i, column in enumerate(columns):
        if column.width and column.key in SHARES:
            share = spare * SHARES[column.key][1] // weights
            sizes[i] = min(_natural(column), sizes[i] + share)
    rest = width - sum(sizes) - len(SEPARATOR) * (len(columns) - 1)
    for i, column in enumerate(columns):
        if not column.width:
            sizes[i] += max(0, rest)
    return sizes


def column_spans(width: int) -> list[tuple[Column, int, int]]:
    """(column, first cell, width) of each column shown in a view ``width`` cells wide."""
    columns = shown_columns(width)
    spans: list[tuple[Column, int, int]] = []
    start = 0
    for column, size in zip(columns, column_sizes(columns, width), strict=True):
        spans.append((column, start, size))
        start += size + len(SEPARATOR)
    return spans


def column_at(x: int, width: int) -> Column | None:
    for column, start, size in column_spans(width):
        if start <= x < start + size + len(SEPARATOR):
            return column
    return None


def _cells(values: dict[str, str], width: int, style: Style) -> Strip:
    """One line: the value of each column shown, cut or padded to its width."""
    parts = [set_cell_size(values[column.key], size) for column, _, size in column_spans(width)]
    line = set_cell_size(SEPARATOR.join(parts), width)
    return Strip([Segment(line, style)], width)


class CaseTableHeader(Widget):
    """Column titles with the sort mark; a click on a title asks to sort by it."""

    sort: reactive[str] = reactive("dnr")
    descending: reactive[bool] = reactive(False)

    @dataclass
    class SortRequested(Message):
        column: str

    def render_line(self, y: int) -> Strip:
        titles = {column.key: self._title(column) for column in COLUMNS}
        style = self.rich_style
        return _cells(titles, self.size.width, style) if y == 0 else Strip.blank(0)

    def _title(self, column: Column) -> str:
        title = " " * MARK_WIDTH + column.title if column.key == "dnr" else column.title
        if column.key != self.sort:
            return title
        mark = texts.SORT_DESCENDING if self.descending else texts.SORT_ASCENDING
        return f"{title} {mark}"

    def on_click(self, event: events.Click) -> None:
        column = column_at(event.x, self.size.width)  # the same width as the rows
        if column is not None:
            self.post_message(self.SortRequested(column.key))


class CaseTable(CursorList, can_focus=False):
    """The rows of a ``CaseIndex`` in the order given by ``show``; a cursor marks one."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "case-table--cursor",
        "case-table--invalid",
        "case-table--notice",
    }

    @dataclass
    class Chosen(Message):
        """The user clicked a row (the list opens it)."""

        row: CaseRow

    @dataclass
    class Reading(Message):
        """How far a first listing has come (posted from the loading thread)."""

        done: int
        total: int

    class WindowMoved(Message):
        """Other rows came into view (a scroll or a resize): the list may look them up."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index = CaseIndex([])
        self.shown: list[int] = []
        self.notice = texts.LOADING_CASES
        self.drafts: frozenset[str] = frozenset()  # paths of the cases with a draft

    def show(self, index: CaseIndex, shown: list[int], notice: str) -> None:
        """Show ``shown`` (row numbers of ``index``); ``notice`` when it is empty."""
        current = self.current_row
        self.index, self.shown, self.notice = index, shown, notice
        self.fit_rows()
        self.cursor = self._position_of(current)
        self.reveal_cursor()
        self.refresh()

    def _position_of(self, row: CaseRow | None) -> int:
        if row is not None:
            for position, number in enumerate(self.shown):
                if self.index.rows[number] is row:
                    return position
        return 0

    @property
    def row_count(self) -> int:
        return len(self.shown)

    def reading(self, done: int, total: int) -> None:
        """While the list loads: how many case files a first listing has read."""
        if not self.shown:
            self.notice = texts.LOADING_CASES_PROGRESS.format(done=done, total=total)
            self.refresh()

    def window(self, pages: int) -> list[int]:
        """Row numbers (of ``index``) of the rows in view and the ``pages - 1`` pages after."""
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height or self.app.size.height
        return self.shown[top : top + pages * max(1, height)]

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self.post_message(self.WindowMoved())

    def on_resize(self) -> None:  # (CursorList.on_resize runs too: Textual calls each class's)
        self.post_message(self.WindowMoved())

    @property
    def current_row(self) -> CaseRow | None:
        if 0 <= self.cursor < len(self.shown):
            return self.index.rows[self.shown[self.cursor]]
        return None

    def mark_drafts(self, paths: frozenset[str]) -> None:
        """Mark the cases (by path) that have unsaved work in a draft."""
        if paths != self.drafts:
            self.drafts = paths
            self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        position = self.row_at(y)
        if not self.shown:
            return self._notice_line(y, width)
        if position >= len(self.shown):
            return Strip.blank(width, self.rich_style)
        row = self.index.rows[self.shown[position]]
        return _cells(self._values(row), width, self._row_style(row, position))

    def _notice_line(self, y: int, width: int) -> Strip:
        text = self.notice if y == 0 else ""
        style = self.get_component_rich_style("case-table--notice")
        return Strip([Segment(set_cell_size(text, width), style)], width)

    def _values(self, row: CaseRow) -> dict[str, str]:
        mark = texts.INVALID_CASE_MARK if row.error else " "
        if row.path in self.drafts:  # (an unreadable case is coloured too)
            mark = texts.DRAFT_CASE_MARK
        values = {column.key: row.cell(column.key) for column in COLUMNS}
        values["dnr"] = f"{mark} {row.dnr}"
        return values

    def _row_style(self, row: CaseRow, position: int) -> Style:
        style = self.rich_style
        if row.error:
            style += self.get_component_rich_style("case-table--invalid")
        if position == self.cursor:
            style += self.get_component_rich_style("case-table--cursor")
        return style

    def on_click(self, event: events.Click) -> None:
        position = self.row_at(event.y)
        if 0 <= position < len(self.shown):
            self.cursor = position
            self.post_message(self.Chosen(self.index.rows[self.shown[position]]))
