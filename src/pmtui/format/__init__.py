"""Case files: text ⇄ model. Front matter in YAML, body in Markdown, canonical on write."""

from pmtui.format.casefile import CaseReport, inspect_case, parse_case
from pmtui.format.emit import serialize_case
from pmtui.format.problems import CaseFileError

__all__ = ["CaseFileError", "CaseReport", "inspect_case", "parse_case", "serialize_case"]
