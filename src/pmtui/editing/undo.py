"""Undo and redo for a one-line text field: Textual's Input (8.2) has neither.

A field records each change of its text with where the cursor was before it. Typing a
word is one step: a character typed right after the previous one continues the step,
unless it is a space (so ``" 2023"`` typed at the end of a title is one step).
"""

from __future__ import annotations

from dataclasses import dataclass

UNDO_LIMIT = 200


@dataclass(frozen=True)
class Snapshot:
    """A field's text and its cursor position."""

    text: str
    cursor: int


def typed_one(before: Snapshot, after: str) -> str | None:
    """The character typed at ``before``'s cursor to make ``after``, or None."""
    at = before.cursor
    if len(after) != len(before.text) + 1 or not 0 <= at <= len(before.text):
        return None
    if after[:at] != before.text[:at] or after[at + 1 :] != before.text[at:]:
        return None
    return after[at]


class UndoHistory:
    """The steps of one field, newest last; ``undo`` and ``redo`` give the text to show."""

    def __init__(self) -> None:
        self._undo: list[Snapshot] = []
        self._redo: list[Snapshot] = []
        self._typing_at: int | None = None  # where a typed character continues the step

    def record(self, before: Snapshot, after: str) -> None:
        """The user changed the text from ``before`` to ``after``."""
        if before.text == after:
            return
        typed = typed_one(before, after)
        continues = typed is not None and not typed.isspace()
        if not (continues and self._typing_at == before.cursor):
            self._undo.append(before)
            del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self._typing_at = before.cursor + 1 if typed is not None else None

    def undo(self, current: Snapshot) -> Snapshot | None:
        """The text before the last step (None: nothing to undo); ``current`` can be redone."""
        return self._step(self._undo, self._redo, current)

    def redo(self, current: Snapshot) -> Snapshot | None:
        """The text the last undo took away (None: nothing to redo)."""
        return self._step(self._redo, self._undo, current)

    def _step(
        self, source: list[Snapshot], target: list[Snapshot], current: Snapshot
    ) -> Snapshot | None:
        self._typing_at = None
        if not source:
            return None
        target.append(current)
        return source.pop()

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._typing_at = None
