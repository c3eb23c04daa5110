"""The error a case file raises when it cannot be read, carrying located problems, and
the shortening of values that messages repeat."""

from __future__ import annotations

from collections.abc import Iterable

from pmtui.model.problems import Problem, Severity
from pmtui.texts import format as texts

SHORT_LIMIT = 60  # a value longer than this is shortened in a message
SHORT_KEEP = 40  # how many characters of it the message keeps


class CaseFileError(Exception):
    """A case file has errors; ``problems`` says where and what, in Swedish."""

    def __init__(self, problems: list[Problem], path: str = "") -> None:
        self.problems = problems
        self.path = path
        super().__init__("\n".join(p.located(path) for p in problems))


def file_error(code: str, message: str, line: int | None = None) -> Problem:
    return Problem(code=code, message=message, severity=Severity.ERROR, line=line)


def file_warning(code: str, message: str, line: int | None = None) -> Problem:
    return Problem(code=code, message=message, severity=Severity.WARNING, line=line)


def shortened(value: str) -> str:
    """A value as a message repeats it: at most ``SHORT_LIMIT`` characters as they are;
    longer, the first ``SHORT_KEEP``, "…" and the length (a 5 000-digit number is no help)."""
    if len(value) <= SHORT_LIMIT:
        return value
    return texts.SHORTENED.format(start=value[:SHORT_KEEP], length=len(value))


def shortened_repr(value: str) -> str:
    """Like ``shortened``, for a message that quotes the value (``{value!r}``)."""
    if len(value) <= SHORT_LIMIT:
        return repr(value)
    return texts.SHORTENED_QUOTED.format(start=repr(value[:SHORT_KEEP] + "…"), length=len(value))


def shorten_echoes(message: str, values: Iterable[str]) -> str:
    """``message`` with every long value of ``values`` that it repeats shortened."""
    for value in sorted({v for v in values if len(v) > SHORT_LIMIT}, key=len, reverse=True):
        message = message.replace(repr(value), shortened_repr(value))
        message = message.replace(value, shortened(value))
    return message
