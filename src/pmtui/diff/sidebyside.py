"""Two columns, old on the left and new on the right, each unit wrapped to its column.

The rows are exactly the units of a ``TextDiff``: an unchanged or changed unit fills
both columns, a removed one only the left, an added one only the right.
"""

from __future__ import annotations

import re

from pmtui.diff.paint import Piece, Style, visible_length
from pmtui.diff.render import RenderOptions, span_pieces, visible_units
from pmtui.diff.types import Op, TextDiff, UnitChange, UnitKind
from pmtui.texts import diff as texts

_GUTTER = " │ "


def _side_pieces(unit: UnitChange, side: Op, word: bool) -> list[Piece]:
    """One side of a unit: its text, with the words only on this side marked."""
    text = unit.old if side is Op.DELETE else unit.new
    if text is None:
        return []
    if unit.kind is UnitKind.BREAK:
        text = texts.PARAGRAPH_MARK if unit.op is not Op.EQUAL else ""
    whole = Style.OLD_LINE if side is Op.DELETE else Style.NEW_LINE
    if unit.op is Op.EQUAL:
        return [(text, Style.PLAIN)]
    if unit.op is not Op.CHANGE or not word:
        return [(text, whole)]
    return span_pieces(tuple(s for s in unit.spans if s.op in (Op.EQUAL, side)))


def _chunks(pieces: list[Piece]) -> list[list[Piece]]:
    """The pieces cut into words, each ending after its space: a line breaks only between
    them (a word of several pieces, ``genomföras[-.-]``, stays whole)."""
    chunks: list[list[Piece]] = [[]]
    for text, style in pieces:
        for part in re.split(r"(?<= )", text):
            if part:
                chunks[-1].append((part, style))
            if part.endswith(" "):
                chunks.append([])
    return [chunk for chunk in chunks if chunk]


def wrap(pieces: list[Piece], width: int, color: bool) -> list[list[Piece]]:
    """Pieces filled into lines of at most ``width`` visible characters, broken only at
    spaces: a word is never split (one wider than the column gets a line of its own and
    runs past it). Without colour an edit that spans lines is marked on each line
    (``[-ord och-]`` / ``[-fler ord-]``), and the markers count in the width."""
    lines: list[list[Piece]] = [[]]
    for chunk in _chunks(pieces):
        if not lines[-1] and not "".join(text for text, _ in chunk).strip():
            continue  # no line starts with spaces
        joined = _merged([*lines[-1], *chunk])
        if lines[-1] and visible_length(_trimmed(joined), color) > width:
            lines.append(_merged(chunk))
        else:
            lines[-1] = joined
    return [_trimmed(line) for line in lines]


def _merged(line: list[Piece]) -> list[Piece]:
    """Neighbouring pieces of one style as one piece (one pair of markers)."""
    merged: list[Piece] = []
    for text, style in line:
        if merged and merged[-1][1] is style:
            merged[-1] = (merged[-1][0] + text, style)
        else:
            merged.append((text, style))
    return merged


def _trimmed(line: list[Piece]) -> list[Piece]:
    """The line without the spaces it ends with (a piece left empty is dropped)."""
    if line and line[-1][0].endswith(" "):
        text = line[-1][0].rstrip(" ")
        return [*line[:-1], (text, line[-1][1])] if text else _trimmed(line[:-1])
    return line


def _pad(line: list[Piece], width: int, color: bool) -> list[Piece]:
    used = visible_length(line, color)
    return [*line, (" " * max(0, width - used), Style.PLAIN)]


def unit_rows(unit: UnitChange, column: int, options: RenderOptions) -> list[list[Piece]]:
    left = wrap(_side_pieces(unit, Op.DELETE, options.word), column, options.color)
    right = wrap(_side_pieces(unit, Op.INSERT, options.word), column, options.color)
    marker = {Op.EQUAL: "  ", Op.CHANGE: "~ ", Op.DELETE: "- ", Op.INSERT: "+ "}[unit.op]
    rows: list[list[Piece]] = []
    for k in range(max(len(left), len(right))):
        lhs = left[k] if k < len(left) else []
        rhs = right[k] if k < len(right) else []
        lead = marker if k == 0 else "  "
        rows.append(
            [(lead, Style.PLAIN), *_pad(lhs, column, options.color), (_GUTTER, Style.DIM), *rhs]
        )
    return rows


def side_by_side_lines(diff: TextDiff, options: RenderOptions) -> list[list[Piece]]:
    column = max(20, (options.width - 2 - len(_GUTTER)) // 2)
    old = _pad([(texts.SIDE_OLD, Style.DIM)], column, options.color)
    head: list[Piece] = [("  ", Style.PLAIN), *old]
    lines = [[*head, (_GUTTER, Style.DIM), (texts.SIDE_NEW, Style.DIM)]]
    for index in visible_units(diff, options.context):
        if index is None:
            lines.append([("  ", Style.PLAIN), (texts.SKIPPED, Style.DIM)])
        else:
            lines += unit_rows(diff.units[index], column, options)
    return lines
