"""The regex pieces the model's patterns are written with, for Python and JSON Schema.

No pydantic here: the dnr (model/dnr.py) is built from them, and ``pmtui log`` parses a
dnr without loading the case models (docs/decisions.md, "lazy imports").
"""

from __future__ import annotations

# Whitespace as Python's ``str.isspace``, ``str.strip`` and ``re``'s ``\s`` see it, spelled
# out: ECMA-262's ``\s`` (JSON Schema patterns) is another set.
SPACES = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
WHITESPACE = f"[{SPACES}]"


def json_pattern(body: str) -> str:
    """A JSON Schema pattern that matches what ``re.fullmatch(body)`` matches, read alike by
    ECMA-262 and Python ``re`` (``(?!\\n)``: Python's ``$`` also matches before a last
    newline)."""
    return f"^(?:{body})$(?!\\n)"


def any_case(template: str) -> str:
    """``template`` with each letter as a class of both cases: ``Ja`` → ``[Jj][Aa]``
    (JSON Schema patterns have no case-insensitive flag). Only for letter-only templates
    and regex syntax without letters."""
    return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else c for c in template)
