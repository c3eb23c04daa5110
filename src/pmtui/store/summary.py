"""The listed fields of one case file, read fast (for listing thousands of cases).

The front matter is cut from the bytes without decoding the body, reduced to the
top-level entries the list shows (dnr, rubrik, rotel, föredragande, status, datum,
arkiverad) and
read with the format's own safe loader, so aliases, tags and repeated keys in those
entries are refused as everywhere else. Only those fields are validated, with the case
model's own field types; the whole file is validated when a case is loaded.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BaseModel, Field, TypeAdapter, ValidationError, create_model

from pmtui.format.decoding import decode_case_text
from pmtui.format.frontmatter import (
    MAX_FRONT_MATTER_BYTES,
    NULL_WORDS,
    load_front_matter,
    split_front_matter,
)
from pmtui.format.problems import CaseFileError
from pmtui.format.validation import validation_problems
from pmtui.model.case import Case

_LISTED = {"dnr": "dnr", "title": "title", "rotel": "rotel", "presenters": "presenters"}
_OPTIONAL = {"status": "status", "date": "date", "archived": "archived"}
_TOP_KEY = re.compile(r"^([^\s#'\"-][^:\n]*):")
_ENTRY = re.compile(r"^([a-zåäö_]+):(?: (.*))?$")
_ITEM = re.compile(r"^  - (.*)$")
_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:.*\S)?$")
_LISTED_KEYS = frozenset({"dnr", "rubrik", "rotel", "föredragande", "status", "datum", "arkiverad"})
_NEVER_TOP = frozenset({"", " ", "\t", "#", "'", '"', "-"})
_CLOSING = re.compile(rb"\n(---|\.\.\.)[ \t]*(\n|$)")


def _adapter(name: str) -> TypeAdapter[Any]:
    field = Case.model_fields[name]
    if not field.metadata:
        return TypeAdapter(field.annotation)  # type: ignore[arg-type]
    return TypeAdapter(Annotated.__class_getitem__((field.annotation, *field.metadata)))  # type: ignore[attr-defined]


_ADAPTERS = {
    name: (Case.model_fields[name].alias or name, _adapter(name)) for name in [*_LISTED, *_OPTIONAL]
}
_REQUIRED_ALIASES = tuple(_ADAPTERS[name][0] for name in _LISTED)
_OPTIONAL_ALIASES = tuple(_ADAPTERS[name][0] for name in _OPTIONAL)


def _listed_model() -> type[BaseModel]:
    """One validator for all listed fields: the case model's field types and aliases."""
    fields: dict[str, Any] = {}
    for name in [*_LISTED, *_OPTIONAL]:
        field = Case.model_fields[name]
        annotated = field.annotation
        if field.metadata:
            annotated = Annotated.__class_getitem__((annotated, *field.metadata))  # type: ignore[attr-defined]
        default = None if name in _OPTIONAL else ...
        fields[name] = (annotated, Field(default, alias=field.alias or name))
    return create_model("ListedFields", **fields)


_LISTED_MODEL = _listed_model()


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
    given = {alias: raw.get(alias) for alias in _REQUIRED_ALIASES}
    given.update((alias, raw[alias]) for alias in _OPTIONAL_ALIASES if alias in raw)
    try:
        listed = _LISTED_MODEL.model_validate(given)
    except ValidationError:
        return _field_by_field(raw)
    return _row(dict(listed), {}, None)


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
