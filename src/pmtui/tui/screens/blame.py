"""Blame: each sentence of each section after the commit, author and date that last
changed it (``pmtui.diff.blame_case``), as of a chosen version.

``n``/``]`` and ``p``/``[`` go from section to section; ``f`` shows one section only.
The versions are read and compared in a thread worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message

from pmtui.diff import CaseBlame, SectionBlame, UnitKind, blame_case
from pmtui.diff.versions import history_versions
from pmtui.store import CaseRepository, HistoryEntry
from pmtui.terminal import safe_line
from pmtui.texts import counted
from pmtui.texts import history as texts
from pmtui.texts.dates import day_text
from pmtui.tui.screens.diff_view import LinesScreen, step_keys
from pmtui.tui.screens.framing import frame_keys, key_maker
from pmtui.tui.widgets.diff_lines import DiffLines, Line

AUTHOR_WIDTH = 18
_HEADING = Style(bold=True, color="bright_cyan")
_COMMIT = Style(color="yellow")
_DIM = Style(dim=True)


blame_key = key_maker("blame")


def section_lines(section: SectionBlame) -> list[Line]:
    """A section's heading (an anchor), then each sentence after who last changed it."""
    heading = Text("#" * section.level + " " + safe_line(section.heading), _HEADING)
    lines = [Line(Text(""), heading, anchor=True)]
    for line in section.lines:
        if line.kind is UnitKind.BREAK:
            lines.append(Line(Text(""), Text("")))
            continue
        revision = line.revision
        gutter = Text(end="")
        gutter.append(revision.short_id + " ", _COMMIT)
        gutter.append(safe_line(revision.author)[:AUTHOR_WIDTH].ljust(AUTHOR_WIDTH) + " ")
        gutter.append(day_text(revision.when) + "  ", _DIM)
        lines.append(Line(gutter, Text(safe_line(line.text))))
    for sub in section.subsections:
        lines += [Line(Text(""), Text("")), *section_lines(sub)]
    return lines


def blame_lines(sections: Sequence[SectionBlame]) -> list[Line]:
    lines: list[Line] = []
    for section in sections:
        lines += [*section_lines(section), Line(Text(""), Text(""))]
    return lines


class BlameScreen(LinesScreen):
    """Who last changed each sentence of ``dnr``, as of ``entries[0]`` (a history slice,
    newest first; None: the whole history)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *step_keys(
            blame_key,
            (texts.KEY_NEXT_SECTION, texts.KEY_NEXT_SECTION_HELP),
            (texts.KEY_PREVIOUS_SECTION, texts.KEY_PREVIOUS_SECTION_HELP),
        ),
        blame_key("f", "pick_section", texts.KEY_SECTION, texts.KEY_SECTION_HELP, "section"),
        *frame_keys(blame_key, texts),
    ]

    @dataclass
    class Blamed(Message):
        blame: CaseBlame | None

    def __init__(
        self, repository: CaseRepository, dnr: str, entries: list[HistoryEntry] | None = None
    ) -> None:
        super().__init__()
        self.repository = repository
        self.dnr = str(dnr)
        self.entries = entries
        self.blame: CaseBlame | None = None
        self.section: str | None = None
        self.loaded = False

    def compose(self) -> ComposeResult:
        commit = self.entries[0].commit_id[:8] if self.entries else "HEAD"
        title = texts.BLAME_TITLE.format(dnr=self.dnr, commit=commit)
        yield from self.frame("blame", title, DiffLines(id="blame"), texts.BLAME_LOADING)

    def on_mount(self) -> None:
        self.run_blame()

    @work(thread=True, exit_on_error=False, group="blame", exclusive=True)
    def run_blame(self) -> None:
        versions = history_versions(self.repository, self.dnr, self.entries)
        self.post_message(self.Blamed(blame_case(versions) if versions else None))

    def on_blame_screen_blamed(self, message: Blamed) -> None:
        self.blame, self.loaded = message.blame, True
        self.redraw()

    @property
    def sections(self) -> list[SectionBlame]:
        if self.blame is None:
            return []
        if self.section is None:
            return list(self.blame.sections)
        return self.blame.only(self.section)

    def lines_for(self, width: int) -> list[Line]:
        if self.blame is None:
            empty = texts.BLAME_EMPTY.format(dnr=self.dnr) if self.loaded else ""
            return [Line(Text(""), Text(safe_line(empty)))]
        return blame_lines(self.sections)

    def redraw(self) -> None:
        self.view.show(self.lines_for)
        self.view.current = 0 if self.view.anchors else -1
        self.update_status()

    def update_status(self) -> None:
        view = self.view
        line = view.current_line
        section = line.body.plain.lstrip("# ") if line else texts.SECTION_ALL
        sentences = sum(1 for v in view.lines if v.gutter.plain)
        status = counted(
            sentences,
            texts.BLAME_STATUS,
            section=section,
            current=max(0, view.current) + 1,
            total=len(view.anchors),
        )
        self.show_status(status)

    def action_pick_section(self) -> None:
        if self.blame is not None:
            self.pick_section([(h, safe_line(h)) for h in _headings(self.blame.sections)])


def _headings(sections: Sequence[SectionBlame]) -> list[str]:
    return [h for s in sections for h in (s.heading, *_headings(s.subsections))]
