"""Case files: text ⇄ model. Front matter in YAML, body in Markdown, canonical on write.

Its names load when first used (PEP 562 ``__getattr__``): ``from pmtui.format.decoding
import ...`` does not build the case models (docs/decisions.md, "lazy imports").
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pmtui.format.casefile import CaseReport, inspect_case, parse_case
    from pmtui.format.emit import serialize_case
    from pmtui.format.problems import CaseFileError

__all__ = ["CaseFileError", "CaseReport", "inspect_case", "parse_case", "serialize_case"]

# Each public name → the module under pmtui.format that defines it.
_MODULE_OF: dict[str, str] = {
    **dict.fromkeys(("CaseReport", "inspect_case", "parse_case"), "casefile"),
    "serialize_case": "emit",
    "CaseFileError": "problems",
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use (then kept here)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})
