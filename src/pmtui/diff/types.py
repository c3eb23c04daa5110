"""Result types of a comparison: plain frozen dataclasses a CLI or a screen renders directly.

Every change carries both texts (``old``/``new``) and, where words differ, the word-level
``spans`` between them, so a renderer never has to diff again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Op(StrEnum):
    """What happened to a piece of text between the old and the new version."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"
    CHANGE = "change"


class UnitKind(StrEnum):
    """A compared unit: a prose sentence, a line of a verbatim Markdown block, or the
    boundary between two paragraphs/blocks."""

    SENTENCE = "sentence"
    LINE = "line"
    BREAK = "break"


@dataclass(frozen=True)
class Span:
    """A run of text in a word diff: ``EQUAL``, ``INSERT`` (new only) or ``DELETE`` (old only)."""

    op: Op
    text: str


@dataclass(frozen=True)
class UnitChange:
    """One sentence, Markdown line or paragraph break compared between two versions.

    ``CHANGE`` pairs an old and a new sentence that are alike; ``spans`` then hold the
    words that differ. ``moved`` marks an ``INSERT``/``DELETE`` whose exact text is found
    on the other side at another place.
    """

    op: Op
    kind: UnitKind
    old: str | None
    new: str | None
    spans: tuple[Span, ...] = ()
    moved: bool = False

    @property
    def text(self) -> str:
        """The text as it reads now (the old text for a deletion)."""
        return self.new if self.new is not None else (self.old or "")


@dataclass(frozen=True)
class TextDiff:
    """A body of prose compared unit by unit, in document order (unchanged units too)."""

    units: tuple[UnitChange, ...] = ()

    @property
    def changed(self) -> bool:
        return any(u.op is not Op.EQUAL for u in self.units)

    def change_indexes(self) -> list[int]:
        """Positions of the changed units: what "next/previous change" jumps between."""
        return [i for i, u in enumerate(self.units) if u.op is not Op.EQUAL]


@dataclass(frozen=True)
class FieldChange:
    """A front-matter field (or a decision block's intro) whose value differs.

    ``key`` is the YAML key (``status``, ``beslutsförslag.1.inledning``); ``label`` is
    its Swedish name; ``old``/``new`` are display values, ``None`` when absent.
    """

    key: str
    label: str
    old: str | None
    new: str | None
    spans: tuple[Span, ...] = ()


class PointOp(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    REWORDED = "reworded"
    MOVED = "moved"


@dataclass(frozen=True)
class PointChange:
    """A decision point (att-sats) that was added, removed, reworded or moved.

    Points are matched by content, so a point renumbered because another was inserted
    before it is not a change. A reworded point that also moved has ``moved=True``.
    """

    op: PointOp
    old_number: str | None
    new_number: str | None
    old: str | None
    new: str | None
    spans: tuple[Span, ...] = ()
    moved: bool = False

    @property
    def number(self) -> str:
        return self.new_number if self.new_number is not None else (self.old_number or "")


class SectionOp(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class SectionDiff:
    """A ``##`` section (level 2) or ``###`` subsection (level 3) compared.

    A section whose heading changed but whose content is alike is matched as the same
    section: then ``old_heading != new_heading`` and ``renamed`` is true.
    """

    op: SectionOp
    level: int
    old_heading: str | None
    new_heading: str | None
    body: TextDiff = field(default_factory=TextDiff)
    subsections: tuple[SectionDiff, ...] = ()

    @property
    def heading(self) -> str:
        return self.new_heading if self.new_heading is not None else (self.old_heading or "")

    @property
    def renamed(self) -> bool:
        return None not in (self.old_heading, self.new_heading) and (
            self.old_heading != self.new_heading
        )


@dataclass(frozen=True)
class CaseDiff:
    """Two versions of a case compared: fields, then decision points, then sections.

    When a side could not be read as a case, ``raw`` holds a line-by-line comparison of
    the files instead and ``problems`` says why (Swedish, located).
    """

    fields: tuple[FieldChange, ...] = ()
    points: tuple[PointChange, ...] = ()
    sections: tuple[SectionDiff, ...] = ()
    raw: TextDiff | None = None
    problems: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        if self.raw is not None:
            return self.raw.changed
        return bool(self.fields or self.points) or any(
            s.op is not SectionOp.UNCHANGED for s in self.sections
        )

    def changed_sections(self) -> list[SectionDiff]:
        return [s for s in self.sections if s.op is not SectionOp.UNCHANGED]


@dataclass(frozen=True)
class Revision:
    """Who made a version and when: what blame attributes a sentence to."""

    commit_id: str
    author: str
    when: dt.datetime
    message: str = ""

    @property
    def short_id(self) -> str:
        return self.commit_id[:8]
