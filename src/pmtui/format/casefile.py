"""Reading a whole case file: decode, split, load front matter and body, validate, check."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from pydantic import ValidationError

from pmtui.format.body import parse_body
from pmtui.format.decoding import decode_case_text
from pmtui.format.emit import serialize_case
from pmtui.format.frontmatter import load_front_matter, split_front_matter
from pmtui.format.problems import CaseFileError, file_error, file_warning
from pmtui.format.validation import display_field, locate, validation_problems
from pmtui.model.case import Case
from pmtui.model.problems import Problem
from pmtui.model.rules import check_case
from pmtui.texts import format as texts


@dataclass
class CaseReport:
    """What reading a case file found: the case (if it could be built) and every problem."""

    case: Case | None
    problems: list[Problem] = field(default_factory=list)
    text: str = ""  # the decoded, normalised text the case was read from
    normalised: bool = False  # decoding changed the bytes (BOM or CRLF removed)

    @property
    def canonical(self) -> bool:
        """The file is byte for byte what ``serialize_case`` writes (computed on demand)."""
        if self.case is None or self.normalised:
            return False
        return self.text == serialize_case(self.case)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        return self.case is not None and not self.errors


def _with_path(problems: list[Problem], path: str) -> list[Problem]:
    return [replace(p, path=p.path or path) for p in problems]


def _build(text: str) -> tuple[Case, list[Problem]]:
    split = split_front_matter(text)
    loaded = load_front_matter(split.yaml_text)
    if "avsnitt" in loaded.data:
        line = loaded.locations.get("avsnitt")
        raise CaseFileError(
            [file_error("avsnitt-i-front-matter", texts.BODY_KEY_IN_FRONT_MATTER, line)]
        )
    body = parse_body(split.body, split.body_first_line)
    locations = {**loaded.locations, **body.locations}
    try:
        case = Case.model_validate({**loaded.data, "avsnitt": body.sections})
    except ValidationError as error:
        raise CaseFileError(validation_problems(error, locations, body.sections)) from None
    rules = [
        replace(p, line=_rule_line(p.field, locations), field=display_field(p.field, body.sections))
        for p in check_case(case)
    ]
    comments = [
        file_warning("kommentar", texts.YAML_COMMENT_DROPPED, n) for n in loaded.comment_lines
    ]
    return case, [*comments, *rules]


def _rule_line(field_name: str, locations: dict[str, int]) -> int | None:
    if field_name in locations:
        return locations[field_name]
    return locate(tuple(field_name.split(".")), locations)


def inspect_case(data: bytes | str, path: str = "") -> CaseReport:
    """Read a case file and report everything found; never raises for bad input."""
    try:
        decoded = decode_case_text(data)
    except CaseFileError as error:
        return CaseReport(None, _with_path(error.problems, path))
    try:
        case, rule_problems = _build(decoded.text)
    except CaseFileError as error:
        return CaseReport(None, _with_path([*decoded.warnings, *error.problems], path))
    problems = _with_path([*decoded.warnings, *rule_problems], path)
    return CaseReport(case, problems, decoded.text, bool(decoded.warnings))


def parse_case(data: bytes | str, path: str = "") -> Case:
    """The case in a file; raise ``CaseFileError`` (located, Swedish) if it has errors."""
    report = inspect_case(data, path)
    if report.case is None or report.errors:
        raise CaseFileError(report.errors, path)
    return report.case
