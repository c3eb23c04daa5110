"""Comparison results as styled lines for ``DiffLines``: Rich ``Text`` built piece by piece.

The pieces come from ``pmtui.diff.render`` (the same layout as ``pmtui diff``: fields
and decision points first, then changed sections, unified or side by side). Every piece
of document text is made terminal-safe and appended as plain text with a style, so no
markup is ever read from a document.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from pmtui.diff import CaseDiff, RenderOptions
from pmtui.diff.paint import Piece
from pmtui.diff.paint import Style as PieceStyle
from pmtui.diff.render import diff_lines
from pmtui.terminal import safe_line
from pmtui.tui.widgets.diff_lines import Line

STYLES: dict[PieceStyle, Style] = {
    PieceStyle.PLAIN: Style(),
    PieceStyle.DELETED: Style(color="bright_red", bgcolor="#4b1818", strike=True, bold=True),
    PieceStyle.INSERTED: Style(color="bright_green", bgcolor="#16401b", underline=True, bold=True),
    PieceStyle.OLD_LINE: Style(color="red"),
    PieceStyle.NEW_LINE: Style(color="green"),
    PieceStyle.HEADING: Style(bold=True, color="bright_cyan"),
    PieceStyle.DIM: Style(dim=True),
}
CHANGE_MARKS = ("~ ", "+ ", "- ")
_WHOLE = ("+ ", "- ")


def styled(pieces: list[Piece]) -> Text:
    """Pieces as one ``Text``: each piece's text made safe, then appended with its style."""
    text = Text(no_wrap=False, end="")
    for piece, style in pieces:
        text.append(safe_line(piece), STYLES[style])
    return text


def _mark(pieces: list[Piece]) -> str:
    return pieces[0][0] if pieces else ""


def _line(pieces: list[Piece], previous: str) -> Line:
    """A gutter (the change marker column) and the rest; a change starts an anchor,
    except a ``+`` right after a ``-`` (the two halves of one replaced sentence)."""
    mark = _mark(pieces)
    if mark not in CHANGE_MARKS and mark != "  ":
        return Line(Text(""), styled(pieces))
    anchor = mark in CHANGE_MARKS and not (mark in _WHOLE and previous in _WHOLE)
    return Line(styled(pieces[:1]), styled(pieces[1:]), anchor)


def case_diff_lines(diff: CaseDiff, options: RenderOptions) -> list[Line]:
    """The comparison as lines: each change (field, point, sentence) is an anchor."""
    lines: list[Line] = []
    previous = ""
    for pieces in diff_lines(diff, options):
        lines.append(_line(pieces, previous))
        previous = _mark(pieces)
    return lines
