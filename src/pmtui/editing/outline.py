"""Editing the att-satser of one decision block as an outline of rows with levels.

Every operation returns the new rows and the index of the row that should keep the
focus. Moves carry a point's subpoints with it; levels are kept valid (the first row at
level 0, no row more than one level deeper than the row above), so numbering is automatic.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pmtui.editing.state import PointRow

Rows = list[PointRow]
# An edit of the rows at an index: the new rows and the row to focus.
Operation = Callable[[Rows, Any], tuple[Rows, int]]


def normalized(rows: Rows) -> Rows:
    """Levels clamped so that each row is at most one level below the one above it."""
    fixed: Rows = []
    for row in rows:
        limit = fixed[-1].level + 1 if fixed else 0
        fixed.append(PointRow(row.text, max(0, min(row.level, limit))))
    return fixed


def numbers(rows: Rows) -> list[str]:
    """``1``, ``2``, ``2.1`` … for each row; a lone point without subpoints is unnumbered."""
    if len(rows) == 1:
        return [""]
    counters: list[int] = []
    result: list[str] = []
    for row in normalized(rows):
        del counters[row.level + 1 :]
        if len(counters) <= row.level:
            counters.append(0)
        counters[row.level] += 1
        result.append(".".join(str(n) for n in counters))
    return result


def _subtree_end(rows: Rows, index: int) -> int:
    end = index + 1
    while end < len(rows) and rows[end].level > rows[index].level:
        end += 1
    return end


def _previous_sibling(rows: Rows, index: int) -> int | None:
    level = rows[index].level
    before = index - 1
    while before >= 0 and rows[before].level > level:
        before -= 1
    return before if before >= 0 and rows[before].level == level else None


def add_after(rows: Rows, index: int | None, text: str = "") -> tuple[Rows, int]:
    """A new row after ``index`` (and its subpoints), at its level; at the end if None."""
    if index is None or not rows:
        return [*rows, PointRow(text, rows[-1].level if rows else 0)], len(rows)
    end = _subtree_end(rows, index)
    new = PointRow(text, rows[index].level)
    return [*rows[:end], new, *rows[end:]], end


def remove(rows: Rows, index: int) -> tuple[Rows, int]:
    """Remove one row; its subpoints move up to the row before it."""
    left = normalized([*rows[:index], *rows[index + 1 :]])
    return left, max(0, min(index, len(left) - 1))


def move_up(rows: Rows, index: int) -> tuple[Rows, int]:
    before = _previous_sibling(rows, index)
    if before is None:
        return rows, index
    end = _subtree_end(rows, index)
    return [*rows[:before], *rows[index:end], *rows[before:index], *rows[end:]], before


def move_down(rows: Rows, index: int) -> tuple[Rows, int]:
    end = _subtree_end(rows, index)
    if end >= len(rows) or rows[end].level != rows[index].level:
        return rows, index
    after_end = _subtree_end(rows, end)
    moved = [*rows[:index], *rows[end:after_end], *rows[index:end], *rows[after_end:]]
    return moved, index + (after_end - end)


def _shift(rows: Rows, index: int, by: int) -> Rows:
    end = _subtree_end(rows, index)
    shifted = [PointRow(r.text, r.level + by) for r in rows[index:end]]
    return normalized([*rows[:index], *shifted, *rows[end:]])


def indent(rows: Rows, index: int) -> tuple[Rows, int]:
    """Make the row (with its subpoints) a subpoint of the row above: 3 → 2.1."""
    if index == 0 or rows[index].level > rows[index - 1].level:
        return rows, index
    return _shift(rows, index, 1), index


def outdent(rows: Rows, index: int) -> tuple[Rows, int]:
    """Lift the row (with its subpoints) one level: 2.1 → 3."""
    if rows[index].level == 0:
        return rows, index
    return _shift(rows, index, -1), index
