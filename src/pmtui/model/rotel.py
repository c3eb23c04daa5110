"""Rotel: a commissioner's department, written in Roman numerals; joint rotlar ``I+VII``."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

from pmtui.texts import model as texts

_ROMAN = re.compile(r"^(X{0,1})(IX|IV|V?I{0,3})$")
_PREFIX = re.compile(r"^(?:ROTEL\s+|R)(?=[IVX])", re.IGNORECASE)


def parse_rotel(text: str) -> str:
    """Canonical ``I`` / ``I+VII`` from ``I``, ``RI+VII``, ``Rotel I``, ``i + vii``."""
    parts = [_PREFIX.sub("", p.strip()).upper() for p in text.split("+")]
    if not all(p and _ROMAN.match(p) for p in parts) or len(set(parts)) != len(parts):
        raise ValueError(texts.ROTEL_INVALID.format(value=text))
    return "+".join(parts)


def rotlar(rotel: str) -> list[str]:
    """The single rotlar of a canonical rotel text."""
    return rotel.split("+")


Rotel = Annotated[
    str,
    AfterValidator(parse_rotel),
    Field(json_schema_extra={"pattern": r"^[IVX]+(\+[IVX]+)*$", "examples": ["I", "I+VII"]}),
]
