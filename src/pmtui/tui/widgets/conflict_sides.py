"""What the conflict screen shows: the list of conflicting units with their choices, one
unit's sides in columns (ours, the base, theirs) with the words each side changed
highlighted, and what was chosen for it, or the field where the user writes it.

Every piece of document text is made terminal-safe and appended as plain text, so no
markup is read from a case.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Label, Static

from pmtui.diff.paint import Style as PieceStyle
from pmtui.diff.types import Op
from pmtui.diff.words import word_spans
from pmtui.editing.conflict_choices import ConflictUnit, Pick
from pmtui.editing.conflict_session import ConflictSession
from pmtui.terminal import safe_line
from pmtui.texts import conflict as texts
from pmtui.tui.widgets.diff_text import STYLES
from pmtui.tui.widgets.fields import EditorTextArea

CHANGED = STYLES[PieceStyle.INSERTED]
DIM = Style(dim=True)
WORD_DIFF_LIMIT = 4000  # characters per side; longer sides are shown without highlights


def unit_rows(session: ConflictSession, current: int) -> Text:
    """One row per unit: cursor, number, chosen mark and pick, the part, its line."""
    rows = Text(no_wrap=True, overflow="ellipsis", end="")
    for unit in session.units:
        chosen = session.choices.chosen.get(unit.number)
        row = texts.UNIT_ROW.format(
            cursor=texts.UNIT_CURSOR if unit.number == current else " ",
            number=unit.number,
            mark=texts.UNIT_CHOSEN if chosen else texts.UNIT_OPEN,
            pick=texts.PICKS[chosen.pick] if chosen else texts.UNIT_NOT_CHOSEN,
            place=safe_line(unit.shown_place),
            line=unit.line,
        )
        if unit.number > 1:
            rows.append("\n")
        rows.append(row, Style(bold=True) if unit.number == current else DIM if chosen else None)
    return rows


def side_text(lines: tuple[str, ...], reference: tuple[str, ...] | None) -> Text:
    """``lines`` with the words that differ from ``reference`` highlighted (none when
    ``reference`` is None or either text is long); an empty side says it is removed."""
    if not lines:
        return Text(texts.SIDE_REMOVED, DIM)
    text, shown = Text(end=""), "\n".join(lines)
    compared = "\n".join(reference) if reference is not None else None
    if compared is None or max(len(shown), len(compared)) > WORD_DIFF_LIMIT:
        _append(text, shown, None)
        return text
    for span in word_spans(compared, shown):
        if span.op is not Op.DELETE:
            _append(text, span.text, None if span.op is Op.EQUAL else CHANGED)
    return text


def _append(text: Text, piece: str, style: Style | None) -> None:
    for index, line in enumerate(piece.split("\n")):
        if index:
            text.append("\n")
        text.append(safe_line(line), style)


class SideColumn(Vertical):
    """One side of a unit: its name over its text."""

    def __init__(self, name: str) -> None:
        super().__init__(id=f"side-{name}", classes="conflict-side")

    def compose(self) -> ComposeResult:
        yield Label("", classes="conflict-side-title")
        with VerticalScroll(classes="conflict-side-body"):
            yield Static("", classes="conflict-side-text")

    def show(self, title: str, body: Text, chosen: bool) -> None:
        mark = texts.COLUMN_CHOSEN if chosen else ""
        self.query_one(Label).update(Text(safe_line(title) + mark, style="bold"))
        self.query_one(".conflict-side-text", Static).update(body)
        self.set_class(chosen, "chosen")


class ConflictView(Vertical):
    """The units, the shown unit's sides, and its choice (or the field to write it in)."""

    DEFAULT_CSS = """
    ConflictView { height: 1fr; }
    #conflict-units { height: auto; max-height: 7; border-bottom: solid $panel; }
    #conflict-sides { height: 1fr; }
    .conflict-side { width: 1fr; border: round $panel; }
    .conflict-side.chosen { border: round $success; }
    .conflict-side-title { height: 1; }
    #conflict-result { height: auto; max-height: 12; border: round $accent; }
    #conflict-choice, #conflict-note { height: auto; }
    #conflict-note { color: $warning; }
    #conflict-edit { height: 8; display: none; }
    ConflictView.editing #conflict-edit { display: block; }
    ConflictView.editing #conflict-choice { display: none; }
    ConflictView.editing #conflict-note { display: none; }
    """

    def __init__(self, session: ConflictSession, roles: tuple[str, str]) -> None:
        super().__init__(id="conflict-view")
        self.session = session
        self.roles = roles  # who wrote ours, theirs

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="conflict-units"):
            yield Static("", id="conflict-unit-list")
        with Horizontal(id="conflict-sides"):
            yield SideColumn("ours")
            yield SideColumn("base")
            yield SideColumn("theirs")
        with Vertical(id="conflict-result"):
            yield Label("", id="conflict-result-title")
            yield Static("", id="conflict-choice")
            yield Static("", id="conflict-note")
            yield EditorTextArea("", id="conflict-edit", soft_wrap=True)

    @property
    def editor(self) -> EditorTextArea:
        return self.query_one("#conflict-edit", EditorTextArea)

    def show(self, number: int) -> None:
        """Unit ``number`` (nothing but the list when the file has no units)."""
        self.query_one("#conflict-unit-list", Static).update(unit_rows(self.session, number))
        if not self.session.units:
            self.query_one("#conflict-sides").display = False
            self.query_one("#conflict-result").display = False
            return
        unit = self.session.choices.unit(number)
        self._show_sides(unit)
        self._show_choice(unit)

    def _show_sides(self, unit: ConflictUnit) -> None:
        hunk, chosen = unit.hunk, self.session.choices.chosen.get(unit.number)
        pick = chosen.pick if chosen else None
        base = hunk.base.lines if hunk.base is not None else None
        ours_title, theirs_title = (
            texts.COLUMN_OURS.format(role=self.roles[0]),
            texts.COLUMN_THEIRS.format(role=self.roles[1]),
        )
        ours_against = base if base is not None else hunk.theirs.lines
        theirs_against = base if base is not None else hunk.ours.lines
        self._column("ours").show(
            ours_title, side_text(hunk.ours.lines, ours_against), pick in (Pick.OURS, Pick.BOTH)
        )
        self._column("theirs").show(
            theirs_title,
            side_text(hunk.theirs.lines, theirs_against),
            pick in (Pick.THEIRS, Pick.BOTH),
        )
        column = self._column("base")
        column.display = base is not None
        if base is not None:
            column.show(texts.COLUMN_BASE, side_text(base, None), False)

    def _column(self, name: str) -> SideColumn:
        return self.query_one(f"#side-{name}", SideColumn)

    def _show_choice(self, unit: ConflictUnit) -> None:
        chosen = self.session.choices.chosen.get(unit.number)
        self.query_one("#conflict-note", Static).update(Text(safe_line(unit.both_refused)))
        title = self.query_one("#conflict-result-title", Label)
        choice = self.query_one("#conflict-choice", Static)
        if self.has_class("editing"):
            title.update(Text(texts.EDIT_TITLE.format(number=unit.number), style="bold"))
        elif chosen is None:
            title.update(Text(texts.RESULT_OPEN.format(number=unit.number)))
            choice.update("")
        else:
            pick = texts.PICKS[chosen.pick]
            title.update(Text(texts.RESULT_TITLE.format(number=unit.number, pick=pick), "bold"))
            body = side_text(chosen.lines, None) if chosen.lines else None
            choice.update(body or Text(texts.RESULT_EMPTY, DIM))

    def start_editing(self, text: str) -> None:
        self.add_class("editing")
        self.editor.load_text(text)
        self.editor.focus()

    def stop_editing(self) -> None:
        self.remove_class("editing")

    @property
    def editing(self) -> bool:
        return self.has_class("editing")
