"""Blame: for each sentence of each section, the version that last changed it.

Versions are walked from the oldest. Between two versions, each section's units are
aligned like in a comparison (normalised sentences, so re-wrapping changes nothing);
a unit kept unchanged keeps the version it had, any other unit gets the newer version.
Sections are followed across renames the same way the comparison matches them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import partial

from pmtui.diff.blame_reading import body_sections as body_sections  # re-exported
from pmtui.diff.sections import Keyed, Part, heading_filter, match_parts, part_text
from pmtui.diff.text import Unit, body_units
from pmtui.diff.types import Revision, UnitKind
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
    if before == units:  # the part's text is unchanged: every line keeps its version
        return list(old)
    lines = [BlameLine(u.kind, u.text, revision) for u in units]
    matcher = SequenceMatcher(None, before, units, autojunk=False)
    for i, j, size in matcher.get_matching_blocks():
        for k in range(size):
            lines[j + k] = old[i + k]
    return lines


class _Blamer:
    """Blames one version after another. It remembers the parsed part each section's
    blame was made from: a part the next version did not change is the very same parsed
    object (chunks are parsed once per text), so its blame is kept without aligning."""

    def __init__(self) -> None:
        self.sources: dict[int, tuple[SectionBlame, Part]] = {}

    def parts(
        self,
        parts: Sequence[Part],
        previous: Sequence[SectionBlame],
        revision: Revision,
        level: int,
    ) -> tuple[SectionBlame, ...]:
        keyed = [(p.heading, partial(part_text, p)) for p in parts]
        by_new = {j: i for i, j in match_parts(_keyed_blame(previous), keyed).items()}
        return tuple(
            self.part(part, previous[by_new[j]] if j in by_new else None, revision, level)
            for j, part in enumerate(parts)
        )

    def part(
        self, part: Part, previous: SectionBlame | None, revision: Revision, level: int
    ) -> SectionBlame:
        if previous is not None and previous.level == level and self._source(previous) is part:
            return previous
        old_lines = previous.lines if previous else ()
        lines = _carry(old_lines, body_units(part.blocks), revision)
        subs = part.subsections if isinstance(part, Section) else []
        old_subs = previous.subsections if previous else ()
        blamed = SectionBlame(
            part.heading, level, tuple(lines), self.parts(subs, old_subs, revision, level + 1)
        )
        self.sources[id(blamed)] = (blamed, part)
        return blamed

    def _source(self, blamed: SectionBlame) -> Part | None:
        found = self.sources.get(id(blamed))
        return found[1] if found is not None and found[0] is blamed else None


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
    blamer = _Blamer()
    sections: tuple[SectionBlame, ...] = ()
    for version in ordered:
        parts = _sections_of(version)
        if parts is not None:
            sections = blamer.parts(parts, sections, version.revision, 2)
    return CaseBlame(sections)


blame_texts = blame_case  # the same, named for callers that hold texts
