"""Pydantic validation errors as located, Swedish problems that say what was expected."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from pmtui.format.problems import shorten_echoes, shortened
from pmtui.model.case import Case
from pmtui.model.problems import Problem, Severity
from pmtui.texts import format as texts

Locations = dict[str, int]


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that holds the last key of ``loc`` (for key suggestions)."""
    model: type[BaseModel] | None = Case
    for part in loc[:-1]:
        if model is None or isinstance(part, int):
            continue
        fields = {f.alias or name: f for name, f in model.model_fields.items()}
        model = _inner_model(fields[part].annotation) if part in fields else None
    return model


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            if found := _inner_model(arg):
                return found
    return None


def _known_keys(loc: tuple[Any, ...]) -> list[str]:
    model = _model_at(loc)
    if model is None:
        return []
    return [
        f.alias or name for name, f in model.model_fields.items() if (f.alias or name) != "avsnitt"
    ]


def _got(value: Any) -> str:
    if value is None:
        return texts.GOT_NOTHING
    if isinstance(value, dict):
        return texts.GOT_MAPPING
    if isinstance(value, list):
        return texts.GOT_LIST
    return shortened(str(value))


def _last_key(loc: tuple[Any, ...]) -> str:
    return next((p for p in reversed(loc) if isinstance(p, str)), "")


def _expected_by_field(loc: tuple[Any, ...]) -> str | None:
    """What a field holds; for an item of a list (``punkter[2]``), what one item is."""
    if loc and isinstance(loc[-1], int):
        return texts.EXPECTED_ITEM_BY_FIELD.get(_last_key(loc))
    return texts.EXPECTED_BY_FIELD.get(_last_key(loc))


def error_message(error: Any) -> str:
    """One pydantic error (an item of ``errors()``) as a Swedish message that says what
    was expected; a long value it repeats (a 5 000-digit number) is shortened."""
    return shorten_echoes(_message(error), _strings(error.get("input")))


def _strings(value: Any) -> list[str]:
    """The texts a message about ``value`` may repeat: itself, or its items."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return [item for item in value if isinstance(item, str)]
    return []


def _message(error: Any) -> str:
    kind, loc, value = error["type"], tuple(error["loc"]), error.get("input")
    if kind == "missing":
        return texts.MISSING
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(loc[-1]), _known_keys(loc), n=1, cutoff=0.6)
        return texts.UNKNOWN_KEY_SUGGEST.format(suggestion=close[0]) if close else texts.UNKNOWN_KEY
    if kind in ("enum", "literal_error") and "expected" in error.get("ctx", {}):
        choices = str(error["ctx"]["expected"]).replace(" or ", texts.OR)
        return texts.EXPECTED_ONE_OF.format(choices=choices, got=_got(value))
    if kind in ("too_short", "string_too_short"):
        return texts.TOO_SHORT
    return _expected_message(kind, loc, error)


def _expected_message(kind: str, loc: tuple[Any, ...], error: Any) -> str:
    """What was expected, in Swedish; pydantic's own (English) ``msg`` is never used. A
    custom error (``value_error``, ``dnr``, ``date_parsing``) carries our message."""
    if kind in ("value_error", "dnr") and "error" in error.get("ctx", {}):
        return str(error["ctx"]["error"])
    if kind in _OUR_MESSAGES:
        return str(error["msg"])
    expected = _expected_by_field(_clean_loc(loc)) if kind.endswith("_type") else None
    expected = expected or texts.EXPECTED_BY_TYPE.get(kind)
    if expected:
        return texts.EXPECTED.format(expected=expected, got=_got(error.get("input")))
    return texts.INVALID.format(got=_got(error.get("input")))


# Error types only pmtui.model raises (PydanticCustomError): their msg is ours, Swedish.
# (``date_parsing`` and ``bool_parsing`` are pydantic's too, so they are not here.)
_OUR_MESSAGES = frozenset({"dnr"})
_UNION_TAGS = frozenset(
    {"stycke", "markdown", "str", "function-after[_from_text(), DecisionPoint]"}
)


def _clean_loc(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(p for p in loc if p not in _UNION_TAGS and not str(p).startswith("function-"))


def field_label(loc: tuple[Any, ...], sections: list[dict[str, Any]]) -> str:
    """A readable field name: ``beslutsförslag[1].punkter[2]``, ``avsnitt 'Beredning'``."""
    if (
        loc[:1] == ("avsnitt",)
        and len(loc) > 1
        and isinstance(loc[1], int)
        and loc[1] < len(sections)
    ):
        return texts.FIELD_SECTION.format(heading=sections[loc[1]].get("rubrik", ""))
    label = ""
    for part in loc:
        if isinstance(part, int):
            label = texts.FIELD_ITEM.format(name=label, number=part + 1)
        else:  # a key; an unknown one may be of any length
            label = f"{label}.{shortened(str(part))}" if label else shortened(str(part))
    return label


def locate(loc: tuple[Any, ...], locations: Locations) -> int | None:
    """The file line of the longest prefix of ``loc`` that has a known location."""
    parts = [str(p) for p in loc]
    for end in range(len(parts), -1, -1):
        if (line := locations.get(".".join(parts[:end]))) is not None:
            return line
    return None


def validation_problems(
    error: ValidationError, locations: Locations, sections: list[dict[str, Any]]
) -> list[Problem]:
    """Each pydantic error as a located problem."""
    problems = []
    for item in error.errors(include_url=False):
        loc = _clean_loc(tuple(item["loc"]))
        problems.append(
            Problem(
                code=f"falt-{item['type']}",
                message=error_message(item),
                severity=Severity.ERROR,
                field=field_label(loc, sections),
                line=locate(loc, locations),
            )
        )
    return problems


def display_field(dotted: str, sections: list[dict[str, Any]]) -> str:
    """A rule's dotted field (``remisser.0``, ``avsnitt:Beredning``) as users read it."""
    if dotted.startswith("avsnitt:"):
        return texts.FIELD_SECTION.format(heading=dotted.removeprefix("avsnitt:"))
    loc = tuple(int(p) if p.isdigit() else p for p in dotted.split("."))
    return field_label(loc, sections)
