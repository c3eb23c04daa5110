"""The list's filter field: every printable key types, except ``?``, which opens help."""

from __future__ import annotations

from textual.widgets import Input

HELP_CHARACTER = "?"


class FilterInput(Input):
    """An Input that leaves ``?`` to the screen's help binding (Textual would consume it)."""

    def check_consume_key(self, key: str, character: str | None) -> bool:
        if character == HELP_CHARACTER:
            return False
        return super().check_consume_key(key, character)
