"""JSON Schema of the front matter, generated from the pydantic model (the one definition)."""

from __future__ import annotations

from typing import Any

from pmtui.model.case import Case
from pmtui.texts.model import FIELD_DOCS

SCHEMA_ID = "https://pmtui.invalid/schema/case-front-matter.json"


def front_matter_schema() -> dict[str, Any]:
    """The schema of a case file's front matter, for editors' YAML language servers."""
    schema = Case.model_json_schema(by_alias=True, mode="validation")
    schema["properties"].pop("avsnitt", None)
    defs = schema.get("$defs", {})
    for name in ("Section", "Subsection", "Paragraph", "MarkdownBlock"):
        defs.pop(name, None)
    if "DecisionPoint" in defs:
        point = defs["DecisionPoint"]
        defs["DecisionPoint"] = {"anyOf": [{"type": "string", "minLength": 1}, point]}
    for holder in [schema, *defs.values()]:
        _describe_properties(holder.get("properties", {}))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": "pmtui: ärende (front matter)",
    }


def _describe_properties(properties: dict[str, Any]) -> None:
    for key, prop in properties.items():
        if key in FIELD_DOCS:
            prop["description"] = FIELD_DOCS[key]
