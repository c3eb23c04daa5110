"""The error a case file raises when it cannot be read, carrying located problems."""

from __future__ import annotations

from pmtui.model.problems import Problem, Severity


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
