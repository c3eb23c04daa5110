"""Text from documents, commits and authors made safe to print to a terminal
(docs/reliability.md, F32).

Control characters (C0 except newline and tab, DEL, and C1 such as ``\\x9b``) would let a
document change the terminal title, write the clipboard (OSC 52) or clear the screen.
They are shown as visible escapes instead; the stored bytes are never changed.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}"


def safe_text(text: str) -> str:
    """``text`` with every control character but newline and tab shown as ``\\xNN``."""
    return _CONTROL.sub(_escape, text)


def safe_line(text: str) -> str:
    """Like ``safe_text`` but also newlines and tabs escaped, for one-line fields."""
    return safe_text(text).replace("\n", "\\n").replace("\t", "\\t")
