"""Validation messages and the JSON Schema speak Swedish only: pydantic's own English
(``Input should be …``, error type names) and the models' English docstrings never reach
a user, whatever a file holds."""

from __future__ import annotations

import copy
import datetime as dt
import inspect
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

import pmtui.model as model
from pmtui.format import inspect_case
from pmtui.format.schema import front_matter_schema
from pmtui.format.validation import error_message
from pmtui.model.case import Case
from tests.conftest import BUNDLED_CASES
from tests.test_swedish import english_words

JUNK: list[Any] = [
    None, 1, 1.5, True, "x", "", [], {}, ["x"], [1], [{}], {"a": 1}, {"typ": "zzz"},
    {"typ": 1}, dt.date(2020, 1, 1), dt.datetime(2020, 1, 1, 10), b"x", "2023-02-30",
    "a\x00", "\ud800", [None], 10**30, [{"text": 1}], [["x"]],
]  # fmt: skip


def _paths(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    items = data.items() if isinstance(data, dict) else enumerate(data[:2])
    for key, value in items:
        yield (*path, key)
        if isinstance(value, dict | list):
            yield from _paths(value, (*path, key))


def _with(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(data)
    holder = changed
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value
    return changed


def _messages() -> Iterator[tuple[str, str]]:
    """(error type, message) for junk in every place of a real case."""
    text = (BUNDLED_CASES / "2023" / "ks-2023-886.md").read_text(encoding="utf-8")
    report = inspect_case(text)
    assert report.case is not None
    data = report.case.model_dump(mode="json", by_alias=True)
    for path in _paths(data):
        for junk in JUNK:
            try:
                Case.model_validate(_with(data, path, junk))
            except ValidationError as error:
                for item in error.errors(include_url=False):
                    yield item["type"], error_message(item)


def test_no_validation_message_is_pydantic_english() -> None:
    seen = dict(_messages())
    assert len(seen) > 15  # many kinds of error were made
    english = {kind: m for kind, m in seen.items() if english_words(m) or kind in m}
    assert not english, english


def test_an_unknown_kind_of_error_still_reads_in_swedish() -> None:
    item = {"type": "something_new", "loc": ("rubrik",), "msg": "Input should be new", "input": 1}
    assert error_message(item) == "ogiltigt värde: 1"


def _schema_strings(node: Any, key: str) -> Iterator[str]:
    if isinstance(node, dict):
        for name, value in node.items():
            if name == key and isinstance(value, str):
                yield value
            yield from _schema_strings(value, key)
    elif isinstance(node, list):
        for item in node:
            yield from _schema_strings(item, key)


def _docstrings() -> set[str]:
    classes = [c for _, c in inspect.getmembers(model, inspect.isclass)]
    return {inspect.cleandoc(c.__doc__) for c in classes if c.__doc__}


@pytest.mark.parametrize("key", ["description", "title"])
def test_the_schema_publishes_only_swedish(key: str) -> None:
    texts = list(_schema_strings(front_matter_schema(), key))
    assert len(texts) > 20
    assert not [t for t in texts if english_words(t)]
    assert not set(texts) & _docstrings()
    models = {n for n, c in inspect.getmembers(model, inspect.isclass) if issubclass(c, BaseModel)}
    assert not set(texts) & models  # no class name as a title
