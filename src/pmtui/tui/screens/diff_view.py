"""Two versions of a case compared: fields and decision points first, then sections.

``s`` switches between one column and side by side, ``w`` between changed words and
whole changed sentences, ``f`` shows one section only (a list of the case's headings),
``n``/``]`` and ``p``/``[`` go to the next and previous change. The comparison runs in
a thread worker; the lines are re-cut to the window's width when it changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message

from pmtui.diff import CaseDiff, RenderOptions, SectionDiff, SectionOp, only_sections
from pmtui.diff.versions import compare_commits
from pmtui.store import CaseRepository
from pmtui.terminal import safe_line
from pmtui.texts import counted
from pmtui.texts import diff as diff_texts
from pmtui.texts import history as texts
from pmtui.tui.screens.framing import FramedScreen, KeyMaker, frame_keys, key_maker
from pmtui.tui.screens.picker import PickerScreen
from pmtui.tui.widgets.diff_lines import DiffLines, Line
from pmtui.tui.widgets.diff_text import case_diff_lines

_PROBLEM = Style(color="yellow", bold=True)


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a commit id (None: no such version) and its label."""

    commit: str | None
    label: str


diff_key = key_maker("diff")


def step_keys(make: KeyMaker, next_: tuple[str, str], previous: tuple[str, str]) -> list[Binding]:
    """``n``/``]`` and ``p``/``[``: the next and previous anchor, ``next_`` and
    ``previous`` their (short, long) descriptions."""
    return [
        make("n,right_square_bracket", "next", *next_, "next"),
        make("p,left_square_bracket", "previous", *previous, "previous"),
    ]


def section_headings(sections: tuple[SectionDiff, ...]) -> list[tuple[str, bool]]:
    """Every heading (subsections too) and whether that part changed, in document order."""
    found: list[tuple[str, bool]] = []
    for section in sections:
        found.append((section.heading, section.op is not SectionOp.UNCHANGED))
        found += section_headings(section.subsections)
    return found


class LinesScreen(FramedScreen):
    """A framed screen around one ``DiffLines`` view: the moving keys scroll it, next and
    previous go from anchor to anchor and update the status bar; ``f`` shows one section."""

    section: str | None  # the heading of the one section shown; None: every section

    @property
    def view(self) -> DiffLines:
        return self.query_one(DiffLines)

    def action_move(self, delta: int) -> None:
        self.view.scroll_to(y=self.view.scroll_y + delta, animate=False, immediate=True)

    def action_page(self, direction: int) -> None:
        page = max(1, self.view.scrollable_content_region.height - 1)
        self.action_move(direction * page)

    def action_first(self) -> None:
        self.view.scroll_to(y=0, animate=False, immediate=True)

    def action_last(self) -> None:
        self.view.scroll_to(y=self.view.max_scroll_y, animate=False, immediate=True)

    def action_next(self) -> None:
        self.view.next()
        self.update_status()

    def action_previous(self) -> None:
        self.view.previous()
        self.update_status()

    def update_status(self) -> None:
        raise NotImplementedError

    def redraw(self) -> None:
        raise NotImplementedError

    def pick_section(self, headings: list[tuple[str, str]]) -> None:
        """A picker of every section and ``headings`` (heading, as listed); the screen
        is redrawn with the one picked."""
        shown = {"": texts.PICK_SECTION_ALL}
        for heading, listed in headings:
            shown.setdefault(heading, listed)
        picker = PickerScreen(texts.PICK_SECTION, list(shown.items()), self.section or "")
        self.app.push_screen(picker, self._section_picked)

    def _section_picked(self, heading: str | None) -> None:
        if heading is not None:
            self.section = heading or None
            self.redraw()


class DiffScreen(LinesScreen):
    """The case ``dnr`` compared between ``old`` and ``new``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *step_keys(
            diff_key,
            (texts.KEY_NEXT_CHANGE, texts.KEY_NEXT_CHANGE_HELP),
            (texts.KEY_PREVIOUS_CHANGE, texts.KEY_PREVIOUS_CHANGE_HELP),
        ),
        diff_key(
            "s", "side_by_side", texts.KEY_SIDE_BY_SIDE, texts.KEY_SIDE_BY_SIDE_HELP, "side_by_side"
        ),
        diff_key("f", "pick_section", texts.KEY_SECTION, texts.KEY_SECTION_HELP, "section"),
        diff_key("w", "words", texts.KEY_WORDS, texts.KEY_WORDS_HELP, "words"),
        *frame_keys(diff_key, texts),
    ]

    @dataclass
    class Compared(Message):
        diff: CaseDiff

    def __init__(self, repository: CaseRepository, dnr: str, old: Side, new: Side) -> None:
        super().__init__()
        self.repository = repository
        self.dnr = str(dnr)
        self.old, self.new = old, new
        self.diff: CaseDiff | None = None
        self.section: str | None = None
        self.side_by_side = False
        self.words = True

    def compose(self) -> ComposeResult:
        title = texts.DIFF_TITLE.format(dnr=self.dnr, old=self.old.label, new=self.new.label)
        yield from self.frame("diff", title, DiffLines(id="diff"), texts.DIFF_LOADING)

    def on_mount(self) -> None:
        self.compare()

    @work(thread=True, exit_on_error=False, group="diff", exclusive=True)
    def compare(self) -> None:
        diff = compare_commits(self.repository, self.dnr, self.old.commit, self.new.commit)
        self.post_message(self.Compared(diff))

    def on_diff_screen_compared(self, message: Compared) -> None:
        self.diff = message.diff
        self.redraw()

    # What is shown -------------------------------------------------------------------

    @property
    def shown_diff(self) -> CaseDiff | None:
        if self.diff is None or self.section is None:
            return self.diff
        return only_sections(self.diff, self.section)

    def lines_for(self, width: int) -> list[Line]:
        diff = self.shown_diff
        if diff is None:
            return []
        if self.section is not None and not diff.changed:
            note = texts.SECTION_NO_CHANGES.format(heading=self.section)
            return [Line(Text(""), Text(safe_line(note)))]
        options = RenderOptions(
            word=self.words,
            color=True,
            side_by_side=self.side_by_side,
            width=max(40, width - 2),
        )
        problems = [Line(Text(""), Text(safe_line(p), _PROBLEM)) for p in diff.problems]
        return [*problems, *case_diff_lines(diff, options)]

    def redraw(self, *, keep_anchor: bool = False) -> None:
        self.view.show(self.lines_for, keep_anchor=keep_anchor)
        self.update_status()

    def update_status(self) -> None:
        view = self.view
        mode = texts.MODE_SIDE_BY_SIDE if self.side_by_side else texts.MODE_UNIFIED
        words = texts.WORDS_ON if self.words else texts.WORDS_OFF
        section = (
            texts.SECTION_ONLY.format(heading=self.section) if self.section else texts.SECTION_ALL
        )
        values = {"mode": mode, "words": words, "section": section}
        if view.anchors and view.current >= 0:
            current, total = view.current + 1, len(view.anchors)
            status = texts.DIFF_STATUS.format(**values, current=current, total=total)
        elif view.anchors:
            status = counted(len(view.anchors), texts.DIFF_STATUS_START, **values)
        else:
            status = texts.DIFF_STATUS_EMPTY.format(**values)
        self.show_status(status)

    # Actions -------------------------------------------------------------------------

    def action_side_by_side(self) -> None:
        self.side_by_side = not self.side_by_side
        self.redraw(keep_anchor=True)

    def action_words(self) -> None:
        self.words = not self.words
        self.redraw(keep_anchor=True)

    def action_pick_section(self) -> None:
        if self.diff is None or self.diff.raw is not None:
            return
        note = f"  {diff_texts.SECTION_CHANGED}"
        headings = section_headings(self.diff.sections)
        self.pick_section([(h, safe_line(h) + (note if c else "")) for h, c in headings])
