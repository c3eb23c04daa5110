"""Blame: for each sentence of each section, the version that last changed it.

Versions are walked from the oldest. Between two versions, each section's units are
aligned like in a comparison (normalised sentences, so re-wrapping changes nothing);
a unit kept unchanged keeps the version it had, any other unit gets the newer version.
Sections are followed across renames the same way the comparison matches them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache, partial

from pydantic import ValidationError

from pmtui.diff.sections import Keyed, Part, heading_filter, match_parts, part_text
from pmtui.diff.text import Unit, body_units
from pmtui.diff.types import Revision, UnitKind
from pmtui.format.body import parse_body
from pmtui.format.decoding import decode_case_text
from pmtui.format.frontmatter import split_front_matter
from pmtui.format.problems import CaseFileError
from pmtui.model.body import Section
from pmtui.model.case import Case


class _Versioned:
    """What a version of either kind says about its commit, as a ``Revision``."""

    commit_id: str
    author: str
    when: dt.datetime
    message: str

    @property
    def revision(self) -> Revision:
        return Revision(self.commit_id, self.author, self.when, self.message)


@dataclass(frozen=True)
class Version(_Versioned):
    """One version of a case in its history."""

    commit_id: str
    author: str
    when: dt.datetime
    case: Case
    message: str = ""


@dataclass(frozen=True)
class BlameLine:
    kind: UnitKind
    text: str
    revision: Revision


@dataclass(frozen=True)
class SectionBlame:
    heading: str
    level: int
    lines: tuple[BlameLine, ...]
    subsections: tuple[SectionBlame, ...] = ()


@dataclass(frozen=True)
class CaseBlame:
    sections: tuple[SectionBlame, ...]

    def only(self, query: str) -> list[SectionBlame]:
        """Sections (or subsections) whose heading matches ``query`` like ``--section``."""
        return _matching(self.sections, heading_filter(_headings(self.sections), query))


def _headings(sections: Sequence[SectionBlame]) -> list[str]:
    return [h for s in sections for h in (s.heading, *_headings(s.subsections))]


def _matching(
    sections: Sequence[SectionBlame], matches: Callable[[str], bool]
) -> list[SectionBlame]:
    found: list[SectionBlame] = []
    for section in sections:
        if matches(section.heading):
            found.append(section)
        else:
            found.extend(_matching(section.subsections, matches))
    return found


def _carry(old: Sequence[BlameLine], units: list[Unit], revision: Revision) -> list[BlameLine]:
    before = [Unit(line.kind, line.text) for line in old]
    lines = [BlameLine(u.kind, u.text, revision) for u in units]
    matcher = SequenceMatcher(None, before, units, autojunk=False)
    for i, j, size in matcher.get_matching_blocks():
        for k in range(size):
            lines[j + k] = old[i + k]
    return lines


def _blame_part(
    part: Part, previous: SectionBlame | None, revision: Revision, level: int
) -> SectionBlame:
    old_lines = previous.lines if previous else ()
    lines = _carry(old_lines, body_units(part.blocks), revision)
    subs = part.subsections if isinstance(part, Section) else []
    old_subs = previous.subsections if previous else ()
    return SectionBlame(
        part.heading, level, tuple(lines), _blame_parts(subs, old_subs, revision, level + 1)
    )


def _blame_parts(
    parts: Sequence[Part], previous: Sequence[SectionBlame], revision: Revision, level: int
) -> tuple[SectionBlame, ...]:
    pairs = match_parts(_keyed_blame(previous), [(p.heading, partial(part_text, p)) for p in parts])
    by_new = {j: i for i, j in pairs.items()}
    return tuple(
        _blame_part(part, previous[by_new[j]] if j in by_new else None, revision, level)
        for j, part in enumerate(parts)
    )


def _blamed_text(blamed: SectionBlame) -> str:
    return " ".join(line.text for line in blamed.lines if line.text)


def _keyed_blame(blamed: Sequence[SectionBlame]) -> list[Keyed]:
    return [(b.heading, partial(_blamed_text, b)) for b in blamed]


@dataclass(frozen=True)
class TextVersion(_Versioned):
    """One version of a case file as text (what the store's ``text_at`` gives)."""

    commit_id: str
    author: str
    when: dt.datetime
    text: str
    message: str = ""


def body_sections(text: str) -> list[Section] | None:
    """Only the body's sections of a case file (``None`` if it cannot be read). Blame
    needs no front matter; and since one version usually changes one section, each
    ``##`` part is read once and remembered by its text."""
    try:
        split = split_front_matter(decode_case_text(text).text)
        return [s for chunk in _chunks(split.body) for s in _parsed_chunk(chunk)]
    except (CaseFileError, ValidationError):
        return None


_UNSAFE_TO_CUT = re.compile(r"^(?:```|~~~|<)", re.MULTILINE)


def _chunks(body: str) -> list[str]:
    """The body cut before each ``## `` line; not cut when a fence or HTML block could
    hold such a line that is not a heading."""
    if _UNSAFE_TO_CUT.search(body):
        return [body]
    return [c for c in re.split(r"(?m)^(?=## )", body) if c.strip()]


@lru_cache(maxsize=2048)
def _parsed_chunk(chunk: str) -> tuple[Section, ...]:
    parsed = parse_body(chunk, 1)
    return tuple(Section.model_validate(s) for s in parsed.sections)


def _sections_of(version: Version | TextVersion) -> Sequence[Section] | None:
    return version.case.sections if isinstance(version, Version) else body_sections(version.text)


def blame_case(history: Sequence[Version | TextVersion], *, newest_first: bool = True) -> CaseBlame:
    """Attribute each sentence of the newest version to the version that last changed it.

    ``history`` is the case's versions as ``repo.history`` gives them (newest first), or
    oldest first with ``newest_first=False``: parsed cases (``Version``) or file texts
    (``TextVersion``; faster, only the body is read). A text whose body cannot be read
    is skipped; the next readable version gets its changes.
    """
    ordered = list(reversed(history)) if newest_first else list(history)
    sections: tuple[SectionBlame, ...] = ()
    for version in ordered:
        parts = _sections_of(version)
        if parts is not None:
            sections = _blame_parts(parts, sections, version.revision, 2)
    return CaseBlame(sections)


blame_texts = blame_case  # the same, named for callers that hold texts
