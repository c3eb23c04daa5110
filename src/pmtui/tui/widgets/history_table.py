"""The versions of one case, newest first, as a line-API list with a cursor and a mark.

A row: mark, date, author, milestone tags, the message's first line, then (dim) what
the commit changed. Only visible rows are drawn, so 500 versions cost nothing extra.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.strip import Strip

from pmtui.store import HistoryEntry
from pmtui.terminal import safe_line
from pmtui.texts import history as texts
from pmtui.tui.widgets.cursor_list import CursorList

AUTHOR_WIDTH = 18
_TAG = Style(bold=True, color="yellow")
_DIM = Style(dim=True)


def milestone_names(entry: HistoryEntry) -> list[str]:
    """``ks-2023-886/tillstyrkt`` → ``tillstyrkt``."""
    return [tag.rsplit("/", 1)[-1] for tag in entry.tags]


def entry_text(
    entry: HistoryEntry, changed: list[str] | None, marked: bool, case_prefix: str = ""
) -> Text:
    """One row as plain styled text (every value from Git made terminal-safe); the
    message loses ``case_prefix`` (``KS 2023/886: ``), which every row would repeat."""
    author = safe_line(entry.author)[:AUTHOR_WIDTH].ljust(AUTHOR_WIDTH)
    text = Text(no_wrap=True, end="")
    text.append(f"{texts.MARK if marked else ' '} ")
    text.append(entry.when.strftime(texts.HISTORY_DATE) + "  ", _DIM)
    text.append(author + "  ")
    names = milestone_names(entry)
    if names:
        text.append(texts.TAG_MARK.format(names=safe_line(", ".join(names))) + "  ", _TAG)
    subject = entry.subject
    if case_prefix and subject.startswith(case_prefix):
        subject = subject[len(case_prefix) :]
    text.append(safe_line(subject))
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

    def show(self, entries: list[HistoryEntry]) -> None:
        self.entries = entries
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
        text = entry_text(entry, self.changed.get(entry.commit_id), marked, self.case_prefix)
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
