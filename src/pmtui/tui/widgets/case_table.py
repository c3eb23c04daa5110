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


def column_spans(width: int) -> list[tuple[Column, int, int]]:
    """(column, first cell, width) of each column for a view ``width`` cells wide."""
    fixed = sum(column.width for column in COLUMNS) + len(SEPARATOR) * (len(COLUMNS) - 1)
    flexible = max(10, width - fixed)
    spans: list[tuple[Column, int, int]] = []
    start = 0
    for column in COLUMNS:
        size = column.width or flexible
        spans.append((column, start, size))
        start += size + len(SEPARATOR)
    return spans


def column_at(x: int, width: int) -> Column | None:
    for column, start, size in column_spans(width):
        if start <= x < start + size + len(SEPARATOR):
            return column
    return None


def _cells(values: list[str], width: int, style: Style) -> Strip:
    parts = [
        set_cell_size(value, size)
        for value, (_, _, size) in zip(values, column_spans(width), strict=True)
    ]
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
        titles = [self._title(column) for column in COLUMNS]
        style = self.rich_style
        return _cells(titles, self.size.width, style) if y == 0 else Strip.blank(0)

    def _title(self, column: Column) -> str:
        if column.key != self.sort:
            return column.title
        mark = texts.SORT_DESCENDING if self.descending else texts.SORT_ASCENDING
        return f"{column.title} {mark}"

    def on_click(self, event: events.Click) -> None:
        column = column_at(event.x, self.size.width)
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

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index = CaseIndex([])
        self.shown: list[int] = []
        self.notice = texts.LOADING_CASES

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

    @property
    def current_row(self) -> CaseRow | None:
        if 0 <= self.cursor < len(self.shown):
            return self.index.rows[self.shown[self.cursor]]
        return None

    def render_line(self, y: int) -> Strip:
        width = self.size.width
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

    def _values(self, row: CaseRow) -> list[str]:
        mark = texts.INVALID_CASE_MARK if row.error else ""
        return [
            mark + row.dnr if column.key == "dnr" else row.cell(column.key) for column in COLUMNS
        ]

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
