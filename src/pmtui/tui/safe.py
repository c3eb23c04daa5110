"""Text from documents, commits and authors made safe to show in the app (F32).

Control characters become visible escapes (``pmtui.terminal``) and Rich markup is
escaped, so a ``[`` in a title is shown as itself and never read as a style tag.
"""

from __future__ import annotations

from rich.markup import escape

from pmtui.terminal import safe_line, safe_text


def markup_line(text: str) -> str:
    """One line of user text for a place that reads Rich markup."""
    return escape(safe_line(text))


def markup_text(text: str) -> str:
    """Several lines of user text for a place that reads Rich markup."""
    return escape(safe_text(text))


def plain_line(text: str) -> str:
    """One line of user text for a place that shows plain text (no markup)."""
    return safe_line(text)
