"""Problems found in a case: located, with a severity, never an exception to a user."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "fel"
    WARNING = "varning"


@dataclass(frozen=True)
class Problem:
    """One finding about a case file.

    ``field`` is the dotted front-matter path (``beslutsförslag.0.punkter.1``) or a body
    location (``avsnitt:Beredning``); ``line`` is 1-based in the file, when known.
    """

    code: str
    message: str
    severity: Severity = Severity.ERROR
    field: str = ""
    line: int | None = None
    path: str = ""

    def located(self, path: str = "") -> str:
        """The message as ``file:line: field: message`` for terminals and editors."""
        where = path or self.path or "<text>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        prefix = f"{self.severity.value}: " if self.severity is Severity.WARNING else ""
        field = f"{self.field}: " if self.field else ""
        return f"{where}: {prefix}{field}{self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR
