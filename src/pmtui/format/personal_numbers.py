"""Swedish personal identity numbers (personnummer) and coordination numbers
(samordningsnummer) in text: found, checked and masked. Pure text logic, no Git.

A number is found in any of the forms ``YYMMDD-NNNC``, ``YYMMDD+NNNC``, ``YYMMDDNNNC``,
``YYYYMMDD-NNNC`` and ``YYYYMMDDNNNC`` (``+`` is accepted in the 12-digit form too) when

* it stands alone: no letter, digit or ``_`` touches it, and no ``-+/.:,`` joins it to
  more digits (so ``155-1302/2015``, ``2023-09-06`` and longer digit runs never match);
* the Luhn check over its ten digits (``YYMMDDNNNC``) holds;
* its birth date exists: the day, or the day minus 60 for a samordningsnummer; the
  century from the 12-digit form (18, 19 or 20), else from the separator (``+``: 100 years
  or more, so 18xx or 19xx; otherwise 19xx or 20xx) — the date must exist in one of them.

Own patterns (regular expressions from the repository's config) are found as written.
A hit is shown masked: the birth date and separator kept, the last four digits ``••••``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from pmtui.format.frontmatter import load_front_matter, split_front_matter
from pmtui.format.problems import CaseFileError
from pmtui.format.validation import display_field
from pmtui.texts import personal_data as texts

_NUMBER = re.compile(
    r"(?<!\w)(?<!\d[-+/.:,])"
    r"(?P<century>\d{2})?(?P<date>\d{6})(?P<separator>[-+]?)(?P<serial>\d{4})"
    r"(?!\w)(?![-+/.:,]\d)"
)
_CENTURIES = range(18, 21)
_COORDINATION_OFFSET = 60
_HEADING = re.compile(r"^#{2,6}\s+(?P<heading>.*?)\s*#*\s*$")
MASKED_DIGITS = 4


class HitKind(StrEnum):
    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"
    OWN_PATTERN = "eget-monster"


@dataclass(frozen=True)
class Hit:
    """One number (or own pattern's match) in a text; ``line`` and ``column`` 1-based.
    ``part`` is where in a case it stands (a front-matter field or a section), when known."""

    line: int
    column: int
    masked: str
    kind: HitKind
    pattern_number: int = 0  # which own pattern matched (1-based), for OWN_PATTERN
    part: str = ""

    @property
    def kind_label(self) -> str:
        if self.kind is HitKind.OWN_PATTERN:
            return texts.KIND_OWN_PATTERN.format(number=self.pattern_number)
        if self.kind is HitKind.SAMORDNINGSNUMMER:
            return texts.KIND_SAMORDNINGSNUMMER
        return texts.KIND_PERSONNUMMER

    @property
    def described(self) -> str:
        """``personnummer 19811218-••••``."""
        return texts.HIT.format(kind=self.kind_label, masked=self.masked)


@dataclass(frozen=True)
class OwnPattern:
    number: int  # 1-based, in the order the config lists them
    text: str
    regex: re.Pattern[str]


class PatternError(ValueError):
    """An own pattern that is no valid regular expression; ``message`` is Swedish."""

    def __init__(self, number: int, pattern: str, reason: str) -> None:
        self.number = number
        self.pattern = pattern
        self.message = texts.PATTERN_INVALID.format(
            key=texts.PATTERN_KEY, number=number, pattern=pattern, reason=reason
        )
        super().__init__(self.message)


def compile_patterns(patterns: Sequence[str]) -> list[OwnPattern]:
    """The config's patterns, compiled; ``PatternError`` names the first bad one."""
    compiled = []
    for number, pattern in enumerate(patterns, start=1):
        if not pattern.strip():
            raise PatternError(number, pattern, texts.PATTERN_EMPTY)
        try:
            compiled.append(OwnPattern(number, pattern, re.compile(pattern)))
        except re.error as error:
            reason = (
                texts.PATTERN_REASON_AT.format(position=error.pos + 1)
                if error.pos is not None
                else texts.PATTERN_REASON
            )
            raise PatternError(number, pattern, reason) from None
    return compiled


def luhn_valid(digits: str) -> bool:
    """The Luhn check (weights 2, 1, 2, … from the left over ten digits) holds."""
    total = 0
    for index, char in enumerate(digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return total % 10 == 0


def number_kind(century: str | None, date: str, separator: str, serial: str) -> HitKind | None:
    """What the parts of a candidate are: a personnummer, a samordningsnummer, or None."""
    if not luhn_valid(date + serial):
        return None
    year, month, day = int(date[:2]), int(date[2:4]), int(date[4:6])
    kind = HitKind.PERSONNUMMER
    if day > _COORDINATION_OFFSET:
        kind, day = HitKind.SAMORDNINGSNUMMER, day - _COORDINATION_OFFSET
    if century is not None:
        centuries: Iterable[int] = [int(century)] if int(century) in _CENTURIES else []
    else:
        centuries = (18, 19) if separator == "+" else (19, 20)
    return kind if any(_date_exists(c * 100 + year, month, day) for c in centuries) else None


def _date_exists(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def find_personal_numbers(text: str, patterns: Sequence[OwnPattern] = ()) -> list[Hit]:
    """Every personnummer, samordningsnummer and own pattern's match in ``text``, in order."""
    hits: list[Hit] = []
    for number, line in enumerate(text.split("\n"), start=1):
        hits.extend(_line_hits(line, number, patterns))
    return hits


def _line_hits(line: str, number: int, patterns: Sequence[OwnPattern]) -> list[Hit]:
    hits, spans = [], []
    for match in _NUMBER.finditer(line):
        kind = number_kind(*match.group("century", "date", "separator", "serial"))
        if kind is not None:
            spans.append(match.span())
            hits.append(Hit(number, match.start() + 1, _masked(match), kind))
    for pattern in patterns:
        for match in pattern.regex.finditer(line):
            if match.end() > match.start() and not _overlaps(match.span(), spans):
                masked = texts.MASK * min(len(match.group()), 12)
                hits.append(
                    Hit(number, match.start() + 1, masked, HitKind.OWN_PATTERN, pattern.number)
                )
    return sorted(hits, key=lambda hit: hit.column)


def _masked(match: re.Match[str]) -> str:
    """The number with its birth date and separator kept and its last four digits hidden."""
    return match.group()[:-MASKED_DIGITS] + texts.MASK * MASKED_DIGITS


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def scan_case_file(text: str, patterns: Sequence[OwnPattern] = ()) -> list[Hit]:
    """The hits in a case file's text, each with the part of the case it stands in: a
    front-matter field (``remisser[1].instans``) or a section (``avsnitt 'Beredning'``).
    Works on any text, also one that is no valid case file."""
    hits = find_personal_numbers(text, patterns)
    if not hits:
        return []
    part_of = _parts(text)
    return [replace(hit, part=part_of(hit.line)) for hit in hits]


def _parts(text: str) -> Callable[[int], str]:
    """A function from a file line to the part of the case it lies in."""
    try:
        split = split_front_matter(text)
    except CaseFileError:
        return _body_parts(text, 1)
    fields = _field_lines(split.yaml_text)
    field_lines = [line for line, _ in fields]
    body = _body_parts(text, split.body_first_line)

    def part_of(line: int) -> str:
        if line >= split.body_first_line - 1:
            return body(line)
        index = bisect.bisect_right(field_lines, line) - 1  # the deepest field on the line
        if line == 1 or index < 0 or not fields[index][1]:
            return texts.PART_FRONT_MATTER
        return display_field(fields[index][1], [])

    return part_of


def _field_lines(yaml_text: str) -> list[tuple[int, str]]:
    """(line, dotted field) of every front-matter key and item, by line, deepest last."""
    try:
        locations = load_front_matter(yaml_text).locations
    except CaseFileError:
        return []
    return sorted(((line, path) for path, line in locations.items()), key=_by_line_and_depth)


def _by_line_and_depth(row: tuple[int, str]) -> tuple[int, int]:
    line, path = row
    return line, path.count(".") + bool(path)


def _body_parts(text: str, first_line: int) -> Callable[[int], str]:
    headings: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        found = _HEADING.match(line) if number >= first_line else None
        if found:
            headings.append((number, found.group("heading")))

    def part_of(line: int) -> str:
        before = [heading for number, heading in headings if number <= line]
        return texts.PART_SECTION.format(heading=before[-1]) if before else texts.PART_BODY

    return part_of
