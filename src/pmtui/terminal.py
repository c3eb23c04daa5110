"""Text from documents, commits and authors made safe to print to a terminal
(docs/reliability.md, F32).

Control characters (C0 except newline and tab, DEL, and C1 such as ``\\x9b``) would let a
document change the terminal title, write the clipboard (OSC 52) or clear the screen.
They are shown as visible escapes instead; the stored bytes are never changed.
Machine output (``--json``) escapes them the JSON way, so it stays valid and exact.
"""

from __future__ import annotations

import re
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What ``json.dumps(ensure_ascii=False)`` leaves raw: DEL, C1 and lone surrogates (which
# UTF-8 cannot encode). C0 characters it already escapes.
_JSON_RAW = re.compile("[\x7f-\x9f\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}"


def safe_text(text: str) -> str:
    """``text`` with every control character but newline and tab shown as ``\\xNN``."""
    return _CONTROL.sub(_escape, text)


def safe_line(text: str) -> str:
    """Like ``safe_text`` but also newlines and tabs escaped, for one-line fields."""
    return safe_text(text).replace("\n", "\\n").replace("\t", "\\t")


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(value: Any) -> str:
    """``value`` as indented JSON that parses strictly and holds no control character:
    each is escaped ``\\uXXXX`` (never ``\\xNN``), so the data reads back exactly.

    Outside strings JSON is plain ASCII, so every character replaced lies in a string.
    """
    import json  # only machine output needs it (``--help`` and ``show`` do not)

    return _JSON_RAW.sub(_json_escape, json.dumps(value, ensure_ascii=False, indent=2))
