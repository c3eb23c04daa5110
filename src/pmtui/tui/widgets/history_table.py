"""The versions of one case, newest first, as a line-API list with a cursor and a mark.

A row: mark, date, author, milestone tags, the message's first line, then (dim) what
the commit changed. Only visible rows are drawn, so 500 versions cost nothing extra.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.strip import Strip

from pmtui.store import HistoryEntry
from pmtui.terminal import safe_line
from pmtui.texts import history as texts
from pmtui.texts.dates import moment_text
from pmtui.tui.widgets.cursor_list import CursorList

AUTHOR_WIDTH = 12  # the narrowest author column; it widens to the longest name shown
_TAG = Style(bold=True, color="yellow")
_DIM = Style(dim=True)


def milestone_names(entry: HistoryEntry) -> list[str]:
    """``ks-2023-886/tillstyrkt`` → ``tillstyrkt``."""
    return [tag.rsplit("/", 1)[-1] for tag in entry.tags]


def author_width(entries: list[HistoryEntry]) -> int:
    """Wide enough for every author's name in full."""
    return max([AUTHOR_WIDTH, *(cell_len(safe_line(entry.author)) for entry in entries)])


def entry_text(
    entry: HistoryEntry,
    changed: list[str] | None,
    marked: bool,
    case_prefix: str = "",
    authors: int = AUTHOR_WIDTH,
) -> Text:
    """One row as plain styled text (every value from Git made terminal-safe); the
    message loses ``case_prefix`` (``KS 2023/886: ``), which every row would repeat.
    ``authors`` is the width of the author column (names are never cut)."""
    name = safe_line(entry.author)
    text = Text(no_wrap=True, end="")
    text.append(f"{texts.MARK if marked else ' '} ")
    text.append(moment_text(entry.when) + "  ", _DIM)
    text.append(name + " " * max(0, authors - cell_len(name)) + "  ")
    names = milestone_names(entry)
    if names:
        text.append(texts.TAG_MARK.format(names=safe_line(", ".join(names))) + "  ", _TAG)
    text.append(safe_line(entry.subject.removeprefix(case_prefix)))
    if changed is not None:
        shown = ", ".join(changed) if changed else texts.HISTORY_NOTHING_CHANGED
        text.append(f"  [{safe_line(shown)}]", _DIM)
    return text


class HistoryTable(CursorList, can_focus=False):
    """Entries newest first; ``cursor`` is the highlighted one, ``marked`` the picked one."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"history-table--cursor", "history-table--marked"}
    DEFAULT_CSS = """
    HistoryTable { height: 1fr; scrollbar-gutter: stable; }
    HistoryTable > .history-table--cursor { background: $accent; color: $text; }
    HistoryTable > .history-table--marked { text-style: bold; }
    """

    marked: reactive[int | None] = reactive(None)

    def __init__(self, *, case_prefix: str = "", id: str | None = None) -> None:
        super().__init__(id=id)
        self.case_prefix = case_prefix
        self.entries: list[HistoryEntry] = []
        self.changed: dict[str, list[str]] = {}
        self.authors = AUTHOR_WIDTH

    def show(self, entries: list[HistoryEntry]) -> None:
        self.entries = entries
        self.authors = author_width(entries)
        self.cursor = 0
        self.marked = None
        self.fit_rows()
        self.refresh()

    def set_changed(self, changed: dict[str, list[str]]) -> None:
        self.changed = changed
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.entries)

    @property
    def current(self) -> HistoryEntry | None:
        return self.entries[self.cursor] if 0 <= self.cursor < len(self.entries) else None

    def watch_marked(self) -> None:
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        position = self.row_at(y)
        if position >= len(self.entries):
            return Strip.blank(width, self.rich_style)
        entry = self.entries[position]
        marked = position == self.marked
        changed = self.changed.get(entry.commit_id)
        text = entry_text(entry, changed, marked, self.case_prefix, self.authors)
        text.truncate(width, overflow="ellipsis", pad=True)
        strip = Strip(list(text.render(self.app.console)), text.cell_len)
        return strip.crop_extend(0, width, None).apply_style(self._style(position, marked))

    def _style(self, position: int, marked: bool) -> Style:
        style = self.rich_style
        if marked:
            style += self.get_component_rich_style("history-table--marked")
        if position == self.cursor:
            style += self.get_component_rich_style("history-table--cursor")
        return style
