"""Shared pydantic configuration and the text, date and flag types of the case model.

Each constraint on a value in a file is written once, as a regex that ``re.fullmatch``
applies in Python and that ``json_pattern`` turns into the JSON Schema pattern editors
apply, so ``pmtui check`` and the schema accept the same values (docs/format.md).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from pmtui.model.patterns import SPACES
from pmtui.model.patterns import WHITESPACE as WHITESPACE
from pmtui.model.patterns import any_case as any_case
from pmtui.model.patterns import json_pattern as json_pattern
from pmtui.model.prose import normalize_prose, normalize_whitespace
from pmtui.texts import model as texts


class CaseModel(BaseModel):
    """Base of every part of a case: Swedish keys as aliases, unknown keys refused."""

    model_config = ConfigDict(
        populate_by_name=True,
        extra="forbid",
        str_strip_whitespace=False,
        validate_default=True,
        # Schemas are built at the first validation, not at import: ``list`` reads fields
        # without building every model (docs/decisions.md, "lazy imports").
        defer_build=True,
    )

    @classmethod
    def model_validate(cls, obj: Any, **options: Any) -> Self:
        """Data from a file or a form: the Swedish keys only, as the JSON Schema has them
        (``instans``, never ``body``). Python code may still pass field names to the
        constructor: ``Case(title=...)``."""
        options.setdefault("by_name", False)
        return super().model_validate(obj, **options)


_SPACES = SPACES


_UNWRITABLE = re.compile("[\x00\ud800-\udfff]")


def writable(value: str) -> str:
    """Refuse characters a UTF-8 case file cannot hold (NUL, lone surrogates)."""
    if match := _UNWRITABLE.search(value):
        raise ValueError(texts.UNWRITABLE_CHARACTER.format(code=ord(match.group())))
    return value


def _one_line(value: str) -> str:
    text = normalize_whitespace(writable(value))
    if not text:
        raise ValueError(texts.EMPTY_TEXT)
    return text


def _prose(value: str) -> str:
    text = normalize_prose(writable(value))
    if not text:
        raise ValueError(texts.EMPTY_TEXT)
    return text


# Text that ``writable`` and the whitespace folding accept: no NUL, no lone surrogate (an
# ECMA-262 string holds a character beyond U+FFFF as a surrogate pair), not only whitespace.
_PAIR = r"[\ud800-\udbff][\udc00-\udfff]"
_VISIBLE = rf"(?:[^\x00\ud800-\udfff{_SPACES}]|{_PAIR})"
TEXT_BODY = rf"{WHITESPACE}*{_VISIBLE}(?:[^\x00\ud800-\udfff]|{_PAIR})*"
# A YAML 1.2 loader reads a plain ``2004`` or ``true`` as a number or a boolean; ``pmtui
# check`` reads every value as text, and such text is never blank.
TEXT_JSON_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {
            "type": "string",
            "pattern": json_pattern(TEXT_BODY),
            "patternErrorMessage": texts.SCHEMA_TEXT_HINT,
        },
        {"type": ["number", "boolean"]},
    ]
}

# A non-empty text on one line; runs of whitespace fold to one space.
Line = Annotated[
    str, AfterValidator(_one_line), Field(min_length=1), WithJsonSchema(TEXT_JSON_SCHEMA)
]
# Prose in paragraphs (blank-line separated); whitespace inside a paragraph folds.
Prose = Annotated[
    str, AfterValidator(_prose), Field(min_length=1), WithJsonSchema(TEXT_JSON_SCHEMA)
]
# A person's name.
Name = Line

# A flag: true/false in any case (YAML), or ja/nej in any case with spaces around.
_JA_NEJ = f"{any_case('ja')}|{any_case('nej')}"
FLAG_BODY = f"{WHITESPACE}*(?:{_JA_NEJ}){WHITESPACE}*|{any_case('true')}|{any_case('false')}"
_FLAG = re.compile(FLAG_BODY)
_TRUE = frozenset({"ja", "true"})


def _flag(value: object) -> object:
    """A flag from a file; Python values (``True``) go on to pydantic."""
    if not isinstance(value, str):
        return value
    if not _FLAG.fullmatch(value):
        raise PydanticCustomError("bool_parsing", texts.FLAG_INVALID.format(value=value))
    return value.strip().casefold() in _TRUE


FLAG_JSON_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "boolean"},
        {
            "type": "string",
            "pattern": json_pattern(FLAG_BODY),
            "patternErrorMessage": texts.SCHEMA_FLAG_HINT,
        },
    ]
}
# A yes/no value; ``ja``/``nej`` are accepted beside ``true``/``false``.
Flag = Annotated[bool, BeforeValidator(_flag), WithJsonSchema(FLAG_JSON_SCHEMA)]

# A date ÅÅÅÅ-MM-DD that exists (0001-01-01 to 9999-12-31, 29 February in leap years only).
_MONTH_DAY = (
    "(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    "|02-(?:0[1-9]|1[0-9]|2[0-8])"
)
_LEAP_YEAR = "[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00"
DATE_BODY = f"(?!0000)(?:[0-9]{{4}}-(?:{_MONTH_DAY})|(?:{_LEAP_YEAR})-02-29)"
_DATE = re.compile(DATE_BODY)


def _iso_date(value: object) -> object:
    """A date from a file is ``ÅÅÅÅ-MM-DD`` only: no time, no timestamp, no spaces."""
    if isinstance(value, str) and not _DATE.fullmatch(value):
        raise PydanticCustomError("date_parsing", texts.DATE_INVALID.format(value=value))
    return value


DATE_JSON_SCHEMA: dict[str, Any] = {
    "type": "string",
    "format": "date",
    "pattern": json_pattern(DATE_BODY),
    "patternErrorMessage": texts.SCHEMA_DATE_HINT,
}
Date = Annotated[dt.date, BeforeValidator(_iso_date), WithJsonSchema(DATE_JSON_SCHEMA)]
