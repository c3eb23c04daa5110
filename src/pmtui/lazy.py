"""Public names of a package that load on first use (PEP 562).

``pmtui.store``, ``pmtui.model``, ``pmtui.format`` and ``pmtui.diff`` name what they
offer, and the module that defines each name is imported only when the name is asked for:
a command loads what it uses (docs/decisions.md, "lazy imports").
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_names(
    package: str, names_of: dict[str, tuple[str, ...]], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``, whose globals are ``namespace``:
    a name listed under a module in ``names_of`` is imported from ``package.<module>``
    when first asked for, then kept in ``namespace``."""
    module_of = {name: module for module, names in names_of.items() for name in names}

    def public_name(name: str) -> Any:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def listed() -> list[str]:
        return sorted({*namespace, *module_of})

    return public_name, listed
