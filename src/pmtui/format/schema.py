"""JSON Schema of the front matter, generated from the pydantic model (the one definition).

It accepts, value by value, what ``pmtui check`` accepts; the cross-field rules are
check-only (docs/format.md, *JSON Schema and pmtui check*). Editors show its titles and
descriptions to users, so they are all Swedish (pmtui.texts.model): the descriptions
pydantic takes from model docstrings (English notes for programmers) are removed.
"""

from __future__ import annotations

from typing import Any

from pmtui.model.base import DATE_JSON_SCHEMA, TEXT_JSON_SCHEMA
from pmtui.model.case import Case
from pmtui.model.dnr import DNR_JSON_SCHEMA
from pmtui.texts import meetings as meeting_texts
from pmtui.texts import model as texts

SCHEMA_ID = "https://pmtui.invalid/schema/case-front-matter.json"
# Value schemas that recur, written once under ``$defs`` and referred to.
SHARED = {"Text": TEXT_JSON_SCHEMA, "Datum": DATE_JSON_SCHEMA, "Dnr": DNR_JSON_SCHEMA}


def front_matter_schema() -> dict[str, Any]:
    """The schema of a case file's front matter, for editors' YAML language servers."""
    schema = _without_docstrings(Case.model_json_schema(by_alias=True, mode="validation"))
    schema["properties"].pop("avsnitt", None)
    defs = schema.get("$defs", {})
    for name in ("Section", "Subsection", "Paragraph", "MarkdownBlock"):
        defs.pop(name, None)
    if "DecisionPoint" in defs:  # a bare text is a point without subpoints
        defs["DecisionPoint"] = {"anyOf": [TEXT_JSON_SCHEMA, defs["DecisionPoint"]]}
    for holder in [schema, *defs.values()]:
        _describe_properties(holder.get("properties", {}))
    for name, shared in SHARED.items():
        schema = _share(schema, name, shared)
    schema["$defs"] = _described_defs({**schema.get("$defs", {}), **SHARED})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": texts.SCHEMA_TITLE,
        "description": texts.SCHEMA_DESCRIPTION,
    }


def _describe_properties(properties: dict[str, Any]) -> None:
    for key, prop in properties.items():
        if key in _FIELD_DOCS:
            prop["description"] = _FIELD_DOCS[key]


_FIELD_DOCS = {**texts.FIELD_DOCS, **meeting_texts.FIELD_DOCS}
_SCHEMA_DEFS = {**texts.SCHEMA_DEFS, **meeting_texts.SCHEMA_DEFS}
# Keys whose value maps names to schemas (a property may be called "description").
_SCHEMA_MAPS = frozenset({"properties", "$defs", "patternProperties"})


def _without_docstrings(node: Any) -> Any:
    """``node`` without any ``description``: pydantic writes model docstrings there."""
    if isinstance(node, list):
        return [_without_docstrings(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: (
            {name: _without_docstrings(sub) for name, sub in value.items()}
            if key in _SCHEMA_MAPS and isinstance(value, dict)
            else _without_docstrings(value)
        )
        for key, value in node.items()
        if key != "description"
    }


def _described_defs(defs: dict[str, Any]) -> dict[str, Any]:
    """Each shared definition with its Swedish title and description (a model that may
    also be written as a bare text, ``DecisionPoint``, on its object form too)."""
    described = {}
    for name, definition in defs.items():
        title, description = _SCHEMA_DEFS.get(name, (None, None))
        words = {"title": title, "description": description} if title else {}
        described[name] = {**definition, **words}
        for option in definition.get("anyOf", []):
            if option.get("title") == name:
                option.update(words)
    return described


def _share(node: Any, name: str, shared: dict[str, Any]) -> Any:
    """``node`` with every copy of ``shared`` in it replaced by a ``$ref`` to it."""
    if isinstance(node, list):
        return [_share(item, name, shared) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _share(value, name, shared) for key, value in node.items()}
    ref = {"$ref": f"#/$defs/{name}"}
    if all(key in node and node[key] == value for key, value in shared.items()):
        return {**ref, **{key: value for key, value in node.items() if key not in shared}}
    return _share_options(node, ref, shared)


def _share_options(node: dict[str, Any], ref: dict[str, Any], shared: dict[str, Any]) -> Any:
    """pydantic flattens ``Text | None`` into one ``anyOf``: refer to the ``Text`` options."""
    options, wanted = node.get("anyOf"), shared.get("anyOf")
    if options and wanted and options[: len(wanted)] == wanted:
        return {**node, "anyOf": [ref, *options[len(wanted) :]]}
    return node
