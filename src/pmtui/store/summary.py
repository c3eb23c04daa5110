"""The listed fields of one case file, read fast (for listing thousands of cases).

The front matter is cut from the bytes without decoding the body, reduced to the
top-level entries the list shows (dnr, rubrik, rotel, föredragande, status, datum,
arkiverad) and read with the format's own safe loader, so aliases, tags and repeated keys
in those entries are refused as everywhere else. Only those fields are validated, with the
case model's own field types and checks; the whole file is validated when a case is loaded
(tests/store/test_summary_agrees.py compares the two).
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, TypeAdapter, ValidationError

from pmtui.format.decoding import decode_case_text
from pmtui.format.frontmatter import (
    MAX_FRONT_MATTER_BYTES,
    NULL_WORDS,
    load_front_matter,
    split_front_matter,
)
from pmtui.format.problems import CaseFileError
from pmtui.format.validation import validation_problems
from pmtui.model.case import Case, unique_presenters

_LISTED = {"dnr": "dnr", "title": "title", "rotel": "rotel", "presenters": "presenters"}
_OPTIONAL = {"status": "status", "date": "date", "archived": "archived"}
_TOP_KEY = re.compile(r"^([^\s#'\"-][^:\n]*):")
_ENTRY = re.compile(r"^([a-zåäö_]+):(?: (.*))?$")
_ITEM = re.compile(r"^  - (.*)$")
_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:.*\S)?$")
_LISTED_KEYS = frozenset({"dnr", "rubrik", "rotel", "föredragande", "status", "datum", "arkiverad"})
_NEVER_TOP = frozenset({"", " ", "\t", "#", "'", '"', "-"})
_CLOSING = re.compile(rb"\n(---|\.\.\.)[ \t]*(\n|$)")


# The case model's own checks of a listed field beyond its type (``Case`` field validators).
_MODEL_CHECKS: dict[str, list[Any]] = {"presenters": [AfterValidator(unique_presenters)]}


def _adapter(name: str) -> TypeAdapter[Any]:
    """The field's type with its constraints and the model's own checks of it."""
    field = Case.model_fields[name]
    parts = [*field.metadata, *_MODEL_CHECKS.get(name, [])]
    if not parts:
        return TypeAdapter(field.annotation)  # type: ignore[arg-type]
    return TypeAdapter(Annotated.__class_getitem__((field.annotation, *parts)))  # type: ignore[attr-defined]


_ADAPTERS = {
    name: (Case.model_fields[name].alias or name, _adapter(name)) for name in [*_LISTED, *_OPTIONAL]
}


_REPEATING = frozenset({"rotel", "presenters", "status", "date", "archived"})
_MEMO: dict[tuple[Any, ...], Any] = {}
_MEMO_SIZE = 50_000
_MISSING = object()


def front_matter_data(data: bytes) -> dict[str, Any]:
    """The listed keys of the front matter as plain data (all scalars text), read with the
    format's own safe loader; ``CaseFileError`` if they cannot be read."""
    yaml_text = _front_matter_text(data)
    if yaml_text is None:
        yaml_text = split_front_matter(decode_case_text(data).text).yaml_text
    blocks = listed_blocks(yaml_text)
    simple = simple_entries(blocks)
    return simple if simple is not None else load_front_matter(blocks).data


def simple_entries(blocks: str) -> dict[str, Any] | None:
    """The entries when every line is ``key: plain text``, ``key:`` or ``  - plain text``
    (what pmtui writes), read without a YAML parser; None for anything else."""
    data: dict[str, Any] = {}
    current: list[str] | None = None
    for line in blocks.split("\n")[:-1]:
        item = _ITEM.match(line)
        if item and current is not None and _plain(item.group(1)):
            current.append(item.group(1))
            continue
        entry = _ENTRY.match(line)
        if entry is None or entry.group(1) in data:
            return None
        key, value = entry.group(1), entry.group(2)
        if value and not _plain(value):
            return None
        current = None if value else []
        data[key] = value if value else current
    return {k: (None if v == [] else v) for k, v in data.items()}  # "key:" alone is null


def _plain(value: str) -> bool:
    """Text that YAML reads as this same string: no quotes, comments, nulls or colons that
    the real loader would treat differently (anything else takes the loader's path)."""
    if value in NULL_WORDS or value.endswith(":"):
        return False
    return bool(_PLAIN.match(value)) and ": " not in value and " #" not in value


def _front_matter_text(data: bytes) -> str | None:
    """The YAML between the delimiters, cut from the bytes without decoding the body; None
    when the file needs the full decoder (BOM, CRLF, no front matter, not UTF-8)."""
    if not data.startswith(b"---\n"):
        return None
    closing = _CLOSING.search(data, 3)
    if closing is None or closing.start() > MAX_FRONT_MATTER_BYTES:
        return None
    try:
        text = data[4 : closing.start() + 1].decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if "\r" in text or "\x00" in text else text


def listed_blocks(yaml_text: str) -> str:
    """Only the top-level entries the listing shows (a key line and its indented lines),
    so a long front matter costs no more to list than a short one."""
    kept: list[str] = []
    keep = False
    for line in yaml_text.split("\n"):
        # Indented, empty and comment lines never start an entry: no regex for them.
        top = _TOP_KEY.match(line) if line[:1] not in _NEVER_TOP else None
        if top:
            keep = top.group(1).strip() in _LISTED_KEYS
        if keep:
            kept.append(line)
    return "\n".join(kept) + "\n"


# (registry, year, serial, title, rotel, presenters, status, date ordinal, archived,
# error): plain values only, so a row set goes through ``marshal``. registry is None
# without a valid dnr.
SummaryRow = tuple[
    str | None, int, int, str, str, tuple[str, ...], str | None, int | None, bool, str | None
]
ROW_LENGTH = 10


def summarize(data: bytes) -> SummaryRow:
    """The listed fields of a case file; ``error`` when they cannot be read or are invalid.
    The fields are validated with one call; only an invalid file is checked field by field
    (to keep its valid fields and name its first bad one)."""
    try:
        raw = front_matter_data(data)
    except CaseFileError as error:
        message = error.problems[0].message if error.problems else str(error)
        return (None, 0, 0, "", "", (), None, None, False, message)
    values = _validated(raw)
    return _field_by_field(raw) if values is None else _row(values, {}, None)


def _validated(raw: dict[str, Any]) -> dict[str, Any] | None:
    """The listed fields validated one by one with the case model's field types; None if
    one is invalid. Rotel, names, status, date and flag repeat across thousands of cases:
    a value validated once is looked up (validation is a pure function of the value)."""
    values: dict[str, Any] = {}
    for name, (alias, adapter) in _ADAPTERS.items():
        if alias not in raw and name in _OPTIONAL:
            continue
        value = raw.get(alias)
        key = _memo_key(name, value)
        found = _MEMO.get(key, _MISSING) if key is not None else _MISSING
        if found is _MISSING:
            try:
                found = adapter.validate_python(value)
            except ValidationError:
                return None
            if key is not None:
                _remember(key, found)
        values[name] = found
    return values


def _memo_key(name: str, value: Any) -> tuple[Any, ...] | None:
    """A key for a value of a repeating field (text, or a list of texts); None for a
    value that is not looked up (dnr and title, unique to a case; anything else)."""
    if name not in _REPEATING:
        return None
    if type(value) is str:
        return (name, False, value)
    if type(value) is list and all(type(item) is str for item in value):
        return (name, True, tuple(value))
    return None


def _remember(key: tuple[Any, ...], value: Any) -> None:
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.clear()
    _MEMO[key] = value


def _field_by_field(raw: dict[str, Any]) -> SummaryRow:
    values: dict[str, Any] = {}
    errors: list[str] = []
    for name, (alias, adapter) in _ADAPTERS.items():
        if alias not in raw and name in _OPTIONAL:
            continue
        try:
            values[name] = adapter.validate_python(raw.get(alias))
        except ValidationError as error:
            problem = validation_problems(error, {}, [])[0]
            errors.append(f"{alias}: {problem.message}")
    return _row(values, _best_effort(raw), errors[0] if errors else None)


def _row(values: dict[str, Any], fallback: dict[str, Any], error: str | None) -> SummaryRow:
    dnr = values.get("dnr")
    status = values.get("status")
    date = values.get("date")
    presenters = values["presenters"] if "presenters" in values else fallback["presenters"]
    return (
        dnr.registry if dnr is not None else None,
        dnr.year if dnr is not None else 0,
        dnr.serial if dnr is not None else 0,
        str(values["title"] if "title" in values else fallback["title"]),
        str(values["rotel"] if "rotel" in values else fallback["rotel"]),
        tuple(str(p) for p in presenters),
        status.value if status is not None else "utkast",
        date.toordinal() if date else None,
        bool(values.get("archived")),
        error,
    )


def _best_effort(raw: dict[str, Any]) -> dict[str, Any]:
    def text(key: str) -> str:
        value = raw.get(key)
        return value if isinstance(value, str) else ""

    presenters = raw.get("föredragande")
    return {
        "title": text("rubrik"),
        "rotel": text("rotel"),
        "presenters": [p for p in presenters if isinstance(p, str)]
        if isinstance(presenters, list)
        else [],
    }
