"""Text from documents, commits and authors made safe to show in the app
(docs/reliability.md, F32).

Control characters become visible escapes (``pmtui.terminal``) and markup is escaped,
so a ``[`` in a title is shown as itself and never read as a style tag, a link, an
action (``[@click=…]``) or a variable (``[$x]``).

Textual reads its own markup (``textual.markup``): a ``[`` preceded by a backslash is
literal and that one backslash is dropped, whatever comes before it. So one backslash
before every ``[`` is an exact escape; ``rich.markup.escape`` and
``textual.markup.escape`` are not (they leave ``[2J`` alone but double a backslash
before ``[``). Prefer ``rich.text.Text``/``textual.content.Content`` objects, which
are never parsed; use these helpers where a markup string is unavoidable.
"""

from __future__ import annotations

from pmtui.terminal import safe_line, safe_text

# Separates a trailing backslash from markup that may follow (it would escape a tag).
WORD_JOINER = "\u2060"


def escape_markup(text: str) -> str:
    """``text`` as Textual markup that shows exactly ``text`` (plus an invisible word
    joiner after a trailing backslash, so a tag placed right after it stays a tag)."""
    escaped = text.replace("[", "\\[")
    return escaped + WORD_JOINER if escaped.endswith("\\") else escaped


def markup_line(text: str) -> str:
    """One line of user text for a place that reads markup."""
    return escape_markup(safe_line(text))


def markup_text(text: str) -> str:
    """Several lines of user text for a place that reads markup."""
    return escape_markup(safe_text(text))


def plain_line(text: str) -> str:
    """One line of user text for a place that shows plain text (no markup)."""
    return safe_line(text)
