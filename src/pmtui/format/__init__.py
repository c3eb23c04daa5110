"""Case files: text ⇄ model. Front matter in YAML, body in Markdown, canonical on write.

Its names load when first used (PEP 562 ``__getattr__``): ``from pmtui.format.decoding
import ...`` does not build the case models (docs/decisions.md, "lazy imports").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmtui.lazy import lazy_names

if TYPE_CHECKING:
    from pmtui.format.casefile import CaseReport, inspect_case, parse_case
    from pmtui.format.emit import serialize_case
    from pmtui.format.problems import CaseFileError

__all__ = ["CaseFileError", "CaseReport", "inspect_case", "parse_case", "serialize_case"]

# The module under pmtui.format that defines each public name.
_NAMES_OF: dict[str, tuple[str, ...]] = {
    "casefile": ("CaseReport", "inspect_case", "parse_case"),
    "emit": ("serialize_case",),
    "problems": ("CaseFileError",),
}


__getattr__, __dir__ = lazy_names(__name__, _NAMES_OF, globals())
