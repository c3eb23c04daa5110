"""Rotel: a commissioner's department, written in Roman numerals; joint rotlar ``I+VII``.

``ROTEL_BODY`` is the one definition of a rotel in a file: Python parses with it and the
JSON Schema pattern is made from it. A part is a numeral from I to XIX, in any case, with
an optional ``R`` or ``Rotel`` before it and spaces around; parts are joined by ``+`` and
none may repeat (``I+i`` neither).
"""

from __future__ import annotations

import itertools
import re
from typing import Annotated, Any

from pydantic import AfterValidator, WithJsonSchema

from pmtui.model.base import WHITESPACE, any_case, json_pattern
from pmtui.texts import model as texts

_NUMERAL = "X?(?:IX|IV|V?I{0,3})"
NUMERALS = tuple(
    n
    for n in ("".join(p) for k in range(1, 6) for p in itertools.product("IVX", repeat=k))
    if re.fullmatch(_NUMERAL, n)
)  # I … XIX
_PREFIX = f"{any_case('ROTEL')}{WHITESPACE}+|{any_case('R')}"
_PART = f"{WHITESPACE}*(?:{_PREFIX})?(?=[IiVvXx]){any_case(_NUMERAL)}{WHITESPACE}*"
_PARTS = rf"{_PART}(?:\+{_PART}){{0,{len(NUMERALS) - 1}}}"
# Besides its numeral, a well-formed part holds only spaces and R/ROTEL: no I, V or X.
_REST = "[^+IiVvXx]*"


def _repeated(numeral: str) -> str:
    part = f"{_REST}{any_case(numeral)}{_REST}"
    return rf"{part}\+(?:[^+]*\+)*{part}(?:\+|$)"


# First the form (cheap, so a long text fails fast), then no numeral twice.
_NO_REPEAT = rf"(?!(?:[^+]*\+)*(?:{'|'.join(_repeated(n) for n in NUMERALS)}))"
ROTEL_BODY = rf"(?={_PARTS}$){_NO_REPEAT}[\s\S]*"
_ROTEL = re.compile(ROTEL_BODY)
_LETTERS = re.compile("[IiVvXx]+")


def parse_rotel(text: str) -> str:
    """Canonical ``I`` / ``I+VII`` from ``I``, ``RI+VII``, ``Rotel I``, ``i + vii``."""
    if not _ROTEL.fullmatch(text):
        raise ValueError(texts.ROTEL_INVALID.format(value=text))
    return "+".join(_LETTERS.findall(text)).upper()


def rotlar(rotel: str) -> list[str]:
    """The single rotlar of a canonical rotel text."""
    return rotel.split("+")


ROTEL_JSON_SCHEMA: dict[str, Any] = {
    "type": "string",
    "pattern": json_pattern(ROTEL_BODY),
    "patternErrorMessage": texts.SCHEMA_ROTEL_HINT,
    "examples": ["I", "I+VII"],
}
Rotel = Annotated[str, AfterValidator(parse_rotel), WithJsonSchema(ROTEL_JSON_SCHEMA)]
