"""argparse in Swedish: the help's headings, the usage line, ``-h`` and every error.

argparse writes its own words in English (``usage:``, ``options``, ``invalid choice``).
Only its public surface is used here: a ``HelpFormatter`` subclass names the usage line
and the sections, the parser adds its own ``-h``, and ``error`` (where every parse error
ends up) translates argparse's message templates, as Python 3.11–3.14 write them.
"""

from __future__ import annotations

import argparse
import functools
import re
from typing import Any, NoReturn

from pmtui.cli.common import EXIT_USAGE, err
from pmtui.texts import cli as texts

# argparse's message templates (its gettext msgids) → ours. A template's placeholders
# (``%(name)s``, ``%r``, ``%s``) become the ``{name}`` / ``{0}`` fields of the Swedish text.
ARGPARSE_MESSAGES = {
    "argument %(argument_name)s: %(message)s": texts.ARGPARSE_ARGUMENT,
    "invalid choice: %(value)r (choose from %(choices)s)": texts.ARGPARSE_INVALID_CHOICE,
    "invalid choice: %(value)r, maybe you meant %(closest)r?": texts.ARGPARSE_MAYBE,
    "the following arguments are required: %s": texts.ARGPARSE_REQUIRED,
    "unrecognized arguments: %s": texts.ARGPARSE_UNRECOGNIZED,
    "expected one argument": texts.ARGPARSE_EXPECTED_ONE,
    "expected at most one argument": texts.ARGPARSE_EXPECTED_AT_MOST_ONE,
    "expected at least one argument": texts.ARGPARSE_EXPECTED_AT_LEAST_ONE,
    "expected %s argument": texts.ARGPARSE_EXPECTED_N,
    "expected %s arguments": texts.ARGPARSE_EXPECTED_N,
    "not allowed with argument %s": texts.ARGPARSE_NOT_ALLOWED_WITH,
    "ignored explicit argument %r": texts.ARGPARSE_IGNORED_EXPLICIT,
    "one of the arguments %s is required": texts.ARGPARSE_ONE_REQUIRED,
    "ambiguous option: %(option)s could match %(matches)s": texts.ARGPARSE_AMBIGUOUS,
    "invalid %(type)s value: %(value)r": texts.ARGPARSE_INVALID_VALUE,
    "unknown parser %(parser_name)r (choices: %(choices)s)": texts.ARGPARSE_UNKNOWN_COMMAND,
    "unexpected option string: %s": texts.ARGPARSE_UNEXPECTED_OPTION,
}
_PLACEHOLDER = re.compile(r"%\((\w+)\)[rs]|%[rs]")


def _pattern(template: str) -> re.Pattern[str]:
    """A template as a regex whose groups are its placeholders (``_0`` for ``%s``)."""
    parts, position, count = [], 0, 0
    for match in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[position : match.start()]))
        name = match.group(1) or f"_{count}"
        count += 0 if match.group(1) else 1
        parts.append(f"(?P<{name}>.*?)")
        position = match.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """The templates as regexes, compiled at the first error (``--help`` needs none)."""
    return [(_pattern(english), swedish) for english, swedish in ARGPARSE_MESSAGES.items()]


def translate(message: str) -> str:
    """argparse's English message in Swedish (a message it does not know is kept)."""
    for pattern, swedish in _patterns():
        if match := pattern.fullmatch(message):
            return _filled(swedish, match.groupdict())
    return message


def _filled(swedish: str, found: dict[str, str]) -> str:
    """The Swedish template with what argparse put in the English one, itself translated
    (``argument --color: invalid choice: …``); a type name (``int``) in Swedish."""
    fields = {name: translate(value) for name, value in found.items()}
    if "type" in fields:
        fields["type"] = texts.ARGPARSE_TYPES.get(fields["type"], fields["type"])
    positional = [fields[name] for name in sorted(fields) if name.startswith("_")]
    return swedish.format(*positional, **fields)


class SwedishHelpFormatter(argparse.HelpFormatter):
    """``användning:`` and Swedish section headings in every help text."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, texts.USAGE_PREFIX if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(texts.HELP_SECTIONS.get(heading or "", heading))


class SwedishParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Swedish; usage errors exit 2 with a hint."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", SwedishHelpFormatter)
        super().__init__(add_help=False, **kwargs)
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help=texts.HELP_HELP
            )

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("pmtui").strip()
        err(texts.USAGE_ERROR.format(message=translate(message), command=command or "KOMMANDO"))
        raise SystemExit(EXIT_USAGE)
