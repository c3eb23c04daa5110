"""Shared pydantic configuration and text types of the case model."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from pmtui.model.prose import normalize_prose, normalize_whitespace
from pmtui.texts import model as texts


class CaseModel(BaseModel):
    """Base of every part of a case: Swedish keys as aliases, unknown keys refused."""

    model_config = ConfigDict(
        populate_by_name=True,
        extra="forbid",
        str_strip_whitespace=False,
        validate_default=True,
    )


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


# A non-empty text on one line; runs of whitespace fold to one space.
Line = Annotated[str, AfterValidator(_one_line), Field(min_length=1)]
# Prose in paragraphs (blank-line separated); whitespace inside a paragraph folds.
Prose = Annotated[str, AfterValidator(_prose), Field(min_length=1)]
# A person's name.
Name = Line

_YES_NO = {"ja": True, "nej": False}


def _swedish_yes_no(value: object) -> object:
    return _YES_NO.get(value.strip().casefold(), value) if isinstance(value, str) else value


# A yes/no value; ``ja``/``nej`` are accepted beside ``true``/``false``.
Flag = Annotated[bool, BeforeValidator(_swedish_yes_no)]
