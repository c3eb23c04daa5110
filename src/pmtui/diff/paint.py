"""Styled pieces of output text, and how they become a terminal line.

A line is a list of ``(text, style)`` pieces. Without colour, word-level edits get
git's word-diff markers (``[-bort-]`` and ``{+till+}``); with colour they are red and
green. Document text is made safe for the terminal here (control characters shown as
escapes; docs/reliability.md, F32) before any escape code of ours is added.
"""

from __future__ import annotations

from enum import StrEnum

from pmtui.terminal import safe_line


class Style(StrEnum):
    PLAIN = "plain"
    DELETED = "deleted"  # words removed inside a changed sentence
    INSERTED = "inserted"  # words added inside a changed sentence
    OLD_LINE = "old-line"  # a whole removed unit (the "- " prefix says so)
    NEW_LINE = "new-line"  # a whole added unit
    HEADING = "heading"
    DIM = "dim"


Piece = tuple[str, Style]

_ANSI = {
    Style.DELETED: "\x1b[31;9m",
    Style.INSERTED: "\x1b[32;4m",
    Style.OLD_LINE: "\x1b[31m",
    Style.NEW_LINE: "\x1b[32m",
    Style.HEADING: "\x1b[1m",
    Style.DIM: "\x1b[2m",
}
_RESET = "\x1b[m"
_MARKERS = {Style.DELETED: ("[-", "-]"), Style.INSERTED: ("{+", "+}")}


def marked(text: str, style: Style) -> str:
    """A piece as plain text: markers around word-level edits, nothing else."""
    start, end = _MARKERS.get(style, ("", ""))
    return f"{start}{text}{end}"


def paint(pieces: list[Piece], color: bool) -> str:
    """One output line from its pieces."""
    parts: list[str] = []
    for text, style in pieces:
        safe = safe_line(text)
        if color and style in _ANSI:
            parts.append(f"{_ANSI[style]}{safe}{_RESET}")
        else:
            parts.append(safe if color else marked(safe, style))
    return "".join(parts)


def visible_length(pieces: list[Piece], color: bool) -> int:
    return sum(len(safe_line(t if color else marked(t, s))) for t, s in pieces)
