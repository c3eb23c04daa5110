"""A YAML 1.2 (core schema) loader built on PyYAML, as editors' language servers load YAML.

PyYAML resolves plain scalars by YAML 1.1 rules: ``2023-09-06`` becomes a date, ``yes``
and ``off`` booleans, ``0755`` octal and ``1:20`` a base-60 number. The YAML 1.2 core
schema (yaml-language-server, js-yaml, ruamel.yaml) has no timestamps: a plain scalar is
null (``~``, ``null``, ``Null``, ``NULL``, empty), a boolean (``true``/``True``/``TRUE``,
``false``/…), an integer (decimal, ``0o`` octal, ``0x`` hex), a float (``1.5``, ``1e3``,
``.inf``, ``.nan``) or else a string.

For the schema tests it also writes front matter text with each scalar spelled plain,
single- or double-quoted (``spellings``, ``emit``), remembering what ``pmtui check`` reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

import yaml

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_NULL = re.compile(r"~|null|Null|NULL|")
_BOOL = re.compile(r"true|True|TRUE|false|False|FALSE")
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_DIGITS = "-+0123456789"


class Yaml12Loader(_Base):  # type: ignore[misc]
    """PyYAML's safe loader with the YAML 1.2 core schema's resolvers and no others."""

    yaml_implicit_resolvers: ClassVar[dict[Any, list[tuple[str, re.Pattern[str]]]]] = {}


def _construct_int(loader: Yaml12Loader, node: yaml.ScalarNode) -> int:
    text = loader.construct_scalar(node)
    if text.startswith(("0o", "0x")):
        return int(text[2:], 8 if text[1] == "o" else 16)
    return int(text, 10)


def _construct_float(loader: Yaml12Loader, node: yaml.ScalarNode) -> float:
    text = loader.construct_scalar(node).lower()
    if text.endswith((".inf", ".nan")):
        return float(text.replace(".", ""))
    return float(text)


def _construct_bool(loader: Yaml12Loader, node: yaml.ScalarNode) -> bool:
    return bool(loader.construct_scalar(node).lower() == "true")


for _tag, _pattern, _first in [
    ("null", _NULL, ["~", "n", "N", ""]),
    ("bool", _BOOL, list("tTfF")),
    ("int", _INT, list(_DIGITS)),
    ("float", _FLOAT, [*_DIGITS, "."]),
]:
    _anchored = re.compile(f"(?:{_pattern.pattern})\\Z")
    Yaml12Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", _anchored, _first)
Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)
Yaml12Loader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)


def load_yaml12(text: str) -> Any:
    """The data of one YAML document, typed as a YAML 1.2 core-schema loader types it."""
    return yaml.load(text, Loader=Yaml12Loader)


# Writing front matter: each scalar spelled plain, single- or double-quoted.


@dataclass(frozen=True)
class Scalar:
    source: str  # as written in the file
    text: str | None  # what check reads: the text, or None for null


NULL_WORDS = ("", "~", "null", "Null", "NULL")
NULL = Scalar("~", None)
_PLAIN_FIRST = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZåäöÅÄÖ0123456789.+-~")
_PLAIN_REST = _PLAIN_FIRST | set(" /:()")


def plain_ok(text: str) -> bool:
    """``text`` may be written unquoted and reads back as itself (or null), in a mapping
    value, a block list and a flow list alike."""
    if text in NULL_WORDS:
        return True
    return (
        text[0] in _PLAIN_FIRST
        and set(text) <= _PLAIN_REST
        and not text.endswith((" ", ":"))
        and ": " not in text
        and text != "-"
        and not text.startswith("- ")
    )


def _double(text: str) -> str:
    """A double-quoted scalar with everything but printable ASCII escaped, so that no raw
    line break (NEL, LS, PS) can fold it."""

    def escape(c: str) -> str:
        code = ord(c)
        if c in '"\\':
            return "\\" + c
        if 0x20 <= code < 0x7F:
            return c
        if code <= 0xFFFF:
            return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
        return f"\\U{code:08x}"

    return '"' + "".join(escape(c) for c in text) + '"'


def spellings(text: str, plain: bool = True) -> list[Scalar]:
    """``text`` written every way YAML allows; a plain null word reads as null."""
    ways = [Scalar(_double(text), text)]
    if text.isprintable():
        ways.append(Scalar("'" + text.replace("'", "''") + "'", text))
    if plain and plain_ok(text):
        ways.append(Scalar(text, None if text in NULL_WORDS else text))
    return ways


def emit(value: Any, indent: int = 0) -> list[str]:
    """Block-style YAML lines of a mapping of keys to ``Scalar``, lists and mappings."""
    pad, lines = " " * indent, []
    for key, item in value.items():
        if isinstance(item, Scalar):
            lines.append(f"{pad}{key}: {item.source}".rstrip())
        elif not item:
            lines.append(f"{pad}{key}: {'[]' if isinstance(item, list) else '{}'}")
        else:
            lines += [f"{pad}{key}:", *_emit_value(item, indent + 2)]
    return lines


def _emit_value(item: Any, indent: int) -> list[str]:
    if isinstance(item, dict):
        return emit(item, indent)
    lines = []
    for element in item:
        if isinstance(element, Scalar):
            lines.append(f"{' ' * indent}- {element.source}".rstrip())
        elif isinstance(element, dict) and element:
            first, *rest = emit(element, indent + 2)
            lines += [f"{' ' * indent}- {first.lstrip()}", *rest]
        else:
            lines.append(f"{' ' * indent}- {'{}' if isinstance(element, dict) else '[]'}")
    return lines
