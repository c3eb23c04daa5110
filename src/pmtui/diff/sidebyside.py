"""Two columns, old on the left and new on the right, each unit wrapped to its column.

The rows are exactly the units of a ``TextDiff``: an unchanged or changed unit fills
both columns, a removed one only the left, an added one only the right.
"""

from __future__ import annotations

import re

from pmtui.diff.paint import Piece, Style, marked
from pmtui.diff.render import RenderOptions, span_pieces, visible_units
from pmtui.diff.types import Op, TextDiff, UnitChange, UnitKind
from pmtui.terminal import safe_line
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


def _words(pieces: list[Piece], color: bool) -> list[Piece]:
    """Pieces cut at spaces; without colour, markers kept on whole edited runs."""
    words: list[Piece] = []
    for text, style in pieces:
        if not color and style in (Style.DELETED, Style.INSERTED):
            words.append((marked(text, style), Style.PLAIN))
            continue
        words += [(w, style) for w in re.split(r"(?<= )", text) if w]
    return words


def wrap(pieces: list[Piece], width: int, color: bool) -> list[list[Piece]]:
    """Pieces filled into lines of at most ``width`` visible characters."""
    lines: list[list[Piece]] = [[]]
    used = 0
    for text, style in _words(pieces, color):
        while len(safe_line(text)) > width:  # a word longer than the column
            head, text = text[: width - used], text[width - used :]
            lines[-1].append((head, style))
            lines.append([])
            used = 0
        if used + len(safe_line(text.rstrip())) > width and used:
            lines.append([])
            used = 0
        lines[-1].append((text, style))
        used += len(safe_line(text))
    return [_trimmed(line) for line in lines]


def _trimmed(line: list[Piece]) -> list[Piece]:
    if line and line[-1][0].endswith(" "):
        return [*line[:-1], (line[-1][0].rstrip(" "), line[-1][1])]
    return line


def _pad(line: list[Piece], width: int) -> list[Piece]:
    used = sum(len(safe_line(t)) for t, _ in line)
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
        rows.append([(lead, Style.PLAIN), *_pad(lhs, column), (_GUTTER, Style.DIM), *rhs])
    return rows


def side_by_side_lines(diff: TextDiff, options: RenderOptions) -> list[list[Piece]]:
    column = max(20, (options.width - 2 - len(_GUTTER)) // 2)
    head: list[Piece] = [("  ", Style.PLAIN), *_pad([(texts.SIDE_OLD, Style.DIM)], column)]
    lines = [[*head, (_GUTTER, Style.DIM), (texts.SIDE_NEW, Style.DIM)]]
    for index in visible_units(diff, options.context):
        if index is None:
            lines.append([("  ", Style.PLAIN), (texts.SKIPPED, Style.DIM)])
        else:
            lines += unit_rows(diff.units[index], column, options)
    return lines
